//! Jobforge's service layer: the database, and later AI, background jobs, files and
//! mail. The `model` module is shared with the browser build; everything else only
//! compiles with the `server` feature, so the wasm bundle never sees sqlx.

pub mod model;

#[cfg(feature = "server")]
pub mod accounts;
#[cfg(feature = "server")]
pub mod ai;
#[cfg(feature = "server")]
pub mod auth;
#[cfg(feature = "server")]
pub mod backoff;
#[cfg(feature = "server")]
pub mod db;
#[cfg(feature = "server")]
pub mod documents;
#[cfg(feature = "server")]
pub mod export;
#[cfg(feature = "server")]
pub mod extract;
#[cfg(feature = "server")]
pub mod fetch;
#[cfg(feature = "server")]
pub mod files;
#[cfg(feature = "server")]
pub mod interviews;
#[cfg(feature = "server")]
pub mod jobs;
pub mod json_resume;
#[cfg(feature = "server")]
pub mod keys;
#[cfg(feature = "server")]
pub mod mail;
pub mod markdown;
#[cfg(feature = "server")]
pub mod mock;
#[cfg(feature = "server")]
pub mod offline;
#[cfg(feature = "server")]
pub mod resumes;
#[cfg(feature = "server")]
pub mod settings;
#[cfg(feature = "server")]
pub mod state;
#[cfg(feature = "server")]
pub mod tailor;
#[cfg(all(feature = "server", any(test, feature = "test-util")))]
pub mod testing;
#[cfg(feature = "server")]
pub mod tracker;
#[cfg(feature = "server")]
pub mod typeset;

#[cfg(feature = "server")]
pub use state::AppState;
