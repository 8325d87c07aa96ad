//! The ranking check of the offline match score: 15 jobs × 21 resumes, every
//! pair graded by hand (3: the candidate the job is for; 2: the same field,
//! could apply; 1: related; 0: unrelated; a pair not listed is 0). For each job
//! the resumes are ranked by score and the ranking is measured with NDCG (over
//! all resumes and over the top 3) and whether the top resume has the job's best
//! grade. Plain word
//! overlap (the share of the job's content words that the resume uses) is
//! measured the same way, as the baseline the scorer has to beat.
//!
//! `cargo test -p jobforge --test ranking -- --nocapture` prints the figures.

use std::collections::HashSet;
use std::path::PathBuf;

use jobforge_core::offline::resume::{parse_resume, to_json_resume};
use jobforge_core::offline::taxonomy::tokens;
use jobforge_core::offline::text::{html_to_text, is_stop_word, this_month};
use jobforge_core::offline::{Taxonomy, score};
use serde_json::Value;

/// Resumes: a short name and the file (under `core/tests/fixtures/resumes`, or
/// `tests/fixtures/match` for the JSON Resumes).
const RESUMES: [(&str, &str); 21] = [
    ("AA", "arabic_accountant_labelled.txt"),
    ("AE", "arabic_engineer.txt"),
    ("AT", "arabic_teacher.txt"),
    ("MK", "certs_languages_marketing.txt"),
    ("CH", "chef_right_dates.txt"),
    ("SB", "classic_caps_software.txt"),
    ("AC", "colon_headings_accountant.txt"),
    ("EL", "electrician.txt"),
    ("HR", "hr_manager_one_line_jobs.txt"),
    ("SA", "injection_sales.txt"),
    ("NT", "nurse.txt"),
    ("PH", "pharmacist_dates_first.txt"),
    ("ST", "student_projects.txt"),
    ("TE", "teacher.txt"),
    ("TF", "two_column_flat.txt"),
    ("TL", "two_column_layout.txt"),
    ("DE", "markdown_designer.md"),
    ("AJ", "accountant.json"),
    ("DS", "data_science.json"),
    ("FE", "frontend.json"),
    ("NJ", "nurse.json"),
];

/// Jobs (under `core/tests/fixtures/jobs`, or `tests/fixtures/match`) and the
/// grades of the resumes that are not 0.
const JOBS: [(&str, &[(&str, u8)]); 15] = [
    ("arabic_accountant.txt", &[("AA", 3), ("AC", 2), ("AJ", 2)]),
    (
        "arabic_jsonld_remote.html",
        &[("TF", 3), ("AE", 2), ("SB", 2), ("FE", 1), ("ST", 1)],
    ),
    (
        "broken_jsonld_teacher.html",
        &[("TE", 2), ("AT", 2), ("PH", 1)],
    ),
    ("electrician_contract.txt", &[("EL", 3)]),
    (
        "email_frontend.txt",
        &[("FE", 3), ("ST", 2), ("TF", 1), ("SB", 1), ("DE", 1)],
    ),
    ("internship_plain.txt", &[("ST", 3), ("TL", 2), ("DS", 2)]),
    (
        "jsonld_backend.html",
        &[("SB", 3), ("TF", 2), ("AE", 1), ("ST", 1)],
    ),
    (
        "jsonld_graph_contract.html",
        &[("DS", 2), ("TL", 1), ("SB", 1)],
    ),
    ("markdown_devops.md", &[("SB", 2), ("TF", 1)]),
    ("microdata_nurse.html", &[("NT", 3), ("NJ", 3), ("PH", 1)]),
    ("opengraph_designer.html", &[("DE", 3), ("FE", 1)]),
    (
        "frontend_job.html",
        &[("FE", 3), ("ST", 2), ("DE", 1), ("TF", 1)],
    ),
    ("ml_job.txt", &[("DS", 3), ("TL", 1), ("ST", 1)]),
    ("nurse_job.txt", &[("NJ", 3), ("NT", 3), ("PH", 1)]),
    ("accountant_job.txt", &[("AJ", 3), ("AC", 3), ("AA", 2)]),
];

fn read(name: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let places = [
        root.join("core/tests/fixtures/resumes"),
        root.join("core/tests/fixtures/jobs"),
        root.join("tests/fixtures/match"),
    ];
    places
        .iter()
        .map(|dir| dir.join(name))
        .find(|path| path.exists())
        .and_then(|path| std::fs::read_to_string(path).ok())
        .unwrap_or_else(|| panic!("no fixture {name}"))
}

