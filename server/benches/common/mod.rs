//! What the benches share: the hand-written match fixtures (four resumes, four
//! jobs of the same fields) and percentiles of timings.

use std::path::PathBuf;
use std::time::Duration;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/match")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The fixture resumes (JSON Resume) and jobs (text or HTML).
pub fn resumes_and_jobs() -> (Vec<serde_json::Value>, Vec<String>) {
    let resumes = [
        "frontend.json",
        "data_science.json",
        "nurse.json",
        "accountant.json",
    ]
    .iter()
    .map(|f| serde_json::from_str(&fixture(f)).expect("JSON Resume"))
    .collect();
    let jobs = [
        "frontend_job.html",
        "ml_job.txt",
        "nurse_job.txt",
        "accountant_job.txt",
    ]
    .iter()
    .map(|f| fixture(f))
    .collect();
    (resumes, jobs)
}

/// The `p` quantile (0 to 1) of sorted timings.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}
