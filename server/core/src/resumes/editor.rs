//! The structured editor's form, as the server takes it: the document the form
//! was showing (sent back in a hidden field, or else the draft or the newest
//! version), every field written over it, then what its button asked for: save
//! a version, keep a draft to preview, add, remove or move an entry, or discard
//! the draft. The browser does the same with the same `json_resume::edit` code
//! while JavaScript runs, and only saves through here.

use serde_json::Value;

use super::{MAX_BYTES, ResumeError, invalid, pretty, read_json_resume, summary};
use crate::db::Store;
use crate::json_resume::edit::{self, Op};
use crate::model::Problem;
use crate::model::resume::ResumeDraft;

/// What a submitted form came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Saved as this version (or, unchanged, left at it).
    Saved(i32),
    /// Kept as the draft, to be shown again (at the section a button changed).
    Kept(Option<&'static edit::Section>),
    /// The save was refused: the draft is kept and the page names the fields.
    Refused,
    /// The draft is gone; the editor shows the newest version again.
    Discarded,
}

/// The document the editor opens for `id`.
pub async fn open(store: &dyn Store, user_id: i64, id: i64) -> Result<ResumeDraft, ResumeError> {
    let (row, version) = super::resume_and_version(store, user_id, id, None).await?;
    let (json, draft_at) = match store.resume_draft(user_id, id).await? {
        Some((data, at)) => (data, Some(at)),
        None => (version.data, None),
    };
    Ok(ResumeDraft {
        summary: summary(row),
        version: version.number,
        json,
        draft_at,
    })
}

/// Takes a submitted editor form (its fields in order, as sent).
pub async fn submit(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    form: &[(String, String)],
) -> Result<Outcome, ResumeError> {
    let value = |key: &str| form.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let newest = store
        .resume_version(user_id, id, None)
        .await?
        .ok_or(ResumeError::NotFound)?;
    let mut doc = match value("doc").filter(|d| !d.trim().is_empty()) {
        Some(text) => read_json_resume(text)?,
        None => match store.resume_draft(user_id, id).await? {
            Some((data, _)) => read_json_resume(&data)?,
            None => read_json_resume(&newest.data)?,
        },
    };
    for (name, text) in form {
        edit::set(&mut doc, name, text);
    }
    let now = crate::jobs::now_ms();
    let keep = |doc: Value| async move {
        let text = pretty(&doc);
        if text.len() > MAX_BYTES {
            return Err(invalid(
                "doc",
                Problem::TooLong {
                    max: MAX_BYTES as u32,
                },
            ));
        }
        if store.resume_put_draft(user_id, id, &text, now).await? {
            Ok(())
        } else {
            Err(ResumeError::NotFound)
        }
    };
    match value("op").unwrap_or("save") {
        "save" => {
            edit::tidy(&mut doc);
            if !edit::problems(&doc).is_empty() {
                keep(doc).await?;
                return Ok(Outcome::Refused);
            }
            let unchanged = serde_json::from_str::<Value>(&newest.data).is_ok_and(|v| v == doc);
            let number = if unchanged {
                newest.number
            } else {
                super::save(
                    store,
                    user_id,
                    id,
                    &pretty(&doc),
                    value("note").unwrap_or(""),
                )
                .await?
            };
            store.resume_drop_draft(user_id, id).await?;
            Ok(Outcome::Saved(number))
        }
        "discard" => {
            store.resume_drop_draft(user_id, id).await?;
            Ok(Outcome::Discarded)
        }
        "preview" => {
            keep(doc).await?;
            Ok(Outcome::Kept(None))
        }
        other => {
            let op = Op::parse(other).ok_or(invalid("op", Problem::NotAllowed))?;
            op.apply(&mut doc);
            keep(doc).await?;
            Ok(Outcome::Kept(Some(op.section())))
        }
    }
}
