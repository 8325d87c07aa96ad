//! HTML as Markdown-ish text: headings as `#` lines, list items as `- ` lines,
//! a term and its value on one line; scripts, menus, forms and footers left out.

use super::html::{Tag, closing_of, content_range, decode_entities, tags};

/// Elements whose content is never part of a posting's text.
const SKIPPED: [&str; 13] = [
    "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button",
    "iframe", "select", "head",
];

/// The readable text of `html[from..to]` as Markdown-ish lines. With
/// `skip_header`, `<header>` elements (site banners) are left out too.
pub(super) fn markdown(
    html: &str,
    tags: &[Tag],
    from: usize,
    to: usize,
    skip_header: bool,
) -> String {
    let mut out = String::new();
    let mut pos = from;
    let mut skip_until: Option<usize> = None;
    let first = tags.partition_point(|t| t.start < from);
    for (i, tag) in tags.iter().enumerate().skip(first) {
        if tag.start >= to {
            break;
        }
        if let Some(end) = skip_until {
            if tag.start < end {
                continue;
            }
            skip_until = None;
            pos = end;
        }
        if tag.start > pos {
            push_text(&mut out, &html[pos..tag.start]);
        }
        pos = tag.end.max(pos);
        let skipped = SKIPPED.contains(&tag.name.as_str()) || (skip_header && tag.name == "header");
        if !tag.closing && skipped {
            let end = match tag.raw {
                Some((_, raw_end)) => html[raw_end..].find('>').map_or(to, |e| raw_end + e + 1),
                None => closing_of(tags, i)
                    .and_then(|c| tags.get(c))
                    .map_or(tag.end, |c| c.end),
            };
            skip_until = Some(end.min(to));
            continue;
        }
        block_break(&mut out, tag);
    }
    let end = skip_until.unwrap_or(pos).max(pos);
    if end < to {
        push_text(&mut out, &html[end..to]);
    }
    tidy(&out)
}

/// Markdown-ish text of an HTML fragment (a JSON-LD description, say).
pub(super) fn fragment_markdown(html: &str) -> String {
    let list = tags(html);
    markdown(html, &list, 0, html.len(), false)
}

fn push_text(out: &mut String, raw: &str) {
    let text = decode_entities(raw);
    let mut last_space = out.ends_with([' ', '\n']) || out.is_empty();
    for c in text.chars() {
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
                last_space = true;
            }
        } else {
            out.push(c);
            last_space = false;
        }
    }
}

fn block_break(out: &mut String, tag: &Tag) {
    let name = tag.name.as_str();
    let heading = name.len() == 2
        && name.starts_with('h')
        && name
            .as_bytes()
            .get(1)
            .is_some_and(|b| (b'1'..=b'6').contains(b));
    if heading {
        out.push_str("\n\n");
        if !tag.closing {
            let level = usize::from(name.as_bytes()[1] - b'0');
            out.push_str(&"#".repeat(level.min(3)));
            out.push(' ');
        }
    } else if name == "li" && !tag.closing {
        out.push_str("\n- ");
    } else if name == "br" {
        out.push('\n');
    } else if matches!(name, "dt" | "th") && tag.closing {
        // A term and its value end up on one line: "Location: Berlin".
        let trimmed = out.trim_end();
        if !trimmed.ends_with([':', '：']) {
            out.truncate(trimmed.len());
            out.push(':');
        }
    } else if matches!(name, "td" | "th" | "dd") && !tag.closing {
        out.push(' ');
    } else if name == "dd" {
        out.push('\n');
    } else if matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "ul"
            | "ol"
            | "li"
            | "table"
            | "tr"
            | "dl"
            | "dt"
            | "blockquote"
            | "pre"
            | "hr"
            | "body"
    ) {
        out.push('\n');
        if matches!(name, "p" | "ul" | "ol" | "section" | "table") {
            out.push('\n');
        }
    }
}

/// Lines trimmed, empty bullets dropped, at most one blank line in a row and
/// none between the items of a list.
pub(super) fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    let mut last_bullet = false;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || matches!(line, "-" | "#" | "##" | "###") {
            blank = !out.is_empty();
            continue;
        }
        let bullet = line.starts_with("- ");
        if blank && !(bullet && last_bullet) {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        blank = false;
        last_bullet = bullet;
    }
    out.trim().to_owned()
}

/// The visible text of an element, on one line.
pub(super) fn inner_text(html: &str, tags: &[Tag], at: usize) -> String {
    let (from, to) = content_range(tags, at, html.len());
    let text = markdown(html, tags, from, to, false);
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim_start_matches('#').trim_start())
        .map(|l| l.strip_prefix("- ").unwrap_or(l))
        .collect();
    lines
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
