//! `cargo bench -p jobforge --bench match_score`: the offline match score's speed
//! per resume–job pair (p50, p95, max) over the hand-written fixtures, and the
//! taxonomy's load time. Prints figures; asserts nothing about time.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use jobforge_core::offline::{Taxonomy, score};

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/match")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn main() {
    let started = Instant::now();
    let taxonomy = Taxonomy::builtin();
    let load = started.elapsed();
    let resumes: Vec<serde_json::Value> = [
        "frontend.json",
        "data_science.json",
        "nurse.json",
        "accountant.json",
    ]
    .iter()
    .map(|f| serde_json::from_str(&fixture(f)).expect("JSON Resume"))
    .collect();
    let jobs: Vec<String> = [
        "frontend_job.html",
        "ml_job.txt",
        "nurse_job.txt",
        "accountant_job.txt",
    ]
    .iter()
    .map(|f| fixture(f))
    .collect();
    // Warm up, then time every pair many times.
    for resume in &resumes {
        for job in &jobs {
            std::hint::black_box(score(taxonomy, resume, job, None, (2026, 11)));
        }
    }
    let mut times = Vec::new();
    for _ in 0..200 {
        for resume in &resumes {
            for job in &jobs {
                let t = Instant::now();
                std::hint::black_box(score(taxonomy, resume, job, None, (2026, 11)));
                times.push(t.elapsed());
            }
        }
    }
    times.sort_unstable();
    println!("taxonomy: {} skills, loaded in {:?}", taxonomy.len(), load);
    println!(
        "match.score offline, {} pairs: p50 {:?}, p95 {:?}, max {:?}",
        times.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.95),
        times[times.len() - 1]
    );
}
