//! What pages see of documents: the list, one version, the history.

use serde::{Deserialize, Serialize};

/// The kinds of document, in the order `/documents` groups them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    CoverLetter,
    Resume,
    Portfolio,
    Other,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 4] = [
        DocumentKind::CoverLetter,
        DocumentKind::Resume,
        DocumentKind::Portfolio,
        DocumentKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::CoverLetter => "cover_letter",
            DocumentKind::Resume => "resume",
            DocumentKind::Portfolio => "portfolio",
            DocumentKind::Other => "other",
        }
    }

    pub fn parse(name: &str) -> Option<DocumentKind> {
        DocumentKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// A document in the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentSummary {
    pub id: i64,
    pub kind: DocumentKind,
    pub title: String,
    pub job_id: Option<i64>,
    /// "Title — Company" of the linked job.
    pub job_label: Option<String>,
    /// `en` or `ar`.
    pub language: String,
    /// The newest version's number.
    pub versions: i64,
    pub has_file: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

/// One version in the history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocVersionInfo {
    pub number: i32,
    /// `write`, `generate`, `edit`, `upload` or `restore`.
    pub source: String,
    pub note: String,
    pub created_at: i64,
}

/// The file a document was uploaded as.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocFileInfo {
    pub name: String,
    /// `pdf`, `docx`, `markdown`, `text` or `json`.
    pub kind: String,
    pub size: i64,
}

/// One version of a document with everything its page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentView {
    pub summary: DocumentSummary,
    pub version: i32,
    pub markdown: String,
    pub word_count: usize,
    pub read_minutes: usize,
    /// Newest first.
    pub history: Vec<DocVersionInfo>,
    pub file: Option<DocFileInfo>,
}
