//! Server functions, one concern per file. Each one gets the state and the user
//! through the helpers in `ssr` and calls one service-layer function.

pub mod account;
pub mod admin;
pub mod auth;
pub mod documents;
mod error;
pub mod interviews;
pub mod jobs;
pub mod mock;
pub mod resumes;
pub mod settings;
pub mod tailor;
pub mod tracker;

pub use error::ApiError;

#[cfg(feature = "ssr")]
pub mod ssr {
    use jobforge_core::AppState;
    use jobforge_core::auth::AuthSession;
    use jobforge_core::model::User;
    use leptos::prelude::use_context;

    use super::ApiError;

    /// The service layer, provided to every request by the router.
    pub fn app_state() -> Result<AppState, ApiError> {
        use_context::<AppState>().ok_or_else(|| ApiError::Server("no application state".into()))
    }

    pub async fn auth_session() -> Result<AuthSession, ApiError> {
        leptos_axum::extract::<AuthSession>()
            .await
            .map_err(|e| ApiError::Server(format!("no session: {e}")))
    }

    /// The signed-in user, or `Unauthorized`.
    pub async fn require_user() -> Result<User, ApiError> {
        auth_session()
            .await?
            .user
            .map(|session_user| session_user.user)
            .ok_or(ApiError::Unauthorized)
    }

    /// The language a generation is asked for in form field `field`: `en`,
    /// `ar`, or (empty) the user's preferred output language.
    pub fn output_lang(
        choice: &str,
        user: &User,
        field: &str,
    ) -> Result<jobforge_core::ai::OutputLang, ApiError> {
        use jobforge_core::ai::OutputLang;
        match choice {
            "" => Ok(OutputLang::from_code(&user.output_lang)),
            "en" => Ok(OutputLang::En),
            "ar" => Ok(OutputLang::Ar),
            _ => Err(ApiError::Invalid {
                field: field.to_owned(),
                problem: jobforge_core::model::Problem::NotAllowed,
            }),
        }
    }

    /// The signed-in admin. Anyone else gets `NotFound`: admin functions do not
    /// reveal that they exist.
    pub async fn require_admin() -> Result<User, ApiError> {
        match require_user().await {
            Ok(user) if user.role == jobforge_core::model::Role::Admin => Ok(user),
            _ => Err(ApiError::NotFound),
        }
    }

    /// The client's address (the TCP peer) and user agent, for the audit log.
    pub fn request_origin() -> jobforge_core::db::RequestOrigin {
        use_context::<http::request::Parts>()
            .map(|parts| crate::request::origin_of(&parts.extensions, &parts.headers))
            .unwrap_or_default()
    }

    /// Records an audit event. A failure to record is logged, never shown to the
    /// user, and never stops what they were doing.
    pub async fn audit(
        event: jobforge_core::model::AuditEvent,
        user_id: Option<i64>,
        detail: serde_json::Value,
    ) {
        let origin = request_origin();
        match app_state() {
            Ok(state) => {
                if let Err(err) = state.store.audit(event, user_id, &origin, detail).await {
                    tracing::error!(event = event.as_str(), "audit log write failed: {err}");
                }
            }
            Err(err) => tracing::error!("audit log unavailable: {err}"),
        }
    }

    /// Whether the call is a plain form post (no JavaScript): the browser then
    /// wants a page, so the call answers with a redirect.
    pub fn is_plain_form() -> bool {
        crate::request::header(http::header::ACCEPT)
            .is_some_and(|accept| accept.contains("text/html"))
    }

    /// Gives a failed call its HTTP status. A plain form post (no JavaScript) keeps
    /// the redirect back to its page, which carries the error in the URL.
    pub fn reject(error: ApiError) -> ApiError {
        if !is_plain_form()
            && let Some(response) = use_context::<leptos_axum::ResponseOptions>()
            && let Ok(status) = http::StatusCode::from_u16(error.status())
        {
            response.set_status(status);
        }
        error
    }

    /// The client's address as the rate limits key it (`unknown` when the server
    /// cannot see one, as in in-process tests).
    pub fn client_address() -> String {
        request_origin().ip.unwrap_or_else(|| "unknown".into())
    }

    /// Fails with `Throttled` when `subject` has used up `limit`; else counts one.
    pub async fn throttle(
        limit: jobforge_core::auth::limits::Limit,
        subject: &str,
    ) -> Result<(), ApiError> {
        let store = app_state()?.store;
        if let Some(minutes) = limit.exceeded(store.as_ref(), subject).await? {
            return Err(ApiError::Throttled { minutes });
        }
        limit.hit(store.as_ref(), subject).await?;
        Ok(())
    }

    /// Makes the response set the language cookie (after sign-in, or when the
    /// profile's page language changes).
    pub fn remember_lang(code: &str) {
        let Some(lang) = crate::i18n::Lang::from_code(code) else {
            return;
        };
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>()
            && let Ok(value) = http::HeaderValue::from_str(&crate::i18n::lang_cookie(lang))
        {
            response.append_header(http::header::SET_COOKIE, value);
        }
    }

    /// `path` if it stays on this site, else the home page.
    pub fn local_path(path: Option<String>) -> String {
        path.filter(|p| crate::redirect::is_local_path(p))
            .unwrap_or_else(|| "/".to_owned())
    }
}
