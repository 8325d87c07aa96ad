//! How a model's answer is held to the resume: every employer, school, job
//! title and certificate it names must be in the text, every date must be
//! `YYYY` or `YYYY-MM`.

use super::dates::is_iso;
use super::lines::{MAX_INPUT, clip, looks_like_html};
use super::model::ParsedResume;
use super::norm::key;
use crate::offline::text::html_to_text;

/// Everything the input shows, as claims are compared: folded, punctuation
/// as spaces, padded with a space at each end.
fn evidence(input: &str) -> String {
    let page = clip(input, MAX_INPUT);
    let mut all = key(page);
    if looks_like_html(page) {
        all.push(' ');
        all.push_str(&key(&html_to_text(page)));
    }
    format!(" {all} ")
}

/// What is wrong with a parsed resume, given the text it came from.
pub(super) fn problems(resume: &ParsedResume, text: &str) -> Vec<String> {
    let shown = evidence(text);
    let mut problems = Vec::new();
    let mut claim = |field: &str, value: Option<&str>| {
        let Some(value) = value else { return };
        let k = key(value);
        if !k.is_empty() && !shown.contains(&format!(" {k} ")) {
            problems.push(format!(
                "the {field} '{}' is not in the resume",
                value.trim()
            ));
        }
    };
    for (i, w) in resume.work.iter().enumerate() {
        claim(&format!("work[{i}].name (employer)"), w.name.as_deref());
        claim(
            &format!("work[{i}].position (job title)"),
            w.position.as_deref(),
        );
    }
    for (i, v) in resume.volunteer.iter().enumerate() {
        claim(
            &format!("volunteer[{i}].organization"),
            v.organization.as_deref(),
        );
        claim(&format!("volunteer[{i}].position"), v.position.as_deref());
    }
    for (i, e) in resume.education.iter().enumerate() {
        claim(
            &format!("education[{i}].institution (school)"),
            e.institution.as_deref(),
        );
    }
    for (i, c) in resume.certificates.iter().enumerate() {
        claim(&format!("certificates[{i}].name"), Some(&c.name));
    }
    let mut date = |field: String, value: Option<&str>| {
        if let Some(v) = value
            && !is_iso(v)
        {
            problems.push(format!("{field} '{v}' is not YYYY or YYYY-MM"));
        }
    };
    for (i, w) in resume.work.iter().enumerate() {
        date(format!("work[{i}].startDate"), w.start_date.as_deref());
        date(format!("work[{i}].endDate"), w.end_date.as_deref());
    }
    for (i, v) in resume.volunteer.iter().enumerate() {
        date(format!("volunteer[{i}].startDate"), v.start_date.as_deref());
        date(format!("volunteer[{i}].endDate"), v.end_date.as_deref());
    }
    for (i, e) in resume.education.iter().enumerate() {
        date(format!("education[{i}].startDate"), e.start_date.as_deref());
        date(format!("education[{i}].endDate"), e.end_date.as_deref());
    }
    for (i, p) in resume.projects.iter().enumerate() {
        date(format!("projects[{i}].startDate"), p.start_date.as_deref());
        date(format!("projects[{i}].endDate"), p.end_date.as_deref());
    }
    for (i, c) in resume.certificates.iter().enumerate() {
        date(format!("certificates[{i}].date"), c.date.as_deref());
    }
    for (i, a) in resume.awards.iter().enumerate() {
        date(format!("awards[{i}].date"), a.date.as_deref());
    }
    if !matches!(resume.meta.language.as_str(), "en" | "ar") {
        problems.push(format!(
            "meta.language '{}' is not en or ar",
            resume.meta.language
        ));
    }
    problems
}
