//! Text out of uploaded documents: PDF, Word (.docx), JSON, Markdown and plain
//! text. The type comes from the file's first bytes, never from its name; every
//! reader works under limits (pages, zip entries, unpacked size, time), and
//! `extract_guarded` runs it on a blocking thread with a time limit and a
//! `catch_unwind`, so a hostile file costs at most one failed upload.

pub mod docx;
pub mod layout;
pub mod ocr;
pub mod pdf;
#[cfg(test)]
mod tests;

use std::time::Duration;

use serde::Serialize;
use thiserror::Error;

/// What a file is, by its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Pdf,
    Docx,
    Json,
    Markdown,
    Text,
}

/// Each kind with its name (as stored with a file), the extension a stored file
/// gets, and its media type.
const KINDS: [(Kind, &str, &str, &str); 5] = [
    (Kind::Pdf, "pdf", "pdf", "application/pdf"),
    (
        Kind::Docx,
        "docx",
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    (Kind::Json, "json", "json", "application/json"),
    (
        Kind::Markdown,
        "markdown",
        "md",
        "text/markdown; charset=utf-8",
    ),
    (Kind::Text, "text", "txt", "text/plain; charset=utf-8"),
];

impl Kind {
    fn row(self) -> &'static (Kind, &'static str, &'static str, &'static str) {
        KINDS
            .iter()
            .find(|row| row.0 == self)
            .expect("KINDS has a row for every kind")
    }

    pub fn as_str(self) -> &'static str {
        self.row().1
    }

    /// The kind stored under `name` (what `as_str` gave).
    pub fn named(name: &str) -> Option<Kind> {
        KINDS.iter().find(|row| row.1 == name).map(|row| row.0)
    }

    pub fn extension(self) -> &'static str {
        self.row().2
    }

    pub fn media_type(self) -> &'static str {
        self.row().3
    }
}

/// The limits every reader works under.
#[derive(Clone, Debug)]
pub struct Limits {
    pub max_bytes: usize,
    pub max_pages: usize,
    pub max_ocr_pages: usize,
    pub max_zip_entries: usize,
    /// Bytes all of a zip's parts may unpack to.
    pub max_unzipped: u64,
    /// How many times larger than its packed size a large part may be.
    pub max_zip_ratio: u64,
    /// Text longer than this (in bytes) is refused.
    pub max_text: usize,
    pub seconds: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 10 * 1024 * 1024,
            max_pages: 30,
            max_ocr_pages: 5,
            max_zip_entries: 1_000,
            max_unzipped: 64 * 1024 * 1024,
            max_zip_ratio: 100,
            max_text: 1 << 20,
            seconds: 30,
        }
    }
}

#[derive(Debug, Error, Clone, PartialEq)]
pub enum ExtractError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than the {max} bytes allowed")]
    TooLarge { max: usize },
    #[error(
        "this kind of file cannot be read ({found}); upload a PDF, a Word document (.docx), a JSON Resume, Markdown or plain text"
    )]
    WrongType { found: String },
    #[error("the file is damaged: {0}")]
    Corrupt(String),
    #[error("the PDF is protected by a password; remove the password and upload it again")]
    Encrypted,
    #[error("the file unpacks to far more than it holds, as a zip bomb does: {0}")]
    ZipBomb(String),
    #[error("the document has more than {max} pages")]
    TooManyPages { max: usize },
    #[error("the document holds more than {max} bytes of text")]
    TooMuchText { max: usize },
    #[error(
        "the PDF has no text layer (a scan?) and OCR is not installed here; install tesseract-ocr, or upload the document as text"
    )]
    NoText,
    #[error("reading the scan failed: {0}")]
    Ocr(String),
    #[error("reading the file took too long")]
    TimedOut,
    #[error("the file could not be read: {0}")]
    Crashed(String),
}

impl ExtractError {
    /// A short code for the error, for the page that shows it.
    pub fn code(&self) -> &'static str {
        match self {
            ExtractError::Empty => "empty",
            ExtractError::TooLarge { .. } => "too_large",
            ExtractError::WrongType { .. } => "wrong_type",
            ExtractError::Corrupt(_) | ExtractError::Crashed(_) => "corrupt",
            ExtractError::Encrypted => "encrypted",
            ExtractError::ZipBomb(_) => "zip_bomb",
            ExtractError::TooManyPages { .. } => "too_many_pages",
            ExtractError::TooMuchText { .. } => "too_much_text",
            ExtractError::NoText => "no_text",
            ExtractError::Ocr(_) => "ocr",
            ExtractError::TimedOut => "timed_out",
        }
    }
}

/// The text of a document and how it was read.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Extracted {
    pub kind: Kind,
    pub text: String,
    /// Read from page images by OCR.
    pub ocr: bool,
}

