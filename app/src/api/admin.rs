//! Admin-only server functions. Each starts with `require_admin()`, so users and
//! visitors get 404.

use jobforge_core::model::{OutboxMail, User};
use leptos::prelude::*;

use super::ApiError;

/// Disables (ending their sessions at once) or re-enables an account.
#[server(endpoint = "admin/set_user_disabled")]
pub async fn set_user_disabled(user_id: i64, disabled: bool) -> Result<(), ApiError> {
    imp::set_user_disabled(user_id, disabled)
        .await
        .map_err(super::ssr::reject)
}

/// Every account, by id (at most 500 for now).
#[server(endpoint = "admin/users")]
pub async fn users() -> Result<Vec<User>, ApiError> {
    imp::users().await.map_err(super::ssr::reject)
}

/// Makes an account an admin (`role=admin`) or a plain user (`role=user`).
#[server(endpoint = "admin/set_user_role")]
pub async fn set_user_role(user_id: i64, role: String) -> Result<(), ApiError> {
    imp::set_user_role(user_id, role)
        .await
        .map_err(super::ssr::reject)
}

/// How many background jobs are in each state.
#[server(endpoint = "admin/job_counts")]
pub async fn job_counts() -> Result<Vec<(String, i64)>, ApiError> {
    imp::job_counts().await.map_err(super::ssr::reject)
}

/// Enqueues `system.echo` for the admin (a few seconds long), to see that workers
/// run; goes to `/admin/jobs?job=ID`.
#[server(endpoint = "admin/run_test_job")]
pub async fn run_test_job() -> Result<(), ApiError> {
    imp::run_test_job().await.map_err(super::ssr::reject)
}

/// The local outbox, newest first: `(kept_locally, mails)`. `kept_locally` is
/// false when an SMTP server is configured (the outbox then only has old mail).
#[server(endpoint = "admin/outbox")]
pub async fn outbox() -> Result<(bool, Vec<OutboxMail>), ApiError> {
    imp::outbox().await.map_err(super::ssr::reject)
}

#[cfg(feature = "ssr")]
mod imp {
    use jobforge_core::accounts;
    use jobforge_core::model::{AuditEvent, OutboxMail, Problem, Role, User};
    use serde_json::json;

    use crate::api::ApiError;
    use crate::api::ssr::{app_state, audit, require_admin};

    pub async fn set_user_disabled(user_id: i64, disabled: bool) -> Result<(), ApiError> {
        let admin = require_admin().await?;
        let store = app_state()?.store;
        if !accounts::set_disabled(store.as_ref(), &admin, user_id, disabled).await? {
            return Err(ApiError::NotFound);
        }
        let event = if disabled {
            AuditEvent::AccountDisabled
        } else {
            AuditEvent::AccountEnabled
        };
        audit(event, Some(admin.id), json!({ "target_user_id": user_id })).await;
        leptos_axum::redirect("/admin/users");
        Ok(())
    }

    pub async fn users() -> Result<Vec<User>, ApiError> {
        require_admin().await?;
        Ok(app_state()?.store.users_page(500, 0).await?)
    }

    pub async fn set_user_role(user_id: i64, role: String) -> Result<(), ApiError> {
        let admin = require_admin().await?;
        let role = Role::parse(role.trim()).ok_or(ApiError::Invalid {
            field: "role".into(),
            problem: Problem::NotAllowed,
        })?;
        let store = app_state()?.store;
        if !accounts::set_role(store.as_ref(), &admin, user_id, role).await? {
            return Err(ApiError::NotFound);
        }
        let detail = json!({ "target_user_id": user_id, "role": role });
        audit(AuditEvent::RoleChanged, Some(admin.id), detail).await;
        leptos_axum::redirect("/admin/users");
        Ok(())
    }

    pub async fn outbox() -> Result<(bool, Vec<OutboxMail>), ApiError> {
        require_admin().await?;
        let mailer = app_state()?.mailer;
        let mails = mailer.outbox(200).await.map_err(|err| {
            tracing::error!("outbox unreadable: {err}");
            ApiError::server("the outbox cannot be read")
        })?;
        Ok((mailer.uses_outbox(), mails))
    }

    pub async fn job_counts() -> Result<Vec<(String, i64)>, ApiError> {
        require_admin().await?;
        Ok(app_state()?.store.job_counts().await?)
    }

    pub async fn run_test_job() -> Result<(), ApiError> {
        use jobforge_core::jobs::{ECHO_KIND, Job};
        let admin = require_admin().await?;
        let store = app_state()?.store;
        let payload = json!({ "message": "workers are running", "delay_ms": 3000 });
        let (id, _) = Job::new(ECHO_KIND, &payload)
            .for_user(admin.id)
            .max_attempts(1)
            .enqueue(store.as_ref())
            .await?;
        leptos_axum::redirect(&format!("/admin/jobs?job={id}"));
        Ok(())
    }
}
