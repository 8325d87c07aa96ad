//! PDFs typeset in-process with typst: our own `World` (`world`) with embedded
//! fonts, templates compiled into the binary, data handed over as JSON files
//! (never spliced into markup, so a resume's text is only ever text). Resumes
//! and Markdown documents such as cover letters (`document`) use it.

pub mod document;
pub mod resume;
#[cfg(test)]
mod tests;
pub mod world;

use thiserror::Error;
use typst::layout::PagedDocument;

#[derive(Debug, Error, Clone, PartialEq)]
pub enum TypesetError {
    #[error("unknown template '{0}': use classic, modern or compact")]
    UnknownTemplate(String),
    #[error("the document could not be typeset: {0}")]
    Compile(String),
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

fn messages(diagnostics: &[typst::diag::SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| d.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Typesets `main` (typst markup) with its data `files` into a PDF; the bytes
/// and the number of pages.
pub fn pdf(main: &str, files: Vec<(&str, Vec<u8>)>) -> Result<(Vec<u8>, usize), TypesetError> {
    let world = world::DocWorld::new(main, files);
    let document: PagedDocument = typst::compile(&world)
        .output
        .map_err(|d| TypesetError::Compile(messages(&d)))?;
    let pages = document.pages.len();
    let bytes = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
        .map_err(|d| TypesetError::Pdf(messages(&d)))?;
    // typst memoises across documents; keep what recent ones used, drop the rest.
    comemo::evict(10);
    Ok((bytes, pages))
}
