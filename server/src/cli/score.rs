//! `jobforge score RESUME JOB`: the offline match score of a JSON Resume against a
//! job (text or HTML file), as JSON. No database, no network.

use std::path::{Path, PathBuf};

use clap::Args;
use jobforge_core::offline::{Taxonomy, score};

use crate::error::ServerError;

/// Files larger than this are refused before they are read.
const MAX_BYTES: u64 = 5 * 1024 * 1024;

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

fn read(path: &Path, what: &str) -> Result<String, ServerError> {
    let fail = |reason: String| ServerError::Config(format!("{what} {}: {reason}", path.display()));
    let size = std::fs::metadata(path)
        .map_err(|e| fail(e.to_string()))?
        .len();
    if size > MAX_BYTES {
        return Err(fail(format!(
            "{size} bytes is more than the {MAX_BYTES} allowed"
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(e.to_string()))?;
    String::from_utf8(bytes).map_err(|_| fail("not UTF-8 text".into()))
}

pub fn run(args: ScoreArgs) -> Result<(), ServerError> {
    let resume_text = read(&args.resume, "RESUME")?;
    let resume: serde_json::Value = serde_json::from_str(&resume_text).map_err(|e| {
        ServerError::Config(format!(
            "RESUME {}: not JSON ({e}); give a JSON Resume file",
            args.resume.display()
        ))
    })?;
    if !resume.is_object() {
        return Err(ServerError::Config(format!(
            "RESUME {}: a JSON Resume is a JSON object",
            args.resume.display()
        )));
    }
    let job = read(&args.job, "JOB")?;
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
