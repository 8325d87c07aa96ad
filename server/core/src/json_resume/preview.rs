//! A JSON Resume document read into the page's preview: every section the page
//! shows, in reading order, with dates written the same way everywhere.

use serde_json::Value;

use super::{contact, joined, list, strings, text};
use crate::model::resume::{PreviewEntry, ResumePreview};

/// "2019-03 – present", "2015 – 2019", or one end alone.
fn dates(entry: &Value, present: &str) -> String {
    let start = text(entry, "startDate");
    let end = text(entry, "endDate");
    match (start.is_empty(), end.is_empty()) {
        (true, true) => String::new(),
        (false, true) => format!("{start} – {present}"),
        (true, false) => end,
        (false, false) => format!("{start} – {end}"),
    }
}

/// The preview of `resume`; `present` is how an open end date reads.
pub fn preview(resume: &Value, present: &str) -> ResumePreview {
    let basics = resume.get("basics").cloned().unwrap_or(Value::Null);
    let contact = contact(&basics);
    let work = list(resume, "work")
        .iter()
        .chain(list(resume, "volunteer"))
        .map(|w| {
            let org = if text(w, "name").is_empty() {
                text(w, "organization")
            } else {
                text(w, "name")
            };
            let mut lines: Vec<String> = Some(text(w, "summary"))
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            lines.extend(strings(w, "highlights"));
            PreviewEntry {
                title: text(w, "position"),
                place: joined(&[org, text(w, "location")], ", "),
                dates: dates(w, present),
                lines,
            }
        })
        .collect();
    let education = list(resume, "education")
        .iter()
        .map(|e| PreviewEntry {
            title: joined(&[text(e, "studyType"), text(e, "area")], ", "),
            place: text(e, "institution"),
            dates: dates(e, present),
            lines: strings(e, "courses"),
        })
        .collect();
    let projects = list(resume, "projects")
        .iter()
        .map(|p| {
            let mut lines: Vec<String> = Some(text(p, "description"))
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            lines.extend(strings(p, "highlights"));
            PreviewEntry {
                title: text(p, "name"),
                place: text(p, "url"),
                dates: dates(p, present),
                lines,
            }
        })
        .collect();
    let mut skills: Vec<String> = Vec::new();
    for group in list(resume, "skills") {
        let keywords = strings(group, "keywords");
        if keywords.is_empty() {
            skills.push(text(group, "name"));
        } else {
            skills.extend(keywords);
        }
    }
    skills.retain(|s| !s.is_empty());
    let languages = list(resume, "languages")
        .iter()
        .map(|l| {
            let fluency = text(l, "fluency");
            if fluency.is_empty() {
                text(l, "language")
            } else {
                format!("{} ({fluency})", text(l, "language"))
            }
        })
        .filter(|l| !l.is_empty())
        .collect();
    let certificates = list(resume, "certificates")
        .iter()
        .map(|c| {
            joined(
                &[text(c, "name"), text(c, "issuer"), text(c, "date")],
                " · ",
            )
        })
        .filter(|c| !c.is_empty())
        .collect();
    ResumePreview {
        name: text(&basics, "name"),
        label: text(&basics, "label"),
        contact,
        summary: text(&basics, "summary"),
        work,
        education,
        projects,
        skills,
        languages,
        certificates,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_reads_in_order() {
        let resume = serde_json::json!({
            "basics": {"name": "Ada Lovelace", "label": "Engineer", "email": "ada@example.com",
                "location": {"city": "London", "countryCode": "GB"},
                "profiles": [{"network": "GitHub", "username": "ada", "url": "https://github.com/ada"}]},
            "work": [{"name": "Analytical Engines", "position": "Engineer", "startDate": "2019-03",
                "highlights": ["Built the mill.", " "]}],
            "education": [{"institution": "University of London", "studyType": "BSc", "area": "Mathematics",
                "startDate": "2012", "endDate": "2015"}],
            "skills": [{"name": "Languages", "keywords": ["Rust", "SQL"]}, {"name": "Leadership"}],
            "languages": [{"language": "French", "fluency": "Fluent"}],
            "certificates": [{"name": "AWS SAA", "issuer": "Amazon", "date": "2021"}]
        });
        let p = preview(&resume, "present");
        assert_eq!(p.name, "Ada Lovelace");
        assert_eq!(
            p.contact,
            ["ada@example.com", "London, GB", "https://github.com/ada"]
        );
        assert_eq!(p.work[0].dates, "2019-03 – present");
        assert_eq!(p.work[0].place, "Analytical Engines");
        assert_eq!(p.work[0].lines, ["Built the mill."]);
        assert_eq!(p.education[0].title, "BSc, Mathematics");
        assert_eq!(p.education[0].dates, "2012 – 2015");
        assert_eq!(p.skills, ["Rust", "SQL", "Leadership"]);
        assert_eq!(p.languages, ["French (Fluent)"]);
        assert_eq!(p.certificates, ["AWS SAA · Amazon · 2021"]);
        assert_eq!(preview(&Value::Null, "x"), ResumePreview::default());
    }
}
