//! What the tailoring page sees: the result of tailoring a resume to a job.

use serde::{Deserialize, Serialize};

use super::resume::DiffRow;

/// One change of a tailoring, which the user accepts or rejects.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub id: usize,
    /// `label`, `summary`, `work`, `projects` or `skills`.
    pub section: String,
    /// The entry's name (an employer, a project), if it is in one.
    pub place: String,
    /// A JSON pointer into the resume.
    pub path: String,
    pub before: Vec<String>,
    pub after: Vec<String>,
    pub reason: String,
}

/// A claim the truthfulness guard removed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedClaim {
    /// `employer`, `title`, `date`, `degree`, `school`, `certificate`,
    /// `project`, `skill` or `number`.
    pub kind: String,
    pub value: String,
}

/// What a finished tailoring offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TailorResult {
    pub score_before: u8,
    pub score_after: u8,
    /// The job's keywords the resume covers, before and after (per cent).
    pub coverage_before: u8,
    pub coverage_after: u8,
    pub matched: Vec<String>,
    /// The job's keywords the resume cannot honestly claim.
    pub missing: Vec<String>,
    pub changes: Vec<Change>,
    pub removed: Vec<RemovedClaim>,
    /// The whole source and the whole tailored resume, line by line.
    pub diff: Vec<DiffRow>,
    /// Made without a language model.
    pub offline: bool,
    pub model: String,
}

/// A tailoring of one resume version to one job.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TailoringView {
    pub id: i64,
    pub resume_id: i64,
    pub resume_title: String,
    pub source_version: i32,
    pub job_id: i64,
    pub job_label: String,
    /// `en` or `ar`.
    pub lang: String,
    pub instruction: String,
    /// `running`, `ready`, `failed` or `accepted`.
    pub state: String,
    /// The background job doing it, for its progress.
    pub work_id: Option<i64>,
    pub error: String,
    pub result: Option<TailorResult>,
    /// The resume version made by accepting it.
    pub accepted_version: Option<i32>,
    pub created_at: i64,
}
