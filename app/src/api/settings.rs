//! The signed-in user's own account: password and sessions.

use leptos::prelude::*;

use super::ApiError;

/// Changes the password; every other session of the user ends.
#[server(endpoint = "settings/change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
) -> Result<(), ApiError> {
    imp::change_password(current_password, new_password)
        .await
        .map_err(super::ssr::reject)
}

/// Ends every session of the user, this one included.
#[server(endpoint = "settings/sign_out_everywhere")]
pub async fn sign_out_everywhere() -> Result<(), ApiError> {
    imp::sign_out_everywhere().await.map_err(super::ssr::reject)
}

#[cfg(feature = "ssr")]
mod imp {
    use axum_login::AuthnBackend;
    use jobforge_core::accounts;
    use jobforge_core::model::AuditEvent;
    use serde_json::json;

    use crate::api::ApiError;
    use crate::api::ssr::{app_state, audit, auth_session, require_user};

    pub async fn change_password(current: String, new: String) -> Result<(), ApiError> {
        let user = require_user().await?;
        let mut session = auth_session().await?;
        let keep = session.session.id().map(|id| id.to_string());
        let store = app_state()?.store;
        accounts::change_password(store.as_ref(), &user, current, &new, keep.as_deref()).await?;
        // This session carries the old password's hash: renew it so it stays valid.
        let renewed = session
            .backend
            .get_user(&user.id)
            .await
            .map_err(ApiError::server)?
            .ok_or(ApiError::Unauthorized)?;
        session.login(&renewed).await.map_err(ApiError::server)?;
        audit(AuditEvent::PasswordChanged, Some(user.id), json!({})).await;
        leptos_axum::redirect("/settings?password=changed");
        Ok(())
    }

    pub async fn sign_out_everywhere() -> Result<(), ApiError> {
        let user = require_user().await?;
        let store = app_state()?.store;
        store.sessions_end_for_user(user.id, None).await?;
        auth_session()
            .await?
            .logout()
            .await
            .map_err(ApiError::server)?;
        audit(
            AuditEvent::SignOut,
            Some(user.id),
            json!({ "everywhere": true }),
        )
        .await;
        leptos_axum::redirect("/login");
        Ok(())
    }
}
