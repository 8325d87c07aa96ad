//! The month and week calendars of interviews, drawn on the server from dates
//! alone (no clock in the browser), Monday first; in Arabic the grid mirrors
//! with the page's direction.

use jobforge_core::model::interview::InterviewView;
use leptos::prelude::*;

use crate::components::form::LINK;
use crate::i18n::interviews::InterviewStrings;

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number.
pub fn civil(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// 0 for Monday … 6 for Sunday.
pub fn weekday(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

pub fn iso(days: i64) -> String {
    let (y, m, d) = civil(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A YYYY-MM-DD text as a day number.
pub fn parse_day(text: &str) -> Option<i64> {
    let mut parts = text.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts
        .next()?
        .parse()
        .ok()
        .filter(|m| (1..=12).contains(m))?;
    let day = parts
        .next()?
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d))?;
    Some(days_from_civil(year, month, day))
}

fn day_cell(
    s: &'static InterviewStrings,
    days: i64,
    items: &[InterviewView],
    dim: bool,
) -> impl IntoView + use<> {
    let date = iso(days);
    let (_, _, day) = civil(days);
    let mine: Vec<InterviewView> = items.iter().filter(|i| i.date == date).cloned().collect();
    let class = if dim {
        "min-h-20 border border-stone-200 p-1 text-stone-400 dark:border-stone-800"
    } else {
        "min-h-20 border border-stone-200 p-1 dark:border-stone-800"
    };
    view! {
        <td class=class data-date=date.clone()>
            <div class="text-xs font-medium">{day}</div>
            <ul class="flex flex-col gap-1">
                {mine.into_iter().map(|i| view! {
                    <li class="rounded bg-teal-50 px-1 text-xs dark:bg-teal-950" data-testid="calendar-interview">
                        <a href=format!("/interviews/{}", i.id) class=LINK dir="auto">{i.time.clone()}" "{i.job_title.clone()}</a>
                        <span class="sr-only">" · "{s.kind(i.kind)}</span>
                    </li>
                }).collect_view()}
            </ul>
        </td>
    }
}

/// A month (`month` holds any of its days) or the week of `day`.
#[component]
pub fn Calendar(
    s: &'static InterviewStrings,
    items: Vec<InterviewView>,
    day: i64,
    week: bool,
) -> impl IntoView {
    let (year, month, _) = civil(day);
    let (first, last, title) = if week {
        let start = day - weekday(day);
        (
            start,
            start + 6,
            format!("{} – {}", iso(start), iso(start + 6)),
        )
    } else {
        let first = days_from_civil(year, month, 1);
        let next = if month == 12 {
            days_from_civil(year + 1, 1, 1)
        } else {
            days_from_civil(year, month + 1, 1)
        };
        (
            first - weekday(first),
            next - 1 + (6 - weekday(next - 1)),
            s.month_name(year, month),
        )
    };
    let (previous, next) = if week {
        (day - 7, day + 7)
    } else {
        let prev = if month == 1 {
            days_from_civil(year - 1, 12, 1)
        } else {
            days_from_civil(year, month - 1, 1)
        };
        let next = if month == 12 {
            days_from_civil(year + 1, 1, 1)
        } else {
            days_from_civil(year, month + 1, 1)
        };
        (prev, next)
    };
    let view_name = if week { "week" } else { "month" };
    let weeks: Vec<i64> = (first..=last).step_by(7).collect();
    view! {
        <section aria-labelledby="calendar-title" class="flex flex-col gap-2" data-testid="calendar">
            <div class="flex items-center justify-between gap-3">
                <a href=format!("/interviews?view={view_name}&at={}", iso(previous)) class=LINK>{s.previous}</a>
                <h2 id="calendar-title" class="text-lg font-semibold">{title}</h2>
                <a href=format!("/interviews?view={view_name}&at={}", iso(next)) class=LINK>{s.next}</a>
            </div>
            <div class="overflow-x-auto">
                <table class="w-full table-fixed border-collapse">
                    <thead>
                        <tr>{s.weekdays.iter().map(|d| view! { <th scope="col" class="p-1 text-xs font-medium">{*d}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody>
                        {weeks.into_iter().map(|start| view! {
                            <tr>
                                {(start..start + 7).map(|d| day_cell(s, d, &items, !week && civil(d).1 != month)).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_weekdays() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil(days_from_civil(2026, 12, 1)), (2026, 12, 1));
        assert_eq!(civil(days_from_civil(2024, 2, 29)), (2024, 2, 29));
        // 1 December 2026 is a Tuesday.
        assert_eq!(weekday(days_from_civil(2026, 12, 1)), 1);
        assert_eq!(parse_day("2026-12-01"), Some(days_from_civil(2026, 12, 1)));
        assert_eq!(parse_day("2026-13-01"), None);
        assert_eq!(iso(days_from_civil(2027, 1, 3)), "2027-01-03");
    }
}
