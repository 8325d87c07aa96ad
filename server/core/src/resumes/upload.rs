//! Resumes from uploaded files: the text is read (guarded, see `extract`), a JSON
//! Resume is kept exactly and anything else goes through `resume.parse`; only
//! then is the file written, under a generated name in the user's folder, and
//! the resume, its first version and the file's row are stored together. A
//! refused file leaves nothing behind: no row, no file.

use std::path::PathBuf;

use serde_json::Value;

use super::{ResumeError, language_of, parse_text, pretty, read_json_resume, title_of};
use crate::AppState;
use crate::db::Store;
use crate::db::resumes::{FileRow, NewFile};
use crate::extract::{Kind, Limits, extract_guarded};

/// The most of an uploaded name that is kept (for display).
const MAX_NAME: usize = 200;

/// The name to show for an uploaded file: its last path part, without control
/// characters, at most 200 characters.
pub fn display_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = base
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME)
        .collect();
    if clean.trim().is_empty() {
        "resume".into()
    } else {
        clean.trim().to_owned()
    }
}

/// Where a stored file lives.
pub fn path_of(state: &AppState, user_id: i64, stored_as: &str) -> PathBuf {
    crate::files::user_dir(&state.settings.data_dir, user_id).join(stored_as)
}

/// Adds a resume from an uploaded file; returns its id.
pub async fn upload(
    state: &AppState,
    user_id: i64,
    title: &str,
    name: &str,
    bytes: Vec<u8>,
) -> Result<i64, ResumeError> {
    let limits = Limits {
        max_bytes: state.settings.max_upload_bytes,
        max_text: super::MAX_BYTES,
        ..Limits::default()
    };
    let size = bytes.len();
    let extracted = extract_guarded(bytes.clone(), name.to_owned(), limits).await?;
    let resume: Value = if extracted.kind == Kind::Json {
        read_json_resume(&extracted.text)?
    } else {
        parse_text(state, user_id, &extracted.text).await?
    };
    let title = title_of(&resume, title)?;

    let mut random = [0u8; 16];
    getrandom::fill(&mut random).map_err(|e| ResumeError::Files(e.to_string()))?;
    let stored_as = format!("{}.{}", hex::encode(random), extracted.kind.extension());
    let path = path_of(state, user_id, &stored_as);
    write_new(&path, bytes).await?;
    let file = NewFile {
        stored_as: &stored_as,
        name: &display_name(name),
        kind: extracted.kind.as_str(),
        size: i64::try_from(size).unwrap_or(i64::MAX),
        ocr: extracted.ocr,
    };
    let stored = state
        .store
        .resume_insert_file(
            user_id,
            &title,
            &language_of(&resume),
            &pretty(&resume),
            &file,
            crate::jobs::now_ms(),
        )
        .await;
    match stored {
        Ok(id) => {
            tracing::info!(
                user_id,
                resume_id = id,
                kind = file.kind,
                size,
                "resume uploaded"
            );
            crate::tracker::rescore::rescore_later(state.store.as_ref(), user_id).await?;
            Ok(id)
        }
        Err(err) => {
            if let Err(e) = tokio::fs::remove_file(&path).await {
                tracing::warn!("could not remove {}: {e}", path.display());
            }
            Err(err.into())
        }
    }
}

/// Writes `bytes` to a new file at `path` (its folder made if needed), through a
/// temporary name so a half-written file is never seen under the real one.
async fn write_new(path: &std::path::Path, bytes: Vec<u8>) -> Result<(), ResumeError> {
    let fail = |e: std::io::Error| ResumeError::Files(format!("{}: {e}", path.display()));
    if let Some(dir) = path.parent() {
        tokio::fs::create_dir_all(dir).await.map_err(fail)?;
    }
    let partial = path.with_extension("partial");
    tokio::fs::write(&partial, bytes).await.map_err(fail)?;
    if let Err(e) = tokio::fs::rename(&partial, path).await {
        let _ = tokio::fs::remove_file(&partial).await;
        return Err(fail(e));
    }
    Ok(())
}

/// The newest uploaded file of a resume, with its bytes.
pub async fn original(
    state: &AppState,
    user_id: i64,
    resume_id: i64,
) -> Result<(FileRow, Vec<u8>), ResumeError> {
    let row = state
        .store
        .resume_files(user_id, resume_id)
        .await?
        .into_iter()
        .next()
        .ok_or(ResumeError::NotFound)?;
    let path = path_of(state, user_id, &row.stored_as);
    let bytes = tokio::fs::read(&path)
        .await
        .map_err(|e| ResumeError::Files(format!("{}: {e}", path.display())))?;
    Ok((row, bytes))
}

/// Where the stored files of a resume are.
pub(super) async fn file_paths(
    store: &dyn Store,
    data_dir: &std::path::Path,
    user_id: i64,
    resume_id: i64,
) -> Result<Vec<PathBuf>, ResumeError> {
    let dir = crate::files::user_dir(data_dir, user_id);
    Ok(store
        .resume_files(user_id, resume_id)
        .await?
        .into_iter()
        .map(|row| dir.join(row.stored_as))
        .collect())
}