fn resume(name: &str) -> Value {
    let text = read(name);
    if name.ends_with(".json") {
        serde_json::from_str(&text).expect("a JSON Resume")
    } else {
        to_json_resume(&parse_resume(&text))
    }
}

/// The content words of a text, lower case.
fn words(text: &str) -> HashSet<String> {
    tokens(text)
        .into_iter()
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() > 2 && !is_stop_word(w))
        .collect()
}

/// The baseline: the share of the job's content words the resume uses.
fn overlap(resume: &Value, job: &str) -> f64 {
    let job = words(&html_to_text(job));
    let resume = words(&resume.to_string());
    job.intersection(&resume).count() as f64 / job.len().max(1) as f64
}

/// NDCG of `grades` in the order given, against the best order, over the first
/// `k` places.
fn ndcg(grades: &[u8], k: usize) -> f64 {
    let dcg = |g: &[u8]| -> f64 {
        g.iter()
            .take(k)
            .enumerate()
            .map(|(i, &g)| (2f64.powi(i32::from(g)) - 1.0) / ((i + 2) as f64).log2())
            .sum()
    };
    let mut ideal = grades.to_vec();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let best = dcg(&ideal);
    if best == 0.0 { 1.0 } else { dcg(grades) / best }
}

#[derive(Debug, Default)]
struct Figures {
    ndcg: f64,
    ndcg3: f64,
    top_right: usize,
}

/// Ranks every resume for every job by `rank` and measures the rankings.
fn measure(resumes: &[(&str, Value)], rank: impl Fn(&Value, &str) -> f64) -> Figures {
    let mut figures = Figures::default();
    for (job_file, graded) in JOBS {
        let job = read(job_file);
        let mut scored: Vec<(f64, u8)> = resumes
            .iter()
            .map(|(name, doc)| {
                let grade = graded
                    .iter()
                    .find(|(n, _)| n == name)
                    .map_or(0, |(_, g)| *g);
                (rank(doc, &job), grade)
            })
            .collect();
        // Highest score first; a tie puts the lower grade first (no luck).
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let grades: Vec<u8> = scored.iter().map(|(_, g)| *g).collect();
        figures.ndcg += ndcg(&grades, grades.len());
        figures.ndcg3 += ndcg(&grades, 3);
        let best = graded.iter().map(|(_, g)| *g).max().unwrap_or(0);
        figures.top_right += usize::from(grades[0] == best);
    }
    figures.ndcg /= JOBS.len() as f64;
    figures.ndcg3 /= JOBS.len() as f64;
    figures
}

#[test]
fn the_scorer_ranks_candidates_better_than_word_overlap() {
    let resumes: Vec<(&str, Value)> = RESUMES
        .iter()
        .map(|(name, file)| (*name, resume(file)))
        .collect();
    let taxonomy = Taxonomy::builtin();
    let now = this_month();
    let scorer = measure(&resumes, |doc, job| {
        f64::from(score(taxonomy, doc, job, None, now).score)
    });
    let baseline = measure(&resumes, overlap);
    println!(
        "ranking check, {} jobs × {} resumes (NDCG all / NDCG@3 / best grade ranked first):",
        JOBS.len(),
        RESUMES.len()
    );
    for (name, f) in [("offline scorer", &scorer), ("word overlap", &baseline)] {
        println!(
            "  {name:15} {:.3} / {:.3} / {} of {}",
            f.ndcg,
            f.ndcg3,
            f.top_right,
            JOBS.len()
        );
    }
    assert!(
        scorer.ndcg3 > baseline.ndcg3 && scorer.ndcg >= baseline.ndcg,
        "the scorer {scorer:?} must rank better than word overlap {baseline:?}"
    );
    assert!(scorer.ndcg3 >= 0.8, "{scorer:?}");
}

#[test]
fn ndcg_is_one_for_the_best_order_and_less_otherwise() {
    assert!((ndcg(&[3, 2, 0, 0], 4) - 1.0).abs() < 1e-9);
    assert!(ndcg(&[0, 2, 3, 0], 4) < ndcg(&[2, 3, 0, 0], 4));
    assert!((ndcg(&[0, 0], 2) - 1.0).abs() < 1e-9);
}
