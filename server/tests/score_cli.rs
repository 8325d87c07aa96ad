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
    score_file(&fixture(resume), job)
}

fn score_file(resume: &std::path::Path, job: &str) -> serde_json::Value {
    let output = Command::new(BIN)
        .args(["score"])
        .arg(resume)
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
    for (name, bytes, says) in [
        ("resume.json", &b"{\"basics\": "[..], "JSON"),
        (
            "resume.pdf",
            &b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..],
            "RESUME",
        ),
    ] {
        let bad = dir.path().join(name);
        std::fs::write(&bad, bytes).expect("write");
        let output = Command::new(BIN)
            .arg("score")
            .arg(&bad)
            .arg(fixture("ml_job.txt"))
            .output()
            .expect("run");
        assert!(!output.status.success(), "{name}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("RESUME") && stderr.contains(says),
            "{name}: {stderr}"
        );
    }
    let output = Command::new(BIN)
        .arg("score")
        .arg(fixture("frontend.json"))
        .arg(dir.path().join("missing.txt"))
        .output()
        .expect("run");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("JOB"));
}

/// A resume as a PDF or a Word file scores as its text does, and the job still
/// ranks its own kind of candidate far ahead.
#[test]
fn pdf_and_word_resumes_are_scored_too() {
    let files = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("core/tests/fixtures/resumes");
    let text = score_file(&files.join("nurse.txt"), "nurse_job.txt")["score"]
        .as_u64()
        .expect("a score");
    let other = score("accountant.json", "nurse_job.txt")["score"]
        .as_u64()
        .expect("a score");
    for file in [
        "files/nurse.docx",
        "files/nurse.single.pdf",
        "files/nurse.sidebar.pdf",
    ] {
        let got = score_file(&files.join(file), "nurse_job.txt")["score"]
            .as_u64()
            .expect("a score");
        assert!(got.abs_diff(text) <= 5, "{file}: {got}, as text {text}");
        assert!(
            got >= other + 20,
            "{file}: {got} against the accountant's {other}"
        );
    }
}
