//! Signing up, in and out. Each server function is one call into `imp`, where the
//! work happens; failures get their HTTP status from `reject`.

use jobforge_core::model::User;
use leptos::prelude::*;

use super::ApiError;

/// The signed-in user, if any.
#[server(endpoint = "current_user")]
pub async fn current_user() -> Result<Option<User>, ApiError> {
    imp::current_user().await.map_err(super::ssr::reject)
}

#[server(endpoint = "login")]
pub async fn login(email: String, password: String, next: Option<String>) -> Result<(), ApiError> {
    imp::login(email, password, next)
        .await
        .map_err(super::ssr::reject)
}

#[server(endpoint = "logout")]
pub async fn logout() -> Result<(), ApiError> {
    imp::logout().await.map_err(super::ssr::reject)
}

#[server(endpoint = "register")]
pub async fn register(
    email: String,
    password: String,
    display_name: String,
) -> Result<(), ApiError> {
    imp::register(email, password, display_name)
        .await
        .map_err(super::ssr::reject)
}

#[cfg(feature = "ssr")]
mod imp {
    use jobforge_core::accounts::{self, Registration};
    use jobforge_core::auth::limits::{
        SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ADDRESS, SIGN_UP_PER_ADDRESS,
    };
    use jobforge_core::auth::{AuthSession, Credentials};
    use jobforge_core::model::{AuditEvent, User};
    use serde_json::json;

    use crate::api::ApiError;
    use crate::api::ssr::{app_state, audit, auth_session, local_path, request_origin};

    /// The client's address as the rate limits key it (`unknown` when the server
    /// cannot see one, as in in-process tests).
    async fn client_address() -> String {
        request_origin()
            .await
            .ip
            .unwrap_or_else(|| "unknown".into())
    }

    pub async fn current_user() -> Result<Option<User>, ApiError> {
        Ok(auth_session().await?.user.map(|u| u.user))
    }

    /// Checks the password and starts the session (with a new session id). Failed
    /// attempts count against the email and the client address; both outcomes go
    /// to the audit log.
    async fn sign_in(
        session: &mut AuthSession,
        email: String,
        password: String,
    ) -> Result<i64, ApiError> {
        let store = app_state()?.store;
        let account = email.trim().to_lowercase();
        let address = client_address().await;
        for (limit, subject) in [
            (SIGN_IN_PER_ACCOUNT, &account),
            (SIGN_IN_PER_ADDRESS, &address),
        ] {
            if let Some(minutes) = limit.exceeded(store.as_ref(), subject).await? {
                let detail = json!({ "email": account, "throttled": true });
                audit(AuditEvent::SignInFailed, None, detail).await;
                return Err(ApiError::Throttled { minutes });
            }
        }
        let Some(user) = session
            .authenticate(Credentials { email, password })
            .await
            .map_err(ApiError::server)?
        else {
            SIGN_IN_PER_ACCOUNT.hit(store.as_ref(), &account).await?;
            SIGN_IN_PER_ADDRESS.hit(store.as_ref(), &address).await?;
            audit(AuditEvent::SignInFailed, None, json!({ "email": account })).await;
            return Err(ApiError::BadCredentials);
        };
        SIGN_IN_PER_ACCOUNT.clear(store.as_ref(), &account).await?;
        session.login(&user).await.map_err(ApiError::server)?;
        audit(AuditEvent::SignIn, Some(user.user.id), json!({})).await;
        Ok(user.user.id)
    }

    pub async fn login(
        email: String,
        password: String,
        next: Option<String>,
    ) -> Result<(), ApiError> {
        let mut session = auth_session().await?;
        let user_id = sign_in(&mut session, email, password).await?;
        tracing::info!(user_id, "signed in");
        leptos_axum::redirect(&local_path(next));
        Ok(())
    }

    pub async fn logout() -> Result<(), ApiError> {
        // Deletes the session on the server, not just the cookie.
        let signed_out = auth_session()
            .await?
            .logout()
            .await
            .map_err(ApiError::server)?;
        if let Some(user) = signed_out {
            audit(AuditEvent::SignOut, Some(user.user.id), json!({})).await;
        }
        leptos_axum::redirect("/");
        Ok(())
    }

    pub async fn register(
        email: String,
        password: String,
        display_name: String,
    ) -> Result<(), ApiError> {
        let state = app_state()?;
        let address = client_address().await;
        if let Some(minutes) = SIGN_UP_PER_ADDRESS
            .exceeded(state.store.as_ref(), &address)
            .await?
        {
            return Err(ApiError::Throttled { minutes });
        }
        SIGN_UP_PER_ADDRESS
            .hit(state.store.as_ref(), &address)
            .await?;
        let user = accounts::register(
            state.store.as_ref(),
            Registration {
                email: &email,
                password: &password,
                display_name: &display_name,
                role: None,
            },
        )
        .await?;
        audit(
            AuditEvent::Registered,
            Some(user.id),
            json!({ "role": user.role }),
        )
        .await;
        let mut session = auth_session().await?;
        sign_in(&mut session, user.email, password).await?;
        leptos_axum::redirect("/");
        Ok(())
    }
}
