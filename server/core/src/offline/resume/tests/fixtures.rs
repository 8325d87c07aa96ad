//! Each fixture parses to the fields it shows; a table of fields right per
//! fixture, with a floor.

use serde::Deserialize;

use super::super::*;
use super::{fixture, fixture_names};

/// What one fixture must parse to (`tests/fixtures/resumes/expected.json`).
#[derive(Debug, Deserialize)]
pub(crate) struct Expected {
    pub(crate) file: String,
    name: String,
    email: String,
    phone: String,
    label: String,
    city: String,
    country: Option<String>,
    language: String,
    /// Employer, position, start, end.
    work: Vec<(String, String, Option<String>, Option<String>)>,
    /// Institution and degree.
    schools: Vec<(String, Option<String>)>,
    skills: Vec<String>,
    /// Language and fluency.
    languages: Vec<(String, String)>,
    certificates: Vec<String>,
    projects: Vec<String>,
}

pub(crate) fn expected() -> Vec<Expected> {
    let text = fixture("expected.json");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("expected.json: {e}"))
}

/// Each field of a fixture: its name and whether it came out right.
pub(crate) fn fields(e: &Expected, r: &ParsedResume) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut field = |name: String, ok: bool| out.push((name, ok));
    let same = |got: Option<&str>, want: Option<&String>| got == want.map(String::as_str);
    let b = &r.basics;
    field("name".into(), b.name.as_ref() == Some(&e.name));
    field("email".into(), b.email.as_ref() == Some(&e.email));
    field("phone".into(), b.phone.as_ref() == Some(&e.phone));
    field("label".into(), b.label.as_ref() == Some(&e.label));
    field("city".into(), b.location.city.as_ref() == Some(&e.city));
    let country = same(b.location.country_code.as_deref(), e.country.as_ref());
    field("countryCode".into(), country);
    field("meta.language".into(), r.meta.language == e.language);
    field("work count".into(), r.work.len() == e.work.len());
    for (i, (employer, position, start, end)) in e.work.iter().enumerate() {
        let got = r.work.get(i).cloned().unwrap_or_default();
        field(
            format!("work[{i}].name"),
            got.name.as_ref() == Some(employer),
        );
        field(
            format!("work[{i}].position"),
            got.position.as_ref() == Some(position),
        );
        field(
            format!("work[{i}].startDate"),
            same(got.start_date.as_deref(), start.as_ref()),
        );
        field(
            format!("work[{i}].endDate"),
            same(got.end_date.as_deref(), end.as_ref()),
        );
    }
    field(
        "education count".into(),
        r.education.len() == e.schools.len(),
    );
    for (i, (school, degree)) in e.schools.iter().enumerate() {
        let got = r.education.get(i).cloned().unwrap_or_default();
        field(
            format!("education[{i}].institution"),
            got.institution.as_ref() == Some(school),
        );
        field(
            format!("education[{i}].studyType"),
            same(got.study_type.as_deref(), degree.as_ref()),
        );
    }
    for skill in &e.skills {
        let found = r.skills.iter().any(|s| s.keywords.contains(skill));
        field(format!("skill {skill}"), found);
    }
    field(
        "languages count".into(),
        r.languages.len() == e.languages.len(),
    );
    for (language, fluency) in &e.languages {
        let got = r.languages.iter().find(|l| l.language == *language);
        field(format!("language {language}"), got.is_some());
        let fluent = got.and_then(|l| l.fluency.as_ref()) == Some(fluency);
        field(format!("fluency {language}"), fluent);
    }
    field(
        "certificates count".into(),
        r.certificates.len() == e.certificates.len(),
    );
    for name in &e.certificates {
        let found = r.certificates.iter().any(|c| c.name == *name);
        field(format!("certificate {name}"), found);
    }
    field(
        "projects count".into(),
        r.projects.len() == e.projects.len(),
    );
    for name in &e.projects {
        field(
            format!("project {name}"),
            r.projects.iter().any(|p| p.name == *name),
        );
    }
    out
}

#[test]
fn every_fixture_has_expectations() {
    let all = expected();
    let mut named: Vec<&str> = all.iter().map(|e| e.file.as_str()).collect();
    named.sort_unstable();
    assert_eq!(named, fixture_names(), "a fixture without expectations");
    assert!(all.len() >= 10);
}

#[test]
fn the_core_fields_of_every_fixture_are_right() {
    for e in expected() {
        let r = parse_resume(&fixture(&e.file));
        let b = &r.basics;
        assert_eq!(b.name.as_ref(), Some(&e.name), "{}", e.file);
        assert_eq!(b.email.as_ref(), Some(&e.email), "{}", e.file);
        assert_eq!(b.phone.as_ref(), Some(&e.phone), "{}", e.file);
        assert_eq!(r.work.len(), e.work.len(), "{}: {:#?}", e.file, r.work);
        assert_eq!(r.meta.language, e.language, "{}", e.file);
        for (got, (employer, position, _, _)) in r.work.iter().zip(&e.work) {
            assert_eq!(got.name.as_ref(), Some(employer), "{}", e.file);
            assert_eq!(got.position.as_ref(), Some(position), "{}", e.file);
        }
        let schools: Vec<&String> = r
            .education
            .iter()
            .filter_map(|x| x.institution.as_ref())
            .collect();
        let want: Vec<&String> = e.schools.iter().map(|(s, _)| s).collect();
        assert_eq!(schools, want, "{}", e.file);
    }
}

#[test]
fn fields_right_per_fixture() {
    let (mut right, mut total) = (0usize, 0usize);
    let mut wrong = Vec::new();
    let share = |ok: usize, all: usize| 100.0 * ok as f64 / all.max(1) as f64;
    println!(
        "{:<34} {:>6} {:>6} {:>7}",
        "fixture", "right", "total", "share"
    );
    for e in expected() {
        let r = parse_resume(&fixture(&e.file));
        let f = fields(&e, &r);
        let ok = f.iter().filter(|(_, ok)| *ok).count();
        println!(
            "{:<34} {:>6} {:>6} {:>6.1}%",
            e.file,
            ok,
            f.len(),
            share(ok, f.len())
        );
        assert!(ok * 10 >= f.len() * 8, "{}: below 80%", e.file);
        let file = &e.file;
        wrong.extend(
            f.iter()
                .filter(|(_, ok)| !ok)
                .map(|(n, _)| format!("{file}: {n}")),
        );
        right += ok;
        total += f.len();
    }
    println!(
        "{:<34} {:>6} {:>6} {:>6.1}%",
        "overall",
        right,
        total,
        share(right, total)
    );
    for w in &wrong {
        println!("  wrong: {w}");
    }
    assert!(right * 100 >= total * 90, "{right}/{total}: {wrong:#?}");
}
