//! Documents: the list, one version, writing, editing, restoring, relinking,
//! deleting, and cover letters written for a job. Every function works on the
//! signed-in user's own documents and jobs; another user's answers 404, as if it
//! did not exist. (Uploads post to `POST /documents/upload`, downloads are
//! `GET /documents/{id}/document.pdf|.md` and `/original`.)

use jobforge_core::model::document::{DocumentSummary, DocumentView};
use leptos::prelude::*;

use super::ApiError;

#[server(endpoint = "documents/list")]
pub async fn documents() -> Result<Vec<DocumentSummary>, ApiError> {
    imp::documents().await.map_err(super::ssr::reject)
}

/// One version of a document (the newest without `version`) with its history.
#[server(endpoint = "documents/view")]
pub async fn document(
    id: i64,
    #[server(default)] version: Option<i32>,
) -> Result<DocumentView, ApiError> {
    imp::document(id, version).await.map_err(super::ssr::reject)
}

/// The documents linked to one of the user's jobs.
#[server(endpoint = "documents/for_job")]
pub async fn job_documents(job: i64) -> Result<Vec<DocumentSummary>, ApiError> {
    imp::job_documents(job).await.map_err(super::ssr::reject)
}

/// A document written by hand; goes on to its page.
#[server(endpoint = "documents/create")]
pub async fn create_document(
    title: String,
    kind: String,
    /// A job's id, or empty for none.
    #[server(default)]
    job: String,
    #[server(default)] language: String,
    markdown: String,
) -> Result<(), ApiError> {
    imp::create_document(title, kind, job, language, markdown)
        .await
        .map_err(super::ssr::reject)
}

/// Saves edited Markdown as the next version (nothing when unchanged).
#[server(endpoint = "documents/save")]
pub async fn save_document(
    id: i64,
    markdown: String,
    #[server(default)] note: String,
) -> Result<(), ApiError> {
    imp::save_document(id, markdown, note)
        .await
        .map_err(super::ssr::reject)
}

#[server(endpoint = "documents/restore")]
pub async fn restore_document(id: i64, number: i32) -> Result<(), ApiError> {
    imp::restore_document(id, number)
        .await
        .map_err(super::ssr::reject)
}

/// Renames, retypes and relinks a document.
#[server(endpoint = "documents/update")]
pub async fn update_document(
    id: i64,
    title: String,
    kind: String,
    /// A job's id, or empty for none.
    #[server(default)]
    job: String,
) -> Result<(), ApiError> {
    imp::update_document(id, title, kind, job)
        .await
        .map_err(super::ssr::reject)
}

#[server(endpoint = "documents/delete")]
pub async fn delete_document(id: i64) -> Result<(), ApiError> {
    imp::delete_document(id).await.map_err(super::ssr::reject)
}

/// Writes a cover letter for a job from the primary resume (or `resume`), in a
/// tone, a length and a language; goes on to the new document.
#[server(endpoint = "documents/cover_letter")]
pub async fn write_cover_letter(
    job: i64,
    tone: String,
    length: String,
    #[server(default)] language: String,
    #[server(default)] resume: Option<i64>,
) -> Result<(), ApiError> {
    imp::write_cover_letter(job, tone, length, language, resume)
        .await
        .map_err(super::ssr::reject)
}

#[cfg(feature = "ssr")]
mod imp {
    use jobforge_core::documents::{self, DocumentInput, LetterAsk};
    use jobforge_core::model::Problem;
    use jobforge_core::model::document::{DocumentSummary, DocumentView};
    use jobforge_core::offline::cover_letter::{Length, Tone};

    use crate::api::ApiError;
    use crate::api::ssr::{app_state, is_plain_form, output_lang, require_user};

    fn page(id: i64) -> String {
        format!("/documents/{id}")
    }

    fn not_allowed(field: &str) -> ApiError {
        ApiError::Invalid {
            field: field.to_owned(),
            problem: Problem::NotAllowed,
        }
    }

    pub async fn documents() -> Result<Vec<DocumentSummary>, ApiError> {
        let user = require_user().await?;
        Ok(documents::list(app_state()?.store.as_ref(), user.id).await?)
    }

    pub async fn document(id: i64, version: Option<i32>) -> Result<DocumentView, ApiError> {
        let user = require_user().await?;
        Ok(documents::view(app_state()?.store.as_ref(), user.id, id, version).await?)
    }

    pub async fn job_documents(job: i64) -> Result<Vec<DocumentSummary>, ApiError> {
        let user = require_user().await?;
        Ok(documents::for_job(app_state()?.store.as_ref(), user.id, job).await?)
    }

    /// A job's id from a form: none when empty.
    fn job_of(job: &str) -> Result<Option<i64>, ApiError> {
        match job.trim() {
            "" => Ok(None),
            id => id.parse().map(Some).map_err(|_| ApiError::Invalid {
                field: "job".into(),
                problem: Problem::NumberShape,
            }),
        }
    }

    pub async fn create_document(
        title: String,
        kind: String,
        job: String,
        language: String,
        markdown: String,
    ) -> Result<(), ApiError> {
        let user = require_user().await?;
        let input = DocumentInput {
            title,
            kind,
            job_id: job_of(&job)?,
            language,
            markdown,
        };
        let id = documents::create(app_state()?.store.as_ref(), user.id, &input).await?;
        leptos_axum::redirect(&page(id));
        Ok(())
    }

    pub async fn save_document(id: i64, markdown: String, note: String) -> Result<(), ApiError> {
        let user = require_user().await?;
        documents::save(app_state()?.store.as_ref(), user.id, id, &markdown, &note).await?;
        if is_plain_form() {
            leptos_axum::redirect(&page(id));
        }
        Ok(())
    }

    pub async fn restore_document(id: i64, number: i32) -> Result<(), ApiError> {
        let user = require_user().await?;
        documents::restore(app_state()?.store.as_ref(), user.id, id, number).await?;
        leptos_axum::redirect(&page(id));
        Ok(())
    }

    pub async fn update_document(
        id: i64,
        title: String,
        kind: String,
        job: String,
    ) -> Result<(), ApiError> {
        let user = require_user().await?;
        let job = job_of(&job)?;
        documents::update(app_state()?.store.as_ref(), user.id, id, &title, &kind, job).await?;
        if is_plain_form() {
            leptos_axum::redirect(&page(id));
        }
        Ok(())
    }

    pub async fn delete_document(id: i64) -> Result<(), ApiError> {
        let user = require_user().await?;
        documents::delete(&app_state()?, user.id, id).await?;
        leptos_axum::redirect("/documents");
        Ok(())
    }

    pub async fn write_cover_letter(
        job: i64,
        tone: String,
        length: String,
        lang: String,
        resume: Option<i64>,
    ) -> Result<(), ApiError> {
        let user = require_user().await?;
        let tone = Tone::parse(&tone).ok_or_else(|| not_allowed("tone"))?;
        let length = Length::parse(&length).ok_or_else(|| not_allowed("length"))?;
        let lang = output_lang(&lang, &user, "language")?;
        let ask = LetterAsk {
            job_id: job,
            resume_id: resume,
            tone,
            length,
            lang,
        };
        let id = documents::write_cover_letter(&app_state()?, user.id, ask).await?;
        leptos_axum::redirect(&page(id));
        Ok(())
    }
}
