use serde_json::json;

use super::*;
use crate::tailor::guard::{Evidence, enforce};

fn input(instruction: &str) -> TailorInput {
    TailorInput {
        resume: json!({
            "basics": {"name": "Ada Lovelace", "label": "Backend Engineer",
                       "summary": "Engineer who likes hard problems. Calm under pressure."},
            "work": [{
                "name": "Analytical Engines", "position": "Senior Backend Engineer",
                "startDate": "2019-03",
                "highlights": [
                    "Mentored two junior engineers and led the on-call rota.",
                    "Organised the office book club.",
                    "Built payment APIs in Rust and PostgreSQL serving 2M requests a day.",
                    "Moved the services to Kubernetes."
                ]
            }, {
                "name": "Difference Ltd", "position": "Backend Engineer",
                "startDate": "2016-01", "endDate": "2019-02",
                "highlights": ["Wrote reports in Excel.", "Wrote the billing service in Python."]
            }],
            "skills": [
                {"name": "Office", "keywords": ["Excel"]},
                {"name": "Backend", "keywords": ["Docker", "Python", "Rust", "PostgreSQL"]}
            ]
        }),
        job: "<h1>Senior Backend Engineer</h1><p>We need Rust, PostgreSQL and Kubernetes; \
              Python is a plus. You will lead a small team.</p>"
            .into(),
        job_title: "Senior Backend Engineer".into(),
        instruction: instruction.into(),
        now: (2026, 11),
    }
}

fn tailored(instruction: &str, lang: OutputLang) -> TailorOutput {
    tailor(Taxonomy::builtin(), &input(instruction), lang)
}

#[test]
fn lines_skills_and_summary_lead_with_the_job() {
    let out = tailored("", OutputLang::En);
    let highlights = strings(&out.resume["work"][0], "highlights");
    assert_eq!(
        highlights[0],
        "Built payment APIs in Rust and PostgreSQL serving 2M requests a day."
    );
    let at = |line: &str| highlights.iter().position(|h| h == line);
    assert!(
        at("Moved the services to Kubernetes.") < at("Organised the office book club."),
        "{highlights:?}"
    );
    assert_eq!(highlights.len(), 4, "nothing dropped");
    assert_eq!(
        strings(&out.resume["work"][1], "highlights")[0],
        "Wrote the billing service in Python."
    );
    // Kubernetes is shown in the work but not listed: it is added, first.
    assert_eq!(out.resume["skills"][0]["name"], "Relevant skills");
    let added = strings(&out.resume["skills"][0], "keywords");
    assert!(added.contains(&"Kubernetes".to_owned()), "{added:?}");
    assert!(
        !added.contains(&"Rust".to_owned()),
        "listed already: {added:?}"
    );
    assert_eq!(out.resume["skills"][1]["name"], "Backend");
    let backend = strings(&out.resume["skills"][1], "keywords");
    assert_eq!(&backend[3], "Docker", "{backend:?}");
    assert_eq!(out.resume["skills"][2]["name"], "Office");
    let summary = text(&out.resume["basics"], "summary");
    assert!(
        summary.starts_with("Backend Engineer with 10+ years of experience in "),
        "{summary}"
    );
    assert!(
        summary.contains("Most recently Senior Backend Engineer at Analytical Engines."),
        "{summary}"
    );
    let paths: Vec<&str> = out.reasons.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/work/0/highlights",
            "/work/1/highlights",
            "/skills",
            "/basics/summary"
        ]
    );
    assert!(
        out.reasons[0].reason.contains("Rust"),
        "{:?}",
        out.reasons[0]
    );
    assert!(
        out.reasons[2].reason.contains("Added") && out.reasons[2].reason.contains("Kubernetes"),
        "{:?}",
        out.reasons[2]
    );
}

#[test]
fn the_offline_engine_never_claims_what_the_guard_would_remove() {
    for (instruction, lang) in [
        ("", OutputLang::En),
        ("shorter summary", OutputLang::En),
        ("stress leadership", OutputLang::En),
        ("", OutputLang::Ar),
    ] {
        let input = input(instruction);
        let out = tailor(Taxonomy::builtin(), &input, lang);
        let evidence = Evidence::of(Taxonomy::builtin(), &input.resume, &[], input.now);
        let (kept, removed) = enforce(&input.resume, &out.resume, &evidence);
        assert!(removed.is_empty(), "{instruction} {lang:?}: {removed:?}");
        assert_eq!(kept, out.resume, "{instruction} {lang:?}");
    }
}

#[test]
fn instructions_shift_the_result() {
    let short = tailored("shorter summary", OutputLang::En);
    let summary = text(&short.resume["basics"], "summary");
    assert_eq!(summary.matches(". ").count(), 0, "one sentence: {summary}");
    assert!(
        short
            .reasons
            .iter()
            .any(|r| r.reason.starts_with("Shortened"))
    );
    let lead = tailored("stress leadership", OutputLang::En);
    assert_eq!(
        strings(&lead.resume["work"][0], "highlights")[0],
        "Mentored two junior engineers and led the on-call rota.",
    );
}

#[test]
fn the_summary_and_reasons_come_in_arabic() {
    let out = tailored("", OutputLang::Ar);
    let summary = text(&out.resume["basics"], "summary");
    assert!(summary.contains("بخبرة تزيد على 10 سنوات"), "{summary}");
    assert!(out.reasons.iter().all(|r| {
        r.reason
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    }));
}
