//! Rows of mock interview sessions and their questions. Every statement names
//! the user; a session is only made for one of the user's own jobs.

use async_trait::async_trait;

use super::StoreError;

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct MockSessionRow {
    pub id: i64,
    pub job_id: i64,
    pub job_title: String,
    pub depth: String,
    pub lang: String,
    pub finished: bool,
    pub average_tenths: Option<i32>,
    pub analysis: String,
    pub created_at: i64,
    pub total: i64,
    pub answered: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct MockQuestionRow {
    pub position: i32,
    /// JSON.
    pub question: String,
    pub asked_at: Option<i64>,
    pub answered_at: Option<i64>,
    pub answer: String,
    pub skipped: bool,
    /// JSON, empty until answered.
    pub evaluation: String,
}

#[async_trait]
pub trait MockRepo {
    /// A new session with its questions (JSON each), the first one asked at
    /// `now`; `None` when the job is not the user's.
    async fn mock_insert(
        &self,
        user_id: i64,
        job_id: i64,
        depth: &str,
        lang: &str,
        questions: &[String],
        now: i64,
    ) -> Result<Option<i64>, StoreError>;

    /// The user's sessions, newest first.
    async fn mock_sessions(&self, user_id: i64) -> Result<Vec<MockSessionRow>, StoreError>;

    async fn mock_get(&self, user_id: i64, id: i64) -> Result<Option<MockSessionRow>, StoreError>;

    async fn mock_questions(
        &self,
        user_id: i64,
        id: i64,
    ) -> Result<Vec<MockQuestionRow>, StoreError>;

    /// Records the answer to the question at `position` (once) and asks the
    /// next one; `false` when it was answered already or the session is over.
    #[allow(clippy::too_many_arguments)]
    async fn mock_answer(
        &self,
        user_id: i64,
        id: i64,
        position: i32,
        answer: &str,
        skipped: bool,
        evaluation: &str,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Ends a session with its analysis; `false` when it had ended already.
    async fn mock_finish(
        &self,
        user_id: i64,
        id: i64,
        average_tenths: i32,
        analysis: &str,
        now: i64,
    ) -> Result<bool, StoreError>;
}

const COLUMNS: &str = "s.id, s.job_id, j.title AS job_title, s.depth, s.lang, s.finished, \
     s.average_tenths, s.analysis, s.created_at, \
     CAST((SELECT COUNT(*) FROM mock_questions q WHERE q.session_id = s.id) AS BIGINT) AS total, \
     CAST((SELECT COUNT(*) FROM mock_questions q WHERE q.session_id = s.id \
           AND q.answered_at IS NOT NULL AND NOT q.skipped) AS BIGINT) AS answered \
     FROM mock_sessions s JOIN job_postings j ON j.id = s.job_id";

pub(crate) fn list_sql() -> String {
    format!("SELECT {COLUMNS} WHERE s.user_id = $1 ORDER BY s.created_at DESC, s.id DESC")
}

pub(crate) fn get_sql() -> String {
    format!("SELECT {COLUMNS} WHERE s.user_id = $1 AND s.id = $2")
}

pub(crate) const INSERT_SQL: &str = "INSERT INTO mock_sessions (user_id, job_id, depth, lang, \
     created_at) SELECT $1, $2, $3, $4, $5 \
     WHERE EXISTS (SELECT 1 FROM job_postings WHERE id = $2 AND user_id = $1) RETURNING id";
pub(crate) const QUESTION_INSERT_SQL: &str = "INSERT INTO mock_questions (session_id, user_id, \
     position, question, asked_at) VALUES ($1, $2, $3, $4, $5)";
pub(crate) const QUESTIONS_SQL: &str = "SELECT position, question, asked_at, answered_at, \
     answer, skipped, evaluation FROM mock_questions WHERE user_id = $1 AND session_id = $2 \
     ORDER BY position";
pub(crate) const ANSWER_SQL: &str = "UPDATE mock_questions SET answer = $4, skipped = $5, \
     evaluation = $6, answered_at = $7 WHERE user_id = $1 AND session_id = $2 AND position = $3 \
     AND answered_at IS NULL AND asked_at IS NOT NULL \
     AND EXISTS (SELECT 1 FROM mock_sessions WHERE id = $2 AND user_id = $1 AND NOT finished)";
pub(crate) const ASK_NEXT_SQL: &str = "UPDATE mock_questions SET asked_at = $4 \
     WHERE user_id = $1 AND session_id = $2 AND position = $3 AND asked_at IS NULL";
pub(crate) const FINISH_SQL: &str = "UPDATE mock_sessions SET finished = TRUE, \
     average_tenths = $3, analysis = $4, finished_at = $5 \
     WHERE user_id = $1 AND id = $2 AND NOT finished";

macro_rules! impl_mock_repo {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::db::mock::MockRepo for $store {
            async fn mock_insert(
                &self,
                user_id: i64,
                job_id: i64,
                depth: &str,
                lang: &str,
                questions: &[String],
                now: i64,
            ) -> Result<Option<i64>, $crate::db::StoreError> {
                use $crate::db::mock as sql;
                let mut tx = self.pool.begin().await?;
                let id: Option<i64> = sqlx::query_scalar(sql::INSERT_SQL)
                    .bind(user_id)
                    .bind(job_id)
                    .bind(depth)
                    .bind(lang)
                    .bind(now)
                    .fetch_optional(&mut *tx)
                    .await?;
                let Some(id) = id else {
                    return Ok(None);
                };
                for (at, question) in questions.iter().enumerate() {
                    let position = i32::try_from(at).unwrap_or(i32::MAX);
                    sqlx::query(sql::QUESTION_INSERT_SQL)
                        .bind(id)
                        .bind(user_id)
                        .bind(position)
                        .bind(question)
                        .bind((at == 0).then_some(now))
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(Some(id))
            }

            async fn mock_sessions(
                &self,
                user_id: i64,
            ) -> Result<Vec<$crate::db::mock::MockSessionRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as(&$crate::db::mock::list_sql())
                    .bind(user_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn mock_get(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<Option<$crate::db::mock::MockSessionRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as(&$crate::db::mock::get_sql())
                    .bind(user_id)
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn mock_questions(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<Vec<$crate::db::mock::MockQuestionRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::mock::QUESTIONS_SQL)
                    .bind(user_id)
                    .bind(id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn mock_answer(
                &self,
                user_id: i64,
                id: i64,
                position: i32,
                answer: &str,
                skipped: bool,
                evaluation: &str,
                now: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                use $crate::db::mock as sql;
                let mut tx = self.pool.begin().await?;
                let done = sqlx::query(sql::ANSWER_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(position)
                    .bind(answer)
                    .bind(skipped)
                    .bind(evaluation)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                sqlx::query(sql::ASK_NEXT_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(position + 1)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn mock_finish(
                &self,
                user_id: i64,
                id: i64,
                average_tenths: i32,
                analysis: &str,
                now: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::mock::FINISH_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(average_tenths)
                    .bind(analysis)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }
        }
    };
}

pub(crate) use impl_mock_repo;
