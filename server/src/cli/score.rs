//! `jobforge score RESUME JOB`: the offline match score of a resume (a JSON Resume,
//! or a PDF, Word, text or Markdown file read as `parse resume` reads it) against
//! a job (text or HTML file), as JSON. No database, no network.

use std::path::PathBuf;

use clap::Args;
use jobforge_core::offline::{Taxonomy, score};

use super::input::read_text;
use crate::error::ServerError;

#[derive(Args, Debug)]
pub struct ScoreArgs {
    /// A resume: a JSON Resume, PDF, Word (.docx), text or Markdown file.
    pub resume: PathBuf,
    /// The job: a text or HTML file.
    pub job: PathBuf,
    /// The job's title, when the file does not start with it.
    #[arg(long)]
    pub title: Option<String>,
}

pub fn run(args: ScoreArgs) -> Result<(), ServerError> {
    let resume = super::parse::read_resume(&args.resume, "RESUME")?;
    let job = read_text(&args.job, "JOB")?;
    let result = score(
        Taxonomy::builtin(),
        &resume,
        &job,
        args.title.as_deref(),
        jobforge_core::offline::text::this_month(),
    );
    let out = serde_json::json!({
        "score": result.score,
        "breakdown": result.breakdown,
        "matched_keywords": result.matched_keywords,
        "missing_keywords": result.missing_keywords,
        "explanation": result.explanation,
        "engine": "offline",
    });
    println!("{out}");
    Ok(())
}
