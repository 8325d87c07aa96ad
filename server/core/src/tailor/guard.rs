//! The truthfulness guard: what a tailored resume may say is what its source
//! version (and the user's other evidence, such as the work log) supports. It
//! runs after any model and after the offline engine alike, and builds the
//! result from the source: the entries, employers, titles, dates, schools,
//! degrees and certificates are the source's; only the wording the tailoring
//! is for (the summary, the label, highlights, descriptions and the skills
//! list) is taken from the tailored version, and only where every skill and
//! every number it names has evidence. Whatever it drops is listed.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::json_resume::{list, strings, text};
use crate::offline::taxonomy::{SkillId, Taxonomy};

/// Something a tailoring tried to claim that the resume does not support.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// `employer`, `title`, `date`, `degree`, `school`, `certificate`,
    /// `project`, `skill` or `number`.
    pub kind: String,
    /// What was claimed: the name, or the line it was in.
    pub value: String,
    /// Where the tailored version put it (a JSON pointer).
    pub path: String,
}

/// What the user's own record supports.
pub struct Evidence<'t> {
    taxonomy: &'t Taxonomy,
    /// All the source's text (and the other evidence), lower-cased.
    text: String,
    skills: HashSet<SkillId>,
    numbers: HashSet<String>,
}

fn all_strings(value: &Value, out: &mut String) {
    match value {
        Value::String(s) => {
            out.push_str(s);
            out.push('\n');
        }
        Value::Array(items) => items.iter().for_each(|v| all_strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| all_strings(v, out)),
        _ => {}
    }
}