/// Known file signatures, to name what was uploaded when it is refused.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (
        b"\xd0\xcf\x11\xe0",
        "an old Office file (.doc); save it as .docx or PDF",
    ),
    (b"{\\rtf", "an RTF document; save it as .docx or PDF"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"%!PS", "a PostScript file"),
];

/// What `bytes` are, by their first bytes (and, for text, by `name`'s ending
/// only to tell Markdown from plain text).
pub fn detect(bytes: &[u8], name: &str) -> Result<Kind, ExtractError> {
    if bytes.is_empty() {
        return Err(ExtractError::Empty);
    }
    // A PDF may have a few bytes of junk before its header.
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Ok(Kind::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return if docx::is_docx(bytes) {
            Ok(Kind::Docx)
        } else {
            Err(ExtractError::WrongType {
                found: "a zip archive that is not a Word document".into(),
            })
        };
    }
    if let Some((_, found)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Err(ExtractError::WrongType {
            found: (*found).into(),
        });
    }
    let text = text_of(bytes)?;
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(ExtractError::Empty);
    }
    if trimmed.starts_with('{') {
        return Ok(Kind::Json);
    }
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".md") || lower.ends_with(".markdown") || looks_like_markdown(trimmed) {
        Ok(Kind::Markdown)
    } else {
        Ok(Kind::Text)
    }
}

fn looks_like_markdown(text: &str) -> bool {
    text.lines()
        .take(200)
        .filter(|line| line.starts_with("# ") || line.starts_with("## "))
        .count()
        >= 2
}

/// UTF-8 (a BOM dropped) or UTF-16 with a BOM; anything else with control
/// bytes is not text.
fn text_of(bytes: &[u8]) -> Result<String, ExtractError> {
    let not_text = || ExtractError::WrongType {
        found: "binary data".into(),
    };
    let utf16 = |le: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|p| {
                if le {
                    u16::from_le_bytes([p[0], p[1]])
                } else {
                    u16::from_be_bytes([p[0], p[1]])
                }
            })
            .collect();
        String::from_utf16(&units).map_err(|_| not_text())
    };
    let text = match bytes {
        [0xff, 0xfe, ..] => utf16(true)?,
        [0xfe, 0xff, ..] => utf16(false)?,
        [0xef, 0xbb, 0xbf, rest @ ..] => std::str::from_utf8(rest)
            .map_err(|_| not_text())?
            .to_owned(),
        _ => std::str::from_utf8(bytes)
            .map_err(|_| not_text())?
            .to_owned(),
    };
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'))
        .count();
    if controls > 0 {
        return Err(not_text());
    }
    Ok(text)
}

/// Reads a document's text (blocking: call it through `extract_guarded`).
pub fn extract(bytes: &[u8], name: &str, limits: &Limits) -> Result<Extracted, ExtractError> {
    if bytes.len() > limits.max_bytes {
        return Err(ExtractError::TooLarge {
            max: limits.max_bytes,
        });
    }
    let kind = detect(bytes, name)?;
    let (text, ocr) = match kind {
        Kind::Pdf => pdf::text(bytes, limits)?,
        Kind::Docx => (docx::text(bytes, limits)?, false),
        Kind::Json | Kind::Markdown | Kind::Text => (text_of(bytes)?, false),
    };
    let text = text.replace("\r\n", "\n").replace('\u{0}', "");
    if text.len() > limits.max_text {
        return Err(ExtractError::TooMuchText {
            max: limits.max_text,
        });
    }
    if text.trim().is_empty() {
        return Err(if kind == Kind::Pdf {
            ExtractError::NoText
        } else {
            ExtractError::Empty
        });
    }
    Ok(Extracted { kind, text, ocr })
}

/// `extract` on a blocking thread, within the time limit, with a panic in a
/// reader turned into an error.
pub async fn extract_guarded(
    bytes: Vec<u8>,
    name: String,
    limits: Limits,
) -> Result<Extracted, ExtractError> {
    let seconds = limits.seconds;
    let work = tokio::task::spawn_blocking(move || {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            extract(&bytes, &name, &limits)
        }))
    });
    match tokio::time::timeout(Duration::from_secs(seconds), work).await {
        Err(_) => {
            tracing::warn!("document reading timed out after {seconds} s");
            Err(ExtractError::TimedOut)
        }
        Ok(Err(join)) => Err(ExtractError::Crashed(join.to_string())),
        Ok(Ok(Err(panic))) => {
            let reason = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "the reader failed".into());
            tracing::warn!("document reader panicked: {reason}");
            Err(ExtractError::Crashed(
                "its structure is not what a PDF or Word file should hold".into(),
            ))
        }
        Ok(Ok(Ok(result))) => result,
    }
}
