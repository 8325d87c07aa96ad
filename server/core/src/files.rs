//! Where a user's files live: `DATA_DIR/files/USER_ID/`, under generated names,
//! never under the names they were uploaded with.

use std::path::{Path, PathBuf};

/// The folder of one user's files (it may not exist yet).
pub fn user_dir(data_dir: &Path, user_id: i64) -> PathBuf {
    data_dir.join("files").join(user_id.to_string())
}

/// Where a stored file lives.
pub fn path_of(data_dir: &Path, user_id: i64, stored_as: &str) -> PathBuf {
    user_dir(data_dir, user_id).join(stored_as)
}

/// The most of an uploaded name that is kept (for display).
const MAX_NAME: usize = 200;

/// The name to show for an uploaded file: its last path part, without control
/// characters, at most 200 characters; `fallback` when nothing is left.
pub fn display_name(name: &str, fallback: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = base
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME)
        .collect();
    if clean.trim().is_empty() {
        fallback.into()
    } else {
        clean.trim().to_owned()
    }
}

/// A new random name to store a file under, with its extension.
pub fn stored_name(extension: &str) -> Result<String, String> {
    let mut random = [0u8; 16];
    getrandom::fill(&mut random).map_err(|e| e.to_string())?;
    Ok(format!("{}.{extension}", hex::encode(random)))
}

/// Writes `bytes` to a new file at `path` (its folder made if needed), through a
/// temporary name so a half-written file is never seen under the real one.
pub async fn write_new(path: &Path, bytes: Vec<u8>) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        tokio::fs::create_dir_all(dir).await?;
    }
    let partial = path.with_extension("partial");
    tokio::fs::write(&partial, bytes).await?;
    if let Err(e) = tokio::fs::rename(&partial, path).await {
        let _ = tokio::fs::remove_file(&partial).await;
        return Err(e);
    }
    Ok(())
}

/// Removes a stored file; one already gone is fine, any other failure is logged.
pub async fn remove(path: &Path) {
    match tokio::fs::remove_file(path).await {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => tracing::warn!("could not remove {}: {e}", path.display()),
    }
}
