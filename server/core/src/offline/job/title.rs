//! A posting's title from its text: a labelled line, a "Subject:" line, the
//! first heading, or the first short line that reads like one; without
//! announcement words ("We're hiring:", "مطلوب") and work mode notes.

use super::labels::is_section_heading;
use super::modes::without_mode_words;
use super::names::name_run;
use super::text::{bare, one_line};

/// Email headers and greetings that are never a title.
fn is_preamble(line: &str) -> bool {
    let lower = line.to_lowercase();
    let key = lower.split_once(':').map(|(k, _)| k.trim());
    let header = key.is_some_and(|k| {
        matches!(
            k,
            "from" | "to" | "cc" | "bcc" | "date" | "sent" | "reply-to" | "من" | "إلى" | "التاريخ"
        )
    });
    let greeting = [
        "hi ",
        "hi,",
        "hello",
        "dear ",
        "hey ",
        "greetings",
        "good morning",
        "مرحبا",
        "السلام",
        "عزيزي",
    ]
    .iter()
    .any(|g| lower.starts_with(g));
    header || greeting || lower.starts_with("http") || lower.contains('@')
}

/// Words that announce a title before a colon ("We're hiring: …", "Fwd: …").
const ANNOUNCEMENTS: &str = "subject|re|fwd|fw|job|job opening|opening|open position|position|\
    vacancy|opportunity|job opportunity|new role|role|hiring|we're hiring|we are hiring|\
    now hiring|urgent|urgently hiring|الموضوع|وظيفة|وظيفة شاغرة|فرصة عمل|فرصة وظيفية|مطلوب";

/// Words that announce a title without a colon ("Now hiring …", "مطلوب …").
const LEADS: &str = "now hiring |we're hiring |hiring |مطلوب |مطلوب للعمل |نبحث عن |وظيفة شاغرة ";

/// A title without the announcement before it.
fn strip_announcement(line: &str) -> String {
    let mut s = line.trim().to_owned();
    loop {
        let cut = s.split_once([':', '：']).and_then(|(key, rest)| {
            let key = key.trim().trim_end_matches('!').to_lowercase();
            ANNOUNCEMENTS
                .split('|')
                .any(|a| a.trim() == key)
                .then(|| rest.trim().to_owned())
        });
        let cut = cut.or_else(|| {
            let lower = s.to_lowercase();
            LEADS.split('|').find_map(|lead| {
                lower
                    .starts_with(lead)
                    .then(|| s.get(lead.len()..).unwrap_or_default().trim().to_owned())
            })
        });
        match cut.filter(|c| !c.is_empty()) {
            Some(rest) => s = rest,
            None => return s,
        }
    }
}

fn title_like(line: &str) -> bool {
    let chars = line.chars().count();
    (2..=90).contains(&chars)
        && line.split_whitespace().count() <= 12
        && line.chars().any(char::is_alphabetic)
        && !line.ends_with(['.', ',', ';', '!', '?', ':', '؟', '،'])
        && !is_preamble(line)
        && !is_section_heading(line)
        && !is_labelled(line)
}

/// "Salary range: …", "Note: …": a short key before a colon.
fn is_labelled(line: &str) -> bool {
    line.split_once([':', '：'])
        .is_some_and(|(key, _)| key.split_whitespace().count() <= 3)
}

/// A title named in prose: "North Star is looking for a Mechanical Engineer".
fn title_in_prose(lines: &[&str]) -> Option<String> {
    const LEADS: [&str; 6] = [
        "is hiring a ",
        "is hiring an ",
        "is looking for a ",
        "is looking for an ",
        "is seeking a ",
        "is seeking an ",
    ];
    lines.iter().take(20).find_map(|line| {
        let lower = line.to_ascii_lowercase();
        LEADS.iter().find_map(|lead| {
            let at = lower.find(lead)? + lead.len();
            let words: Vec<&str> = line[at..].split_whitespace().take(6).collect();
            let run: Vec<&str> = words
                .iter()
                .map(|w| w.trim_end_matches([',', '.', ';', ':']))
                .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                .collect();
            Some(run.join(" ")).filter(|t| !t.is_empty() && t.split_whitespace().count() <= 5)
        })
    })
}

/// The title from the text: a "Subject:" line, then the first heading, then the
/// first short line that reads like one.
pub(super) fn title(lines: &[&str]) -> Option<String> {
    let subject = lines.iter().map(|l| l.trim()).find(|l| {
        let lower = l.to_lowercase();
        lower.starts_with("subject:") || lower.starts_with("الموضوع:")
    });
    let heading = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| l.starts_with('#'))
        .map(bare)
        .find(|l| title_like(l));
    let first = lines
        .iter()
        .map(|l| bare(l))
        .filter(|l| !l.is_empty())
        .take(12)
        .find(|l| !is_preamble(l) && title_like(&strip_announcement(l)));
    subject
        .map(str::to_owned)
        .into_iter()
        .chain(heading)
        .chain(first)
        .map(|l| strip_announcement(&l))
        .find(|l| title_like(l))
        .or_else(|| title_in_prose(lines))
}

/// "Backend Engineer at Acme" → ("Backend Engineer", Some("Acme")).
pub(super) fn split_title(title: &str) -> (String, Option<String>) {
    let title = without_mode_words(&one_line(title));
    for sep in [" at ", " @ ", " في شركة "] {
        if let Some(at) = title.rfind(sep) {
            let company = name_run(&title[at + sep.len()..]);
            if let Some(company) = company
                && at > 0
            {
                return (title[..at].trim().to_owned(), Some(company));
            }
        }
    }
    (title, None)
}
