//! Rows of the background job queue. The SQL is shared; claiming differs only in
//! the lock clause (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite runs the one
//! claiming statement under its database write lock, so two claims never overlap).

use async_trait::async_trait;

use super::StoreError;
use crate::model::{JobEvent, JobState, JobView};

/// A job to enqueue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewJob {
    pub user_id: Option<i64>,
    pub kind: String,
    /// JSON text.
    pub payload: String,
    pub max_attempts: i32,
    /// Unix milliseconds; now for "as soon as possible".
    pub run_after: i64,
    /// With the user and kind, names the job: enqueueing it again gives the first.
    pub idempotency_key: Option<String>,
}

/// A job as stored.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct JobRow {
    pub id: i64,
    pub user_id: Option<i64>,
    pub kind: String,
    pub payload: String,
    pub state: String,
    pub attempts: i32,
    pub max_attempts: i32,
    pub run_after: i64,
    pub lease_until: Option<i64>,
    pub worker: Option<String>,
    pub result: Option<String>,
    pub error: Option<String>,
    pub progress: i32,
    pub progress_message: String,
    pub created_at: i64,
    pub updated_at: i64,
}

impl JobRow {
    pub fn state(&self) -> Option<JobState> {
        JobState::parse(&self.state)
    }

    /// What the owner sees (an unknown state reads as failed).
    pub fn view(&self) -> JobView {
        JobView {
            id: self.id,
            kind: self.kind.clone(),
            state: self.state().unwrap_or(JobState::Failed),
            progress: self.progress,
            progress_message: self.progress_message.clone(),
            attempts: self.attempts,
            max_attempts: self.max_attempts,
            result: self.result.clone(),
            error: self.error.clone(),
        }
    }
}

#[async_trait]
pub trait JobRepo {
    /// Enqueues a job; returns its id and whether it is new (`false`: a job with
    /// the same idempotency key already existed, and its id is returned).
    async fn job_insert(&self, job: &NewJob, now: i64) -> Result<(i64, bool), StoreError>;

    /// Takes the next due job for `worker` until `now + lease_ms`: a queued job
    /// whose time has come, or a running one whose worker's lease ran out.
    async fn job_claim(
        &self,
        worker: &str,
        now: i64,
        lease_ms: i64,
    ) -> Result<Option<JobRow>, StoreError>;

    /// Extends `worker`'s lease; `false` when the job is no longer its to run
    /// (cancelled, or taken over after the lease ran out).
    async fn job_heartbeat(
        &self,
        id: i64,
        worker: &str,
        now: i64,
        lease_ms: i64,
    ) -> Result<bool, StoreError>;

    async fn job_progress(
        &self,
        id: i64,
        worker: &str,
        now: i64,
        percent: i32,
        message: &str,
    ) -> Result<bool, StoreError>;

    /// Records success; `false` when `worker` no longer holds the job (its result
    /// is then dropped, so a job finishes once).
    /// With `event` in the timeline, in the same transaction, so the timeline
    /// never lags behind the state.
    async fn job_succeed(
        &self,
        id: i64,
        worker: &str,
        now: i64,
        result: &str,
        event: &crate::model::JobEvent,
    ) -> Result<bool, StoreError>;

    /// Records a failure: queued again at `retry_at`, or failed for good
    /// (`None`); with `event` in the timeline, in the same transaction.
    async fn job_fail(
        &self,
        id: i64,
        worker: &str,
        now: i64,
        error: &str,
        retry_at: Option<i64>,
        event: &crate::model::JobEvent,
    ) -> Result<bool, StoreError>;

    /// Cancels a queued or running job; with `user_id`, only that user's.
    async fn job_cancel(&self, id: i64, user_id: Option<i64>, now: i64)
    -> Result<bool, StoreError>;

    /// Fails running jobs whose lease ran out with no attempt left.
    async fn jobs_fail_abandoned(&self, now: i64) -> Result<u64, StoreError>;

    async fn job_get(&self, id: i64) -> Result<Option<JobRow>, StoreError>;

    async fn job_event_add(&self, id: i64, event: &JobEvent) -> Result<(), StoreError>;

    async fn job_events(&self, id: i64) -> Result<Vec<JobEvent>, StoreError>;

    /// How many jobs are in each state.
    async fn job_counts(&self) -> Result<Vec<(String, i64)>, StoreError>;
}

const COLUMNS: &str = "id, user_id, kind, payload, state, attempts, max_attempts, run_after, \
     lease_until, worker, result, error, progress, progress_message, created_at, updated_at";

