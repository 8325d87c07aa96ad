//! Tailoring: start one (from the job's page or the resume's) and read it. The
//! change log is accepted through `POST /resumes/{id}/tailor/{job}/accept`, a
//! plain form route, since it carries one field per ticked change. A user only
//! reaches their own resumes, jobs and tailorings; another's answers 404.

use jobforge_core::model::tailor::TailoringView;
use leptos::prelude::*;

use super::ApiError;

/// A tailoring of a resume to a job: the one with id `t`, else the newest.
#[server(endpoint = "tailor/view")]
pub async fn tailoring(
    resume: i64,
    job: i64,
    #[server(default)] t: Option<i64>,
) -> Result<Option<TailoringView>, ApiError> {
    imp::tailoring(resume, job, t)
        .await
        .map_err(super::ssr::reject)
}

/// Starts tailoring a resume (the primary one when `resume` is empty) to a job;
/// goes on to the tailoring's page.
#[server(endpoint = "tailor/start")]
pub async fn start_tailoring(
    job: i64,
    #[server(default)] resume: String,
    #[server(default)] lang: String,
    #[server(default)] instruction: String,
) -> Result<(), ApiError> {
    imp::start_tailoring(job, resume, lang, instruction)
        .await
        .map_err(super::ssr::reject)
}

#[cfg(feature = "ssr")]
mod imp {
    use jobforge_core::model::Problem;
    use jobforge_core::model::tailor::TailoringView;
    use jobforge_core::tailor::{self, StartAsk};

    use crate::api::ApiError;
    use crate::api::ssr::{app_state, output_lang, require_user};

    pub async fn tailoring(
        resume: i64,
        job: i64,
        t: Option<i64>,
    ) -> Result<Option<TailoringView>, ApiError> {
        let user = require_user().await?;
        let state = app_state()?;
        let store = state.store.as_ref();
        // Someone else's resume or job is not there, tailored or not.
        if store.resume_get(user.id, resume).await?.is_none()
            || store.posting_get(user.id, job).await?.is_none()
        {
            return Err(ApiError::NotFound);
        }
        Ok(tailor::view(store, user.id, resume, job, t).await?)
    }

    pub async fn start_tailoring(
        job: i64,
        resume: String,
        lang: String,
        instruction: String,
    ) -> Result<(), ApiError> {
        let user = require_user().await?;
        let resume_id = match resume.trim() {
            "" => None,
            id => Some(id.parse().map_err(|_| ApiError::Invalid {
                field: "resume".into(),
                problem: Problem::NumberShape,
            })?),
        };
        let lang = output_lang(&lang, &user, "lang")?;
        let ask = StartAsk {
            resume_id,
            job_id: job,
            lang,
            instruction,
        };
        let state = app_state()?;
        let store = state.store.as_ref();
        let (id, resume) = tailor::start(store, user.id, &ask).await?;
        // The offline engine takes moments: wait a little, so the page opens on
        // the result rather than on the progress bar.
        for _ in 0..30 {
            match tailor::view(store, user.id, resume, job, Some(id)).await {
                Ok(Some(view)) if view.state == "running" => {
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await
                }
                _ => break,
            }
        }
        leptos_axum::redirect(&format!("/resumes/{resume}/tailor/{job}?t={id}"));
        Ok(())
    }
}
