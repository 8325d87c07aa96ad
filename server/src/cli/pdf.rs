//! `jobforge pdf RESUME.json --template NAME [--lang ar] -o out.pdf`: a JSON Resume
//! typeset in-process with typst, as the web app does; a Markdown or text file
//! (`.md`, `.markdown`, `.txt`: a cover letter, say) is typeset as a document, as
//! `/documents` does. Prints what it wrote as JSON (`{"output", "template",
//! "lang", "pages", "bytes"}`; the template of a document is `document`).

use std::path::PathBuf;

use clap::Args;
use jobforge_core::typeset::resume::{Template, language, render};

use super::input::read_json;
use crate::error::ServerError;

#[derive(Args, Debug)]
pub struct PdfArgs {
    /// A JSON Resume file, or `-` for stdin.
    pub resume: PathBuf,
    /// classic, modern or compact.
    #[arg(long, default_value = "classic")]
    pub template: String,
    /// en or ar [default: the resume's meta.language, else en]
    #[arg(long)]
    pub lang: Option<String>,
    /// Where to write the PDF.
    #[arg(short, long)]
    pub output: PathBuf,
}

pub fn run(args: PdfArgs) -> Result<(), ServerError> {
    let template = Template::parse(&args.template)
        .map_err(|e| ServerError::Input(format!("--template: {e}")))?;
    if let Some(lang) = args.lang.as_deref()
        && !matches!(lang, "en" | "ar")
    {
        return Err(ServerError::Input(format!(
            "--lang: '{lang}' is not en or ar"
        )));
    }
    let extension = args
        .resume
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if matches!(extension.as_deref(), Some("md" | "markdown" | "txt")) {
        return document(&args);
    }
    let resume = read_json(&args.resume, "RESUME")?;
    if !resume.is_object() {
        return Err(ServerError::Input(format!(
            "RESUME {}: a JSON Resume is a JSON object",
            args.resume.display()
        )));
    }
    let lang = language(&resume, args.lang.as_deref());
    let (pdf, pages) =
        render(&resume, template, lang).map_err(|e| ServerError::Input(e.to_string()))?;
    written(&args, &pdf, template.name(), lang, pages)
}

/// Writes the PDF and prints what was written.
fn written(
    args: &PdfArgs,
    pdf: &[u8],
    template: &str,
    lang: &str,
    pages: usize,
) -> Result<(), ServerError> {
    std::fs::write(&args.output, pdf)
        .map_err(|e| ServerError::Input(format!("--output {}: {e}", args.output.display())))?;
    let out = serde_json::json!({
        "output": args.output.display().to_string(),
        "template": template,
        "lang": lang,
        "pages": pages,
        "bytes": pdf.len(),
    });
    println!("{out}");
    Ok(())
}

/// A Markdown document typeset: in `--lang`, else Arabic when its text is.
fn document(args: &PdfArgs) -> Result<(), ServerError> {
    let markdown = std::fs::read_to_string(&args.resume)
        .map_err(|e| ServerError::Input(format!("{}: {e}", args.resume.display())))?;
    let lang = args
        .lang
        .clone()
        .unwrap_or_else(|| jobforge_core::tracker::detect_language(&markdown).to_owned());
    let title = args
        .resume
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (pdf, pages) = jobforge_core::typeset::document::render(&markdown, &title, &lang)
        .map_err(|e| ServerError::Input(e.to_string()))?;
    written(args, &pdf, "document", &lang, pages)
}
