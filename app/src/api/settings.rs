//! The signed-in user's own account: profile, password, sessions, deletion. (The
//! data export is a download, served by the router at `/settings/export.*`.)

use jobforge_core::model::{SessionInfo, User, UserAiView};
use leptos::prelude::*;

use super::ApiError;

/// The signed-in user's account, for the settings forms.
#[server(endpoint = "settings/profile")]
pub async fn profile() -> Result<User, ApiError> {
    super::ssr::require_user().await.map_err(super::ssr::reject)
}

/// Saves name, headline, location and the two languages.
#[server(endpoint = "settings/update_profile")]
pub async fn update_profile(
    display_name: String,
    headline: String,
    location: String,
    ui_lang: String,
    output_lang: String,
) -> Result<(), ApiError> {
    imp::update_profile(display_name, headline, location, ui_lang, output_lang)
        .await
        .map_err(super::ssr::reject)
}

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

/// The user's signed-in browsers.
#[server(endpoint = "settings/sessions")]
pub async fn sessions() -> Result<Vec<SessionInfo>, ApiError> {
    imp::sessions().await.map_err(super::ssr::reject)
}

/// Signs out one of the user's other browsers.
#[server(endpoint = "settings/end_session")]
pub async fn end_session(handle: String) -> Result<(), ApiError> {
    imp::end_session(handle).await.map_err(super::ssr::reject)
}

/// Ends every session of the user, this one included.
#[server(endpoint = "settings/sign_out_everywhere")]
pub async fn sign_out_everywhere() -> Result<(), ApiError> {
    imp::sign_out_everywhere().await.map_err(super::ssr::reject)
}

/// The user's own language model, if they saved one (the key only as `…1234`).
#[server(endpoint = "settings/ai")]
pub async fn ai_settings() -> Result<Option<UserAiView>, ApiError> {
    imp::ai_settings().await.map_err(super::ssr::reject)
}

/// Saves the user's own model; an empty `api_key` keeps the saved key.
#[server(endpoint = "settings/save_ai")]
pub async fn save_ai(
    provider: String,
    base_url: String,
    model: String,
    api_key: String,
) -> Result<(), ApiError> {
    imp::save_ai(provider, base_url, model, api_key)
        .await
        .map_err(super::ssr::reject)
}

/// Forgets the user's own model; the instance's is used again.
#[server(endpoint = "settings/clear_ai")]
pub async fn clear_ai() -> Result<(), ApiError> {
    imp::clear_ai().await.map_err(super::ssr::reject)
}

/// Deletes the account and everything in it, after checking the password.
#[server(endpoint = "settings/delete_account")]
pub async fn delete_account(password: String) -> Result<(), ApiError> {
    imp::delete_account(password)
        .await
        .map_err(super::ssr::reject)
}

#[cfg(feature = "ssr")]
mod imp {
    use axum_login::AuthnBackend;
    use jobforge_core::accounts::{self, sessions};
    use jobforge_core::ai::user as user_ai;
    use jobforge_core::model::{AuditEvent, Profile, SessionInfo, UserAiView};
    use serde_json::json;

    use crate::api::ApiError;
    use crate::api::ssr::{app_state, audit, auth_session, remember_lang, require_user};

    pub async fn update_profile(
        display_name: String,
        headline: String,
        location: String,
        ui_lang: String,
        output_lang: String,
    ) -> Result<(), ApiError> {
        let user = require_user().await?;
        let store = app_state()?.store;
        let profile = Profile {
            display_name,
            headline,
            location,
            ui_lang,
            output_lang,
        };
        let saved = accounts::update_profile(store.as_ref(), &user, profile).await?;
        audit(AuditEvent::ProfileChanged, Some(user.id), json!({})).await;
        remember_lang(&saved.ui_lang);
        leptos_axum::redirect("/settings?profile=saved");
        Ok(())
    }

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

    pub async fn sessions() -> Result<Vec<SessionInfo>, ApiError> {
        let user = require_user().await?;
        let current = auth_session().await?.session.id().map(|id| id.to_string());
        let store = app_state()?.store;
        Ok(sessions::list(store.as_ref(), user.id, current.as_deref()).await?)
    }

    pub async fn end_session(handle: String) -> Result<(), ApiError> {
        let user = require_user().await?;
        let store = app_state()?.store;
        if !sessions::end(store.as_ref(), user.id, handle.trim()).await? {
            return Err(ApiError::NotFound);
        }
        audit(AuditEvent::SessionEnded, Some(user.id), json!({})).await;
        leptos_axum::redirect("/settings?session=ended");
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

    pub async fn ai_settings() -> Result<Option<UserAiView>, ApiError> {
        let user = require_user().await?;
        Ok(user_ai::get(app_state()?.store.as_ref(), user.id).await?)
    }

    pub async fn save_ai(
        provider: String,
        base_url: String,
        model: String,
        api_key: String,
    ) -> Result<(), ApiError> {
        let user = require_user().await?;
        let state = app_state()?;
        let saved = user_ai::save(
            state.store.as_ref(),
            &state.key,
            user.id,
            &provider,
            &base_url,
            &model,
            &api_key,
        )
        .await?;
        let detail = json!({ "ai_provider": saved.provider, "ai_model": saved.model });
        audit(AuditEvent::ProfileChanged, Some(user.id), detail).await;
        leptos_axum::redirect("/settings?ai=saved");
        Ok(())
    }

    pub async fn clear_ai() -> Result<(), ApiError> {
        let user = require_user().await?;
        app_state()?.store.user_ai_delete(user.id).await?;
        leptos_axum::redirect("/settings?ai=cleared");
        Ok(())
    }

    pub async fn delete_account(password: String) -> Result<(), ApiError> {
        let user = require_user().await?;
        let state = app_state()?;
        accounts::delete_account(
            state.store.as_ref(),
            &state.settings.data_dir,
            &user,
            password,
        )
        .await?;
        // The entry outlives the account; it names the id the account had.
        audit(
            AuditEvent::Deleted,
            None,
            json!({ "deleted_user_id": user.id }),
        )
        .await;
        // The session row went with the account; drop the cookie too.
        let _ = auth_session().await?.logout().await;
        leptos_axum::redirect("/?account=deleted");
        Ok(())
    }
}
