//! A resume's text as lines: HTML made text, characters made plain, a
//! two-column PDF layout put back into one column after the other, and list
//! marks and Markdown marks taken off each line.

use super::norm::plain;
use crate::offline::text::html_to_text;

/// The most of an input that is read, in bytes.
pub(super) const MAX_INPUT: usize = 256 << 10;
/// The most lines that are read.
const MAX_LINES: usize = 8_000;
/// The most of one line that is read, in bytes.
const MAX_LINE: usize = 2_000;
/// How a wide run of spaces (a column gap, a tab) is kept inside a line.
pub(super) const GAP: &str = "   ";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Line {
    /// Without its list mark and Markdown marks; spaces collapsed, wide gaps
    /// kept as `GAP`.
    pub text: String,
    /// It began with a list mark (•, -, *, 1.).
    pub bullet: bool,
    /// An empty line came before it.
    pub blank_before: bool,
    /// The first line of the second column of a two-column layout.
    pub column_start: bool,
}

impl Line {
    pub(super) fn new(text: &str) -> Line {
        Line {
            text: text.to_owned(),
            ..Line::default()
        }
    }
}

/// At most `max` bytes of `text`, cut at a character boundary.
pub(super) fn clip(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Whether the input is an HTML page rather than text.
pub(super) fn looks_like_html(text: &str) -> bool {
    let head = clip(text, 64 << 10).to_ascii_lowercase();
    [
        "<html", "<body", "<div", "<p>", "<p ", "<br", "<li>", "<ul>", "<h1", "<h2", "<table",
    ]
    .iter()
    .any(|tag| head.contains(tag))
}

/// The input as plain text, clipped.
pub(super) fn prepare(input: &str) -> String {
    let page = clip(input, MAX_INPUT);
    if looks_like_html(page) {
        plain(&html_to_text(page))
    } else {
        plain(page)
    }
}

/// The lines of prepared text.
pub(super) fn lines(text: &str) -> Vec<Line> {
    let raw: Vec<String> = text
        .lines()
        .take(MAX_LINES)
        .map(|l| clip(l, MAX_LINE).replace('\t', "    "))
        .collect();
    let mut out = Vec::new();
    let mut blank = false;
    for (row, column_start) in super::columns::one_column(&raw) {
        match clean(&row) {
            Some((text, bullet)) => {
                out.push(Line {
                    text,
                    bullet,
                    blank_before: blank || column_start,
                    column_start,
                });
                blank = false;
            }
            None => blank = true,
        }
    }
    out
}

/// List marks that need no space after them.
const MARKS: &str = "•·▪●◦‣■□➢►▶✓✔❖♦◆○⁃∙➤→▸";

/// A line without its list mark, and whether it had one.
fn strip_bullet(line: &str) -> (&str, bool) {
    let t = line.trim_start();
    let mut chars = t.chars();
    let Some(first) = chars.next() else {
        return (t, false);
    };
    let second = chars.next();
    if MARKS.contains(first) {
        return (t[first.len_utf8()..].trim_start(), true);
    }
    if matches!(first, '-' | '*' | '+' | '–' | '—' | 'o') && second.is_some_and(char::is_whitespace)
    {
        return (t[first.len_utf8()..].trim_start(), true);
    }
    // "1." "12)" "(3)" "a)"
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &t[digits..];
        if let Some(after) = rest.strip_prefix(['.', ')'])
            && after.starts_with(char::is_whitespace)
        {
            return (after.trim_start(), true);
        }
    }
    if let Some(rest) = t.strip_prefix('(') {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if (1..=2).contains(&digits)
            && let Some(after) = rest[digits..].strip_prefix(')')
            && after.starts_with(char::is_whitespace)
        {
            return (after.trim_start(), true);
        }
    }
    (t, false)
}

/// Markdown links as their text and address: `[site](https://x)` → `site https://x`.
fn unlink(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(mid) = after.find("](") else { break };
        let Some(close) = after[mid + 2..].find(')') else {
            break;
        };
        let label = &after[..mid];
        let url = &after[mid + 2..mid + 2 + close];
        out.push_str(rest[..open].trim_end_matches('!'));
        if label.trim() == url.trim() || label.trim().is_empty() {
            out.push_str(url);
        } else {
            out.push_str(label);
            out.push(' ');
            out.push_str(url);
        }
        out.push(' ');
        rest = &after[mid + 2 + close + 1..];
    }
    out.push_str(rest);
    out
}

/// Spaces collapsed; runs of three or more (column gaps) kept as `GAP`.
pub(super) fn squeeze(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = 0usize;
    for c in text.chars() {
        if c.is_whitespace() {
            run += 1;
            continue;
        }
        if run > 0 && !out.is_empty() {
            out.push_str(if run >= 3 { GAP } else { " " });
        }
        run = 0;
        out.push(c);
    }
    out
}

/// Spaces collapsed, gaps too.
pub(super) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A raw line as text and whether it is a list item; `None` when nothing is
/// left (empty lines, rules of dashes).
fn clean(raw: &str) -> Option<(String, bool)> {
    let mut text = raw.trim();
    let heading = text.trim_start_matches('#');
    if heading.len() < text.len() && (heading.is_empty() || heading.starts_with(' ')) {
        text = heading.trim_start();
    }
    let text = text.trim_start_matches('>').trim_start();
    let (text, bullet) = strip_bullet(text);
    let text = unlink(text)
        .replace("**", " ")
        .replace("__", " ")
        .replace(['*', '`'], " ");
    let text = squeeze(&text);
    let text = text.trim_start_matches('_').trim_end_matches('_');
    if text
        .chars()
        .all(|c| c.is_whitespace() || "-=_~#.•·|+*".contains(c))
    {
        return None;
    }
    Some((text.trim().to_owned(), bullet))
}
