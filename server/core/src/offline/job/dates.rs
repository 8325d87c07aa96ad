//! Dates as postings write them.

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const ARABIC_MONTHS: [&[&str]; 12] = [
    &["يناير"],
    &["فبراير"],
    &["مارس"],
    &["أبريل", "ابريل"],
    &["مايو"],
    &["يونيو"],
    &["يوليو"],
    &["أغسطس", "اغسطس"],
    &["سبتمبر"],
    &["أكتوبر", "اكتوبر"],
    &["نوفمبر"],
    &["ديسمبر"],
];

/// A date as `YYYY-MM-DD` from "2027-01-31", "31 January 2027", "January 31,
/// 2027", "31/01/2027" (only when the day is past 12) or "31 يناير 2027".
pub(super) fn date(text: &str) -> Option<String> {
    let digits = text.chars().map(|c| match c {
        '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + 0x30).unwrap_or(c),
        other => other,
    });
    let text: String = digits.collect();
    let iso = text
        .char_indices()
        .filter(|(i, c)| c.is_ascii_digit() && !text[..*i].ends_with(|p: char| p.is_ascii_digit()))
        .find_map(|(i, _)| iso_date(&text[i..]));
    if iso.is_some() {
        return iso;
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let numbers: Vec<u32> = words.iter().filter_map(|w| w.parse().ok()).collect();
    let year = *numbers.iter().find(|n| (2000..=2100).contains(*n))?;
    let month_word = words.iter().find_map(|w| {
        let lower = w.to_lowercase();
        MONTHS
            .iter()
            .position(|m| lower.len() >= 3 && m.starts_with(&lower))
            .or_else(|| ARABIC_MONTHS.iter().position(|names| names.contains(w)))
    });
    let small: Vec<u32> = numbers
        .iter()
        .copied()
        .filter(|n| (1..=31).contains(n))
        .collect();
    let (month, day) = match month_word {
        Some(m) => (u32::try_from(m).ok()? + 1, *small.first()?),
        None if numbers.first() == Some(&year) => (*small.first()?, *small.get(1)?),
        None => match (small.first().copied(), small.get(1).copied()) {
            (Some(a), Some(b)) if a > 12 && b <= 12 => (b, a),
            (Some(a), Some(b)) if b > 12 && a <= 12 => (a, b),
            _ => return None,
        },
    };
    ((1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// The `YYYY-MM-DD` at the start of an ISO date or date-time.
pub(super) fn iso_date(text: &str) -> Option<String> {
    let date = text.trim().get(..10)?;
    let b = date.as_bytes();
    let shape = b.iter().enumerate().all(|(i, c)| match i {
        4 | 7 => *c == b'-',
        _ => c.is_ascii_digit(),
    });
    let month: u32 = date.get(5..7)?.parse().ok()?;
    let day: u32 = date.get(8..10)?.parse().ok()?;
    (shape && (1..=12).contains(&month) && (1..=31).contains(&day)).then(|| date.to_owned())
}
