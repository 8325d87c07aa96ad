//! The local outbox: `ID.eml` (the mail as it would have been sent) and `ID.json`
//! (the same mail, readable, for the admin page). Files are private to the owner:
//! they carry sign-in links.

use std::path::{Path, PathBuf};

use time::OffsetDateTime;
use tokio::io::AsyncWriteExt;

use super::{Mail, MailError};
use crate::model::OutboxMail;

fn outbox_error(path: &Path) -> impl FnOnce(std::io::Error) -> MailError + '_ {
    move |source| MailError::Outbox {
        path: path.to_owned(),
        source,
    }
}

async fn write_private(path: PathBuf, bytes: &[u8]) -> Result<(), MailError> {
    let mut options = tokio::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    let mut file = options.open(&path).await.map_err(outbox_error(&path))?;
    file.write_all(bytes).await.map_err(outbox_error(&path))?;
    file.sync_all().await.map_err(outbox_error(&path))
}

pub(super) async fn write(dir: &Path, mail: &Mail, raw: &[u8]) -> Result<(), MailError> {
    tokio::fs::create_dir_all(dir)
        .await
        .map_err(outbox_error(dir))?;
    let now = OffsetDateTime::now_utc();
    let mut random = [0u8; 4];
    getrandom::fill(&mut random).map_err(|e| MailError::Build(e.to_string()))?;
    // Millisecond time first, so names sort by age.
    let id = format!(
        "{:013}-{}",
        now.unix_timestamp_nanos() / 1_000_000,
        hex::encode(random)
    );
    let entry = OutboxMail {
        id: id.clone(),
        at: now.unix_timestamp(),
        to: mail.to.clone(),
        subject: mail.subject.clone(),
        text: mail.text.clone(),
    };
    let json = serde_json::to_vec_pretty(&entry).map_err(|e| MailError::Build(e.to_string()))?;
    write_private(dir.join(format!("{id}.eml")), raw).await?;
    // The JSON goes last: the list shows a mail once both files are complete.
    write_private(dir.join(format!("{id}.json")), &json).await
}

pub(super) async fn list(dir: &Path, limit: usize) -> Result<Vec<OutboxMail>, MailError> {
    let mut entries = match tokio::fs::read_dir(dir).await {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(outbox_error(dir)(e)),
    };
    let mut names = Vec::new();
    while let Some(entry) = entries.next_entry().await.map_err(outbox_error(dir))? {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".json") {
            names.push(name);
        }
    }
    names.sort_unstable_by(|a, b| b.cmp(a));
    let mut mails = Vec::new();
    for name in names.into_iter().take(limit) {
        let path = dir.join(&name);
        let bytes = tokio::fs::read(&path).await.map_err(outbox_error(&path))?;
        match serde_json::from_slice::<OutboxMail>(&bytes) {
            Ok(mail) => mails.push(mail),
            Err(err) => tracing::warn!(file = %path.display(), "unreadable outbox entry: {err}"),
        }
    }
    Ok(mails)
}