/// The numbers in a text as digit strings ("2,000" and "2000" are one number;
/// "40%" is "40").
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            current.push(c);
        } else if (c == ',' || c == '.')
            && !current.is_empty()
            && chars.peek().is_some_and(char::is_ascii_digit)
        {
            // A thousands separator or a decimal point inside a number.
            if c == '.' {
                current.push('.');
            }
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// A name folded for comparison: lower-case, single spaces, no edge punctuation.
pub fn fold(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Whether `phrase` occurs in `text` as whole words.
fn has_phrase(text: &str, phrase: &str) -> bool {
    if phrase.is_empty() {
        return false;
    }
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

impl<'t> Evidence<'t> {
    /// The evidence of a source resume and of `extra` texts (work log entries);
    /// `now` dates "present", for the whole years of work the dates add up to.
    pub fn of(taxonomy: &'t Taxonomy, source: &Value, extra: &[String], now: (i32, u32)) -> Self {
        let mut text = String::new();
        all_strings(source, &mut text);
        for line in extra {
            text.push_str(line);
            text.push('\n');
        }
        let skills = taxonomy.find(&text).into_iter().map(|f| f.skill).collect();
        let mut numbers: HashSet<String> = numbers(&text).into_iter().collect();
        let years = crate::offline::score::work_years(list(source, "work"), now).floor();
        numbers.insert(format!("{years}"));
        Evidence {
            taxonomy,
            text: text.to_lowercase(),
            skills,
            numbers,
        }
    }

    /// Whether a skill's name has evidence: through the taxonomy (so "JS" is
    /// supported by "JavaScript"), else as the same words.
    pub fn has_skill(&self, name: &str) -> bool {
        match self.taxonomy.lookup(name) {
            Some(id) => self.skills.contains(&id),
            None => has_phrase(&self.text, &fold(name)),
        }
    }

    /// What in a line has no evidence: skills it names, then numbers.
    fn unsupported(&self, line: &str) -> Option<(&'static str, String)> {
        if let Some(found) = self
            .taxonomy
            .find(line)
            .into_iter()
            .find(|f| !self.skills.contains(&f.skill))
        {
            return Some(("skill", self.taxonomy.skill(found.skill).name.clone()));
        }
        numbers(line)
            .into_iter()
            .find(|n| !self.numbers.contains(n))
            .map(|n| ("number", n))
    }
}

/// The sentences of a text, each with its ending.
pub(super) fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if matches!(c, '.' | '!' | '?' | '؟')
            && chars.peek().is_none_or(|(_, next)| next.is_whitespace())
        {
            let end = at + c.len_utf8();
            let sentence = text[start..end].trim();
            if !sentence.is_empty() {
                out.push(sentence);
            }
            start = end;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// Sets `out[parent][key]`, making the parent object if there is none (and
/// leaving a parent that is not an object alone).
fn put(out: &mut Value, parent: &str, key: &str, value: Value) {
    let slot = out.as_object_mut().map(|map| {
        map.entry(parent)
            .or_insert_with(|| Value::Object(Map::new()))
    });
    if let Some(Value::Object(map)) = slot {
        map.insert(key.into(), value);
    }
}

/// The guard at work: the result being built and what it dropped.
struct Guard<'e, 't> {
    evidence: &'e Evidence<'t>,
    removed: Vec<Removed>,
}

impl Guard<'_, '_> {
    fn remove(&mut self, kind: &str, value: &str, path: String) {
        self.removed.push(Removed {
            kind: kind.to_owned(),
            value: value.to_owned(),
            path,
        });
    }

    /// A text with its unsupported sentences dropped.
    fn prose(&mut self, text: &str, path: &str) -> String {
        let mut kept = Vec::new();
        for sentence in sentences(text) {
            match self.evidence.unsupported(sentence) {
                Some((kind, _)) => self.remove(kind, sentence, path.to_owned()),
                None => kept.push(sentence),
            }
        }
        kept.join(" ")
    }

    /// Lines with the unsupported ones dropped.
    fn lines(&mut self, lines: &[String], path: &str) -> Vec<Value> {
        let mut kept = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            match self.evidence.unsupported(line) {
                Some((kind, _)) => self.remove(kind, line, format!("{path}/{i}")),
                None => kept.push(Value::String(line.clone())),
            }
        }
        kept
    }

    /// A field the tailoring may not change: a change is undone and listed.
    fn fixed(&mut self, kind: &str, source: &Value, tailored: &Value, key: &str, path: &str) {
        let wanted = text(tailored, key);
        if tailored.get(key).is_some() && fold(&wanted) != fold(&text(source, key)) {
            self.remove(kind, &wanted, format!("{path}/{key}"));
        }
    }

    /// The tailored wording of one entry (work or project) over its source.
    fn entry_text(&mut self, out: &mut Value, tailored: &Value, path: &str, keys: [&str; 2]) {
        let [prose_key, lines_key] = keys;
        if let Some(Value::String(said)) = tailored.get(prose_key) {
            let kept = self.prose(said, &format!("{path}/{prose_key}"));
            if let Some(map) = out.as_object_mut() {
                map.insert(prose_key.into(), Value::String(kept));
            }
        }
        if tailored.get(lines_key).is_some_and(Value::is_array) {
            let kept = self.lines(
                &strings(tailored, lines_key),
                &format!("{path}/{lines_key}"),
            );
            if let Some(map) = out.as_object_mut() {
                map.insert(lines_key.into(), Value::Array(kept));
            }
        }
    }

    /// Entries of a section matched to the source's by `name_key`; each one with
    /// no source entry is dropped as `kind`. Returns, for each source entry,
    /// the tailored entry that stands for it.
    fn match_entries<'v>(
        &mut self,
        source: &Value,
        tailored: &'v Value,
        section: &str,
        name_key: &str,
        kind: &str,
    ) -> Vec<Option<&'v Value>> {
        let sources = list(source, section);
        let mut matched: Vec<Option<&Value>> = vec![None; sources.len()];
        for (ti, entry) in list(tailored, section).iter().enumerate() {
            let name = fold(&text(entry, name_key));
            // The same place first, else the first unmatched one of that name.
            let slot = (ti < sources.len()
                && matched[ti].is_none()
                && fold(&text(&sources[ti], name_key)) == name)
                .then_some(ti)
                .or_else(|| {
                    (0..sources.len()).find(|&si| {
                        matched[si].is_none() && fold(&text(&sources[si], name_key)) == name
                    })
                });
            match slot {
                Some(si) => matched[si] = Some(entry),
                None => self.remove(kind, &text(entry, name_key), format!("/{section}/{ti}")),
            }
        }
        matched
    }
}

/// The tailored resume made true: built from `source`, taking from `tailored`
/// only what the evidence supports; with what was dropped.
pub fn enforce(source: &Value, tailored: &Value, evidence: &Evidence<'_>) -> (Value, Vec<Removed>) {
    let mut guard = Guard {
        evidence,
        removed: Vec::new(),
    };
    let mut out = source.clone();
    if !out.is_object() {
        out = Value::Object(Map::new());
    }
    let empty = Value::Null;

    // Basics: the label must be a title the resume holds; the summary is prose.
    let basics = tailored.get("basics").unwrap_or(&empty);
    let titles: HashSet<String> = list(source, "work")
        .iter()
        .chain(list(source, "volunteer"))
        .map(|w| fold(&text(w, "position")))
        .chain(std::iter::once(fold(&text(
            source.get("basics").unwrap_or(&empty),
            "label",
        ))))
        .filter(|t| !t.is_empty())
        .collect();
    let label = text(basics, "label");
    if !label.is_empty()
        && fold(&label) != fold(&text(source.get("basics").unwrap_or(&empty), "label"))
    {
        if titles.contains(&fold(&label)) {
            put(&mut out, "basics", "label", Value::String(label));
        } else {
            guard.remove("title", &label, "/basics/label".into());
        }
    }
    if let Some(Value::String(summary)) = basics.get("summary") {
        let kept = guard.prose(summary, "/basics/summary");
        if !kept.is_empty() || text(source.get("basics").unwrap_or(&empty), "summary").is_empty() {
            put(&mut out, "basics", "summary", Value::String(kept));
        }
    }

    // Work: the employers, titles and dates are the source's.
    let work = guard.match_entries(source, tailored, "work", "name", "employer");
    for (si, entry) in work.into_iter().enumerate() {
        let Some(entry) = entry else { continue };
        let path = format!("/work/{si}");
        let src = &source["work"][si];
        guard.fixed("title", src, entry, "position", &path);
        guard.fixed("date", src, entry, "startDate", &path);
        guard.fixed("date", src, entry, "endDate", &path);
        guard.entry_text(
            &mut out["work"][si],
            entry,
            &path,
            ["summary", "highlights"],
        );
    }

    // Projects: only the source's; their wording may change.
    let projects = guard.match_entries(source, tailored, "projects", "name", "project");
    for (si, entry) in projects.into_iter().enumerate() {
        let Some(entry) = entry else { continue };
        let path = format!("/projects/{si}");
        let src = &source["projects"][si];
        guard.fixed("date", src, entry, "startDate", &path);
        guard.fixed("date", src, entry, "endDate", &path);
        guard.entry_text(
            &mut out["projects"][si],
            entry,
            &path,
            ["description", "highlights"],
        );
    }

    // Education and certificates stay as they are; claims beyond them go.
    let schools = guard.match_entries(source, tailored, "education", "institution", "school");
    for (si, entry) in schools.into_iter().enumerate() {
        let Some(entry) = entry else { continue };
        let path = format!("/education/{si}");
        let src = &source["education"][si];
        guard.fixed("degree", src, entry, "studyType", &path);
        guard.fixed("degree", src, entry, "area", &path);
        guard.fixed("date", src, entry, "startDate", &path);
        guard.fixed("date", src, entry, "endDate", &path);
    }
    guard.match_entries(source, tailored, "certificates", "name", "certificate");

    // Skills: the tailored grouping and order, keeping supported names only.
    if let Some(groups) = tailored.get("skills").and_then(Value::as_array) {
        let mut kept_groups = Vec::new();
        for (gi, group) in groups.iter().enumerate() {
            let path = format!("/skills/{gi}");
            let name = text(group, "name");
            // A group named after a skill claims it too.
            if !name.is_empty()
                && evidence.taxonomy.lookup(&name).is_some()
                && !evidence.has_skill(&name)
            {
                guard.remove("skill", &name, format!("{path}/name"));
                continue;
            }
            let mut keywords = Vec::new();
            for (ki, keyword) in strings(group, "keywords").into_iter().enumerate() {
                if evidence.has_skill(&keyword) {
                    keywords.push(Value::String(keyword));
                } else {
                    guard.remove("skill", &keyword, format!("{path}/keywords/{ki}"));
                }
            }
            if keywords.is_empty() && !evidence.has_skill(&name) {
                continue;
            }
            let mut kept = group.as_object().cloned().unwrap_or_default();
            kept.insert("keywords".into(), Value::Array(keywords));
            kept_groups.push(Value::Object(kept));
        }
        if let Some(map) = out.as_object_mut() {
            map.insert("skills".into(), Value::Array(kept_groups));
        }
    }
    (out, guard.removed)
}

#[cfg(test)]
mod tests;
