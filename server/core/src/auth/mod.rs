//! Signing in: the axum-login backend and the session store behind tower-sessions.

mod backend;
pub mod limits;
mod session_store;

pub use backend::{AuthBackend, Credentials, SessionUser};
pub use session_store::{AUTH_DATA_KEY, DbSessionStore};

/// The session as server functions and handlers extract it.
pub type AuthSession = axum_login::AuthSession<AuthBackend>;
