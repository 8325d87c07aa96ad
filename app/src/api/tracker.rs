//! The job tracker: the board, one job, and changes to jobs, their notes and
//! contacts. Every function works on the signed-in user's own jobs; another user's
//! job answers 404, as if it did not exist.

use jobforge_core::model::tracker::{BoardFilter, Contact, Dashboard, JobCard, JobDetail, JobForm};
use leptos::prelude::*;

use super::ApiError;

/// The user's jobs that pass `filter`, in its order, with the server's time (unix
/// milliseconds) so that "days since" reads the same on the server and in the browser.
#[server(endpoint = "tracker/board")]
pub async fn board(
    #[server(default)] filter: BoardFilter,
) -> Result<(i64, Vec<JobCard>), ApiError> {
    imp::board(filter).await.map_err(super::ssr::reject)
}

/// Everything the job page shows of one job, with the server's time.
#[server(endpoint = "tracker/job")]
pub async fn job(id: i64) -> Result<(i64, JobDetail), ApiError> {
    imp::job(id).await.map_err(super::ssr::reject)
}

/// Adds a job; goes on to its page.
#[server(endpoint = "tracker/create")]
pub async fn create_job(form: JobForm) -> Result<i64, ApiError> {
    imp::create_job(form).await.map_err(super::ssr::reject)
}

/// Saves a job's fields; goes back to its page.
#[server(endpoint = "tracker/update")]
pub async fn update_job(id: i64, form: JobForm) -> Result<(), ApiError> {
    imp::update_job(id, form).await.map_err(super::ssr::reject)
}

/// Puts a job at `index` (0: top) of the `status` column. A plain form post goes
/// back to `back` (the board with its filters).
#[server(endpoint = "tracker/move")]
pub async fn move_job(
    id: i64,
    status: String,
    index: usize,
    back: Option<String>,
) -> Result<(), ApiError> {
    imp::move_job(id, status, index, back)
        .await
        .map_err(super::ssr::reject)
}

/// Deletes a job with its timeline, notes and contacts; goes to the board.
#[server(endpoint = "tracker/delete")]
pub async fn delete_job(id: i64) -> Result<(), ApiError> {
    imp::delete_job(id).await.map_err(super::ssr::reject)
}

#[server(endpoint = "tracker/add_note")]
pub async fn add_note(id: i64, body: String) -> Result<(), ApiError> {
    imp::add_note(id, body).await.map_err(super::ssr::reject)
}

#[server(endpoint = "tracker/delete_note")]
pub async fn delete_note(id: i64, note_id: i64) -> Result<(), ApiError> {
    imp::delete_note(id, note_id)
        .await
        .map_err(super::ssr::reject)
}

#[server(endpoint = "tracker/add_contact")]
pub async fn add_contact(id: i64, contact: Contact) -> Result<(), ApiError> {
    imp::add_contact(id, contact)
        .await
        .map_err(super::ssr::reject)
}

#[server(endpoint = "tracker/delete_contact")]
pub async fn delete_contact(id: i64, contact_id: i64) -> Result<(), ApiError> {
    imp::delete_contact(id, contact_id)
        .await
        .map_err(super::ssr::reject)
}

/// Where the user's search stands: counts, rates, the funnel, weekly activity.
#[server(endpoint = "tracker/dashboard")]
pub async fn dashboard_figures() -> Result<Dashboard, ApiError> {
    imp::dashboard().await.map_err(super::ssr::reject)
}

/// Reads a pasted posting with `job.parse`; goes to `/jobs/new` with the form
/// filled in, for the user to check before saving.
#[server(endpoint = "tracker/parse_posting")]
pub async fn parse_posting(text: String) -> Result<(), ApiError> {
    imp::parse_posting(text).await.map_err(super::ssr::reject)
}

/// Fetches a posting's page (public addresses only) and reads it like a paste.
#[server(endpoint = "tracker/import_posting")]
pub async fn import_posting(url: String) -> Result<(), ApiError> {
    imp::import_posting(url).await.map_err(super::ssr::reject)
}

/// The longest description carried in a draft's address.
pub const DRAFT_DESCRIPTION: usize = 8000;

/// The query of `/jobs/new` that fills the form with `form` (and says whether it
/// was read without a language model).
pub fn draft_query(form: &JobForm, offline: bool) -> String {
    let description: String = form.description.chars().take(DRAFT_DESCRIPTION).collect();
    let pairs = [
        ("title", form.title.as_str()),
        ("company", &form.company),
        ("location", &form.location),
        ("work_mode", &form.work_mode),
        ("job_type", &form.job_type),
        ("salary_min", &form.salary_min),
        ("salary_max", &form.salary_max),
        ("salary_currency", &form.salary_currency),
        ("source_url", &form.source_url),
        ("language", &form.language),
        ("deadline", &form.deadline),
        ("description", &description),
    ];
    let mut query = format!("draft={}", if offline { "offline" } else { "model" });
    for (name, value) in pairs {
        if !value.is_empty() {
            query.push('&');
            query.push_str(name);
            query.push('=');
            query.push_str(&crate::components::signed_in::urlencoding(value));
        }
    }
    query
}

