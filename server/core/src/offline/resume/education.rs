//! Schools and degrees: "B.S. in Computer Science — Baylor University",
//! "University of Sheffield" over "BSc Accounting, First Class Honours" over
//! "2013 - 2016", "بكالوريوس علوم الحاسب - جامعة الملك سعود".

use super::dates;
use super::degrees::{degree, is_degree_phrase, is_honours};
use super::lexicon::List;
use super::lines::Line;
use super::model::Education;
use super::norm::key;
use super::places::is_place;
use super::segments::{commas, split_outside, strong, tidy, without};
use super::words::is_school;
use super::work::span_dates;

const MAX_ENTRIES: usize = 30;
const MAX_COURSES: usize = 60;

static COURSE_LABELS: List = List::new(
    "coursework|relevant coursework|courses|relevant courses|key courses|modules|key modules|\
     relevant modules|المقررات|المواد|المواد الدراسية",
);
static SCORE_LABELS: List = List::new(
    "gpa|cgpa|grade|grades|score|result|classification|المعدل|التقدير|معدل|المعدل التراكمي",
);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Degree,
    School,
    Score,
    Place,
    Other,
}

fn kind(part: &str) -> Part {
    if is_school(part) && !is_degree_phrase(part) {
        Part::School
    } else if degree(part).is_some() {
        Part::Degree
    } else if is_honours(part) {
        Part::Score
    } else if is_place(part) || (part.len() == 2 && part.chars().all(|c| c.is_ascii_uppercase())) {
        Part::Place
    } else {
        Part::Other
    }
}

#[derive(Debug, Default)]
struct Draft {
    entry: Education,
    pending: Option<String>,
}

impl Draft {
    fn has_dates(&self) -> bool {
        self.entry.start_date.is_some() || self.entry.end_date.is_some()
    }

    fn named(&self) -> bool {
        self.entry.institution.is_some() || self.entry.study_type.is_some()
    }

    fn finish(mut self) -> Option<Education> {
        if self.entry.institution.is_none() {
            self.entry.institution = self.pending.take();
        }
        self.named().then_some(self.entry)
    }
}

/// One or two capitalised Latin words: a college's own name.
fn proper_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=2).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() && c.is_ascii() || matches!(c, '\'' | '’' | '.'))
        })
}

/// A labelled line: "GPA: 3.8", "Relevant coursework: A, B".
fn labelled<'a>(text: &'a str, labels: &List) -> Option<&'a str> {
    let (head, rest) = text.split_once([':', '：'])?;
    labels.has(&key(head)).then_some(rest.trim())
}

/// The schools of an education section.
pub(super) fn education(lines: &[Line]) -> Vec<Education> {
    let mut out = Vec::new();
    let mut cur = Draft::default();
    for line in lines {
        let text = line.text.as_str();
        if let Some(rest) = labelled(text, &COURSE_LABELS) {
            for course in split_outside(rest, &[",", "،", ";", "|", "•", "·"]) {
                if cur.entry.courses.len() < MAX_COURSES {
                    cur.entry.courses.push(course);
                }
            }
            continue;
        }
        if let Some(rest) = labelled(text, &SCORE_LABELS) {
            cur.entry.score = Some(tidy(rest)).filter(|s| !s.is_empty());
            continue;
        }
        let span = (text.split_whitespace().count() <= 25)
            .then(|| dates::find(text))
            .flatten();
        let rest = span
            .as_ref()
            .map_or_else(|| text.to_owned(), |s| without(text, s.at));
        // Each part with the strong part it came from: only comma parts of
        // one strong part may be joined again.
        let parts: Vec<(Part, String, usize)> = strong(&rest)
            .iter()
            .enumerate()
            .flat_map(|(n, p)| {
                let split = if is_place(p) {
                    vec![p.clone()]
                } else {
                    commas(p)
                };
                split.into_iter().map(move |c| (kind(&c), c, n))
            })
            .collect();
        let has = |k: Part| parts.iter().any(|(p, _, _)| *p == k);
        if line.bullet && !has(Part::Degree) && !has(Part::School) && span.is_none() {
            continue;
        }
        let boundary = (has(Part::Degree) && cur.entry.study_type.is_some())
            || (has(Part::School) && cur.entry.institution.is_some())
            || (span.is_some() && cur.has_dates() && cur.named())
            || (line.blank_before && cur.named());
        if boundary {
            out.extend(std::mem::take(&mut cur).finish());
        }
        let degree_here = has(Part::Degree);
        let mut before: Option<(&str, usize)> = None;
        let mut after_school = false;
        for (k, part, n) in &parts {
            match k {
                Part::Degree if cur.entry.study_type.is_none() => {
                    if let Some((kind, field)) = degree(part) {
                        cur.entry.study_type = Some(kind);
                        cur.entry.area = field;
                    }
                }
                Part::School if cur.entry.institution.is_none() => {
                    // "Goldsmiths, University of London": a college of a
                    // university; a field when the degree has none.
                    let joined = match before.take() {
                        Some((other, _)) if cur.entry.area.is_none() && degree_here => {
                            cur.entry.area = Some(other.to_owned());
                            part.clone()
                        }
                        Some((other, m)) if m == *n && proper_name(other) => {
                            format!("{other}, {part}")
                        }
                        _ => part.clone(),
                    };
                    cur.entry.institution = Some(joined);
                    after_school = true;
                }
                Part::Score => cur.entry.score = Some(part.clone()),
                Part::Other if !after_school => {
                    if let Some((other, _)) = before.replace((part, *n)) {
                        cur.pending.get_or_insert_with(|| other.to_owned());
                    }
                    continue;
                }
                _ => {}
            }
            // Only a part right before a school joins it.
            if let Some((other, _)) = before.take() {
                cur.pending.get_or_insert_with(|| other.to_owned());
            }
        }
        if let Some((other, _)) = before {
            if cur.entry.study_type.is_some() && cur.entry.area.is_none() {
                cur.entry.area = Some(other.to_owned());
            } else {
                cur.pending.get_or_insert_with(|| other.to_owned());
            }
        }
        if let Some(span) = span {
            let (start, end) = span_dates(Some(&span));
            if span.single {
                cur.entry.end_date = start;
            } else {
                cur.entry.start_date = start;
                cur.entry.end_date = end;
            }
        }
    }
    out.extend(cur.finish());
    out.truncate(MAX_ENTRIES);
    out
}
