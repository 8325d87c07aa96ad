//! Resumes: import (a JSON Resume, exactly as given, or text read by
//! `resume.parse`), versions that never change once saved, the primary resume,
//! duplicates, deletion and export. Every function takes the user, and the
//! store's statements name it, so a user only ever reaches their own resumes.

pub mod diff;
pub mod editor;
#[cfg(test)]
mod tests;
pub mod upload;

use serde_json::Value;
use thiserror::Error;

use crate::AppState;
use crate::ai::{AiRunner, OutputLang, TaskError};
use crate::db::resumes::{ResumeRow, VersionRow};
use crate::db::{Store, StoreError};
use crate::model::Problem;
use crate::model::resume::{
    QualityFinding, QualityReport, ResumeSummary, ResumeView, UploadedFile, VersionInfo,
};
use crate::offline::resume::{ResumeParseInput, ResumeParseTask, to_json_resume};
use crate::tracker::rescore::rescore_later;

/// The largest resume document or pasted text accepted.
pub const MAX_BYTES: usize = 1 << 20;
pub const MAX_TITLE: usize = 200;

#[derive(Debug, Error)]
pub enum ResumeError {
    #[error("{field}: {problem}")]
    Invalid {
        field: &'static str,
        problem: Problem,
    },
    #[error("{0}")]
    NotJsonResume(String),
    #[error("no such resume")]
    NotFound,
    #[error("{0}")]
    File(#[from] crate::extract::ExtractError),
    #[error("the file could not be stored: {0}")]
    Files(String),
    #[error(transparent)]
    Typeset(#[from] crate::typeset::TypesetError),
    #[error(transparent)]
    Task(#[from] TaskError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn invalid(field: &'static str, problem: Problem) -> ResumeError {
    ResumeError::Invalid { field, problem }
}

fn summary(row: ResumeRow) -> ResumeSummary {
    ResumeSummary {
        id: row.id,
        title: row.title,
        language: row.language,
        is_primary: row.is_primary,
        versions: row.versions,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}

pub fn info(row: &VersionRow) -> VersionInfo {
    VersionInfo {
        number: row.number,
        source: row.source.clone(),
        note: row.note.clone(),
        created_at: row.created_at,
    }
}

/// A JSON Resume document from `text`, or what is wrong with it.
pub fn read_json_resume(text: &str) -> Result<Value, ResumeError> {
    if text.len() > MAX_BYTES {
        return Err(invalid(
            "text",
            Problem::TooLong {
                max: MAX_BYTES as u32,
            },
        ));
    }
    let value: Value = serde_json::from_str(text)
        .map_err(|e| ResumeError::NotJsonResume(format!("the JSON cannot be read: {e}")))?;
    let Some(object) = value.as_object() else {
        return Err(ResumeError::NotJsonResume(
            "a JSON Resume is a JSON object".into(),
        ));
    };
    for (key, shape) in [
        ("basics", "an object"),
        ("work", "a list"),
        ("education", "a list"),
        ("skills", "a list"),
    ] {
        if let Some(part) = object.get(key) {
            let fits = if shape == "a list" {
                part.is_array()
            } else {
                part.is_object()
            };
            if !fits {
                return Err(ResumeError::NotJsonResume(format!(
                    "\"{key}\" must be {shape}"
                )));
            }
        }
    }
    Ok(value)
}

/// The language a resume is written in: its `meta.language`, else its letters.
fn language_of(resume: &Value) -> String {
    match resume.pointer("/meta/language").and_then(Value::as_str) {
        Some(lang @ ("en" | "ar")) => lang.to_owned(),
        _ => crate::tracker::detect_language(&resume.to_string()).to_owned(),
    }
}

fn title_of(resume: &Value, given: &str) -> Result<String, ResumeError> {
    let given = given.trim();
    if given.chars().count() > MAX_TITLE {
        return Err(invalid(
            "title",
            Problem::TooLong {
                max: MAX_TITLE as u32,
            },
        ));
    }
    if !given.is_empty() {
        return Ok(given.to_owned());
    }
    let name = resume
        .pointer("/basics/name")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .trim();
    let label = resume
        .pointer("/basics/label")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .trim();
    Ok(match (name.is_empty(), label.is_empty()) {
        (false, false) => format!("{name} — {label}"),
        (false, true) => name.to_owned(),
        _ => "Resume".to_owned(),
    }
    .chars()
    .take(MAX_TITLE)
    .collect())
}

fn pretty(resume: &Value) -> String {
    serde_json::to_string_pretty(resume).unwrap_or_else(|_| resume.to_string())
}

/// Adds a resume from pasted or uploaded text: a JSON Resume is kept exactly;
/// anything else is read by `resume.parse` (offline, or the user's model checked
/// against the text). Returns the new resume's id.
pub async fn import(
    state: &AppState,
    user_id: i64,
    title: &str,
    text: &str,
) -> Result<i64, ResumeError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(invalid("text", Problem::Required));
    }
    if text.len() > MAX_BYTES {
        return Err(invalid(
            "text",
            Problem::TooLong {
                max: MAX_BYTES as u32,
            },
        ));
    }
    let (resume, source) = if text.starts_with('{') {
        (read_json_resume(text)?, "import")
    } else {
        (parse_text(state, user_id, text).await?, "parse")
    };
    let title = title_of(&resume, title)?;
    let id = state
        .store
        .resume_insert(
            user_id,
            &title,
            &language_of(&resume),
            &pretty(&resume),
            source,
            crate::jobs::now_ms(),
        )
        .await?;
    tracing::info!(user_id, resume_id = id, source, "resume added");
    // The first resume becomes the primary one.
    rescore_later(state.store.as_ref(), user_id).await?;
    Ok(id)
}

/// A JSON Resume from resume text, by `resume.parse` on the user's model (checked
/// against the text) or offline.
async fn parse_text(state: &AppState, user_id: i64, text: &str) -> Result<Value, ResumeError> {
    let backend = crate::ai::user::backend_for(state, user_id).await?;
    let runner = AiRunner {
        store: state.store.as_ref(),
        backend: backend.as_ref(),
        prices: &state.settings.ai_prices,
        user_id: Some(user_id),
    };
    let input = ResumeParseInput {
        text: text.to_owned(),
    };
    let outcome = runner
        .run::<ResumeParseTask>(&input, OutputLang::En)
        .await?;
    Ok(to_json_resume(&outcome.output))
}

pub async fn list(store: &dyn Store, user_id: i64) -> Result<Vec<ResumeSummary>, ResumeError> {
    Ok(store
        .resumes(user_id)
        .await?
        .into_iter()
        .map(summary)
        .collect())
}

/// The user's resume and one of its versions (the newest with `None`).
async fn resume_and_version(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    number: Option<i32>,
) -> Result<(ResumeRow, VersionRow), ResumeError> {
    let row = store
        .resume_get(user_id, id)
        .await?
        .ok_or(ResumeError::NotFound)?;
    let version = store
        .resume_version(user_id, id, number)
        .await?
        .ok_or(ResumeError::NotFound)?;
    Ok((row, version))
}

/// One version (the newest with `None`) with the resume and its history.
pub async fn view(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    number: Option<i32>,
    present: &str,
) -> Result<ResumeView, ResumeError> {
    let (row, version) = resume_and_version(store, user_id, id, number).await?;
    let history = store
        .resume_versions(user_id, id)
        .await?
        .iter()
        .map(info)
        .collect();
    let file = store
        .resume_files(user_id, id)
        .await?
        .into_iter()
        .next()
        .map(|f| UploadedFile {
            name: f.name,
            kind: f.kind,
            size: f.size,
            ocr: f.ocr,
        });
    let data: Value = serde_json::from_str(&version.data).unwrap_or(Value::Null);
    Ok(ResumeView {
        file,
        summary: summary(row),
        version: version.number,
        preview: crate::json_resume::preview::preview(&data, present),
        json: pretty(&data),
        history,
    })
}

/// The JSON Resume of a version, as stored (for export).
pub async fn document(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    number: Option<i32>,
) -> Result<Value, ResumeError> {
    let version = store
        .resume_version(user_id, id, number)
        .await?
        .ok_or(ResumeError::NotFound)?;
    serde_json::from_str(&version.data).map_err(|e| ResumeError::NotJsonResume(e.to_string()))
}

/// A version (the newest with `None`) typeset as a PDF in `template`, in `lang`
/// (else the resume's language); the bytes and the number of pages.
pub async fn pdf(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    number: Option<i32>,
    template: crate::typeset::resume::Template,
    lang: Option<&str>,
) -> Result<(Vec<u8>, usize), ResumeError> {
    let resume = document(store, user_id, id, number).await?;
    let lang = crate::typeset::resume::language(&resume, lang);
    Ok(crate::typeset::resume::render_blocking(resume, template, lang).await?)
}

/// The quality check (`resume.analyze`) of a version, against one of the user's
/// jobs if `job_id` is given, its messages in `ui_lang`; the user's model when
/// they have one, else offline.
pub async fn analyze(
    state: &AppState,
    user_id: i64,
    id: i64,
    number: Option<i32>,
    job_id: Option<i64>,
    ui_lang: &str,
) -> Result<QualityReport, ResumeError> {
    let store = state.store.as_ref();
    let resume = document(store, user_id, id, number).await?;
    let job = match job_id {
        Some(job_id) => {
            let detail = crate::tracker::detail(store, user_id, job_id)
                .await
                .map_err(|e| match e {
                    crate::tracker::TrackerError::Store(e) => ResumeError::Store(e),
                    _ => ResumeError::NotFound,
                })?;
            Some((detail.card.title.clone(), detail.description))
        }
        None => None,
    };
    let lang = crate::typeset::resume::language(&resume, None);
    let (_, pages) = crate::typeset::resume::render_blocking(
        resume.clone(),
        crate::typeset::resume::Template::Classic,
        lang,
    )
    .await?;
    let backend = crate::ai::user::backend_for(state, user_id).await?;
    let runner = AiRunner {
        store,
        backend: backend.as_ref(),
        prices: &state.settings.ai_prices,
        user_id: Some(user_id),
    };
    let input = crate::offline::AnalyzeInput {
        resume,
        job: job
            .as_ref()
            .map(|(title, text)| format!("{title}\n\n{text}")),
        pages: u32::try_from(pages).ok(),
    };
    let outcome = runner
        .run::<crate::offline::ResumeAnalyzeTask>(&input, OutputLang::from_code(ui_lang))
        .await?;
    let a = outcome.output;
    Ok(QualityReport {
        score: a.score.min(100),
        findings: a
            .findings
            .into_iter()
            .map(|f| QualityFinding {
                kind: f.kind,
                severity: f.severity,
                path: f.path,
                line: f.line,
                message: f.message,
            })
            .collect(),
        bullets: a.bullets,
        quantified: a.quantified,
        bullet_words: a.bullet_words,
        pages: a.pages,
        keywords: a
            .keywords
            .into_iter()
            .map(|k| (k.keyword, k.count))
            .collect(),
        job: job.map(|(title, _)| title),
        offline: outcome.offline,
    })
}

/// Two versions side by side, row by row.
pub async fn compare(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    left: i32,
    right: i32,
) -> Result<Vec<diff::DiffRow>, ResumeError> {
    let a = store
        .resume_version(user_id, id, Some(left))
        .await?
        .ok_or(ResumeError::NotFound)?;
    let b = store
        .resume_version(user_id, id, Some(right))
        .await?
        .ok_or(ResumeError::NotFound)?;
    Ok(diff::side_by_side(&a.data, &b.data))
}

/// Saves `text` (a JSON Resume) as the next version; returns its number.
pub async fn save(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    text: &str,
    note: &str,
) -> Result<i32, ResumeError> {
    let resume = read_json_resume(text)?;
    let note: String = note.trim().chars().take(500).collect();
    let number = store
        .resume_add_version(
            user_id,
            id,
            &pretty(&resume),
            "edit",
            &note,
            crate::jobs::now_ms(),
        )
        .await?
        .ok_or(ResumeError::NotFound)?;
    rescore_later(store, user_id).await?;
    Ok(number)
}

/// Makes an old version the newest again (as a new version).
pub async fn restore(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    number: i32,
) -> Result<i32, ResumeError> {
    let old = store
        .resume_version(user_id, id, Some(number))
        .await?
        .ok_or(ResumeError::NotFound)?;
    let number = store
        .resume_add_version(
            user_id,
            id,
            &old.data,
            "restore",
            &format!("v{number}"),
            crate::jobs::now_ms(),
        )
        .await?
        .ok_or(ResumeError::NotFound)?;
    rescore_later(store, user_id).await?;
    Ok(number)
}

/// A new resume with the newest version of `id`; returns its id.
pub async fn duplicate(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    copy_word: &str,
) -> Result<i64, ResumeError> {
    let row = store
        .resume_get(user_id, id)
        .await?
        .ok_or(ResumeError::NotFound)?;
    let version = store
        .resume_version(user_id, id, None)
        .await?
        .ok_or(ResumeError::NotFound)?;
    let title: String = format!("{} ({copy_word})", row.title)
        .chars()
        .take(MAX_TITLE)
        .collect();
    Ok(store
        .resume_insert(
            user_id,
            &title,
            &row.language,
            &version.data,
            "duplicate",
            crate::jobs::now_ms(),
        )
        .await?)
}

pub async fn set_primary(store: &dyn Store, user_id: i64, id: i64) -> Result<(), ResumeError> {
    if !store.resume_set_primary(user_id, id).await? {
        return Err(ResumeError::NotFound);
    }
    rescore_later(store, user_id).await?;
    Ok(())
}

/// Deletes a resume, its versions, and its uploaded files.
pub async fn delete(state: &AppState, user_id: i64, id: i64) -> Result<(), ResumeError> {
    let store = state.store.as_ref();
    let paths = upload::file_paths(store, &state.settings.data_dir, user_id, id).await?;
    if !store.resume_delete(user_id, id).await? {
        return Err(ResumeError::NotFound);
    }
    rescore_later(store, user_id).await?;
    for path in paths {
        crate::files::remove(&path).await;
    }
    Ok(())
}

/// The newest version of the user's primary resume, if they have one.
pub async fn primary(
    store: &dyn Store,
    user_id: i64,
) -> Result<Option<(ResumeSummary, Value)>, StoreError> {
    let Some(row) = store
        .resumes(user_id)
        .await?
        .into_iter()
        .find(|r| r.is_primary)
    else {
        return Ok(None);
    };
    let Some(version) = store.resume_version(user_id, row.id, None).await? else {
        return Ok(None);
    };
    let data = serde_json::from_str(&version.data).unwrap_or(Value::Null);
    Ok(Some((summary(row), data)))
}
