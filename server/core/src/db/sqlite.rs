use std::str::FromStr;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use sqlx::migrate::Migrator;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use super::users::{self, NewUser, UserRow};
use super::{APPLIED_VERSIONS_SQL, Store, StoreError, status_from_applied};
use crate::model::{Backend, MigrationStatus, User};

static MIGRATOR: Migrator = sqlx::migrate!("../../migrations/sqlite");

/// SQLite in WAL mode with a busy timeout and foreign keys on.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::InvalidUrl(e.to_string()))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(5))
            .foreign_keys(true);
        if let Some(dir) = options.get_filename().parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir {
                path: dir.display().to_string(),
                source,
            })?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(options)
            .await
            .map_err(|source| StoreError::Connect {
                backend: "sqlite",
                source,
            })?;
        Ok(Self { pool })
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

#[async_trait]
impl Store for SqliteStore {
    fn backend(&self) -> Backend {
        Backend::Sqlite
    }

    async fn ping(&self) -> Result<Duration, StoreError> {
        let start = Instant::now();
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(start.elapsed())
    }

    async fn migrate(&self) -> Result<(), StoreError> {
        MIGRATOR.run(&self.pool).await?;
        Ok(())
    }

    async fn migration_status(&self) -> Result<MigrationStatus, StoreError> {
        let table: Option<String> = sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
        )
        .fetch_optional(&self.pool)
        .await?;
        let applied: Vec<i64> = match table {
            Some(_) => {
                sqlx::query_scalar(APPLIED_VERSIONS_SQL)
                    .fetch_all(&self.pool)
                    .await?
            }
            None => Vec::new(),
        };
        Ok(status_from_applied(&MIGRATOR, &applied))
    }

    async fn close(&self) {
        self.pool.close().await;
    }

    async fn create_user(&self, user: NewUser<'_>) -> Result<User, StoreError> {
        // One statement: SQLite runs it under its write lock, so "first account is
        // admin" cannot race.
        let row: UserRow = sqlx::query_as(&users::insert_sql())
            .bind(user.email)
            .bind(user.password_hash)
            .bind(user.display_name)
            .bind(user.role.map(|r| r.as_str()))
            .fetch_one(&self.pool)
            .await
            .map_err(users::map_insert_error)?;
        row.into_user()
    }
}

super::sessions::impl_session_repo!(SqliteStore);
super::users::impl_user_repo!(SqliteStore);
super::audit::impl_audit_repo!(SqliteStore);
super::throttle::impl_throttle_repo!(SqliteStore);
super::tokens::impl_token_repo!(SqliteStore);
super::jobs::impl_job_repo!(SqliteStore, "");
super::schedules::impl_schedule_repo!(SqliteStore);
super::ai::impl_ai_repo!(SqliteStore);
super::tracker::impl_tracker_repo!(SqliteStore);
super::resumes::impl_resume_repo!(SqliteStore);
super::documents::impl_document_repo!(SqliteStore);
super::tailorings::impl_tailoring_repo!(SqliteStore);
super::interviews::impl_interview_repo!(SqliteStore);
super::mock::impl_mock_repo!(SqliteStore);
