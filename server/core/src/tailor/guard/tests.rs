use serde_json::json;

use super::*;

fn source() -> Value {
    json!({
        "basics": {"name": "Ada Lovelace", "label": "Backend Engineer",
                   "summary": "Backend engineer who builds payment systems."},
        "work": [
            {"name": "Analytical Engines", "position": "Senior Backend Engineer",
             "startDate": "2021-03",
             "highlights": ["Built payment APIs in Rust and PostgreSQL serving 2M requests a day.",
                            "Led a team of 4 engineers."]},
            {"name": "Difference Ltd", "position": "Backend Engineer",
             "startDate": "2017-01", "endDate": "2021-02",
             "highlights": ["Wrote the billing service in Python."]}
        ],
        "education": [{"institution": "University of London", "studyType": "BSc",
                       "area": "Mathematics", "endDate": "2016"}],
        "certificates": [{"name": "AWS Solutions Architect", "issuer": "Amazon"}],
        "projects": [{"name": "Open Ledger", "description": "An open-source ledger in Rust."}],
        "skills": [{"name": "Backend", "keywords": ["Rust", "PostgreSQL", "Python", "JavaScript"]}]
    })
}

fn run(tailored: &Value) -> (Value, Vec<Removed>) {
    let source = source();
    let evidence = Evidence::of(Taxonomy::builtin(), &source, &[], (2026, 11));
    enforce(&source, tailored, &evidence)
}

fn kinds(removed: &[Removed]) -> Vec<(&str, &str)> {
    removed
        .iter()
        .map(|r| (r.kind.as_str(), r.value.as_str()))
        .collect()
}

#[test]
fn honest_changes_are_kept() {
    let mut tailored = source();
    tailored["basics"]["summary"] =
        json!("Senior Backend Engineer who builds payment APIs in Rust and PostgreSQL.");
    tailored["work"][0]["highlights"] = json!([
        "Led a team of 4 engineers.",
        "Built payment APIs in Rust and PostgreSQL serving 2M requests a day."
    ]);
    tailored["skills"] = json!([{"name": "Backend", "keywords": ["PostgreSQL", "Rust", "JS"]}]);
    tailored["basics"]["label"] = json!("Senior Backend Engineer");
    let (out, removed) = run(&tailored);
    assert!(removed.is_empty(), "{removed:?}");
    assert_eq!(out, tailored, "an honest tailoring passes as it is");
}

#[test]
fn each_invented_kind_is_removed_and_listed() {
    let mut tailored = source();
    // An employer that never was, and a title, dates and a school, degree and
    // certificate that are not the resume's.
    tailored["work"] = json!([
        {"name": "Google", "position": "Staff Engineer", "startDate": "2015-01",
         "highlights": ["Scaled search."]},
        {"name": "Analytical Engines", "position": "Engineering Director",
         "startDate": "2018-03",
         "highlights": ["Built payment APIs in Rust and PostgreSQL serving 2M requests a day.",
                        "Ran Kubernetes clusters for 40 teams.",
                        "Grew revenue by 300%."]},
        {"name": "Difference Ltd", "position": "Backend Engineer",
         "startDate": "2017-01", "endDate": "2021-02",
         "highlights": ["Wrote the billing service in Python."]}
    ]);
    tailored["education"] = json!([
        {"institution": "University of London", "studyType": "PhD", "area": "Mathematics",
         "endDate": "2016"},
        {"institution": "MIT", "studyType": "MSc", "area": "Computer Science"}
    ]);
    tailored["certificates"] = json!([
        {"name": "AWS Solutions Architect", "issuer": "Amazon"},
        {"name": "Certified Kubernetes Administrator", "issuer": "CNCF"}
    ]);
    tailored["projects"] = json!([
        {"name": "Open Ledger", "description": "An open-source ledger in Rust."},
        {"name": "Secret Compiler", "description": "A compiler."}
    ]);
    tailored["skills"] = json!([
        {"name": "Backend", "keywords": ["Rust", "Go", "Kubernetes", "PostgreSQL"]},
        {"name": "Kubernetes", "keywords": []}
    ]);
    tailored["basics"]["label"] = json!("Engineering Director");
    tailored["basics"]["summary"] =
        json!("Backend engineer who builds payment systems. Expert in Terraform and Go.");

    let (out, removed) = run(&tailored);
    let got = kinds(&removed);
    for expected in [
        ("employer", "Google"),
        ("title", "Engineering Director"),
        ("date", "2018-03"),
        ("skill", "Ran Kubernetes clusters for 40 teams."),
        ("number", "Grew revenue by 300%."),
        ("degree", "PhD"),
        ("school", "MIT"),
        ("certificate", "Certified Kubernetes Administrator"),
        ("project", "Secret Compiler"),
        ("skill", "Go"),
        ("skill", "Kubernetes"),
        ("skill", "Expert in Terraform and Go."),
    ] {
        assert!(got.contains(&expected), "{expected:?} not in {got:?}");
    }
    // The result holds none of it, and all of the source's facts.
    let text = out.to_string();
    for invented in [
        "Google",
        "Engineering Director",
        "2018-03",
        "Kubernetes",
        "300",
        "PhD",
        "MIT",
        "Secret Compiler",
        "Terraform",
        "\"Go\"",
    ] {
        assert!(!text.contains(invented), "{invented} in {text}");
    }
    assert_eq!(out["work"], {
        let mut work = source()["work"].clone();
        work[0]["highlights"] =
            json!(["Built payment APIs in Rust and PostgreSQL serving 2M requests a day."]);
        work
    });
    assert_eq!(out["education"], source()["education"]);
    assert_eq!(out["certificates"], source()["certificates"]);
    assert_eq!(out["basics"]["label"], "Backend Engineer");
    assert_eq!(
        out["basics"]["summary"],
        "Backend engineer who builds payment systems."
    );
    assert_eq!(
        out["skills"],
        json!([{"name": "Backend", "keywords": ["Rust", "PostgreSQL"]}])
    );
}

#[test]
fn the_work_log_is_evidence_too() {
    let source = source();
    let log = vec!["Migrated the ledger to Kubernetes this week.".to_owned()];
    let evidence = Evidence::of(Taxonomy::builtin(), &source, &log, (2026, 11));
    let mut tailored = source.clone();
    tailored["skills"] = json!([{"name": "Backend", "keywords": ["Rust", "Kubernetes"]}]);
    let (out, removed) = enforce(&source, &tailored, &evidence);
    assert!(removed.is_empty(), "{removed:?}");
    assert_eq!(out["skills"][0]["keywords"], json!(["Rust", "Kubernetes"]));
}

#[test]
fn numbers_and_sentences_are_read_as_written() {
    assert_eq!(
        numbers("2,000 users, 40% faster, v1.5 in 2021."),
        ["2000", "40", "1.5", "2021"]
    );
    assert_eq!(
        sentences("One. Two? Three! 3.5 stays. Last"),
        ["One.", "Two?", "Three!", "3.5 stays.", "Last"]
    );
    assert!(has_phrase("built in go and rust", "go"));
    assert!(!has_phrase("good engineer", "go"));
}
