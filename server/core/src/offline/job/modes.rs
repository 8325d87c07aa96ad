//! Work mode and job type words in English and Arabic ("hybrid", "عن بعد",
//! "full-time", "دوام جزئي"), and titles and places without them.

use crate::model::tracker::{JobType, WorkMode};

/// Is `text` only work mode and job type words ("Remote", "Full-time, on-site",
/// "hybrid, two days a week in the office" counts by its first word)?
pub(super) fn is_mode_note(text: &str, first_only: bool) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let is_mode = |w: &str| {
        work_mode_in(w, true).is_some()
            || job_type_in(w, true).is_some()
            || matches!(
                w,
                "full" | "time" | "part" | "first" | "friendly" | "only" | "100" | "fully"
            )
    };
    if first_only {
        words.first().is_some_and(|w| is_mode(w))
    } else {
        !words.is_empty() && words.iter().all(|w| is_mode(w))
    }
}

/// A title or location without the work mode or job type notes that end it
/// ("Frontend Developer (React) - Remote" → "Frontend Developer (React)",
/// "Berlin (hybrid, 3 days in office)" → "Berlin"). Plain words stay ("Data
/// Analyst Intern").
pub(super) fn without_mode_words(text: &str) -> String {
    let mut s = text.trim().to_owned();
    loop {
        let cut = if let Some(inner) = s.strip_suffix(')') {
            inner
                .rfind('(')
                .map(|open| (open, &inner[open + 1..], inner.contains(',')))
        } else {
            [" - ", " – ", " — ", " | ", " / ", ", ", " · "]
                .iter()
                .filter_map(|sep| s.rfind(sep).map(|at| (at, &s[at + sep.len()..], false)))
                .max_by_key(|(at, _, _)| *at)
        };
        match cut {
            Some((at, tail, note)) if is_mode_note(tail, note) && !s[..at].trim().is_empty() => {
                s = s[..at]
                    .trim()
                    .trim_end_matches([',', '-', '–', '—', '|', '/', '·'])
                    .trim()
                    .to_owned();
            }
            _ => return s,
        }
    }
}

const REMOTE_NOT: [&str; 20] = [
    "monitoring",
    "sensing",
    "access",
    "control",
    "areas",
    "area",
    "locations",
    "sites",
    "site",
    "communities",
    "patient",
    "patients",
    "management",
    "desktop",
    "server",
    "servers",
    "teams",
    "team",
    "colleagues",
    "diagnostics",
];

const HYBRID_NOT: [&str; 9] = [
    "cloud", "app", "apps", "mobile", "vehicle", "vehicles", "car", "cars", "energy",
];

/// The first work mode `text` names, and where. `loose` (a label's value, a
/// title) also takes bare words that free text uses otherwise.
pub(super) fn work_mode_in(text: &str, loose: bool) -> Option<(usize, WorkMode)> {
    let lower = normalize_dashes(&text.to_lowercase());
    let next_word = |at: usize, len: usize| -> String {
        lower[at + len..]
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or_default()
            .to_owned()
    };
    let mut hits: Vec<(usize, WorkMode)> = Vec::new();
    for word in ["hybrid", "هجين", "هجينة"] {
        if let Some(at) = find_word(&lower, word, |at| {
            !HYBRID_NOT.contains(&next_word(at, word.len()).as_str())
        }) {
            hits.push((at, WorkMode::Hybrid));
        }
    }
    let remote_ok = |at: usize| {
        let before = &lower[..at];
        let negated = ["not ", "no ", "non-", "non "]
            .iter()
            .any(|n| before.ends_with(n))
            || before.ends_with("not a ")
            || before.ends_with("not fully ");
        !negated && !REMOTE_NOT.contains(&next_word(at, "remote".len()).as_str())
    };
    if let Some(at) = find_word(&lower, "remote", remote_ok) {
        hits.push((at, WorkMode::Remote));
    }
    for word in [
        "work from home",
        "work-from-home",
        "wfh",
        "telecommute",
        "telecommuting",
        "home-based",
        "fully distributed",
        "عن بعد",
        "عن بُعد",
        "من المنزل",
    ] {
        if let Some(at) = find_word(&lower, word, |_| true) {
            hits.push((at, WorkMode::Remote));
        }
    }
    let mut onsite = vec![
        "on-site",
        "onsite",
        "in-office",
        "office-based",
        "in-person",
        "حضوري",
        "من المكتب",
        "في مقر",
        "من مقر",
    ];
    if loose {
        onsite.extend(["on site", "in office", "in person", "office"]);
    }
    for word in onsite {
        if let Some(at) = find_word(&lower, word, |_| true) {
            hits.push((at, WorkMode::Onsite));
        }
    }
    // Hybrid says the most ("hybrid, 3 days on-site"); then whichever comes first.
    hits.iter()
        .find(|(_, m)| *m == WorkMode::Hybrid)
        .or_else(|| hits.iter().min_by_key(|(at, _)| *at))
        .copied()
}

