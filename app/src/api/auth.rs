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
    use jobforge_core::accounts::sessions::{META_KEY, SessionMeta};
    use jobforge_core::accounts::{Registration, links};
    use jobforge_core::auth::limits::{
        SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ADDRESS, sign_up_per_address,
    };
    use jobforge_core::auth::{AuthSession, Credentials};
    use jobforge_core::model::{AuditEvent, User};
    use serde_json::json;

    use crate::api::ApiError;
    use crate::api::ssr::{
        app_state, audit, auth_session, client_address, local_path, remember_lang, request_origin,
        throttle,
    };

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
    ) -> Result<User, ApiError> {
        let store = app_state()?.store;
        let account = email.trim().to_lowercase();
        let origin = request_origin();
        let address = origin.ip.clone().unwrap_or_else(|| "unknown".into());
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
        // Where and when, for the sessions list on the settings page.
        let meta = SessionMeta {
            ip: origin.ip,
            user_agent: origin.user_agent,
            signed_in_at: time::OffsetDateTime::now_utc().unix_timestamp(),
        };
        session
            .session
            .insert(META_KEY, meta)
            .await
            .map_err(ApiError::server)?;
        audit(AuditEvent::SignIn, Some(user.user.id), json!({})).await;
        remember_lang(&user.user.ui_lang);
        Ok(user.user)
    }

    pub async fn login(
        email: String,
        password: String,
        next: Option<String>,
    ) -> Result<(), ApiError> {
        let mut session = auth_session().await?;
        let user = sign_in(&mut session, email, password).await?;
        tracing::info!(user_id = user.id, "signed in");
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

    /// Answers the same whether the address was free or not (the owner of a taken
    /// address gets a mail instead), and signs no one in: the page says to check
    /// the inbox, and signing in is one step away.
    pub async fn register(
        email: String,
        password: String,
        display_name: String,
    ) -> Result<(), ApiError> {
        let state = app_state()?;
        let limit = sign_up_per_address(state.settings.signups_per_hour);
        throttle(limit, &client_address()).await?;
        let lang = crate::i18n::use_lang().code();
        let created = links::register_quietly(
            &state,
            Registration {
                email: &email,
                password: &password,
                display_name: &display_name,
                role: None,
            },
            lang,
        )
        .await?;
        if let Some(user) = created {
            audit(
                AuditEvent::Registered,
                Some(user.id),
                json!({ "role": user.role }),
            )
            .await;
        }
        leptos_axum::redirect("/register?sent=1");
        Ok(())
    }
}
