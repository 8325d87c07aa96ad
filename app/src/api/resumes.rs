//! Resumes: the list, one version, imports, saves, restores, copies, the primary
//! resume and deletion. Every function works on the signed-in user's own resumes;
//! another user's answers 404, as if it did not exist.

use jobforge_core::model::resume::{
    DiffRow, QualityReport, ResumeDraft, ResumeSummary, ResumeView,
};
use leptos::prelude::*;

use super::ApiError;

#[server(endpoint = "resumes/list")]
pub async fn resumes() -> Result<Vec<ResumeSummary>, ApiError> {
    imp::resumes().await.map_err(super::ssr::reject)
}

/// One version of a resume (the newest without `version`) with its history.
#[server(endpoint = "resumes/view")]
pub async fn resume(
    id: i64,
    #[server(default)] version: Option<i32>,
) -> Result<ResumeView, ApiError> {
    imp::resume(id, version).await.map_err(super::ssr::reject)
}

/// What the structured editor opens: the unsaved draft, else the newest version.
/// (The editor's form posts to `POST /resumes/{id}/draft`.)
#[server(endpoint = "resumes/draft")]
pub async fn resume_editor(id: i64) -> Result<ResumeDraft, ApiError> {
    imp::resume_editor(id).await.map_err(super::ssr::reject)
}

/// Adds a resume from pasted text or a JSON Resume; goes on to its page.
#[server(endpoint = "resumes/import")]
pub async fn import_resume(#[server(default)] title: String, text: String) -> Result<(), ApiError> {
    imp::import_resume(title, text)
        .await
        .map_err(super::ssr::reject)
}

/// Saves the edited JSON Resume as the next version.
#[server(endpoint = "resumes/save")]
pub async fn save_resume(
    id: i64,
    json: String,
    #[server(default)] note: String,
) -> Result<(), ApiError> {
    imp::save_resume(id, json, note)
        .await
        .map_err(super::ssr::reject)
}

/// Makes an old version the newest again.
#[server(endpoint = "resumes/restore")]
pub async fn restore_resume(id: i64, number: i32) -> Result<(), ApiError> {
    imp::restore_resume(id, number)
        .await
        .map_err(super::ssr::reject)
}

/// Two versions of a resume side by side.
#[server(endpoint = "resumes/compare")]
pub async fn compare_versions(id: i64, left: i32, right: i32) -> Result<Vec<DiffRow>, ApiError> {
    imp::compare_versions(id, left, right)
        .await
        .map_err(super::ssr::reject)
}

#[server(endpoint = "resumes/duplicate")]
pub async fn duplicate_resume(id: i64) -> Result<(), ApiError> {
    imp::duplicate_resume(id).await.map_err(super::ssr::reject)
}

#[server(endpoint = "resumes/set_primary")]
pub async fn set_primary_resume(id: i64) -> Result<(), ApiError> {
    imp::set_primary_resume(id)
        .await
        .map_err(super::ssr::reject)
}

#[server(endpoint = "resumes/delete")]
pub async fn delete_resume(id: i64) -> Result<(), ApiError> {
    imp::delete_resume(id).await.map_err(super::ssr::reject)
}

/// The quality check of a version, against one of the user's jobs if `job` is given.
#[server(endpoint = "resumes/analyze")]
pub async fn analyze_resume(
    id: i64,
    #[server(default)] version: Option<i32>,
    #[server(default)] job: Option<i64>,
) -> Result<QualityReport, ApiError> {
    imp::analyze_resume(id, version, job)
        .await
        .map_err(super::ssr::reject)
}

/// The user's jobs, to check a resume against one: id and "title — company".
#[server(endpoint = "resumes/job_choices")]
pub async fn job_choices() -> Result<Vec<(i64, String)>, ApiError> {
    imp::job_choices().await.map_err(super::ssr::reject)
}

