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
use crate::files::{display_name, stored_name, write_new};

/// Where a stored file lives.
pub fn path_of(state: &AppState, user_id: i64, stored_as: &str) -> PathBuf {
    crate::files::path_of(&state.settings.data_dir, user_id, stored_as)
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

    let stored_as = stored_name(extracted.kind.extension()).map_err(ResumeError::Files)?;
    let path = path_of(state, user_id, &stored_as);
    write_new(&path, bytes)
        .await
        .map_err(|e| ResumeError::Files(format!("{}: {e}", path.display())))?;
    let file = NewFile {
        stored_as: &stored_as,
        name: &display_name(name, "resume"),
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
            crate::files::remove(&path).await;
            Err(err.into())
        }
    }
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
