//! A user's data export: one JSON document of everything they own (a versioned
//! format), and a zip holding that document and their files. Each feature that
//! stores user data adds its part to `Export` and bumps nothing else: readers
//! ignore what they do not know, and `version` changes only when a field changes
//! meaning or goes away.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::accounts::sessions;
use crate::db::{AiCallRow, Store, StoreError};
use crate::model::document::{DocVersionInfo, DocumentSummary};
use crate::model::resume::{ResumeSummary, VersionInfo};
use crate::model::tracker::{BoardFilter, Company, JobDetail};
use crate::model::{AuditEntry, Role, SessionInfo, User};

pub const FORMAT: &str = "jobforge-export";
pub const VERSION: u32 = 1;

/// How much of the audit log goes into an export.
const AUDIT_LIMIT: i64 = 10_000;

#[derive(Debug, Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot build the archive: {0}")]
    Zip(String),
    #[error(transparent)]
    Tracker(#[from] crate::tracker::TrackerError),
    #[error(transparent)]
    Resume(#[from] crate::resumes::ResumeError),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Export {
    pub format: String,
    pub version: u32,
    /// RFC 3339.
    pub exported_at: String,
    pub account: Account,
    pub sessions: Vec<SessionInfo>,
    pub audit_log: Vec<AuditEntry>,
    /// The user's AI calls: task, engine, tokens, cost and outcome.
    #[serde(default)]
    pub ai_calls: Vec<AiCallRow>,
    /// The user's companies and jobs, each job with its timeline, notes and contacts.
    #[serde(default)]
    pub companies: Vec<Company>,
    #[serde(default)]
    pub jobs: Vec<JobDetail>,
    /// The user's resumes, each with every version's JSON Resume.
    #[serde(default)]
    pub resumes: Vec<ExportedResume>,
    /// The user's documents (cover letters and others), each with every version.
    #[serde(default)]
    pub documents: Vec<ExportedDocument>,
    /// The user's files, by their path inside the zip.
    pub files: Vec<FileEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedDocument {
    pub document: DocumentSummary,
    /// Oldest first, each with its Markdown.
    pub versions: Vec<ExportedDocVersion>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedDocVersion {
    pub version: DocVersionInfo,
    pub markdown: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedResume {
    pub resume: ResumeSummary,
    /// Oldest first.
    pub versions: Vec<ExportedVersion>,
    /// The editor's unsaved changes, if any.
    #[serde(default)]
    pub draft: Option<serde_json::Value>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedVersion {
    pub version: VersionInfo,
    pub data: serde_json::Value,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub email_verified: bool,
    pub role: Role,
    pub display_name: String,
    pub headline: String,
    pub location: String,
    pub ui_lang: String,
    pub output_lang: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// `files/…` inside the zip.
    pub path: String,
    pub size: u64,
}

impl From<&User> for Account {
    fn from(user: &User) -> Self {
        Account {
            id: user.id,
            email: user.email.clone(),
            email_verified: user.email_verified,
            role: user.role,
            display_name: user.display_name.clone(),
            headline: user.headline.clone(),
            location: user.location.clone(),
            ui_lang: user.ui_lang.clone(),
            output_lang: user.output_lang.clone(),
        }
    }
}

/// Every file under `dir`, as (path relative to `dir` with `/`, size).
fn walk(dir: &Path) -> Result<Vec<(String, u64)>, ExportError> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(current) = pending.pop() {
        let read_error = |source| ExportError::Read {
            path: current.clone(),
            source,
        };
        let entries = match std::fs::read_dir(&current) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(read_error(e)),
        };
        for entry in entries {
            let entry = entry.map_err(read_error)?;
            let kind = entry.file_type().map_err(read_error)?;
            let path = entry.path();
            if kind.is_dir() {
                pending.push(path);
            } else if kind.is_file() {
                let size = entry.metadata().map_err(read_error)?.len();
                let relative = path
                    .strip_prefix(dir)
                    .unwrap_or(&path)
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                found.push((relative, size));
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Gathers the export of `user` (their files are listed, not read).
pub async fn collect(
    store: &dyn Store,
    data_dir: &Path,
    user: &User,
) -> Result<Export, ExportError> {
    let dir = crate::files::user_dir(data_dir, user.id);
    let files = tokio::task::spawn_blocking(move || walk(&dir))
        .await
        .map_err(|e| ExportError::Zip(e.to_string()))??;
    let mut jobs = Vec::new();
    for card in crate::tracker::cards(store, user.id, &BoardFilter::default()).await? {
        jobs.push(crate::tracker::detail(store, user.id, card.id).await?);
    }
    let mut resumes = Vec::new();
    for resume in crate::resumes::list(store, user.id).await? {
        let mut versions = Vec::new();
        for number in 1..=i32::try_from(resume.versions).unwrap_or(0) {
            if let Some(row) = store
                .resume_version(user.id, resume.id, Some(number))
                .await?
            {
                versions.push(ExportedVersion {
                    version: crate::resumes::info(&row),
                    data: serde_json::from_str(&row.data).unwrap_or(serde_json::Value::Null),
                });
            }
        }
        let draft = store
            .resume_draft(user.id, resume.id)
            .await?
            .and_then(|(data, _)| serde_json::from_str(&data).ok());
        resumes.push(ExportedResume {
            resume,
            versions,
            draft,
        });
    }
    let mut documents = Vec::new();
    for document in crate::documents::list(store, user.id).await? {
        let mut versions = Vec::new();
        for number in 1..=i32::try_from(document.versions).unwrap_or(0) {
            if let Some(row) = store
                .document_version(user.id, document.id, Some(number))
                .await?
            {
                let (version, markdown) = crate::documents::info(row);
                versions.push(ExportedDocVersion { version, markdown });
            }
        }
        documents.push(ExportedDocument { document, versions });
    }
    let companies = store
        .companies(user.id)
        .await?
        .into_iter()
        .map(Company::from)
        .collect();
    Ok(Export {
        format: FORMAT.to_owned(),
        version: VERSION,
        exported_at: OffsetDateTime::now_utc()
            .format(&Rfc3339)
            .unwrap_or_default(),
        account: Account::from(user),
        sessions: sessions::list(store, user.id, None).await?,
        audit_log: store.audit_of_user(user.id, AUDIT_LIMIT).await?,
        ai_calls: store.ai_calls(Some(user.id), AUDIT_LIMIT).await?,
        companies,
        jobs,
        resumes,
        documents,
        files: files
            .into_iter()
            .map(|(relative, size)| FileEntry {
                path: format!("files/{relative}"),
                size,
            })
            .collect(),
    })
}

/// The JSON document, pretty-printed.
pub fn to_json(export: &Export) -> Vec<u8> {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_vec_pretty(export).unwrap_or_default()
}

/// A zip of `export.json` and the user's files under `files/`.
pub async fn zip(export: Export, data_dir: &Path) -> Result<Vec<u8>, ExportError> {
    let dir = crate::files::user_dir(data_dir, export.account.id);
    tokio::task::spawn_blocking(move || build_zip(&export, &dir))
        .await
        .map_err(|e| ExportError::Zip(e.to_string()))?
}

fn build_zip(export: &Export, dir: &Path) -> Result<Vec<u8>, ExportError> {
    let zip_error = |e: zip::result::ZipError| ExportError::Zip(e.to_string());
    let io_error = |e: std::io::Error| ExportError::Zip(e.to_string());
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o644);
    writer
        .start_file("export.json", options)
        .map_err(zip_error)?;
    writer.write_all(&to_json(export)).map_err(io_error)?;
    // The files `collect` listed; the folder is not walked a second time.
    for entry in &export.files {
        let relative = entry.path.strip_prefix("files/").unwrap_or(&entry.path);
        let path = dir.join(relative);
        writer
            .start_file(entry.path.as_str(), options)
            .map_err(zip_error)?;
        let mut file = std::fs::File::open(&path).map_err(|source| ExportError::Read {
            path: path.clone(),
            source,
        })?;
        std::io::copy(&mut file, &mut writer).map_err(|source| ExportError::Read {
            path: path.clone(),
            source,
        })?;
    }
    Ok(writer.finish().map_err(zip_error)?.into_inner())
}