#[cfg(feature = "ssr")]
mod imp {
    use jobforge_core::model::resume::{
        DiffRow, QualityReport, ResumeDraft, ResumeSummary, ResumeView,
    };
    use jobforge_core::model::tracker::job_label;
    use jobforge_core::resumes;

    use crate::api::ApiError;
    use crate::api::ssr::{app_state, is_plain_form, require_user};

    fn page(id: i64) -> String {
        format!("/resumes/{id}")
    }

    pub async fn resumes() -> Result<Vec<ResumeSummary>, ApiError> {
        let user = require_user().await?;
        Ok(resumes::list(app_state()?.store.as_ref(), user.id).await?)
    }

    pub async fn resume(id: i64, version: Option<i32>) -> Result<ResumeView, ApiError> {
        let user = require_user().await?;
        let present = crate::i18n::resume::strings_for(&user.ui_lang).present;
        Ok(resumes::view(app_state()?.store.as_ref(), user.id, id, version, present).await?)
    }

    pub async fn resume_editor(id: i64) -> Result<ResumeDraft, ApiError> {
        let user = require_user().await?;
        Ok(resumes::editor::open(app_state()?.store.as_ref(), user.id, id).await?)
    }

    pub async fn import_resume(title: String, text: String) -> Result<(), ApiError> {
        let user = require_user().await?;
        let state = app_state()?;
        let id = resumes::import(&state, user.id, &title, &text).await?;
        leptos_axum::redirect(&page(id));
        Ok(())
    }

    pub async fn save_resume(id: i64, json: String, note: String) -> Result<(), ApiError> {
        let user = require_user().await?;
        resumes::save(app_state()?.store.as_ref(), user.id, id, &json, &note).await?;
        leptos_axum::redirect(&page(id));
        Ok(())
    }

    pub async fn restore_resume(id: i64, number: i32) -> Result<(), ApiError> {
        let user = require_user().await?;
        resumes::restore(app_state()?.store.as_ref(), user.id, id, number).await?;
        leptos_axum::redirect(&page(id));
        Ok(())
    }

    pub async fn compare_versions(
        id: i64,
        left: i32,
        right: i32,
    ) -> Result<Vec<DiffRow>, ApiError> {
        let user = require_user().await?;
        Ok(resumes::compare(app_state()?.store.as_ref(), user.id, id, left, right).await?)
    }

    pub async fn duplicate_resume(id: i64) -> Result<(), ApiError> {
        let user = require_user().await?;
        let copy_word = crate::i18n::resume::strings_for(&user.ui_lang).copy_word;
        let copy = resumes::duplicate(app_state()?.store.as_ref(), user.id, id, copy_word).await?;
        leptos_axum::redirect(&page(copy));
        Ok(())
    }

    pub async fn set_primary_resume(id: i64) -> Result<(), ApiError> {
        let user = require_user().await?;
        resumes::set_primary(app_state()?.store.as_ref(), user.id, id).await?;
        if is_plain_form() {
            leptos_axum::redirect("/resumes");
        }
        Ok(())
    }

    pub async fn delete_resume(id: i64) -> Result<(), ApiError> {
        let user = require_user().await?;
        resumes::delete(&app_state()?, user.id, id).await?;
        leptos_axum::redirect("/resumes");
        Ok(())
    }

    pub async fn analyze_resume(
        id: i64,
        version: Option<i32>,
        job: Option<i64>,
    ) -> Result<QualityReport, ApiError> {
        let user = require_user().await?;
        Ok(resumes::analyze(&app_state()?, user.id, id, version, job, &user.ui_lang).await?)
    }

    pub async fn job_choices() -> Result<Vec<(i64, String)>, ApiError> {
        let user = require_user().await?;
        let cards = jobforge_core::tracker::cards(
            app_state()?.store.as_ref(),
            user.id,
            &Default::default(),
        )
        .await
        .map_err(ApiError::from)?;
        Ok(cards
            .into_iter()
            .map(|c| (c.id, job_label(&c.title, c.company.as_deref())))
            .collect())
    }
}
