//! Certificates, awards and projects.

use super::contact::urls;
use super::dates;
use super::lexicon::List;
use super::lines::{GAP, Line, one_line};
use super::model::{Award, Certificate, Project};
use super::norm::{has_text, key};
use super::sections::continues;
use super::segments::{split_outside, tidy, without};
use super::words::role;
use super::work::{Kind, classify, span_dates};

const MAX_ENTRIES: usize = 60;
const MAX_HIGHLIGHTS: usize = 30;

/// Words that end a certificate's name rather than name its issuer
/// ("… Architect – Associate").
static CERT_LEVELS: List = List::new(
    "associate|professional|foundation|foundations|practitioner|expert|specialist|\
     fundamentals|level|part|advanced|intermediate|beginner|basic|entry|master|i|ii|iii|iv|\
     developer|administrator",
);

/// A line's dates (taken out), its address (taken out) and what is left.
fn pieces(text: &str) -> (Option<String>, Option<String>, String) {
    let span = (text.split_whitespace().count() <= 30)
        .then(|| dates::find(text))
        .flatten();
    let mut rest = span
        .as_ref()
        .map_or_else(|| text.to_owned(), |s| without(text, s.at));
    let url = urls(&rest, false).into_iter().next();
    if let Some(u) = &url {
        rest = rest.replace(u.as_str(), GAP);
    }
    (span.map(|s| s.start.iso()), url, rest)
}

/// A certificate line as its name and issuer: "X — Issuer", "X, Issuer",
/// "X by Issuer", "X من Issuer", "X – Issuer" (unless that is a level).
fn name_and_issuer(rest: &str) -> (String, Option<String>) {
    let parts = split_outside(
        rest,
        &[" | ", "|", " — ", " ― ", ",", "،", ";", GAP, " · ", "•"],
    );
    let Some(first) = parts.first() else {
        return (String::new(), None);
    };
    // "X by Issuer", "X من Issuer"; ASCII case only, so byte offsets stay
    // those of `first`.
    let lower = first.to_ascii_lowercase();
    for sep in [
        " issued by ",
        " by ",
        " from ",
        " صادرة عن ",
        " صادرة من ",
        " من ",
    ] {
        if let Some(i) = lower.find(sep) {
            let (name, issuer) = (tidy(&first[..i]), tidy(&first[i + sep.len()..]));
            if has_text(&name) && has_text(&issuer) {
                return (name, Some(issuer));
            }
        }
    }
    let issuer = parts[1..]
        .iter()
        .find(|p| !p.chars().any(|c| c.is_ascii_digit()) && p.split_whitespace().count() <= 10)
        .cloned();
    if issuer.is_some() {
        return (first.clone(), issuer);
    }
    for sep in [" – ", " - "] {
        if let Some((name, after)) = first.rsplit_once(sep) {
            let words = after.split_whitespace().count();
            let first_word = key(after).split(' ').next().unwrap_or_default().to_owned();
            let org = role(after).company > 0;
            if !CERT_LEVELS.has(&first_word) && (org || words <= 6) && words <= 12 && has_text(name)
            {
                return (tidy(name), Some(tidy(after)));
            }
        }
    }
    (first.clone(), None)
}

/// The certificates of a section, one per line.
pub(super) fn certificates(lines: &[Line]) -> Vec<Certificate> {
    let mut out = Vec::new();
    for line in lines {
        if continues(line) || line.text.split_whitespace().count() > 25 {
            continue;
        }
        let (date, url, rest) = pieces(&line.text);
        let (name, issuer) = name_and_issuer(&rest);
        if !has_text(&name) || name.split_whitespace().count() > 20 {
            continue;
        }
        out.push(Certificate {
            name,
            date,
            issuer,
            url,
        });
    }
    out.truncate(MAX_ENTRIES);
    out
}