#[cfg(feature = "ssr")]
mod imp {
    use jobforge_core::model::tracker::{
        BoardFilter, Contact, Dashboard, JobCard, JobDetail, JobForm,
    };
    use jobforge_core::tracker;

    use crate::api::ApiError;
    use crate::api::ssr::{app_state, is_plain_form, local_path, require_user};

    fn job_page(id: i64) -> String {
        format!("/jobs/{id}")
    }

    pub async fn board(filter: BoardFilter) -> Result<(i64, Vec<JobCard>), ApiError> {
        let user = require_user().await?;
        let store = app_state()?.store;
        let cards = tracker::cards(store.as_ref(), user.id, &filter).await?;
        Ok((jobforge_core::jobs::now_ms(), cards))
    }

    pub async fn job(id: i64) -> Result<(i64, JobDetail), ApiError> {
        let user = require_user().await?;
        let store = app_state()?.store;
        let detail = tracker::detail(store.as_ref(), user.id, id).await?;
        Ok((jobforge_core::jobs::now_ms(), detail))
    }

    pub async fn create_job(form: JobForm) -> Result<i64, ApiError> {
        let user = require_user().await?;
        let store = app_state()?.store;
        let id = tracker::create(store.as_ref(), user.id, &form).await?;
        leptos_axum::redirect(&job_page(id));
        Ok(id)
    }

    pub async fn update_job(id: i64, form: JobForm) -> Result<(), ApiError> {
        let user = require_user().await?;
        let store = app_state()?.store;
        tracker::update(store.as_ref(), user.id, id, &form).await?;
        leptos_axum::redirect(&job_page(id));
        Ok(())
    }

    pub async fn move_job(
        id: i64,
        status: String,
        index: usize,
        back: Option<String>,
    ) -> Result<(), ApiError> {
        let user = require_user().await?;
        let store = app_state()?.store;
        tracker::move_to(store.as_ref(), user.id, id, &status, index).await?;
        if is_plain_form() {
            leptos_axum::redirect(&local_path(back.or(Some("/jobs".into()))));
        }
        Ok(())
    }

    pub async fn delete_job(id: i64) -> Result<(), ApiError> {
        let user = require_user().await?;
        let store = app_state()?.store;
        tracker::delete(store.as_ref(), user.id, id).await?;
        leptos_axum::redirect("/jobs");
        Ok(())
    }

    pub async fn add_note(id: i64, body: String) -> Result<(), ApiError> {
        let user = require_user().await?;
        let store = app_state()?.store;
        tracker::add_note(store.as_ref(), user.id, id, &body).await?;
        if is_plain_form() {
            leptos_axum::redirect(&job_page(id));
        }
        Ok(())
    }

    pub async fn delete_note(id: i64, note_id: i64) -> Result<(), ApiError> {
        let user = require_user().await?;
        let store = app_state()?.store;
        tracker::delete_note(store.as_ref(), user.id, note_id).await?;
        if is_plain_form() {
            leptos_axum::redirect(&job_page(id));
        }
        Ok(())
    }

    pub async fn add_contact(id: i64, contact: Contact) -> Result<(), ApiError> {
        let user = require_user().await?;
        let store = app_state()?.store;
        tracker::add_contact(store.as_ref(), user.id, id, &contact).await?;
        if is_plain_form() {
            leptos_axum::redirect(&job_page(id));
        }
        Ok(())
    }

    pub async fn dashboard() -> Result<Dashboard, ApiError> {
        let user = require_user().await?;
        let store = app_state()?.store;
        let now = jobforge_core::jobs::now_ms();
        Ok(tracker::dashboard::dashboard(store.as_ref(), user.id, now).await?)
    }

    pub async fn parse_posting(text: String) -> Result<(), ApiError> {
        let user = require_user().await?;
        let state = app_state()?;
        let draft = tracker::import::from_text(&state, user.id, &text).await?;
        leptos_axum::redirect(&format!(
            "/jobs/new?{}",
            super::draft_query(&draft.form, draft.offline)
        ));
        Ok(())
    }

    pub async fn import_posting(url: String) -> Result<(), ApiError> {
        let user = require_user().await?;
        let state = app_state()?;
        let draft = tracker::import::from_url(&state, user.id, &url).await?;
        leptos_axum::redirect(&format!(
            "/jobs/new?{}",
            super::draft_query(&draft.form, draft.offline)
        ));
        Ok(())
    }

    pub async fn delete_contact(id: i64, contact_id: i64) -> Result<(), ApiError> {
        let user = require_user().await?;
        let store = app_state()?.store;
        tracker::delete_contact(store.as_ref(), user.id, contact_id).await?;
        if is_plain_form() {
            leptos_axum::redirect(&job_page(id));
        }
        Ok(())
    }
}