pub(crate) const INSERT_SQL: &str = "INSERT INTO background_jobs (user_id, kind, payload, \
     max_attempts, run_after, idempotency_key, created_at, updated_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT DO NOTHING RETURNING id";
pub(crate) const EXISTING_SQL: &str = "SELECT id FROM background_jobs \
     WHERE COALESCE(user_id, 0) = COALESCE($1, 0) AND kind = $2 AND idempotency_key = $3";

/// `lock` is `FOR UPDATE SKIP LOCKED` on PostgreSQL and empty on SQLite.
pub(crate) fn claim_sql(lock: &str) -> String {
    format!(
        "UPDATE background_jobs SET state = 'running', attempts = attempts + 1, \
         lease_until = $2 + $3, worker = $1, started_at = COALESCE(started_at, $2), \
         updated_at = $2 \
         WHERE id = (SELECT id FROM background_jobs \
           WHERE attempts < max_attempts AND ((state = 'queued' AND run_after <= $2) \
              OR (state = 'running' AND lease_until < $2)) \
           ORDER BY run_after, id LIMIT 1 {lock}) \
         RETURNING {COLUMNS}"
    )
}

pub(crate) const HEARTBEAT_SQL: &str = "UPDATE background_jobs SET lease_until = $3 + $4, \
     updated_at = $3 WHERE id = $1 AND worker = $2 AND state = 'running'";
pub(crate) const PROGRESS_SQL: &str = "UPDATE background_jobs SET progress = $4, \
     progress_message = $5, updated_at = $3 WHERE id = $1 AND worker = $2 AND state = 'running'";
pub(crate) const SUCCEED_SQL: &str = "UPDATE background_jobs SET state = 'succeeded', \
     result = $4, progress = 100, lease_until = NULL, finished_at = $3, updated_at = $3 \
     WHERE id = $1 AND worker = $2 AND state = 'running'";
pub(crate) const FAIL_SQL: &str = "UPDATE background_jobs SET \
     state = CASE WHEN CAST($5 AS BIGINT) IS NULL THEN 'failed' ELSE 'queued' END, \
     run_after = COALESCE(CAST($5 AS BIGINT), run_after), error = $4, lease_until = NULL, \
     finished_at = CASE WHEN CAST($5 AS BIGINT) IS NULL THEN $3 ELSE NULL END, updated_at = $3 \
     WHERE id = $1 AND worker = $2 AND state = 'running'";
pub(crate) const CANCEL_SQL: &str = "UPDATE background_jobs SET state = 'cancelled', \
     lease_until = NULL, finished_at = $3, updated_at = $3 \
     WHERE id = $1 AND (CAST($2 AS BIGINT) IS NULL OR user_id = $2) \
     AND state IN ('queued', 'running')";
pub(crate) const FAIL_ABANDONED_SQL: &str = "UPDATE background_jobs SET state = 'failed', \
     error = 'the worker stopped and no attempt is left', lease_until = NULL, \
     finished_at = $1, updated_at = $1 \
     WHERE state = 'running' AND lease_until < $1 AND attempts >= max_attempts";
pub(crate) fn get_sql() -> String {
    format!("SELECT {COLUMNS} FROM background_jobs WHERE id = $1")
}
pub(crate) const EVENT_SQL: &str = "INSERT INTO background_job_events \
     (job_id, at, level, source, message, data) VALUES ($1, $2, $3, $4, $5, $6)";
pub(crate) const EVENTS_SQL: &str = "SELECT at, level, source, message, data \
     FROM background_job_events WHERE job_id = $1 ORDER BY id";
pub(crate) const COUNTS_SQL: &str =
    "SELECT state, COUNT(*) FROM background_jobs GROUP BY state ORDER BY state";

/// Implements `JobRepo` for a store type with a `pool` field; `$lock` is the
/// claim query's lock clause.
/// After an outcome's update in `$tx`: when it took (the job was still ours),
/// adds `$event` to the timeline and commits; says whether it took.
macro_rules! event_in {
    ($tx:ident, $done:ident, $id:expr, $event:expr) => {{
        if $done.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query($crate::db::jobs::EVENT_SQL)
            .bind($id)
            .bind($event.at)
            .bind(&$event.level)
            .bind(&$event.source)
            .bind(&$event.message)
            .bind(&$event.data)
            .execute(&mut *$tx)
            .await?;
        $tx.commit().await?;
        Ok(true)
    }};
}

pub(crate) use event_in;

