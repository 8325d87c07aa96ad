//! Signing in: the session store behind tower-sessions (and, next, the axum-login
//! backend).

mod session_store;

pub use session_store::{AUTH_DATA_KEY, DbSessionStore};
