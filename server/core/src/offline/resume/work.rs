//! Jobs (and unpaid roles): entries found by their heading lines, the short
//! lines around a date range; list items are highlights, prose the summary.

use super::dates::{self, Span};
use super::lines::{Line, one_line};
use super::model::{Volunteer, Work};
use super::roles::heading;
use super::sections::continues;
use super::segments::without;

const MAX_ENTRIES: usize = 60;
const MAX_HIGHLIGHTS: usize = 40;
const MAX_SUMMARY: usize = 4_000;
/// The most heading lines on either side of an entry's dates.
const MAX_HEADING: usize = 3;

#[derive(Clone, Debug)]
pub(super) enum Kind {
    Bullet,
    /// A wrapped list item's next line.
    Continuation,
    Dated(Span),
    Short,
    Prose,
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// A heading-like line: a few words, not a sentence.
pub(super) fn is_short(text: &str) -> bool {
    word_count(text) <= 10
        && !text.ends_with('.')
        && !text.chars().next().is_some_and(char::is_lowercase)
}

/// The dates of a line that is an entry's heading, not a sentence that
/// mentions a year.
pub(super) fn heading_dates(text: &str) -> Option<Span> {
    let span = dates::find(text)?;
    let words = word_count(text);
    let rest = word_count(&without(text, span.at));
    let sentence = text.ends_with('.') && words > 8;
    let ok = if span.single {
        rest <= 12 && !text.ends_with('.')
    } else {
        words <= 25 && !sentence
    };
    ok.then_some(span)
}

pub(super) fn classify(lines: &[Line]) -> Vec<Kind> {
    let mut kinds: Vec<Kind> = Vec::with_capacity(lines.len());
    for line in lines {
        let after_item = matches!(kinds.last(), Some(Kind::Bullet | Kind::Continuation));
        let kind = if line.bullet {
            Kind::Bullet
        } else if after_item && continues(line) {
            Kind::Continuation
        } else if let Some(span) = heading_dates(&line.text) {
            Kind::Dated(span)
        } else if is_short(&line.text) {
            Kind::Short
        } else {
            Kind::Prose
        };
        kinds.push(kind);
    }
    kinds
}

#[derive(Clone, Debug, Default)]
struct Draft {
    heading: Vec<String>,
    span: Option<Span>,
    summary: Vec<String>,
    highlights: Vec<String>,
}

impl Draft {
    fn add_highlight(&mut self, text: &str) {
        if self.highlights.len() < MAX_HIGHLIGHTS {
            self.highlights.push(one_line(text));
        }
    }

    fn extend_highlight(&mut self, text: &str) {
        match self.highlights.last_mut() {
            Some(last) => {
                last.push(' ');
                last.push_str(&one_line(text));
            }
            None => self.summary.push(one_line(text)),
        }
    }
}

/// Splits a run of heading lines holding several date lines into one run per
/// entry: at each date line when the run opens with one, else after each.
fn per_entry(run: &[usize], kinds: &[Kind]) -> Vec<Vec<usize>> {
    let dated: Vec<usize> = (0..run.len())
        .filter(|k| matches!(kinds[run[*k]], Kind::Dated(_)))
        .collect();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    if dated.first() == Some(&0) {
        for (n, at) in dated.iter().enumerate() {
            let end = dated.get(n + 1).copied().unwrap_or(run.len());
            groups.push(run[*at..end].to_vec());
        }
    } else {
        let mut start = 0;
        for (n, at) in dated.iter().enumerate() {
            let end = if n + 1 == dated.len() {
                run.len()
            } else {
                at + 1
            };
            groups.push(run[start..end].to_vec());
            start = end;
        }
    }
    groups
}

fn drafts(lines: &[Line]) -> Vec<Draft> {
    let kinds = classify(lines);
    let any_dates = kinds.iter().any(|k| matches!(k, Kind::Dated(_)));
    let mut drafts: Vec<Draft> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let text = lines[i].text.as_str();
        match &kinds[i] {
            Kind::Bullet => {
                if let Some(d) = drafts.last_mut() {
                    d.add_highlight(text);
                }
            }
            Kind::Continuation => {
                if let Some(d) = drafts.last_mut() {
                    d.extend_highlight(text);
                }
            }
            Kind::Prose => {
                if let Some(d) = drafts.last_mut() {
                    d.summary.push(one_line(text));
                }
            }
            Kind::Dated(_) | Kind::Short => {
                let mut j = i + 1;
                while j < lines.len()
                    && matches!(kinds[j], Kind::Dated(_) | Kind::Short)
                    && !lines[j].blank_before
                {
                    j += 1;
                }
                let run: Vec<usize> = (i..j).collect();
                let has_dates = run.iter().any(|k| matches!(kinds[*k], Kind::Dated(_)));
                if !has_dates && any_dates && !drafts.is_empty() {
                    if let Some(d) = drafts.last_mut() {
                        run.iter().for_each(|k| d.add_highlight(&lines[*k].text));
                    }
                } else if !has_dates {
                    drafts.push(Draft {
                        heading: run.iter().map(|k| lines[*k].text.clone()).collect(),
                        ..Draft::default()
                    });
                } else {
                    for group in per_entry(&run, &kinds) {
                        let next = entry(&group, lines, &kinds, drafts.last_mut());
                        drafts.push(next);
                    }
                }
                i = j;
                continue;
            }
        }
        i += 1;
    }
    drafts
}

