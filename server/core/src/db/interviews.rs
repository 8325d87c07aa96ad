//! Rows of interviews, their interviewers and the users' calendar feeds. Every
//! statement names the user; an interview is only made for one of the user's
//! own jobs.

use async_trait::async_trait;

use super::StoreError;

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct InterviewRow {
    pub id: i64,
    pub job_id: i64,
    pub job_title: String,
    pub company: Option<String>,
    pub starts_at: i64,
    pub time_zone: String,
    pub duration_minutes: i32,
    pub kind: String,
    pub round: i32,
    pub location: String,
    pub prep_notes: String,
    pub outcome: String,
    pub feedback: String,
    pub remind: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct InterviewerRow {
    pub id: i64,
    pub interview_id: i64,
    pub name: String,
    pub role: String,
    pub linkedin: String,
    pub notes: String,
}

/// An interview's fields as checked by the service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InterviewFields {
    pub job_id: i64,
    pub starts_at: i64,
    pub time_zone: String,
    pub duration_minutes: i32,
    pub kind: String,
    pub round: i32,
    pub location: String,
    pub prep_notes: String,
    pub outcome: String,
    pub feedback: String,
    pub remind: bool,
}

/// An interview due a reminder, with where to send it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct ReminderRow {
    pub id: i64,
    pub user_id: i64,
    pub email: String,
    pub display_name: String,
    pub ui_lang: String,
}

#[async_trait]
pub trait InterviewRepo {
    /// A new interview; `None` when the job is not the user's.
    async fn interview_insert(
        &self,
        user_id: i64,
        fields: &InterviewFields,
        now: i64,
    ) -> Result<Option<i64>, StoreError>;

    /// Changes an interview; `false` when it or the job is not the user's. A
    /// new start time asks for the reminder again.
    async fn interview_update(
        &self,
        user_id: i64,
        id: i64,
        fields: &InterviewFields,
        now: i64,
    ) -> Result<bool, StoreError>;

    async fn interview_delete(&self, user_id: i64, id: i64) -> Result<bool, StoreError>;

    /// The user's interviews by start.
    async fn interviews(&self, user_id: i64) -> Result<Vec<InterviewRow>, StoreError>;

    async fn interview_get(
        &self,
        user_id: i64,
        id: i64,
    ) -> Result<Option<InterviewRow>, StoreError>;

    /// Every interviewer of the user's interviews.
    async fn interviewers(&self, user_id: i64) -> Result<Vec<InterviewerRow>, StoreError>;

    /// Adds an interviewer; `None` when the interview is not the user's.
    async fn interviewer_add(
        &self,
        user_id: i64,
        interview_id: i64,
        person: &InterviewerRow,
    ) -> Result<Option<i64>, StoreError>;

    async fn interviewer_delete(
        &self,
        user_id: i64,
        interviewer_id: i64,
    ) -> Result<bool, StoreError>;

    /// The user's calendar feed secret, sealed.
    async fn feed_get(&self, user_id: i64) -> Result<Option<String>, StoreError>;

    /// Makes (or replaces) the user's feed secret.
    async fn feed_put(
        &self,
        user_id: i64,
        token_hash: &str,
        sealed: &str,
        now: i64,
    ) -> Result<(), StoreError>;

    /// Whose feed a secret opens.
    async fn feed_user(&self, token_hash: &str) -> Result<Option<i64>, StoreError>;

    /// Interviews with a reminder asked for, not yet sent, starting in `from..to`.
    async fn reminders_due(&self, from: i64, to: i64) -> Result<Vec<ReminderRow>, StoreError>;

    /// Marks a reminder sent; `false` when another worker sent it first.
    async fn reminder_sent(&self, id: i64, now: i64) -> Result<bool, StoreError>;
}

const COLUMNS: &str = "i.id, i.job_id, j.title AS job_title, c.name AS company, i.starts_at, \
     i.time_zone, i.duration_minutes, i.kind, i.round, i.location, i.prep_notes, i.outcome, \
     i.feedback, i.remind, i.created_at, i.updated_at FROM interviews i \
     JOIN job_postings j ON j.id = i.job_id LEFT JOIN companies c ON c.id = j.company_id";

pub(crate) fn list_sql() -> String {
    format!("SELECT {COLUMNS} WHERE i.user_id = $1 ORDER BY i.starts_at, i.id")
}

pub(crate) fn get_sql() -> String {
    format!("SELECT {COLUMNS} WHERE i.user_id = $1 AND i.id = $2")
}

pub(crate) const INSERT_SQL: &str = "INSERT INTO interviews (user_id, job_id, starts_at, \
     time_zone, duration_minutes, kind, round, location, prep_notes, outcome, feedback, remind, \
     created_at, updated_at) SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13 \
     WHERE EXISTS (SELECT 1 FROM job_postings WHERE id = $2 AND user_id = $1) RETURNING id";
pub(crate) const UPDATE_SQL: &str = "UPDATE interviews SET job_id = $3, \
     reminded_at = CASE WHEN starts_at = $4 THEN reminded_at ELSE NULL END, starts_at = $4, \
     time_zone = $5, duration_minutes = $6, kind = $7, round = $8, location = $9, \
     prep_notes = $10, outcome = $11, feedback = $12, remind = $13, updated_at = $14 \
     WHERE user_id = $1 AND id = $2 \
     AND EXISTS (SELECT 1 FROM job_postings WHERE id = $3 AND user_id = $1)";
pub(crate) const DELETE_SQL: &str = "DELETE FROM interviews WHERE user_id = $1 AND id = $2";
pub(crate) const INTERVIEWERS_SQL: &str = "SELECT id, interview_id, name, role, linkedin, notes \
     FROM interviewers WHERE user_id = $1 ORDER BY interview_id, id";
