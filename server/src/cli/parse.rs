//! `jobforge parse job SOURCE`: a job posting (a URL, a file, or `-` for stdin:
//! HTML, Markdown or text) read into the tracker's fields by the offline engine;
//! URLs are fetched SSRF-safe (public addresses only, unless
//! `JOBFORGE_ALLOW_PRIVATE_FETCH=1`). `jobforge parse resume FILE`: a resume (PDF,
//! Word, text, Markdown, or a JSON Resume, kept exactly; the type read from the
//! bytes) as a JSON Resume. JSON on stdout.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use jobforge_core::fetch::{FetchPolicy, fetch_page};
use jobforge_core::offline::{JobParseInput, parse_job};

use super::input::{MAX_BYTES, read_bytes, read_text};
use crate::error::ServerError;

#[derive(Args, Debug)]
pub struct ParseArgs {
    #[command(subcommand)]
    pub command: ParseCommand,
}

#[derive(Subcommand, Debug)]
pub enum ParseCommand {
    /// A job posting: an http(s) URL, a file, or `-` for stdin.
    Job {
        source: String,
        /// The page's address, when SOURCE is a saved file.
        #[arg(long)]
        url: Option<String>,
    },
    /// A resume: a PDF, Word (.docx), text, Markdown or JSON Resume file, or `-`
    /// for stdin.
    Resume { file: PathBuf },
}

pub fn run(args: ParseArgs) -> Result<(), ServerError> {
    match args.command {
        ParseCommand::Job { source, url } => job(source, url),
        ParseCommand::Resume { file } => resume(&file),
    }
}

fn resume(file: &std::path::Path) -> Result<(), ServerError> {
    println!("{}", read_resume(file, "FILE")?);
    Ok(())
}

/// A resume file (PDF, Word, text, Markdown; the type read from the bytes) as a
/// JSON Resume; a JSON Resume exactly as it is. `what` names the argument in
/// errors.
pub(super) fn read_resume(
    file: &std::path::Path,
    what: &str,
) -> Result<serde_json::Value, ServerError> {
    let bytes = read_bytes(file, what)?;
    let fail = |e: String| ServerError::Input(format!("{what} {}: {e}", file.display()));
    let name = file.to_string_lossy();
    let limits = jobforge_core::extract::Limits {
        max_bytes: MAX_BYTES as usize,
        ..Default::default()
    };
    let extracted =
        jobforge_core::extract::extract(&bytes, &name, &limits).map_err(|e| fail(e.to_string()))?;
    let document = if extracted.kind == jobforge_core::extract::Kind::Json {
        jobforge_core::resumes::read_json_resume(&extracted.text)
            .map_err(|e| fail(e.to_string()))?
    } else {
        let parsed = jobforge_core::offline::resume::parse_resume(&extracted.text);
        jobforge_core::offline::resume::to_json_resume(&parsed)
    };
    Ok(document)
}

fn job(source: String, url: Option<String>) -> Result<(), ServerError> {
    let lower = source.to_ascii_lowercase();
    let input = if lower.starts_with("http://") || lower.starts_with("https://") {
        let policy = FetchPolicy {
            allow_private: std::env::var("JOBFORGE_ALLOW_PRIVATE_FETCH").is_ok_and(|v| v == "1"),
            ..FetchPolicy::default()
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(ServerError::Runtime)?;
        let page = runtime
            .block_on(fetch_page(&source, &policy))
            .map_err(|e| ServerError::Input(format!("SOURCE {source}: {e}")))?;
        JobParseInput {
            text: page.body,
            url: Some(page.final_url),
        }
    } else {
        JobParseInput {
            text: read_text(&PathBuf::from(&source), "SOURCE")?,
            url,
        }
    };
    let job = parse_job(&input);
    let out = serde_json::to_value(&job).map_err(|e| ServerError::Input(e.to_string()))?;
    println!("{out}");
    Ok(())
}
