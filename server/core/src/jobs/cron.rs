//! Five-field cron expressions (minute hour day-of-month month day-of-week), read
//! in a time zone. Fields take `*`, numbers, ranges `a-b`, steps `*/n` and `a-b/n`,
//! lists `a,b`, and names (`jan`…`dec`, `sun`…`sat`; 0 and 7 are Sunday). As in
//! classic cron, when both day fields are restricted a day matching either runs.
//! Shorthands: `@hourly`, `@daily`, `@weekly`, `@monthly`, `@yearly`.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{AmbiguousOffset, TimeZone};
use jiff::{Timestamp, ToSpan};
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum CronError {
    #[error("a cron expression has 5 fields (minute hour day month weekday); '{0}' has {1}")]
    FieldCount(String, usize),
    #[error("{field}: '{value}' is not valid (allowed {min}–{max})")]
    Field {
        field: &'static str,
        value: String,
        min: u8,
        max: u8,
    },
    #[error("unknown time zone '{0}'")]
    TimeZone(String),
}

/// A parsed expression: for each field, which values match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cron {
    minutes: u64,
    hours: u32,
    days: u32,
    months: u16,
    weekdays: u8,
    days_restricted: bool,
    weekdays_restricted: bool,
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const WEEKDAYS: [&str; 7] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

fn parse_value(text: &str, names: &[&str], offset: u8) -> Option<u8> {
    text.parse().ok().or_else(|| {
        names
            .iter()
            .position(|n| n.eq_ignore_ascii_case(text))
            .and_then(|i| u8::try_from(i).ok())
            .map(|i| i + offset)
    })
}

/// The set of values of one field, as bits.
fn parse_field(
    text: &str,
    field: &'static str,
    min: u8,
    max: u8,
    names: &[&str],
    name_offset: u8,
) -> Result<u64, CronError> {
    let bad = || CronError::Field {
        field,
        value: text.to_owned(),
        min,
        max,
    };
    let mut bits = 0u64;
    for part in text.split(',') {
        let (range, step) = match part.split_once('/') {
            Some((range, step)) => (
                range,
                step.parse::<u8>().ok().filter(|s| *s > 0).ok_or_else(bad)?,
            ),
            None => (part, 1),
        };
        let (start, end) = if range == "*" {
            (min, max)
        } else if let Some((a, b)) = range.split_once('-') {
            (
                parse_value(a, names, name_offset).ok_or_else(bad)?,
                parse_value(b, names, name_offset).ok_or_else(bad)?,
            )
        } else {
            let value = parse_value(range, names, name_offset).ok_or_else(bad)?;
            // `5/10` means from 5 to the end in steps of 10.
            (value, if part.contains('/') { max } else { value })
        };
        if start < min || end > max || start > end {
            return Err(bad());
        }
        let mut value = start;
        while value <= end {
            bits |= 1 << value;
            value = match value.checked_add(step) {
                Some(next) => next,
                None => break,
            };
        }
    }
    Ok(bits)
}

impl Cron {
    pub fn parse(expression: &str) -> Result<Cron, CronError> {
        let expanded = match expression.trim() {
            "@hourly" => "0 * * * *",
            "@daily" | "@midnight" => "0 0 * * *",
            "@weekly" => "0 0 * * 0",
            "@monthly" => "0 0 1 * *",
            "@yearly" | "@annually" => "0 0 1 1 *",
            other => other,
        };
        let fields: Vec<&str> = expanded.split_whitespace().collect();
        let [minute, hour, day, month, weekday] = fields[..] else {
            return Err(CronError::FieldCount(expression.to_owned(), fields.len()));
        };
        let mut weekdays = parse_field(weekday, "weekday", 0, 7, &WEEKDAYS, 0)?;
        if weekdays & (1 << 7) != 0 {
            weekdays = (weekdays | 1) & !(1 << 7);
        }
        Ok(Cron {
            minutes: parse_field(minute, "minute", 0, 59, &[], 0)?,
            hours: u32::try_from(parse_field(hour, "hour", 0, 23, &[], 0)?).unwrap_or(0),
            days: u32::try_from(parse_field(day, "day", 1, 31, &[], 0)?).unwrap_or(0),
            months: u16::try_from(parse_field(month, "month", 1, 12, &MONTHS, 1)?).unwrap_or(0),
            weekdays: u8::try_from(weekdays).unwrap_or(0),
            days_restricted: day != "*",
            weekdays_restricted: weekday != "*",
        })
    }

    fn day_matches(&self, date: Date) -> bool {
        let month_ok = self.months & (1 << date.month()) != 0;
        let day_ok = self.days & (1 << date.day()) != 0;
        let weekday = date.weekday().to_sunday_zero_offset();
        let weekday_ok = self.weekdays & (1 << weekday) != 0;
        let day_rule = match (self.days_restricted, self.weekdays_restricted) {
            (true, true) => day_ok || weekday_ok,
            (true, false) => day_ok,
            (false, true) => weekday_ok,
            (false, false) => true,
        };
        month_ok && day_rule
    }

