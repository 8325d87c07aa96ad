//! Mailed links: confirming the email address and resetting a forgotten password.
//! Reset requests answer the same for every address, known or not.

use leptos::prelude::*;

use super::ApiError;

/// Confirms the address a verification link was mailed to.
#[server(endpoint = "account/verify_email")]
pub async fn verify_email(token: String) -> Result<(), ApiError> {
    imp::verify_email(token).await.map_err(super::ssr::reject)
}

/// Mails the signed-in user a new verification link (3 an hour), then goes back to
/// `next` (the page the banner was on).
#[server(endpoint = "account/resend_verification")]
pub async fn resend_verification(next: Option<String>) -> Result<(), ApiError> {
    imp::resend_verification(next)
        .await
        .map_err(super::ssr::reject)
}

/// Mails a reset link to `email` if it has an account; answers the same if not.
#[server(endpoint = "account/request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), ApiError> {
    imp::request_password_reset(email)
        .await
        .map_err(super::ssr::reject)
}

/// Sets a new password with a reset link's token; every session of the account ends.
#[server(endpoint = "account/reset_password")]
pub async fn reset_password(token: String, password: String) -> Result<(), ApiError> {
    imp::reset_password(token, password)
        .await
        .map_err(super::ssr::reject)
}

#[cfg(feature = "ssr")]
mod imp {
    use jobforge_core::accounts::links;
    use jobforge_core::auth::limits::{RESEND_PER_ACCOUNT, RESET_PER_ACCOUNT, RESET_PER_ADDRESS};
    use jobforge_core::model::AuditEvent;
    use serde_json::json;

    use crate::api::ApiError;
    use crate::api::ssr::{app_state, audit, client_address, local_path, require_user, throttle};

    pub async fn verify_email(token: String) -> Result<(), ApiError> {
        let state = app_state()?;
        let user = links::verify_email(&state, &token).await?;
        audit(AuditEvent::EmailVerified, Some(user.id), json!({})).await;
        leptos_axum::redirect("/verify-email?done=1");
        Ok(())
    }

    pub async fn resend_verification(next: Option<String>) -> Result<(), ApiError> {
        let user = require_user().await?;
        if !user.email_verified {
            throttle(RESEND_PER_ACCOUNT, &user.id.to_string()).await?;
            links::send_verification(&app_state()?, &user).await?;
        }
        let back = local_path(next);
        let path = back.split(['?', '#']).next().unwrap_or("/");
        leptos_axum::redirect(&format!("{path}?verification=sent"));
        Ok(())
    }

    pub async fn request_password_reset(email: String) -> Result<(), ApiError> {
        let state = app_state()?;
        throttle(RESET_PER_ADDRESS, &client_address()).await?;
        let account = email.trim().to_lowercase();
        // Past the per-account limit nothing is sent, and the answer is the same.
        let over = RESET_PER_ACCOUNT
            .exceeded(state.store.as_ref(), &account)
            .await?
            .is_some();
        if !over {
            RESET_PER_ACCOUNT
                .hit(state.store.as_ref(), &account)
                .await?;
            links::request_password_reset(&state, &email).await?;
        }
        leptos_axum::redirect("/forgot-password?sent=1");
        Ok(())
    }

    pub async fn reset_password(token: String, password: String) -> Result<(), ApiError> {
        // No throttle: a token is 256 random bits, and a wrong one costs one lookup.
        let state = app_state()?;
        let user = links::reset_password(&state, &token, &password).await?;
        audit(AuditEvent::PasswordReset, Some(user.id), json!({})).await;
        leptos_axum::redirect("/login?reset=1");
        Ok(())
    }
}
