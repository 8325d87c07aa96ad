//! OCR for scanned PDFs: Poppler's `pdftoppm` draws each page, Tesseract reads
//! it (English and Arabic when their data is installed). Both run as separate
//! processes under `timeout`, in a private temporary folder that is removed
//! afterwards. Without the tools, `pdf` answers `None` and the caller says so.

use std::path::Path;
use std::process::{Command, Stdio};

use super::{ExtractError, Limits};

fn available(tool: &str) -> bool {
    Command::new(tool)
        .arg("-v")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// Whether scanned PDFs can be read here.
pub fn installed() -> bool {
    available("tesseract") && available("pdftoppm")
}

/// The languages Tesseract has data for, of the ones resumes here are written in.
fn languages() -> String {
    let listed = Command::new("tesseract")
        .arg("--list-langs")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let have: Vec<&str> = ["eng", "ara"]
        .into_iter()
        .filter(|lang| listed.lines().any(|line| line.trim() == *lang))
        .collect();
    if have.is_empty() {
        "eng".into()
    } else {
        have.join("+")
    }
}

/// `program` under coreutils' `timeout`: killed after `seconds`.
fn limited(program: &str, seconds: u64) -> Command {
    let mut command = Command::new("timeout");
    command.arg(seconds.to_string()).arg(program);
    command
}

/// Runs a `limited` command; its standard output.
fn run(mut command: Command, what: &str) -> Result<Vec<u8>, ExtractError> {
    let output = command
        .stdin(Stdio::null())
        .output()
        .map_err(|e| ExtractError::Ocr(format!("{what} could not start ({e})")))?;
    if output.status.success() {
        Ok(output.stdout)
    } else if output.status.code() == Some(124) {
        Err(ExtractError::TimedOut)
    } else {
        Err(ExtractError::Ocr(format!(
            "{what} failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        )))
    }
}

/// The text of a scanned PDF, or `None` when OCR is not installed (or is turned
/// off with `max_ocr_pages: 0`).
pub fn pdf(bytes: &[u8], pages: usize, limits: &Limits) -> Result<Option<String>, ExtractError> {
    if limits.max_ocr_pages == 0 || !installed() {
        return Ok(None);
    }
    let dir = tempfile::tempdir().map_err(|e| ExtractError::Ocr(e.to_string()))?;
    let source = dir.path().join("scan.pdf");
    std::fs::write(&source, bytes).map_err(|e| ExtractError::Ocr(e.to_string()))?;
    let last = pages.min(limits.max_ocr_pages);
    let mut draw = limited("pdftoppm", limits.seconds);
    draw.args(["-r", "300", "-gray", "-png", "-f", "1", "-l"])
        .arg(last.to_string())
        .arg(&source)
        .arg(dir.path().join("page"));
    run(draw, "pdftoppm")?;
    let mut images: Vec<_> = std::fs::read_dir(dir.path())
        .map_err(|e| ExtractError::Ocr(e.to_string()))?
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "png"))
        .collect();
    images.sort();
    let languages = languages();
    let mut text = String::new();
    for image in images {
        text.push_str(&read_image(&image, &languages, limits.seconds)?);
        text.push('\n');
    }
    Ok(Some(text))
}

fn read_image(image: &Path, languages: &str, seconds: u64) -> Result<String, ExtractError> {
    let mut read = limited("tesseract", seconds);
    read.arg(image).arg("stdout").args(["-l", languages]);
    let out = run(read, "tesseract")?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}
