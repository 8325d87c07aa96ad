//! Rows of tailorings. Every statement names the user; a tailoring is only made
//! of the user's own resume and job.

use async_trait::async_trait;

use super::StoreError;

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct TailoringRow {
    pub id: i64,
    pub resume_id: i64,
    pub resume_title: String,
    pub source_version: i32,
    pub job_id: i64,
    pub job_title: String,
    pub company: Option<String>,
    pub lang: String,
    pub instruction: String,
    pub state: String,
    pub work_id: Option<i64>,
    /// JSON, empty until ready.
    pub result: String,
    pub error: String,
    pub accepted_version: Option<i32>,
    pub created_at: i64,
}

/// What a new tailoring is of.
#[derive(Clone, Debug)]
pub struct NewTailoring<'a> {
    pub resume_id: i64,
    pub source_version: i32,
    pub job_id: i64,
    pub lang: &'a str,
    pub instruction: &'a str,
}

#[async_trait]
pub trait TailoringRepo {
    /// A new running tailoring; `None` when the resume or the job is not the user's.
    async fn tailoring_insert(
        &self,
        user_id: i64,
        new: &NewTailoring<'_>,
        now: i64,
    ) -> Result<Option<i64>, StoreError>;

    /// Records the background job that works it out.
    async fn tailoring_set_work(
        &self,
        user_id: i64,
        id: i64,
        work_id: i64,
    ) -> Result<(), StoreError>;

    async fn tailoring_get(
        &self,
        user_id: i64,
        id: i64,
    ) -> Result<Option<TailoringRow>, StoreError>;

    /// The newest tailoring of a resume to a job.
    async fn tailoring_latest(
        &self,
        user_id: i64,
        resume_id: i64,
        job_id: i64,
    ) -> Result<Option<TailoringRow>, StoreError>;

    /// Ends a running tailoring as `ready` (with its result) or `failed`.
    async fn tailoring_finish(
        &self,
        user_id: i64,
        id: i64,
        state: &str,
        result: &str,
        error: &str,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Marks a ready tailoring accepted as `version`; `false` unless it was ready.
    async fn tailoring_accept(
        &self,
        user_id: i64,
        id: i64,
        version: i32,
        now: i64,
    ) -> Result<bool, StoreError>;
}

const COLUMNS: &str = "t.id, t.resume_id, r.title AS resume_title, t.source_version, t.job_id, \
     j.title AS job_title, c.name AS company, t.lang, t.instruction, t.state, t.work_id, \
     t.result, t.error, t.accepted_version, t.created_at \
     FROM tailorings t JOIN resumes r ON r.id = t.resume_id \
     JOIN job_postings j ON j.id = t.job_id LEFT JOIN companies c ON c.id = j.company_id";

pub(crate) fn get_sql() -> String {
    format!("SELECT {COLUMNS} WHERE t.user_id = $1 AND t.id = $2")
}

pub(crate) fn latest_sql() -> String {
    format!(
        "SELECT {COLUMNS} WHERE t.user_id = $1 AND t.resume_id = $2 AND t.job_id = $3 \
         ORDER BY t.id DESC LIMIT 1"
    )
}

pub(crate) const INSERT_SQL: &str = "INSERT INTO tailorings (user_id, resume_id, job_id, \
     source_version, lang, instruction, created_at, updated_at) \
     SELECT $1, $2, $3, $4, $5, $6, $7, $7 \
     WHERE EXISTS (SELECT 1 FROM resumes WHERE id = $2 AND user_id = $1) \
     AND EXISTS (SELECT 1 FROM job_postings WHERE id = $3 AND user_id = $1) RETURNING id";
pub(crate) const SET_WORK_SQL: &str =
    "UPDATE tailorings SET work_id = $3 WHERE user_id = $1 AND id = $2";
pub(crate) const FINISH_SQL: &str = "UPDATE tailorings SET state = $3, result = $4, error = $5, \
     updated_at = $6 WHERE user_id = $1 AND id = $2 AND state = 'running'";
pub(crate) const ACCEPT_SQL: &str = "UPDATE tailorings SET state = 'accepted', \
     accepted_version = $3, updated_at = $4 WHERE user_id = $1 AND id = $2 AND state = 'ready'";

macro_rules! impl_tailoring_repo {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::db::tailorings::TailoringRepo for $store {
            async fn tailoring_insert(
                &self,
                user_id: i64,
                new: &$crate::db::tailorings::NewTailoring<'_>,
                now: i64,
            ) -> Result<Option<i64>, $crate::db::StoreError> {
                Ok(sqlx::query_scalar($crate::db::tailorings::INSERT_SQL)
                    .bind(user_id)
                    .bind(new.resume_id)
                    .bind(new.job_id)
                    .bind(new.source_version)
                    .bind(new.lang)
                    .bind(new.instruction)
                    .bind(now)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn tailoring_set_work(
                &self,
                user_id: i64,
                id: i64,
                work_id: i64,
            ) -> Result<(), $crate::db::StoreError> {
                sqlx::query($crate::db::tailorings::SET_WORK_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(work_id)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn tailoring_get(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<Option<$crate::db::tailorings::TailoringRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as(&$crate::db::tailorings::get_sql())
                    .bind(user_id)
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn tailoring_latest(
                &self,
                user_id: i64,
                resume_id: i64,
                job_id: i64,
            ) -> Result<Option<$crate::db::tailorings::TailoringRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as(&$crate::db::tailorings::latest_sql())
                    .bind(user_id)
                    .bind(resume_id)
                    .bind(job_id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn tailoring_finish(
                &self,
                user_id: i64,
                id: i64,
                state: &str,
                result: &str,
                error: &str,
                now: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::tailorings::FINISH_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(state)
                    .bind(result)
                    .bind(error)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn tailoring_accept(
                &self,
                user_id: i64,
                id: i64,
                version: i32,
                now: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::tailorings::ACCEPT_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(version)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }
        }
    };
}

pub(crate) use impl_tailoring_repo;
