//! The `Store` trait and its SQLite and PostgreSQL implementations, chosen by the
//! scheme of the database URL.

pub mod ai;
pub mod audit;
pub mod documents;
mod error;
pub mod interviews;
pub mod jobs;
pub mod mock;
mod postgres;
pub mod resumes;
pub mod schedules;
pub mod sessions;
mod sqlite;
#[cfg(test)]
mod store_tests;
pub mod tailorings;
pub mod throttle;
pub mod tokens;
pub mod tracker;
mod users;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use sqlx::migrate::Migrator;

pub use ai::{AiCallRow, AiRepo, UserAiRow};
pub use audit::{AuditRepo, RequestOrigin};
pub use documents::DocumentRepo;
pub use error::StoreError;
pub use interviews::InterviewRepo;
pub use jobs::{JobRepo, JobRow, NewJob};
pub use mock::MockRepo;
pub use postgres::PgStore;
pub use resumes::ResumeRepo;
pub use schedules::{ScheduleRepo, ScheduleRow};
pub use sessions::{SessionRepo, SessionRow};
pub use sqlite::SqliteStore;
pub use tailorings::TailoringRepo;
pub use throttle::ThrottleRepo;
pub use tokens::{TokenPurpose, TokenRepo};
pub use tracker::TrackerRepo;
pub use users::{NewUser, UserRepo};

use crate::model::{Backend, MigrationStatus, User};

/// Everything the application stores goes through this trait.
#[async_trait]
pub trait Store:
    SessionRepo
    + UserRepo
    + AuditRepo
    + ThrottleRepo
    + TokenRepo
    + JobRepo
    + ScheduleRepo
    + AiRepo
    + TrackerRepo
    + ResumeRepo
    + DocumentRepo
    + TailoringRepo
    + InterviewRepo
    + MockRepo
    + Send
    + Sync
    + std::fmt::Debug
{
    fn backend(&self) -> Backend;

    /// Runs a trivial query and returns how long the round trip took.
    async fn ping(&self) -> Result<Duration, StoreError>;

    /// Applies every pending migration of this backend.
    async fn migrate(&self) -> Result<(), StoreError>;

    /// Compares the applied migrations with the ones embedded in this build.
    async fn migration_status(&self) -> Result<MigrationStatus, StoreError>;

    /// Closes the pool, waiting for connections in use to be returned.
    async fn close(&self);

    /// Creates an account; `Conflict { field: "email" }` when the email is taken.
    async fn create_user(&self, user: NewUser<'_>) -> Result<User, StoreError>;
}

/// Opens the store named by `url`: `sqlite:` or `postgres:`/`postgresql:`.
pub async fn connect(url: &str) -> Result<Arc<dyn Store>, StoreError> {
    match scheme_of(url)? {
        Backend::Sqlite => Ok(Arc::new(SqliteStore::connect(url).await?)),
        Backend::Postgres => Ok(Arc::new(PgStore::connect(url).await?)),
    }
}

/// Opens the store and brings its schema up to date.
pub async fn connect_and_migrate(url: &str) -> Result<Arc<dyn Store>, StoreError> {
    let store = connect(url).await?;
    store.migrate().await?;
    Ok(store)
}

/// Which backend a database URL asks for.
pub fn scheme_of(url: &str) -> Result<Backend, StoreError> {
    let scheme = url.split_once(':').map(|(s, _)| s).unwrap_or_default();
    match scheme {
        "sqlite" => Ok(Backend::Sqlite),
        "postgres" | "postgresql" => Ok(Backend::Postgres),
        _ => Err(StoreError::UnsupportedUrl {
            scheme: scheme.to_owned(),
        }),
    }
}

/// Builds the status from the versions recorded in `_sqlx_migrations`.
fn status_from_applied(migrator: &Migrator, applied: &[i64]) -> MigrationStatus {
    let known: Vec<i64> = migrator
        .iter()
        .filter(|m| m.migration_type.is_up_migration())
        .map(|m| m.version)
        .collect();
    MigrationStatus {
        expected: known.len(),
        applied: applied.iter().filter(|v| known.contains(v)).count(),
        pending: known
            .iter()
            .copied()
            .filter(|v| !applied.contains(v))
            .collect(),
        unknown: applied
            .iter()
            .copied()
            .filter(|v| !known.contains(v))
            .collect(),
    }
}

const APPLIED_VERSIONS_SQL: &str =
    "SELECT version FROM _sqlx_migrations WHERE success ORDER BY version";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheme_picks_the_backend() {
        assert_eq!(
            scheme_of("sqlite://./data/x.db").ok(),
            Some(Backend::Sqlite)
        );
        assert_eq!(scheme_of("postgres://u@h/db").ok(), Some(Backend::Postgres));
        assert_eq!(
            scheme_of("postgresql://u@h/db").ok(),
            Some(Backend::Postgres)
        );
        let err = scheme_of("mysql://h/db").expect_err("mysql is not supported");
        assert!(err.to_string().contains("mysql"), "{err}");
        assert!(scheme_of("no-scheme").is_err());
    }
}
