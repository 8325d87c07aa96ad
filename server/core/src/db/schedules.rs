//! Rows of `schedules`: recurring jobs. `next_run` only moves by compare-and-set,
//! so of several processes ticking at once, one enqueues each due time.

use async_trait::async_trait;

use super::StoreError;

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct ScheduleRow {
    pub name: String,
    pub cron: String,
    pub timezone: String,
    pub kind: String,
    /// JSON text.
    pub payload: String,
    pub enabled: bool,
    /// Unix milliseconds.
    pub last_run: Option<i64>,
    pub next_run: i64,
}

#[async_trait]
pub trait ScheduleRepo {
    /// Creates or redefines a schedule. An unchanged cron expression and time zone
    /// keep the stored `next_run`; a changed one takes the new.
    async fn schedule_upsert(&self, row: &ScheduleRow, now: i64) -> Result<(), StoreError>;

    /// Enabled schedules due at `now`.
    async fn schedules_due(&self, now: i64) -> Result<Vec<ScheduleRow>, StoreError>;

    /// Moves `next_run` from `due` to `next`; `false` if another process did first.
    async fn schedule_advance(
        &self,
        name: &str,
        due: i64,
        next: i64,
        now: i64,
    ) -> Result<bool, StoreError>;

    async fn schedules_all(&self) -> Result<Vec<ScheduleRow>, StoreError>;
}

const COLUMNS: &str = "name, cron, timezone, kind, payload, enabled, last_run, next_run";

pub(crate) const UPSERT_SQL: &str = "INSERT INTO schedules \
     (name, cron, timezone, kind, payload, enabled, next_run, updated_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
     ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, \
     enabled = excluded.enabled, \
     next_run = CASE WHEN schedules.cron <> excluded.cron \
       OR schedules.timezone <> excluded.timezone THEN excluded.next_run \
       ELSE schedules.next_run END, \
     cron = excluded.cron, timezone = excluded.timezone, updated_at = excluded.updated_at";
pub(crate) fn due_sql() -> String {
    format!("SELECT {COLUMNS} FROM schedules WHERE enabled AND next_run <= $1 ORDER BY next_run")
}
pub(crate) const ADVANCE_SQL: &str = "UPDATE schedules SET last_run = $2, next_run = $3, \
     updated_at = $4 WHERE name = $1 AND next_run = $2";
pub(crate) fn all_sql() -> String {
    format!("SELECT {COLUMNS} FROM schedules ORDER BY name")
}

/// Implements `ScheduleRepo` for a store type with a `pool` field.
macro_rules! impl_schedule_repo {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::db::schedules::ScheduleRepo for $store {
            async fn schedule_upsert(
                &self,
                row: &$crate::db::schedules::ScheduleRow,
                now: i64,
            ) -> Result<(), $crate::db::StoreError> {
                sqlx::query($crate::db::schedules::UPSERT_SQL)
                    .bind(&row.name)
                    .bind(&row.cron)
                    .bind(&row.timezone)
                    .bind(&row.kind)
                    .bind(&row.payload)
                    .bind(row.enabled)
                    .bind(row.next_run)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn schedules_due(
                &self,
                now: i64,
            ) -> Result<Vec<$crate::db::schedules::ScheduleRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as(&$crate::db::schedules::due_sql())
                    .bind(now)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn schedule_advance(
                &self,
                name: &str,
                due: i64,
                next: i64,
                now: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::schedules::ADVANCE_SQL)
                    .bind(name)
                    .bind(due)
                    .bind(next)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn schedules_all(
                &self,
            ) -> Result<Vec<$crate::db::schedules::ScheduleRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as(&$crate::db::schedules::all_sql())
                    .fetch_all(&self.pool)
                    .await?)
            }
        }
    };
}

pub(crate) use impl_schedule_repo;
