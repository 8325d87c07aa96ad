//! `jobforge score RESUME JOB`: the offline match score of a JSON Resume against a
//! job (text or HTML file), as JSON. No database, no network.

use std::path::PathBuf;

use clap::Args;
use jobforge_core::offline::{Taxonomy, score};

use super::input::read_text;
use crate::error::ServerError;

#[derive(Args, Debug)]
pub struct ScoreArgs {
    /// A JSON Resume file.
    pub resume: PathBuf,
    /// The job: a text or HTML file.
    pub job: PathBuf,
    /// The job's title, when the file does not start with it.
    #[arg(long)]
    pub title: Option<String>,
}

pub fn run(args: ScoreArgs) -> Result<(), ServerError> {
    let resume_text = read_text(&args.resume, "RESUME")?;
    let resume: serde_json::Value = serde_json::from_str(&resume_text).map_err(|e| {
        ServerError::Input(format!(
            "RESUME {}: not JSON ({e}); give a JSON Resume file",
            args.resume.display()
        ))
    })?;
    if !resume.is_object() {
        return Err(ServerError::Input(format!(
            "RESUME {}: a JSON Resume is a JSON object",
            args.resume.display()
        )));
    }
    let job = read_text(&args.job, "JOB")?;
    let today = time::OffsetDateTime::now_utc().date();
    let now = (today.year(), u32::from(u8::from(today.month())));
    let result = score(
        Taxonomy::builtin(),
        &resume,
        &job,
        args.title.as_deref(),
        now,
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
