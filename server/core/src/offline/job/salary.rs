//! Salaries as postings write them: "$120,000 - $150,000", "120k–150k USD",
//! "€60.000 – €70.000", "SAR 15,000 – 20,000 per month", "من 8000 إلى 12000 ريال",
//! "up to £45k". The numbers are kept as given (per hour, month or year).

use super::Salary;
use super::currency::{MARKERS, currency_near, is_currency, markers};

/// Words that say a line is about pay.
const PAY_WORDS: &[&str] = &[
    "salary",
    "pay",
    "compensation",
    "remuneration",
    "wage",
    "wages",
    "rate",
    "per hour",
    "per month",
    "per year",
    "per annum",
    "a year",
    "an hour",
    "a month",
    "/hr",
    "/hour",
    "/h",
    "/yr",
    "/year",
    "/month",
    "/mo",
    "annually",
    "monthly",
    "hourly",
    "package",
    "ote",
    "base",
    "راتب",
    "الراتب",
    "الأجر",
    "أجر",
    "المرتب",
    "شهري",
    "سنوي",
    "بالساعة",
];

/// Whether a line talks about pay.
pub(super) fn mentions_pay(line: &str) -> bool {
    let lower = line.to_lowercase();
    PAY_WORDS.iter().any(|w| {
        lower.match_indices(w).any(|(at, _)| {
            let before = lower[..at].chars().next_back();
            let after = lower[at + w.len()..].chars().next();
            let edge = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
            // Arabic words take prefixes and suffixes ("شهريًا", "براتب").
            let arabic = w.chars().next().is_some_and(|c| c > '\u{05FF}');
            arabic || (edge(after) && (w.starts_with('/') || edge(before)))
        })
    })
}

/// Arabic-Indic digits and separators as ASCII.
fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{066C}' => ',',
            '\u{066B}' => '.',
            other => other,
        })
        .collect()
}

#[derive(Clone, Copy, Debug)]
struct Number {
    value: f64,
    start: usize,
    end: usize,
    /// Written with a `k` (120k).
    k: bool,
}

/// The numbers of `text` that can be amounts: "120,000", "60.000", "60 000",
/// "35.50", "120k"; not parts of words ("B2B"), percentages or ordinals.
fn numbers(text: &str) -> Vec<Number> {
    let b = text.as_bytes();
    let digits_at = |i: usize| -> usize {
        b[i.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit()
            || (i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.'))
        {
            i += 1;
            continue;
        }
        let start = i;
        let mut int = String::new();
        let run = digits_at(i);
        int.push_str(&text[i..i + run]);
        i += run;
        // Thousands groups: a separator and exactly three digits.
        loop {
            let sep = text[i..].chars().next();
            let Some(sep) =
                sep.filter(|c| matches!(c, ',' | '.' | ' ' | '\'' | '\u{a0}' | '\u{202f}'))
            else {
                break;
            };
            let next = i + sep.len_utf8();
            if digits_at(next) == 3 && !b.get(next + 3).is_some_and(u8::is_ascii_digit) {
                int.push_str(&text[next..next + 3]);
                i = next + 3;
            } else {
                break;
            }
        }
        let mut value: f64 = int.parse().unwrap_or(0.0);
        // A decimal part of one or two digits.
        if matches!(b.get(i), Some(b'.' | b',')) {
            let run = digits_at(i + 1);
            if (1..=2).contains(&run) {
                let fraction: f64 = format!("0.{}", &text[i + 1..i + 1 + run])
                    .parse()
                    .unwrap_or(0.0);
                value += fraction;
                i += 1 + run;
            }
        }
        let mut k = false;
        if matches!(b.get(i), Some(b'k' | b'K'))
            && !b.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
        {
            k = true;
            value *= 1000.0;
            i += 1;
        }
        let after = text[i..].chars().next();
        let word_after =
            after.is_some_and(|c| c.is_alphabetic() && c.is_ascii()) || after == Some('%');
        if !word_after && value.is_finite() && value < 1e12 {
            out.push(Number {
                value,
                start,
                end: i,
                k,
            });
        }
    }
    out
}

/// The first amount in `text` ("120,000", "120k"), for structured fields.
pub(super) fn amount(text: &str) -> Option<i64> {
    numbers(&ascii_digits(text))
        .first()
        .map(|n| n.value.round() as i64)
}

/// Whether the text between two numbers makes them a range ("-", "to", "إلى").
fn is_range(between: &str) -> bool {
    let mut between = between.to_owned();
    for (marker, _) in MARKERS {
        between = between.replace(marker, " ");
    }
    let words: Vec<String> = between
        .split_whitespace()
        .filter(|w| !is_currency(w))
        .map(str::to_lowercase)
        .collect();
    matches!(
        words.join(" ").as_str(),
        "-" | "–" | "—" | "~" | "to" | "and" | "إلى" | "الى" | "حتى" | "و" | "لـ" | "-to-"
    )
}

/// The salary in one line or labelled value. `about_pay` says the line is
/// known to be about pay (a "Salary:" label, a pay word); without it only a
/// range of large amounts with a currency counts.
pub(super) fn in_segment(segment: &str, about_pay: bool) -> Option<Salary> {
    let text = ascii_digits(segment);
    let nums = numbers(&text);
    let marks = markers(&text);
    let mut i = 0;
    while i < nums.len() {
        let a = nums[i];
        if let Some(b) = nums.get(i + 1).filter(|b| is_range(&text[a.end..b.start])) {
            let low = if b.k && !a.k && a.value < 1000.0 {
                a.value * 1000.0
            } else {
                a.value
            };
            let currency = currency_near(&marks, a.start, b.end);
            let large = low >= 1000.0 && b.value >= 1000.0;
            let year_like = (1900.0..2100.0).contains(&low) && (1900.0..2100.0).contains(&b.value);
            let accepted = match &currency {
                Some(_) => about_pay || large,
                None => about_pay && large && !year_like,
            };
            if accepted && b.value > 0.0 {
                // Cents widen the range rather than move it: 18.50–21.75 is 18–22.
                return Salary::new(
                    Some(low.floor() as i64),
                    Some(b.value.ceil() as i64),
                    currency,
                );
            }
            i += 2;
            continue;
        }
        let currency = currency_near(&marks, a.start, a.end);
        let large = a.value >= 1000.0 && !(1900.0..2100.0).contains(&a.value);
        if about_pay && a.value > 0.0 && (currency.is_some() || large) {
            let value = Some(a.value.round() as i64);
            let before = text[..a.start].to_lowercase();
            let tail: String = before
                .chars()
                .rev()
                .take(16)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let bound = |words: &[&str]| words.iter().any(|w| tail.contains(w));
            let (min, max) = if bound(&["up to", "upto", "max", "حتى", "لغاية", "إلى"]) {
                (None, value)
            } else if bound(&["from", "starting", "min", "at least", "من", "يبدأ"]) {
                (value, None)
            } else {
                (value, value)
            };
            return Salary::new(min, max, currency);
        }
        i += 1;
    }
    None
}