/// One entry from its heading lines; lines beyond `MAX_HEADING` before the
/// dates are the previous entry's, after them this entry's highlights.
fn entry(group: &[usize], lines: &[Line], kinds: &[Kind], previous: Option<&mut Draft>) -> Draft {
    let at = group
        .iter()
        .position(|k| matches!(kinds[*k], Kind::Dated(_)))
        .unwrap_or(0);
    let first = at.saturating_sub(MAX_HEADING);
    let last = (at + MAX_HEADING + 1).min(group.len());
    if let Some(prev) = previous {
        group[..first]
            .iter()
            .for_each(|k| prev.add_highlight(&lines[*k].text));
    }
    let mut draft = Draft::default();
    for k in &group[first..last] {
        match &kinds[*k] {
            Kind::Dated(span) if draft.span.is_none() => {
                draft.heading.push(without(&lines[*k].text, span.at));
                draft.span = Some(span.clone());
            }
            _ => draft.heading.push(lines[*k].text.clone()),
        }
    }
    group[last..]
        .iter()
        .for_each(|k| draft.add_highlight(&lines[*k].text));
    draft
}

/// The dates of a span as JSON Resume writes them.
pub(super) fn span_dates(span: Option<&Span>) -> (Option<String>, Option<String>) {
    match span {
        None => (None, None),
        Some(s) => (
            Some(s.start.iso()),
            if s.ongoing {
                None
            } else {
                s.end.map(|d| d.iso())
            },
        ),
    }
}

fn summary(parts: &[String]) -> Option<String> {
    let text = one_line(&parts.join(" "));
    let text = super::lines::clip(&text, MAX_SUMMARY).to_owned();
    (!text.is_empty()).then_some(text)
}

/// The jobs of a work section.
pub(super) fn work(lines: &[Line]) -> Vec<Work> {
    drafts(lines)
        .into_iter()
        .filter_map(|d| {
            let h = heading(&d.heading);
            if h.name.is_none() && h.position.is_none() {
                return None;
            }
            let (start_date, end_date) = span_dates(d.span.as_ref());
            Some(Work {
                name: h.name,
                position: h.position,
                location: h.location,
                start_date,
                end_date,
                summary: summary(&d.summary),
                highlights: d.highlights,
            })
        })
        .take(MAX_ENTRIES)
        .collect()
}

/// The roles of a volunteering section.
pub(super) fn volunteer(lines: &[Line]) -> Vec<Volunteer> {
    work(lines)
        .into_iter()
        .map(|w| Volunteer {
            organization: w.name,
            position: w.position,
            start_date: w.start_date,
            end_date: w.end_date,
            summary: w.summary,
            highlights: w.highlights,
        })
        .collect()
}
