//! A user's background jobs: their progress, and cancelling one. Another user's
//! job answers 404, as if it did not exist.

use jobforge_core::model::JobView;
use leptos::prelude::*;

use super::ApiError;

/// The state and progress of one of the user's jobs.
#[server(endpoint = "jobs/status")]
pub async fn job_status(id: i64) -> Result<JobView, ApiError> {
    imp::job_status(id).await.map_err(super::ssr::reject)
}

/// Cancels one of the user's queued or running jobs.
#[server(endpoint = "jobs/cancel")]
pub async fn cancel_job(id: i64) -> Result<(), ApiError> {
    imp::cancel_job(id).await.map_err(super::ssr::reject)
}

#[cfg(feature = "ssr")]
mod imp {
    use jobforge_core::jobs::now_ms;
    use jobforge_core::model::JobView;

    use crate::api::ApiError;
    use crate::api::ssr::{app_state, require_user};

    pub async fn job_status(id: i64) -> Result<JobView, ApiError> {
        let user = require_user().await?;
        let job = app_state()?.store.job_get(id).await?;
        match job {
            Some(job) if job.user_id == Some(user.id) => Ok(job.view()),
            _ => Err(ApiError::NotFound),
        }
    }

    pub async fn cancel_job(id: i64) -> Result<(), ApiError> {
        let user = require_user().await?;
        let store = app_state()?.store;
        if store.job_cancel(id, Some(user.id), now_ms()).await? {
            Ok(())
        } else {
            Err(ApiError::NotFound)
        }
    }
}