    /// The first due time strictly after `after`, read in `zone`; `None` if there
    /// is none within five years (`0 0 31 2 *`, say). A local time skipped by a
    /// clock change does not run; one that occurs twice runs at its first instant.
    pub fn next_after(&self, after: Timestamp, zone: &TimeZone) -> Option<Timestamp> {
        let start = zone.to_datetime(after);
        // The next whole minute after `after`.
        let mut date = start.date();
        let mut first_minute = Some((start.hour(), start.minute() + 1));
        let last = date.checked_add(5.years()).ok()?;
        while date <= last {
            if self.day_matches(date) {
                let (from_hour, from_minute) = first_minute.unwrap_or((0, 0));
                for hour in from_hour..24 {
                    if self.hours & (1 << hour) == 0 {
                        continue;
                    }
                    let minute_start = if hour == from_hour { from_minute } else { 0 };
                    for minute in minute_start..60 {
                        if self.minutes & (1 << minute) == 0 {
                            continue;
                        }
                        let civil = DateTime::from_parts(date, Time::new(hour, minute, 0, 0).ok()?);
                        if let Some(instant) = resolve(civil, zone)
                            && instant > after
                        {
                            return Some(instant);
                        }
                    }
                }
            }
            date = date.tomorrow().ok()?;
            first_minute = None;
        }
        None
    }
}

/// The instant a local time names in `zone`: `None` in a gap, the earlier one in
/// a fold.
fn resolve(civil: DateTime, zone: &TimeZone) -> Option<Timestamp> {
    let ambiguous = zone.to_ambiguous_timestamp(civil);
    if matches!(ambiguous.offset(), AmbiguousOffset::Gap { .. }) {
        return None;
    }
    // Unambiguous, or the earlier of a fold.
    ambiguous.compatible().ok()
}

/// Looks up an IANA time zone name (`UTC`, `Asia/Riyadh`, `America/New_York`).
pub fn time_zone(name: &str) -> Result<TimeZone, CronError> {
    TimeZone::get(name).map_err(|_| CronError::TimeZone(name.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().expect("a timestamp")
    }

    fn next(expr: &str, after: &str, zone: &str) -> String {
        let cron = Cron::parse(expr).expect("parses");
        let zone = time_zone(zone).expect("zone");
        cron.next_after(at(after), &zone)
            .map(|t| t.to_string())
            .unwrap_or_else(|| "none".into())
    }

    #[test]
    fn steps_ranges_lists_and_names() {
        assert_eq!(
            next("*/15 * * * *", "2026-11-23T10:07:00Z", "UTC"),
            "2026-11-23T10:15:00Z"
        );
        assert_eq!(
            next("*/15 * * * *", "2026-11-23T10:15:00Z", "UTC"),
            "2026-11-23T10:30:00Z"
        );
        assert_eq!(
            next("0 9-17/4 * * mon-fri", "2026-11-21T12:00:00Z", "UTC"),
            "2026-11-23T09:00:00Z"
        );
        assert_eq!(
            next("30 8 1,15 * *", "2026-11-02T00:00:00Z", "UTC"),
            "2026-11-15T08:30:00Z"
        );
        assert_eq!(
            next("0 0 * feb sun", "2026-11-23T00:00:00Z", "UTC"),
            "2027-02-07T00:00:00Z"
        );
        assert_eq!(
            next("@yearly", "2026-11-23T00:00:00Z", "UTC"),
            "2027-01-01T00:00:00Z"
        );
        assert_eq!(
            next("0 12 * * 7", "2026-11-23T00:00:00Z", "UTC"),
            "2026-11-29T12:00:00Z"
        );
        // Either day field may match when both are restricted.
        assert_eq!(
            next("0 0 13 * fri", "2026-11-23T00:00:00Z", "UTC"),
            "2026-11-27T00:00:00Z"
        );
        assert_eq!(next("0 0 31 2 *", "2026-11-23T00:00:00Z", "UTC"), "none");
    }

    #[test]
    fn time_zones_and_clock_changes() {
        // 09:00 in Riyadh (UTC+3, no daylight saving) is 06:00 UTC.
        assert_eq!(
            next("0 9 * * *", "2026-11-23T07:00:00Z", "Asia/Riyadh"),
            "2026-11-24T06:00:00Z"
        );
        // New York: 09:00 is 14:00 UTC in winter and 13:00 UTC in summer.
        assert_eq!(
            next("0 9 * * *", "2026-03-07T15:00:00Z", "America/New_York"),
            "2026-03-08T13:00:00Z"
        );
        // 02:30 does not exist on 2026-03-08 in New York: that day is skipped.
        assert_eq!(
            next("30 2 * * *", "2026-03-07T12:00:00Z", "America/New_York"),
            "2026-03-09T06:30:00Z"
        );
        // 01:30 happens twice on 2026-11-01: it runs once, at the first.
        assert_eq!(
            next("30 1 * * *", "2026-11-01T04:00:00Z", "America/New_York"),
            "2026-11-01T05:30:00Z"
        );
        assert_eq!(
            next("30 1 * * *", "2026-11-01T05:30:00Z", "America/New_York"),
            "2026-11-02T06:30:00Z"
        );
        assert!(time_zone("Mars/Olympus").is_err());
    }

    #[test]
    fn bad_expressions_name_the_field() {
        assert!(matches!(
            Cron::parse("* * * *"),
            Err(CronError::FieldCount(_, 4))
        ));
        for (expr, field) in [
            ("60 * * * *", "minute"),
            ("* 24 * * *", "hour"),
            ("* * 0 * *", "day"),
            ("* * * 13 *", "month"),
            ("* * * * 8", "weekday"),
            ("*/0 * * * *", "minute"),
            ("5-1 * * * *", "minute"),
            ("* * * smarch *", "month"),
        ] {
            let err = Cron::parse(expr).expect_err(expr).to_string();
            assert!(err.starts_with(field), "{expr}: {err}");
        }
    }
}
