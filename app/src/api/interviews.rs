//! Interviews: the list, one interview, scheduling, changes, interviewers and
//! the private calendar feed. Every function works on the signed-in user's own
//! interviews and jobs; another user's answers 404, as if it did not exist.
//! (`GET /interviews/{id}/interview.ics` downloads one; `GET /calendar/{secret}.ics`
//! is the feed.)

use jobforge_core::model::interview::{InterviewForm, InterviewList, InterviewView, Interviewer};
use leptos::prelude::*;

use super::ApiError;

#[server(endpoint = "interviews/list")]
pub async fn interviews() -> Result<InterviewList, ApiError> {
    imp::interviews().await.map_err(super::ssr::reject)
}

/// The interviews of one of the user's jobs, by start.
#[server(endpoint = "interviews/for_job")]
pub async fn job_interviews(job: i64) -> Result<Vec<InterviewView>, ApiError> {
    imp::job_interviews(job).await.map_err(super::ssr::reject)
}

#[server(endpoint = "interviews/view")]
pub async fn interview(id: i64) -> Result<InterviewView, ApiError> {
    imp::interview(id).await.map_err(super::ssr::reject)
}

/// Schedules an interview; goes on to its page.
#[server(endpoint = "interviews/schedule")]
pub async fn schedule_interview(form: InterviewForm) -> Result<(), ApiError> {
    imp::schedule_interview(form)
        .await
        .map_err(super::ssr::reject)
}

#[server(endpoint = "interviews/update")]
pub async fn update_interview(id: i64, form: InterviewForm) -> Result<(), ApiError> {
    imp::update_interview(id, form)
        .await
        .map_err(super::ssr::reject)
}

#[server(endpoint = "interviews/delete")]
pub async fn delete_interview(id: i64) -> Result<(), ApiError> {
    imp::delete_interview(id).await.map_err(super::ssr::reject)
}

#[server(endpoint = "interviews/add_interviewer")]
pub async fn add_interviewer(id: i64, person: Interviewer) -> Result<(), ApiError> {
    imp::add_interviewer(id, person)
        .await
        .map_err(super::ssr::reject)
}

#[server(endpoint = "interviews/delete_interviewer")]
pub async fn delete_interviewer(id: i64, interviewer: i64) -> Result<(), ApiError> {
    imp::delete_interviewer(id, interviewer)
        .await
        .map_err(super::ssr::reject)
}

/// Makes a new secret address for the calendar feed (the old one stops working).
#[server(endpoint = "interviews/reset_feed")]
pub async fn reset_calendar_feed() -> Result<String, ApiError> {
    imp::reset_calendar_feed().await.map_err(super::ssr::reject)
}

#[cfg(feature = "ssr")]
mod imp {
    use jobforge_core::interviews;
    use jobforge_core::model::interview::{
        InterviewForm, InterviewList, InterviewView, Interviewer,
    };

    use crate::api::ApiError;
    use crate::api::ssr::{app_state, is_plain_form, require_user};

    fn page(id: i64) -> String {
        format!("/interviews/{id}")
    }

    pub async fn interviews() -> Result<InterviewList, ApiError> {
        let user = require_user().await?;
        Ok(interviews::list(&app_state()?, user.id, jobforge_core::jobs::now_ms()).await?)
    }

    pub async fn job_interviews(job: i64) -> Result<Vec<InterviewView>, ApiError> {
        let user = require_user().await?;
        Ok(interviews::all(app_state()?.store.as_ref(), user.id)
            .await?
            .into_iter()
            .filter(|i| i.job_id == job)
            .collect())
    }

    pub async fn interview(id: i64) -> Result<InterviewView, ApiError> {
        let user = require_user().await?;
        Ok(interviews::get(app_state()?.store.as_ref(), user.id, id).await?)
    }

    pub async fn schedule_interview(form: InterviewForm) -> Result<(), ApiError> {
        let user = require_user().await?;
        let id = interviews::create(app_state()?.store.as_ref(), user.id, &form).await?;
        leptos_axum::redirect(&page(id));
        Ok(())
    }

    pub async fn update_interview(id: i64, form: InterviewForm) -> Result<(), ApiError> {
        let user = require_user().await?;
        interviews::update(app_state()?.store.as_ref(), user.id, id, &form).await?;
        if is_plain_form() {
            leptos_axum::redirect(&page(id));
        }
        Ok(())
    }

    pub async fn delete_interview(id: i64) -> Result<(), ApiError> {
        let user = require_user().await?;
        interviews::delete(app_state()?.store.as_ref(), user.id, id).await?;
        leptos_axum::redirect("/interviews");
        Ok(())
    }

    pub async fn add_interviewer(id: i64, person: Interviewer) -> Result<(), ApiError> {
        let user = require_user().await?;
        interviews::add_interviewer(app_state()?.store.as_ref(), user.id, id, &person).await?;
        if is_plain_form() {
            leptos_axum::redirect(&page(id));
        }
        Ok(())
    }

    pub async fn delete_interviewer(id: i64, interviewer: i64) -> Result<(), ApiError> {
        let user = require_user().await?;
        interviews::delete_interviewer(app_state()?.store.as_ref(), user.id, interviewer).await?;
        if is_plain_form() {
            leptos_axum::redirect(&page(id));
        }
        Ok(())
    }

    pub async fn reset_calendar_feed() -> Result<String, ApiError> {
        let user = require_user().await?;
        let url = interviews::reset_feed(&app_state()?, user.id).await?;
        if is_plain_form() {
            leptos_axum::redirect("/interviews#calendar-feed");
        }
        Ok(url)
    }
}