/// The first job type `text` names, and where.
pub(super) fn job_type_in(text: &str, loose: bool) -> Option<(usize, JobType)> {
    let lower = normalize_dashes(&text.to_lowercase());
    let mut words: Vec<(&str, JobType)> = vec![
        ("full-time", JobType::FullTime),
        ("full time", JobType::FullTime),
        ("fulltime", JobType::FullTime),
        ("permanent", JobType::FullTime),
        ("دوام كامل", JobType::FullTime),
        ("دوام كلي", JobType::FullTime),
        ("part-time", JobType::PartTime),
        ("part time", JobType::PartTime),
        ("دوام جزئي", JobType::PartTime),
        ("internship", JobType::Internship),
        ("intern", JobType::Internship),
        ("تدريب صيفي", JobType::Internship),
        ("تدريب تعاوني", JobType::Internship),
        ("متدرب", JobType::Internship),
        ("contractor", JobType::Contract),
        ("contract role", JobType::Contract),
        ("contract position", JobType::Contract),
        ("contract basis", JobType::Contract),
        ("contract-to-hire", JobType::Contract),
        ("month contract", JobType::Contract),
        ("fixed-term", JobType::Contract),
        ("fixed term", JobType::Contract),
        ("freelance", JobType::Contract),
        ("(contract)", JobType::Contract),
        ("بنظام العقد", JobType::Contract),
        ("temporary", JobType::Temporary),
        ("seasonal", JobType::Temporary),
        ("مؤقت", JobType::Temporary),
        ("مؤقتة", JobType::Temporary),
    ];
    if loose {
        words.extend([
            ("contract", JobType::Contract),
            ("عقد", JobType::Contract),
            ("تدريب", JobType::Internship),
            ("temp", JobType::Temporary),
        ]);
    }
    words
        .iter()
        .filter_map(|(word, kind)| find_word(&lower, word, |_| true).map(|at| (at, *kind)))
        .min_by_key(|(at, _)| *at)
}

fn normalize_dashes(text: &str) -> String {
    text.replace(['\u{2010}', '\u{2011}', '\u{2012}'], "-")
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

/// The first offset where `needle` stands in `hay` as whole words and `accept`
/// agrees. An Arabic needle may carry one leading clitic ("بدوام كامل").
pub(super) fn find_word(hay: &str, needle: &str, accept: impl Fn(usize) -> bool) -> Option<usize> {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let first_is_word = needle.chars().next().is_some_and(char::is_alphanumeric);
    let last_is_word = needle
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let arabic = needle.chars().next().is_some_and(is_arabic);
    hay.match_indices(needle).map(|(at, _)| at).find(|&at| {
        let mut before = hay[..at].chars().rev();
        let previous = before.next();
        let clitic =
            arabic && matches!(previous, Some('و' | 'ب' | 'ل' | 'ف' | 'ك')) && !word(before.next());
        let start_ok = !first_is_word || !word(previous) || clitic;
        let end_ok = !last_is_word || !word(hay[at + needle.len()..].chars().next());
        start_ok && end_ok && accept(at)
    })
}
