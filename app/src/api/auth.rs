//! Signing up, in and out.

use jobforge_core::model::User;
use leptos::prelude::*;

use super::ApiError;

/// The signed-in user, if any.
#[server(endpoint = "current_user")]
pub async fn current_user() -> Result<Option<User>, ApiError> {
    let session = super::ssr::auth_session().await?;
    Ok(session.user.map(|u| u.user))
}

#[server(endpoint = "login")]
pub async fn login(email: String, password: String, next: Option<String>) -> Result<(), ApiError> {
    use jobforge_core::auth::Credentials;
    let mut session = super::ssr::auth_session().await?;
    let user = session
        .authenticate(Credentials { email, password })
        .await
        .map_err(|e| ApiError::Server(e.to_string()))?
        .ok_or(ApiError::BadCredentials)?;
    // Cycles the session id: a cookie from before sign-in is worthless after it.
    session
        .login(&user)
        .await
        .map_err(|e| ApiError::Server(e.to_string()))?;
    tracing::info!(user_id = user.user.id, "signed in");
    leptos_axum::redirect(&super::ssr::local_path(next));
    Ok(())
}

#[server(endpoint = "logout")]
pub async fn logout() -> Result<(), ApiError> {
    let mut session = super::ssr::auth_session().await?;
    // Deletes the session on the server, not just the cookie.
    session
        .logout()
        .await
        .map_err(|e| ApiError::Server(e.to_string()))?;
    leptos_axum::redirect("/");
    Ok(())
}

#[server(endpoint = "register")]
pub async fn register(
    email: String,
    password: String,
    display_name: String,
) -> Result<(), ApiError> {
    use jobforge_core::accounts::{self, Registration};
    use jobforge_core::auth::Credentials;
    let state = super::ssr::app_state()?;
    let user: User = accounts::register(
        state.store.as_ref(),
        Registration {
            email: &email,
            password: &password,
            display_name: &display_name,
            role: None,
        },
    )
    .await?;
    let mut session = super::ssr::auth_session().await?;
    let signed_in = session
        .authenticate(Credentials {
            email: user.email,
            password,
        })
        .await
        .map_err(|e| ApiError::Server(e.to_string()))?
        .ok_or_else(|| ApiError::Server("the new account cannot sign in".into()))?;
    session
        .login(&signed_in)
        .await
        .map_err(|e| ApiError::Server(e.to_string()))?;
    leptos_axum::redirect("/");
    Ok(())
}
