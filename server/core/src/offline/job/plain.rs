//! Text pasted from an email, a board or a Markdown file, made tidy.

use super::markdown::tidy;

/// Pasted text tidied: bullets as `- `, underlined headings as `#`, quote marks
/// and rules dropped, at most one blank line in a row.
pub(super) fn plain(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for raw in text.lines() {
        let line = raw.trim().trim_start_matches('>').trim();
        let rule = |c: char| line.len() >= 3 && line.chars().all(|l| l == c);
        let last_is_text = lines
            .last()
            .is_some_and(|l| !l.is_empty() && !l.starts_with(['-', '#']));
        if (rule('=') || rule('-')) && last_is_text {
            let level = if rule('=') { "#" } else { "##" };
            if let Some(last) = lines.last_mut() {
                *last = format!("{level} {last}");
            }
            continue;
        }
        if rule('-') || rule('*') || rule('_') || rule('=') {
            lines.push(String::new());
            continue;
        }
        let bullet = [
            "•", "·", "▪", "●", "◦", "○", "*", "+", "–", "—", "✓", "✔", "→",
        ]
        .iter()
        .find_map(|b| line.strip_prefix(b).and_then(|r| r.strip_prefix(' ')));
        lines.push(match bullet {
            Some(rest) => format!("- {}", rest.trim()),
            None => line.to_owned(),
        });
    }
    tidy(&lines.join("\n"))
}

/// The text without the email headers it starts with.
pub(super) fn without_email_headers(text: &str) -> String {
    let header = |line: &str| {
        line.split_once(':').is_some_and(|(key, _)| {
            matches!(
                key.trim().to_lowercase().as_str(),
                "from" | "to" | "cc" | "bcc" | "date" | "sent" | "subject" | "reply-to"
            )
        })
    };
    let lines: Vec<&str> = text.lines().collect();
    let skip = lines
        .iter()
        .take_while(|l| l.trim().is_empty() || header(l))
        .count();
    lines[skip..].join("\n").trim().to_owned()
}
