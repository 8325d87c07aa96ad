//! What pages see of resumes: the list, one version's preview, the history.

use serde::{Deserialize, Serialize};

/// A resume in the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResumeSummary {
    pub id: i64,
    pub title: String,
    /// `en` or `ar`.
    pub language: String,
    pub is_primary: bool,
    /// The newest version's number.
    pub versions: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

/// One version in the history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionInfo {
    pub number: i32,
    /// `import`, `parse`, `edit`, `restore` or `duplicate`.
    pub source: String,
    pub note: String,
    pub created_at: i64,
}

/// A dated entry of the preview (a job, a school, a project).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewEntry {
    pub title: String,
    pub place: String,
    pub dates: String,
    pub lines: Vec<String>,
}

/// A JSON Resume as the page shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResumePreview {
    pub name: String,
    pub label: String,
    pub contact: Vec<String>,
    pub summary: String,
    pub work: Vec<PreviewEntry>,
    pub education: Vec<PreviewEntry>,
    pub projects: Vec<PreviewEntry>,
    pub skills: Vec<String>,
    pub languages: Vec<String>,
    pub certificates: Vec<String>,
}

/// One version of a resume with everything its page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResumeView {
    pub summary: ResumeSummary,
    pub version: i32,
    /// The JSON Resume, pretty-printed.
    pub json: String,
    pub preview: ResumePreview,
    /// Newest first.
    pub history: Vec<VersionInfo>,
    /// The file the resume was read from, when it was uploaded.
    #[serde(default)]
    pub file: Option<UploadedFile>,
}

/// What the structured editor opens: the unsaved draft if there is one, else the
/// newest version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResumeDraft {
    pub summary: ResumeSummary,
    /// The newest version's number.
    pub version: i32,
    /// The JSON Resume being edited.
    pub json: String,
    /// When the unsaved draft was kept; `None` when the editor opens the version.
    pub draft_at: Option<i64>,
}

/// An uploaded file, as the resume page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadedFile {
    pub name: String,
    /// `pdf`, `docx`, `json`, `markdown` or `text`.
    pub kind: String,
    pub size: i64,
    /// Read from page images by OCR.
    pub ocr: bool,
}

/// One row of a side-by-side diff of two versions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffRow {
    /// `same`, `removed`, `added` or `changed`.
    pub kind: String,
    pub left: Option<String>,
    pub right: Option<String>,
}

/// One finding of the quality check, pointing at the place it is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QualityFinding {
    pub kind: String,
    /// `error`, `warning` or `tip`.
    pub severity: String,
    /// A JSON pointer into the resume, e.g. `/work/0/highlights/1`.
    pub path: String,
    /// The text there (empty for something missing).
    pub line: String,
    pub message: String,
}

/// The quality check of one version of a resume (`resume.analyze`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QualityReport {
    pub score: u32,
    pub findings: Vec<QualityFinding>,
    pub bullets: u32,
    /// Share of bullets with a number, 0 to 100.
    pub quantified: u32,
    pub bullet_words: u32,
    pub pages: u32,
    /// The chosen job's keywords and how often the resume uses each.
    pub keywords: Vec<(String, u32)>,
    /// The job checked against, if any.
    pub job: Option<String>,
    /// Made without a language model.
    pub offline: bool,
}
