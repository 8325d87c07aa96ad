//! What the readable text of a posting says: labelled lines ("Location: …",
//! "الموقع: …"), its title, the company its prose names, a place in its
//! summary line, work mode and job type words, the salary and the deadline.

use super::dates::date;
use super::labels::{Label, labelled};
use super::modes::{is_mode_note, job_type_in, without_mode_words, work_mode_in};
use super::names::{company_before, name_value, place_after};
use super::title::{split_title, title};
use super::{Fields, salary};

/// A line without list marks, heading marks and emphasis.
pub(super) fn bare(line: &str) -> String {
    let mut s = line.trim();
    loop {
        let next = s
            .trim_start_matches(['#', '>', '-', '*', '•', '·', '▪', '●', '◦', '–', '—', '+'])
            .trim_start();
        if next.len() == s.len() {
            break;
        }
        s = next;
    }
    one_line(&s.replace("**", "").replace("__", ""))
}

/// Text on one line, spaces collapsed.
pub(super) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A location value without its work mode ("Berlin (Hybrid)" → "Berlin");
/// kept whole when that is all it says ("Remote").
fn clean_location(value: &str) -> Option<String> {
    let value = one_line(value).trim_end_matches(['.', ',', ';']).to_owned();
    let kept = without_mode_words(&value);
    Some(if kept.is_empty() { value } else { kept }).filter(|v| !v.is_empty())
}

/// A place in a posting's summary line ("Toronto, ON · Hybrid · Internship"):
/// a part with a comma, next to a part that is a work mode or job type.
fn place_in_summary(lines: &[&str]) -> Option<String> {
    lines
        .iter()
        .map(|l| bare(l))
        .filter(|l| !l.is_empty())
        .take(6)
        .find_map(|line| {
            let parts: Vec<(&str, String)> = line
                .split(['·', '|', '•'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(|p| (p, without_mode_words(p)))
                .collect();
            let has_mode = parts
                .iter()
                .any(|(p, kept)| is_mode_note(p, true) || kept.len() < p.len());
            if parts.len() < 2 || !has_mode {
                return None;
            }
            parts.into_iter().map(|(_, kept)| kept).find(|p| {
                p.contains([',', '،'])
                    && !p.chars().any(|c| c.is_ascii_digit())
                    && p.split_whitespace().count() <= 5
                    && !is_mode_note(p, true)
            })
        })
}

/// A deadline in prose: "Apply by 2026-12-31", "closing date 15 January 2027".
fn deadline_in_prose(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    [
        "apply by",
        "apply before",
        "closing date",
        "deadline",
        "آخر موعد",
        "applications close",
    ]
    .iter()
    .flat_map(|lead| {
        lower
            .match_indices(lead)
            .map(move |(at, _)| at + lead.len())
    })
    .find_map(|from| {
        let window: String = lower.get(from..)?.chars().take(40).collect();
        date(&window)
    })
}

/// The fields the readable text shows.
pub(super) fn fields(text: &str) -> Fields {
    let lines: Vec<&str> = text.lines().collect();
    let labels = labelled(&lines);
    let value = |label: Label| {
        labels
            .iter()
            .find(|(l, _)| *l == label)
            .map(|(_, v)| v.as_str())
    };
    let (title, company_in_title) = value(Label::Title)
        .map(str::to_owned)
        .or_else(|| title(&lines))
        .map(|t| split_title(&t))
        .map_or((None, None), |(t, c)| {
            (Some(t).filter(|t| !t.is_empty()), c)
        });
    let company = value(Label::Company)
        .and_then(name_value)
        .or_else(|| company_before(text))
        .or(company_in_title);
    let location = value(Label::Location)
        .and_then(clean_location)
        .or_else(|| place_in_summary(&lines))
        .or_else(|| place_after(text).and_then(|p| clean_location(&p)));
    let header = lines.iter().take(8).copied().collect::<Vec<_>>().join("\n");
    let work_mode = labels
        .iter()
        .filter(|(l, _)| {
            matches!(
                l,
                Label::WorkMode | Label::Location | Label::JobType | Label::Title
            )
        })
        .find_map(|(_, v)| work_mode_in(v, true))
        .or_else(|| work_mode_in(&header, false))
        .or_else(|| work_mode_in(text, false))
        .map(|(_, m)| m);
    let job_type = labels
        .iter()
        .filter(|(l, _)| matches!(l, Label::JobType | Label::WorkMode | Label::Title))
        .find_map(|(_, v)| job_type_in(v, true))
        .or_else(|| title.as_deref().and_then(|t| job_type_in(t, true)))
        .or_else(|| job_type_in(text, false))
        .map(|(_, t)| t);
    let salary = labels
        .iter()
        .filter(|(l, _)| *l == Label::Salary)
        .find_map(|(_, v)| salary::in_segment(v, true))
        .or_else(|| salary_in_lines(&lines));
    Fields {
        title,
        company,
        location,
        work_mode,
        job_type,
        salary,
        deadline: value(Label::Deadline)
            .and_then(date)
            .or_else(|| deadline_in_prose(text)),
        ..Fields::default()
    }
}

/// A salary in a line about pay, or under a heading about pay.
fn salary_in_lines(lines: &[&str]) -> Option<super::Salary> {
    let mut previous = "";
    for line in lines {
        let line = line.trim();
        if line.is_empty() || line.len() > 1000 || !line.contains(|c: char| c.is_numeric()) {
            if !line.is_empty() {
                previous = line;
            }
            continue;
        }
        let about_pay = salary::mentions_pay(line)
            || (previous.chars().count() <= 40 && salary::mentions_pay(previous));
        if let Some(found) = salary::in_segment(line, about_pay) {
            return Some(found);
        }
        previous = line;
    }
    None
}

/// "ar" when most letters are Arabic, else "en".
pub(super) fn language(text: &str) -> &'static str {
    let (mut arabic, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{0750}'..='\u{077F}').contains(&c) {
            arabic += 1;
        } else {
            other += 1;
        }
    }
    if arabic > other { "ar" } else { "en" }
}
