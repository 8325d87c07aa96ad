//! `cargo bench -p jobforge --bench match_score`: the offline match score's speed
//! per resume–job pair (p50, p95, max) over the hand-written fixtures, and the
//! taxonomy's load time. Prints figures; asserts nothing about time.

use std::time::Instant;

use common::percentile;
use jobforge_core::offline::{Taxonomy, score};

mod common;

fn main() {
    let started = Instant::now();
    let taxonomy = Taxonomy::builtin();
    let load = started.elapsed();
    let (resumes, jobs) = common::resumes_and_jobs();
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
