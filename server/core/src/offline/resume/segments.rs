//! Lines cut into their parts: "Senior Nurse, St Mary's Hospital | London" →
//! "Senior Nurse", "St Mary's Hospital", "London". Cuts never fall inside
//! brackets.

use super::lexicon::List;
use super::lines::{GAP, one_line};
use super::norm::key;

/// Separators that always part two things.
const STRONG: &[&str] = &[
    GAP, " | ", "|", " • ", "•", " · ", "·", " ▪ ", " ◆ ", " ♦ ", " ● ", " — ", " – ", " - ",
    " -- ", " ― ",
];

/// Splits `text` at any of `seps` outside brackets; parts are trimmed and
/// empty ones dropped.
pub(super) fn split_outside(text: &str, seps: &[&str]) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let Some(c) = rest.chars().next() else { break };
        match c {
            '(' | '[' | '{' | '（' => depth += 1,
            ')' | ']' | '}' | '）' => depth = (depth - 1).max(0),
            _ => {}
        }
        // A gap parts even inside brackets: it is where dates were taken out.
        if let Some(sep) = seps.iter().find(|s| rest.starts_with(**s))
            && (depth == 0 || *sep == GAP)
        {
            parts.push(&text[start..i]);
            i += sep.len();
            start = i;
            continue;
        }
        i += c.len_utf8();
    }
    parts.push(&text[start..]);
    parts
        .into_iter()
        .map(tidy)
        .filter(|p| p.chars().any(char::is_alphanumeric))
        .collect()
}

/// The parts between strong separators (bars, bullets, dashes with spaces, gaps).
pub(super) fn strong(text: &str) -> Vec<String> {
    split_outside(text, STRONG)
}

/// The parts between commas and semicolons.
pub(super) fn commas(text: &str) -> Vec<String> {
    split_outside(text, &[",", "،", ";", "؛"])
}

/// Words that mean nothing on their own once the dates are gone.
static FILLERS: List = List::new(
    "expected|graduated|graduation|anticipated|from|since|dates|date|present|current|issued|\
     obtained|earned|completed|valid|until|من|منذ|حتى|إلى|في",
);

/// A part without separators, stray brackets or a lone filler word at its ends.
pub(super) fn tidy(part: &str) -> String {
    let mut s = one_line(
        &part
            .replace("()", " ")
            .replace("( )", " ")
            .replace("[]", " "),
    );
    loop {
        let trimmed = s
            .trim_matches(|c: char| c.is_whitespace() || "|·•,،;؛:-–—―/▪◆♦●".contains(c))
            .to_owned();
        let opens = trimmed.matches(['(', '[']).count();
        let closes = trimmed.matches([')', ']']).count();
        let mut t = trimmed.as_str();
        if opens > closes
            && let Some(at) = t.rfind(['(', '['])
        {
            // An unclosed bracket: the text was cut there.
            t = t[..at].trim_end();
        }
        if closes > opens {
            t = t.trim_start_matches([')', ']']).trim_start();
            t = t.trim_end_matches([')', ']']).trim_end();
        }
        if t.starts_with('(') && t.ends_with(')') && t.matches('(').count() == 1 {
            t = &t[1..t.len() - 1];
        }
        let mut next = t.to_owned();
        if FILLERS.has(&key(&next)) {
            next.clear();
        }
        if let Some((head, last)) = next.rsplit_once(' ')
            && FILLERS.has(&key(last))
        {
            next = head.trim_end().to_owned();
        }
        if next == s {
            return s;
        }
        s = next;
    }
}

/// A line without the bytes `at` (its dates): the parts on either side kept
/// apart by a gap; brackets around the dates go with them.
pub(super) fn without(text: &str, at: (usize, usize)) -> String {
    let (a, b) = at;
    let (Some(before), Some(after)) = (text.get(..a), text.get(b..)) else {
        return text.to_owned();
    };
    let mut before = before.trim_end();
    let mut after = after.trim_start();
    if (before.ends_with('(') && after.starts_with(')'))
        || (before.ends_with('[') && after.starts_with(']'))
    {
        before = &before[..before.len() - 1];
        after = &after[1..];
    }
    format!("{before}{GAP}{after}")
}
