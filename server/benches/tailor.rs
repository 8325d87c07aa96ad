//! `cargo bench -p jobforge --bench tailor`: the offline engine's speed for the
//! work of #8, per resume–job pair over the hand-written fixtures: tailoring with
//! the truthfulness guard and the change log, a cover letter, and the letter
//! typeset as a PDF. Prints p50, p95 and max; asserts nothing about time.

use std::time::{Duration, Instant};

use jobforge_core::ai::OutputLang;
use jobforge_core::offline::Taxonomy;
use jobforge_core::offline::cover_letter::{Length, LetterInput, Tone, cover_letter};
use jobforge_core::tailor::engine::{TailorInput, tailor};
use jobforge_core::tailor::guard::{Evidence, enforce};

mod common;

fn report(what: &str, mut times: Vec<Duration>) {
    times.sort_unstable();
    let at = |p: f64| common::percentile(&times, p);
    println!(
        "{what:<40} p50 {:>9.3} ms   p95 {:>9.3} ms   max {:>9.3} ms   ({} runs)",
        at(0.5).as_secs_f64() * 1e3,
        at(0.95).as_secs_f64() * 1e3,
        at(1.0).as_secs_f64() * 1e3,
        times.len()
    );
}

fn main() {
    let taxonomy = Taxonomy::builtin();
    let (resumes, jobs) = common::resumes_and_jobs();
    let now = (2026, 11);
    let (mut tailoring, mut letters, mut pdfs) = (Vec::new(), Vec::new(), Vec::new());
    let mut removed = 0;
    for round in 0..30 {
        for resume in &resumes {
            for job in &jobs {
                let t = Instant::now();
                let input = TailorInput {
                    resume: resume.clone(),
                    job: job.clone(),
                    job_title: String::new(),
                    instruction: String::new(),
                    now,
                };
                let out = tailor(taxonomy, &input, OutputLang::En);
                let evidence = Evidence::of(taxonomy, resume, &[], now);
                let (kept, dropped) = enforce(resume, &out.resume, &evidence);
                let changes =
                    jobforge_core::tailor::changes::changes(resume, &kept, &out.reasons, "");
                std::hint::black_box(changes);
                removed += dropped.len();
                tailoring.push(t.elapsed());

                let t = Instant::now();
                let letter = cover_letter(
                    taxonomy,
                    &LetterInput {
                        resume,
                        job,
                        job_title: "",
                        company: "Acme",
                        tone: Tone::Professional,
                        length: Length::Long,
                        lang: "en",
                        now,
                    },
                );
                letters.push(t.elapsed());
                if round < 3 {
                    let t = Instant::now();
                    let pdf =
                        jobforge_core::typeset::document::render(&letter.markdown, "Letter", "en")
                            .expect("typeset");
                    std::hint::black_box(pdf);
                    pdfs.push(t.elapsed());
                }
            }
        }
    }
    report("tailor + guard + change log", tailoring);
    report("cover letter (long)", letters);
    report("cover letter typeset as PDF", pdfs);
    println!("claims the guard removed from the offline engine's work: {removed}");
}