/// The awards of a section, one per line; prose lines describe the one above.
pub(super) fn awards(lines: &[Line]) -> Vec<Award> {
    let mut out: Vec<Award> = Vec::new();
    for line in lines {
        let words = line.text.split_whitespace().count();
        if (continues(line) || words > 20) && !out.is_empty() {
            if let Some(last) = out.last_mut() {
                let summary = last.summary.get_or_insert_with(String::new);
                if !summary.is_empty() {
                    summary.push(' ');
                }
                summary.push_str(&one_line(&line.text));
            }
            continue;
        }
        let (date, _, rest) = pieces(&line.text);
        let parts = split_outside(
            &rest,
            &[" | ", "|", " — ", " – ", " - ", ",", "،", GAP, " · "],
        );
        let Some(title) = parts.first().cloned() else {
            continue;
        };
        let awarder = parts[1..]
            .iter()
            .find(|p| !p.chars().any(|c| c.is_ascii_digit()))
            .cloned();
        out.push(Award {
            title,
            date,
            awarder,
            summary: None,
        });
    }
    out.truncate(MAX_ENTRIES);
    out
}

/// A project's heading line: its name, a description after a dash or colon,
/// dates and an address.
fn project_from(line: &str, span: Option<&dates::Span>) -> Option<Project> {
    let rest = span.map_or_else(|| line.to_owned(), |s| without(line, s.at));
    let url = urls(&rest, false).into_iter().next();
    let rest = url
        .as_ref()
        .map_or(rest.clone(), |u| rest.replace(u.as_str(), GAP));
    let parts = split_outside(&rest, &[" — ", " – ", " - ", " | ", "|", ":", GAP, " · "]);
    let name = parts.first()?.clone();
    if !has_text(&name) {
        return None;
    }
    if name.split_whitespace().count() > 12 {
        return None;
    }
    let (start_date, end_date) = span_dates(span);
    let description = parts[1..].join(" — ");
    Some(Project {
        name,
        description: Some(description).filter(|d| !d.is_empty()),
        highlights: Vec::new(),
        url,
        start_date,
        end_date,
    })
}

/// The projects of a section: a heading line each, then its list items and
/// prose.
pub(super) fn projects(lines: &[Line]) -> Vec<Project> {
    let kinds = classify(lines);
    let mut out: Vec<Project> = Vec::new();
    let mut body = false;
    for (line, kind) in lines.iter().zip(&kinds) {
        let text = line.text.as_str();
        match kind {
            Kind::Bullet => {
                let Some(p) = out.last_mut() else { continue };
                let links = urls(text, false);
                let only_link = links.len() == 1
                    && tidy(&text.replace(links[0].as_str(), ""))
                        .split_whitespace()
                        .count()
                        <= 2;
                if only_link && p.url.is_none() {
                    p.url = links.into_iter().next();
                } else if p.highlights.len() < MAX_HIGHLIGHTS {
                    p.highlights.push(one_line(text));
                }
                body = true;
            }
            Kind::Continuation => {
                if let Some(last) = out.last_mut().and_then(|p| p.highlights.last_mut()) {
                    last.push(' ');
                    last.push_str(&one_line(text));
                }
            }
            Kind::Dated(span)
                if !body
                    && out.last().is_some_and(|p| p.start_date.is_none())
                    && tidy(&without(text, span.at)).is_empty() =>
            {
                if let Some(p) = out.last_mut() {
                    (p.start_date, p.end_date) = span_dates(Some(span));
                }
            }
            Kind::Dated(_) | Kind::Short if out.is_empty() || body || line.blank_before => {
                let span = match kind {
                    Kind::Dated(s) => Some(s),
                    _ => None,
                };
                if let Some(p) = project_from(text, span) {
                    out.push(p);
                    body = false;
                }
            }
            _ => {
                let Some(p) = out.last_mut() else {
                    if let Some(p) = project_from(text, None) {
                        out.push(p);
                    }
                    continue;
                };
                let d = p.description.get_or_insert_with(String::new);
                if !d.is_empty() {
                    d.push(' ');
                }
                d.push_str(&one_line(text));
                body = true;
            }
        }
    }
    out.truncate(MAX_ENTRIES);
    out
}