macro_rules! impl_job_repo {
    ($store:ty, $lock:expr) => {
        #[async_trait::async_trait]
        impl $crate::db::jobs::JobRepo for $store {
            async fn job_insert(
                &self,
                job: &$crate::db::jobs::NewJob,
                now: i64,
            ) -> Result<(i64, bool), $crate::db::StoreError> {
                let inserted: Option<i64> = sqlx::query_scalar($crate::db::jobs::INSERT_SQL)
                    .bind(job.user_id)
                    .bind(&job.kind)
                    .bind(&job.payload)
                    .bind(job.max_attempts)
                    .bind(job.run_after)
                    .bind(job.idempotency_key.as_deref())
                    .bind(now)
                    .fetch_optional(&self.pool)
                    .await?;
                if let Some(id) = inserted {
                    return Ok((id, true));
                }
                let id: i64 = sqlx::query_scalar($crate::db::jobs::EXISTING_SQL)
                    .bind(job.user_id)
                    .bind(&job.kind)
                    .bind(job.idempotency_key.as_deref())
                    .fetch_one(&self.pool)
                    .await?;
                Ok((id, false))
            }

            async fn job_claim(
                &self,
                worker: &str,
                now: i64,
                lease_ms: i64,
            ) -> Result<Option<$crate::db::jobs::JobRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as(&$crate::db::jobs::claim_sql($lock))
                    .bind(worker)
                    .bind(now)
                    .bind(lease_ms)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn job_heartbeat(
                &self,
                id: i64,
                worker: &str,
                now: i64,
                lease_ms: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::jobs::HEARTBEAT_SQL)
                    .bind(id)
                    .bind(worker)
                    .bind(now)
                    .bind(lease_ms)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn job_progress(
                &self,
                id: i64,
                worker: &str,
                now: i64,
                percent: i32,
                message: &str,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::jobs::PROGRESS_SQL)
                    .bind(id)
                    .bind(worker)
                    .bind(now)
                    .bind(percent)
                    .bind(message)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn job_succeed(
                &self,
                id: i64,
                worker: &str,
                now: i64,
                result: &str,
                event: &$crate::model::JobEvent,
            ) -> Result<bool, $crate::db::StoreError> {
                let mut tx = self.pool.begin().await?;
                let done = sqlx::query($crate::db::jobs::SUCCEED_SQL)
                    .bind(id)
                    .bind(worker)
                    .bind(now)
                    .bind(result)
                    .execute(&mut *tx)
                    .await?;
                $crate::db::jobs::event_in!(tx, done, id, event)
            }

            async fn job_fail(
                &self,
                id: i64,
                worker: &str,
                now: i64,
                error: &str,
                retry_at: Option<i64>,
                event: &$crate::model::JobEvent,
            ) -> Result<bool, $crate::db::StoreError> {
                let mut tx = self.pool.begin().await?;
                let done = sqlx::query($crate::db::jobs::FAIL_SQL)
                    .bind(id)
                    .bind(worker)
                    .bind(now)
                    .bind(error)
                    .bind(retry_at)
                    .execute(&mut *tx)
                    .await?;
                $crate::db::jobs::event_in!(tx, done, id, event)
            }

            async fn job_cancel(
                &self,
                id: i64,
                user_id: Option<i64>,
                now: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::jobs::CANCEL_SQL)
                    .bind(id)
                    .bind(user_id)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn jobs_fail_abandoned(&self, now: i64) -> Result<u64, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::jobs::FAIL_ABANDONED_SQL)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected())
            }

            async fn job_get(
                &self,
                id: i64,
            ) -> Result<Option<$crate::db::jobs::JobRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as(&$crate::db::jobs::get_sql())
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn job_event_add(
                &self,
                id: i64,
                event: &$crate::model::JobEvent,
            ) -> Result<(), $crate::db::StoreError> {
                sqlx::query($crate::db::jobs::EVENT_SQL)
                    .bind(id)
                    .bind(event.at)
                    .bind(&event.level)
                    .bind(&event.source)
                    .bind(&event.message)
                    .bind(&event.data)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn job_events(
                &self,
                id: i64,
            ) -> Result<Vec<$crate::model::JobEvent>, $crate::db::StoreError> {
                let rows: Vec<(i64, String, String, String, String)> =
                    sqlx::query_as($crate::db::jobs::EVENTS_SQL)
                        .bind(id)
                        .fetch_all(&self.pool)
                        .await?;
                Ok(rows
                    .into_iter()
                    .map(
                        |(at, level, source, message, data)| $crate::model::JobEvent {
                            at,
                            level,
                            source,
                            message,
                            data,
                        },
                    )
                    .collect())
            }

            async fn job_counts(&self) -> Result<Vec<(String, i64)>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::jobs::COUNTS_SQL)
                    .fetch_all(&self.pool)
                    .await?)
            }
        }
    };
}

pub(crate) use impl_job_repo;
