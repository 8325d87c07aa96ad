//! The change log of a tailoring: the parts of a resume a tailoring may change
//! (the label, the summary, each entry's highlights and description, the
//! skills), compared between the source and the guarded result, each with its
//! reason; and the resume made of the changes a user accepts.

use serde_json::{Map, Value};

use super::engine::Reason;
use crate::json_resume::{list, strings, text};
use crate::model::tailor::Change;

/// The parts a change is made of: (section, entry name, JSON pointer).
fn units(resume: &Value) -> Vec<(&'static str, String, String)> {
    let mut out = vec![
        ("label", String::new(), "/basics/label".to_owned()),
        ("summary", String::new(), "/basics/summary".to_owned()),
    ];
    for (i, entry) in list(resume, "work").iter().enumerate() {
        let name = text(entry, "name");
        out.push(("work", name.clone(), format!("/work/{i}/summary")));
        out.push(("work", name, format!("/work/{i}/highlights")));
    }
    for (i, entry) in list(resume, "projects").iter().enumerate() {
        let name = text(entry, "name");
        out.push((
            "projects",
            name.clone(),
            format!("/projects/{i}/description"),
        ));
        out.push(("projects", name, format!("/projects/{i}/highlights")));
    }
    out.push(("skills", String::new(), "/skills".to_owned()));
    out
}

/// A part as lines to show: text as one line, a list line by line, skills as
/// "Group: a, b".
fn lines(value: Option<&Value>) -> Vec<String> {
    match value {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(s)) if s.trim().is_empty() => Vec::new(),
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| match item {
                Value::String(s) => s.clone(),
                Value::Object(_) => {
                    let name = text(item, "name");
                    let keywords = strings(item, "keywords").join(", ");
                    match (name.is_empty(), keywords.is_empty()) {
                        (false, false) => format!("{name}: {keywords}"),
                        (false, true) => name,
                        _ => keywords,
                    }
                }
                other => other.to_string(),
            })
            .collect(),
        Some(other) => vec![other.to_string()],
    }
}

/// Every part that differs between `source` and `tailored` (which has the
/// same entries, as the guard makes it), with its reason.
pub fn changes(
    source: &Value,
    tailored: &Value,
    reasons: &[Reason],
    fallback: &str,
) -> Vec<Change> {
    units(source)
        .into_iter()
        .filter(|(.., path)| source.pointer(path) != tailored.pointer(path))
        .enumerate()
        .map(|(id, (section, place, path))| Change {
            id,
            section: section.to_owned(),
            place,
            before: lines(source.pointer(&path)),
            after: lines(tailored.pointer(&path)),
            reason: reasons
                .iter()
                .find(|r| r.path == path)
                .map_or_else(|| fallback.to_owned(), |r| r.reason.clone()),
            path,
        })
        .collect()
}

/// Sets the value at a JSON pointer, making the last key if it is missing;
/// `false` when the place above it is not there.
fn set(resume: &mut Value, path: &str, value: Value) -> bool {
    let Some((parent, key)) = path.rsplit_once('/') else {
        return false;
    };
    if matches!(resume.pointer(parent), None | Some(Value::Null)) {
        if parent.is_empty() {
            return false;
        }
        let mut map = Map::new();
        map.insert(key.to_owned(), value);
        return set(resume, parent, Value::Object(map));
    }
    match resume.pointer_mut(parent) {
        Some(Value::Object(map)) => {
            map.insert(key.to_owned(), value);
            true
        }
        Some(Value::Array(items)) => match key.parse::<usize>().ok().and_then(|i| items.get_mut(i))
        {
            Some(slot) => {
                *slot = value;
                true
            }
            None => false,
        },
        _ => false,
    }
}

/// The source with the accepted changes applied (the others left as they were).
pub fn apply(source: &Value, tailored: &Value, changes: &[Change], accepted: &[usize]) -> Value {
    let mut out = source.clone();
    for change in changes.iter().filter(|c| accepted.contains(&c.id)) {
        let value = tailored
            .pointer(&change.path)
            .cloned()
            .unwrap_or(Value::Null);
        set(&mut out, &change.path, value);
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn changes_are_listed_with_reasons_and_applied_one_by_one() {
        let source = json!({
            "basics": {"name": "Ada", "label": "Engineer"},
            "work": [{"name": "Engines", "highlights": ["a", "b"]}],
            "skills": [{"name": "Backend", "keywords": ["SQL", "Rust"]}]
        });
        let mut tailored = source.clone();
        tailored["basics"]["summary"] = json!("Engineer with Rust.");
        tailored["work"][0]["highlights"] = json!(["b", "a"]);
        tailored["skills"][0]["keywords"] = json!(["Rust", "SQL"]);
        let reasons = [Reason {
            path: "/skills".into(),
            reason: "Rust first".into(),
        }];
        let all = changes(&source, &tailored, &reasons, "fits the job");
        let paths: Vec<&str> = all.iter().map(|c| c.path.as_str()).collect();
        assert_eq!(paths, ["/basics/summary", "/work/0/highlights", "/skills"]);
        assert_eq!(all[0].before, Vec::<String>::new());
        assert_eq!(all[0].after, ["Engineer with Rust."]);
        assert_eq!(all[1].place, "Engines");
        assert_eq!(all[2].before, ["Backend: SQL, Rust"]);
        assert_eq!(all[2].reason, "Rust first");
        assert_eq!(all[1].reason, "fits the job");

        assert_eq!(apply(&source, &tailored, &all, &[0, 1, 2]), tailored);
        assert_eq!(apply(&source, &tailored, &all, &[]), source);
        let some = apply(&source, &tailored, &all, &[0, 2]);
        assert_eq!(
            some["work"], source["work"],
            "the rejected change is not made"
        );
        assert_eq!(some["skills"], tailored["skills"]);
        assert_eq!(some["basics"]["summary"], "Engineer with Rust.");
        // A resume without basics gets them for an accepted summary.
        let bare = json!({"work": []});
        let mut with = bare.clone();
        with["basics"] = json!({"summary": "Hi."});
        let found = changes(&bare, &with, &[], "x");
        assert_eq!(
            apply(&bare, &with, &found, &[0])["basics"]["summary"],
            "Hi."
        );
    }
}
