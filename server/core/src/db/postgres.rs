use std::str::FromStr;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};

use super::users::{self, NewUser, UserRow};
use super::{APPLIED_VERSIONS_SQL, Store, StoreError, status_from_applied};
use crate::model::{Backend, MigrationStatus, User};

static MIGRATOR: Migrator = sqlx::migrate!("../../migrations/postgres");

/// PostgreSQL through a connection pool.
#[derive(Debug, Clone)]
pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let options =
            PgConnectOptions::from_str(url).map_err(|e| StoreError::InvalidUrl(e.to_string()))?;
        Self::connect_with(options).await
    }

    /// Connects with prepared options (the test helper sets a search path this way).
    pub async fn connect_with(options: PgConnectOptions) -> Result<Self, StoreError> {
        let pool = PgPoolOptions::new()
            .max_connections(10)
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(options)
            .await
            .map_err(|source| StoreError::Connect {
                backend: "postgres",
                source,
            })?;
        Ok(Self { pool })
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }
}

#[async_trait]
impl Store for PgStore {
    fn backend(&self) -> Backend {
        Backend::Postgres
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
        let exists: bool = sqlx::query_scalar("SELECT to_regclass('_sqlx_migrations') IS NOT NULL")
            .fetch_one(&self.pool)
            .await?;
        let applied: Vec<i64> = if exists {
            sqlx::query_scalar(APPLIED_VERSIONS_SQL)
                .fetch_all(&self.pool)
                .await?
        } else {
            Vec::new()
        };
        Ok(status_from_applied(&MIGRATOR, &applied))
    }

    async fn close(&self) {
        self.pool.close().await;
    }

    async fn create_user(&self, user: NewUser<'_>) -> Result<User, StoreError> {
        // The table lock serialises registrations, so two first accounts arriving
        // at once cannot both become admin.
        let mut tx = self.pool.begin().await?;
        sqlx::query("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE")
            .execute(&mut *tx)
            .await?;
        let row: UserRow = sqlx::query_as(&users::insert_sql())
            .bind(user.email)
            .bind(user.password_hash)
            .bind(user.display_name)
            .bind(user.role.map(|r| r.as_str()))
            .fetch_one(&mut *tx)
            .await
            .map_err(users::map_insert_error)?;
        tx.commit().await?;
        row.into_user()
    }
}

super::sessions::impl_session_repo!(PgStore);
super::users::impl_user_repo!(PgStore);
super::audit::impl_audit_repo!(PgStore);
super::throttle::impl_throttle_repo!(PgStore);
super::tokens::impl_token_repo!(PgStore);
super::jobs::impl_job_repo!(PgStore, "FOR UPDATE SKIP LOCKED");
super::schedules::impl_schedule_repo!(PgStore);
super::ai::impl_ai_repo!(PgStore);
super::tracker::impl_tracker_repo!(PgStore);
super::resumes::impl_resume_repo!(PgStore);
super::documents::impl_document_repo!(PgStore);
super::tailorings::impl_tailoring_repo!(PgStore);
super::interviews::impl_interview_repo!(PgStore);
super::mock::impl_mock_repo!(PgStore);
