//! `jobforge score` on resumes and jobs written for this test and ranked by hand:
//! each job must rank its own kind of candidate first, clearly.

use std::path::PathBuf;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_jobforge");

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/match")
        .join(name)
}

fn score(resume: &str, job: &str) -> serde_json::Value {
    let output = Command::new(BIN)
        .args(["score"])
        .arg(fixture(resume))
        .arg(fixture(job))
        .env("JOBFORGE_LOG", "warn")
        .output()
        .expect("run jobforge score");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON on stdout")
}

const RESUMES: [&str; 4] = [
    "frontend.json",
    "data_science.json",
    "nurse.json",
    "accountant.json",
];

#[test]
fn each_job_ranks_its_own_candidate_first() {
    let jobs = [
        ("frontend_job.html", "frontend.json"),
        ("ml_job.txt", "data_science.json"),
        ("nurse_job.txt", "nurse.json"),
        ("accountant_job.txt", "accountant.json"),
    ];
    for (job, expected) in jobs {
        let mut ranked: Vec<(u64, &str)> = RESUMES
            .iter()
            .map(|r| (score(r, job)["score"].as_u64().expect("a score"), *r))
            .collect();
        ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
        assert_eq!(ranked[0].1, expected, "{job}: {ranked:?}");
        assert!(
            ranked[0].0 >= 60 && ranked[0].0 >= ranked[1].0 + 20,
            "{job}: the right candidate should lead clearly: {ranked:?}"
        );
    }
}

#[test]
fn the_answer_explains_itself() {
    let result = score("frontend.json", "frontend_job.html");
    assert_eq!(result["engine"], "offline");
    let matched: Vec<&str> = result["matched_keywords"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    for skill in ["React", "TypeScript", "JavaScript"] {
        assert!(matched.contains(&skill), "{skill} in {matched:?}");
    }
    assert!(result["breakdown"]["hard_skills"]["score"].as_u64() >= Some(70));
    assert!(
        result["explanation"]
            .as_str()
            .is_some_and(|e| e.contains("skills"))
    );

    let nurse_for_frontend = score("nurse.json", "frontend_job.html");
    let missing = nurse_for_frontend["missing_keywords"].to_string();
    assert!(missing.contains("React"), "{missing}");
}

#[test]
fn bad_files_are_refused_with_the_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    let not_json = dir.path().join("resume.json");
    std::fs::write(&not_json, "Ada Lovelace, analyst").expect("write");
    let output = Command::new(BIN)
        .arg("score")
        .arg(&not_json)
        .arg(fixture("ml_job.txt"))
        .output()
        .expect("run");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("RESUME") && stderr.contains("not JSON"),
        "{stderr}"
    );
    let output = Command::new(BIN)
        .arg("score")
        .arg(fixture("frontend.json"))
        .arg(dir.path().join("missing.txt"))
        .output()
        .expect("run");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("JOB"));
}
