//! Sessions in the database and axum-login on top, for every route.

use axum_login::{AuthManagerLayer, AuthManagerLayerBuilder};
use jobforge_core::AppState;
use jobforge_core::auth::{AUTH_DATA_KEY, AuthBackend, DbSessionStore};
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

/// Sessions end after two weeks without a visit.
const IDLE_DAYS: i64 = 14;

pub fn session_cookie_name(secure: bool) -> &'static str {
    // `__Host-` binds the cookie to this host over HTTPS, with no Domain attribute.
    if secure {
        "__Host-jf_session"
    } else {
        "jf_session"
    }
}

pub fn layer(app: &AppState) -> AuthManagerLayer<AuthBackend, DbSessionStore> {
    let secure = app.settings.secure_cookies();
    let sessions = SessionManagerLayer::new(DbSessionStore::new(app.store.clone()))
        .with_name(session_cookie_name(secure))
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(time::Duration::days(IDLE_DAYS)));
    AuthManagerLayerBuilder::new(
        AuthBackend::new(app.store.clone(), app.key.clone()),
        sessions,
    )
    .with_data_key(AUTH_DATA_KEY)
    .build()
}