pub(crate) const INTERVIEWER_ADD_SQL: &str = "INSERT INTO interviewers (interview_id, user_id, \
     name, role, linkedin, notes) SELECT id, user_id, $3, $4, $5, $6 FROM interviews \
     WHERE user_id = $1 AND id = $2 RETURNING id";
pub(crate) const INTERVIEWER_DELETE_SQL: &str =
    "DELETE FROM interviewers WHERE user_id = $1 AND id = $2";
pub(crate) const FEED_GET_SQL: &str = "SELECT sealed FROM calendar_feeds WHERE user_id = $1";
pub(crate) const FEED_PUT_SQL: &str = "INSERT INTO calendar_feeds (user_id, token_hash, sealed, \
     created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (user_id) DO UPDATE SET \
     token_hash = excluded.token_hash, sealed = excluded.sealed, created_at = excluded.created_at";
pub(crate) const FEED_USER_SQL: &str = "SELECT user_id FROM calendar_feeds WHERE token_hash = $1";
pub(crate) const REMINDERS_SQL: &str = "SELECT i.id, i.user_id, u.email, u.display_name, \
     u.ui_lang FROM interviews i JOIN users u ON u.id = i.user_id \
     WHERE i.remind AND i.reminded_at IS NULL AND i.outcome = 'pending' \
     AND i.starts_at >= $1 AND i.starts_at < $2 ORDER BY i.starts_at";
pub(crate) const REMINDER_SENT_SQL: &str =
    "UPDATE interviews SET reminded_at = $2 WHERE id = $1 AND reminded_at IS NULL";

macro_rules! impl_interview_repo {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::db::interviews::InterviewRepo for $store {
            async fn interview_insert(
                &self,
                user_id: i64,
                f: &$crate::db::interviews::InterviewFields,
                now: i64,
            ) -> Result<Option<i64>, $crate::db::StoreError> {
                Ok(sqlx::query_scalar($crate::db::interviews::INSERT_SQL)
                    .bind(user_id)
                    .bind(f.job_id)
                    .bind(f.starts_at)
                    .bind(&f.time_zone)
                    .bind(f.duration_minutes)
                    .bind(&f.kind)
                    .bind(f.round)
                    .bind(&f.location)
                    .bind(&f.prep_notes)
                    .bind(&f.outcome)
                    .bind(&f.feedback)
                    .bind(f.remind)
                    .bind(now)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn interview_update(
                &self,
                user_id: i64,
                id: i64,
                f: &$crate::db::interviews::InterviewFields,
                now: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::interviews::UPDATE_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(f.job_id)
                    .bind(f.starts_at)
                    .bind(&f.time_zone)
                    .bind(f.duration_minutes)
                    .bind(&f.kind)
                    .bind(f.round)
                    .bind(&f.location)
                    .bind(&f.prep_notes)
                    .bind(&f.outcome)
                    .bind(&f.feedback)
                    .bind(f.remind)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn interview_delete(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::interviews::DELETE_SQL)
                    .bind(user_id)
                    .bind(id)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn interviews(
                &self,
                user_id: i64,
            ) -> Result<Vec<$crate::db::interviews::InterviewRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as(&$crate::db::interviews::list_sql())
                    .bind(user_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn interview_get(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<Option<$crate::db::interviews::InterviewRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as(&$crate::db::interviews::get_sql())
                    .bind(user_id)
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn interviewers(
                &self,
                user_id: i64,
            ) -> Result<Vec<$crate::db::interviews::InterviewerRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::interviews::INTERVIEWERS_SQL)
                    .bind(user_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn interviewer_add(
                &self,
                user_id: i64,
                interview_id: i64,
                p: &$crate::db::interviews::InterviewerRow,
            ) -> Result<Option<i64>, $crate::db::StoreError> {
                Ok(
                    sqlx::query_scalar($crate::db::interviews::INTERVIEWER_ADD_SQL)
                        .bind(user_id)
                        .bind(interview_id)
                        .bind(&p.name)
                        .bind(&p.role)
                        .bind(&p.linkedin)
                        .bind(&p.notes)
                        .fetch_optional(&self.pool)
                        .await?,
                )
            }

            async fn interviewer_delete(
                &self,
                user_id: i64,
                interviewer_id: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::interviews::INTERVIEWER_DELETE_SQL)
                    .bind(user_id)
                    .bind(interviewer_id)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn feed_get(
                &self,
                user_id: i64,
            ) -> Result<Option<String>, $crate::db::StoreError> {
                Ok(sqlx::query_scalar($crate::db::interviews::FEED_GET_SQL)
                    .bind(user_id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn feed_put(
                &self,
                user_id: i64,
                token_hash: &str,
                sealed: &str,
                now: i64,
            ) -> Result<(), $crate::db::StoreError> {
                sqlx::query($crate::db::interviews::FEED_PUT_SQL)
                    .bind(user_id)
                    .bind(token_hash)
                    .bind(sealed)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn feed_user(
                &self,
                token_hash: &str,
            ) -> Result<Option<i64>, $crate::db::StoreError> {
                Ok(sqlx::query_scalar($crate::db::interviews::FEED_USER_SQL)
                    .bind(token_hash)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn reminders_due(
                &self,
                from: i64,
                to: i64,
            ) -> Result<Vec<$crate::db::interviews::ReminderRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::interviews::REMINDERS_SQL)
                    .bind(from)
                    .bind(to)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn reminder_sent(
                &self,
                id: i64,
                now: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::interviews::REMINDER_SENT_SQL)
                    .bind(id)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }
        }
    };
}

pub(crate) use impl_interview_repo;
