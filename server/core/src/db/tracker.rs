//! Rows of the job tracker: companies, job postings (each an application on the
//! board), the status timeline, notes, contacts and tags. Every statement names the
//! user, so nobody reaches another user's rows. The SQL is shared by both backends.
//!
//! A posting's `position` orders its status column; positions in a column are kept
//! strictly increasing, so a move is one shift and one update.

use async_trait::async_trait;

use super::StoreError;
use crate::model::tracker::{Company, Contact, Sort};

/// A job posting as stored, with its company's name.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct PostingRow {
    pub id: i64,
    pub company_id: Option<i64>,
    pub company: Option<String>,
    pub title: String,
    pub location: String,
    pub work_mode: Option<String>,
    pub job_type: Option<String>,
    pub salary_min: Option<i64>,
    pub salary_max: Option<i64>,
    pub salary_currency: String,
    pub source_url: String,
    pub description: String,
    pub requirements: String,
    pub language: String,
    pub deadline: Option<String>,
    pub applied_at: Option<i64>,
    pub match_score: Option<i32>,
    /// The resume and version the score was computed against.
    pub score_resume_id: Option<i64>,
    pub score_version: Option<i32>,
    pub status: String,
    pub position: i64,
    pub status_changed_at: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A posting's fields as checked by the service layer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PostingFields {
    pub company_id: Option<i64>,
    pub title: String,
    pub location: String,
    pub work_mode: Option<String>,
    pub job_type: Option<String>,
    pub salary_min: Option<i64>,
    pub salary_max: Option<i64>,
    pub salary_currency: String,
    pub source_url: String,
    pub description: String,
    /// JSON text.
    pub requirements: String,
    pub language: String,
    pub deadline: Option<String>,
    pub match_score: Option<i32>,
    /// The resume and version the score was computed against.
    pub score_resume_id: Option<i64>,
    pub score_version: Option<i32>,
}

/// The SQL side of the board's filter (the text search runs in Rust, where case
/// folding knows every script).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PostingQuery {
    pub status: Option<String>,
    pub work_mode: Option<String>,
    pub job_type: Option<String>,
    /// Lower case.
    pub company: Option<String>,
    /// Lower case.
    pub tag: Option<String>,
    pub sort: Option<Sort>,
    /// Whether descriptions are needed (for the search); else they come back empty.
    pub with_description: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct StatusChangeRow {
    pub posting_id: i64,
    pub from_status: Option<String>,
    pub to_status: String,
    pub at: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct NoteRow {
    pub id: i64,
    pub body: String,
    pub created_at: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct ContactRow {
    pub id: i64,
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
    pub linkedin: String,
    pub notes: String,
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct CompanyRow {
    pub id: i64,
    pub name: String,
    pub website: String,
    pub notes: String,
}

impl From<CompanyRow> for Company {
    fn from(c: CompanyRow) -> Self {
        Company {
            id: c.id,
            name: c.name,
            website: c.website,
            notes: c.notes,
        }
    }
}

impl From<ContactRow> for Contact {
    fn from(c: ContactRow) -> Self {
        Contact {
            id: c.id,
            name: c.name,
            role: c.role,
            email: c.email,
            phone: c.phone,
            linkedin: c.linkedin,
            notes: c.notes,
        }
    }
}

/// How a move went: the status before and after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    pub from: String,
    pub to: String,
}

#[async_trait]
pub trait TrackerRepo {
    /// The user's company of that name (any case), created if new; a website given
    /// now fills an empty one.
    async fn company_upsert(
        &self,
        user_id: i64,
        name: &str,
        website: &str,
        now: i64,
    ) -> Result<i64, StoreError>;

    async fn company_get(&self, user_id: i64, id: i64) -> Result<Option<CompanyRow>, StoreError>;

    async fn companies(&self, user_id: i64) -> Result<Vec<CompanyRow>, StoreError>;

    /// Adds a posting at the top of its status column, with its first timeline entry.
    async fn posting_insert(
        &self,
        user_id: i64,
        fields: &PostingFields,
        status: &str,
        now: i64,
    ) -> Result<i64, StoreError>;

    /// `false` when the user has no such posting.
    async fn posting_update(
        &self,
        user_id: i64,
        id: i64,
        fields: &PostingFields,
        now: i64,
    ) -> Result<bool, StoreError>;

    async fn posting_get(&self, user_id: i64, id: i64) -> Result<Option<PostingRow>, StoreError>;

    /// Stores a score and what it was computed against (resume id, version),
    /// leaving the job's change time; `false` when the user has no such job.
    async fn posting_set_score(
        &self,
        user_id: i64,
        id: i64,
        score: Option<i32>,
        basis: Option<(i64, i32)>,
    ) -> Result<bool, StoreError>;

    async fn postings(
        &self,
        user_id: i64,
        query: &PostingQuery,
    ) -> Result<Vec<PostingRow>, StoreError>;

    /// Puts the posting at `index` (0: top) of the `status` column, recording a
    /// status change; `None` when the user has no such posting.
    async fn posting_move(
        &self,
        user_id: i64,
        id: i64,
        status: &str,
        index: usize,
        now: i64,
    ) -> Result<Option<Moved>, StoreError>;

    async fn posting_delete(&self, user_id: i64, id: i64) -> Result<bool, StoreError>;

    /// (posting id, tag) of every tagged posting of the user.
    async fn posting_tags(&self, user_id: i64) -> Result<Vec<(i64, String)>, StoreError>;

    /// Replaces the posting's tags; `false` when the user has no such posting.
    async fn posting_set_tags(
        &self,
        user_id: i64,
        id: i64,
        tags: &[String],
    ) -> Result<bool, StoreError>;

    /// The timeline of one posting, or with `None` of all the user's, oldest first.
    async fn status_changes(
        &self,
        user_id: i64,
        posting_id: Option<i64>,
    ) -> Result<Vec<StatusChangeRow>, StoreError>;

    /// `None` when the user has no such posting.
    async fn note_add(
        &self,
        user_id: i64,
        posting_id: i64,
        body: &str,
        now: i64,
    ) -> Result<Option<i64>, StoreError>;

    async fn note_delete(&self, user_id: i64, note_id: i64) -> Result<bool, StoreError>;

    async fn notes(&self, user_id: i64, posting_id: i64) -> Result<Vec<NoteRow>, StoreError>;

    /// `None` when the user has no such posting.
    async fn contact_add(
        &self,
        user_id: i64,
        posting_id: i64,
        contact: &ContactRow,
        now: i64,
    ) -> Result<Option<i64>, StoreError>;

    async fn contact_delete(&self, user_id: i64, contact_id: i64) -> Result<bool, StoreError>;

    async fn contacts(&self, user_id: i64, posting_id: i64) -> Result<Vec<ContactRow>, StoreError>;
}

pub(crate) const COMPANY_FIND_SQL: &str =
    "SELECT id FROM companies WHERE user_id = $1 AND lower(name) = lower($2)";
pub(crate) const COMPANY_INSERT_SQL: &str = "INSERT INTO companies (user_id, name, website, \
     created_at, updated_at) VALUES ($1, $2, $3, $4, $4) \
     ON CONFLICT DO NOTHING";
pub(crate) const COMPANY_WEBSITE_SQL: &str = "UPDATE companies SET website = $3, updated_at = $4 \
     WHERE id = $1 AND user_id = $2 AND website = '' AND $3 <> ''";
pub(crate) const COMPANY_GET_SQL: &str =
    "SELECT id, name, website, notes FROM companies WHERE id = $2 AND user_id = $1";
pub(crate) const COMPANIES_SQL: &str =
    "SELECT id, name, website, notes FROM companies WHERE user_id = $1 ORDER BY lower(name)";

const POSTING_COLUMNS: &str = "p.id, p.company_id, c.name AS company, p.title, p.location, \
     p.work_mode, p.job_type, p.salary_min, p.salary_max, p.salary_currency, p.source_url, \
     p.description, p.requirements, p.language, p.deadline, p.applied_at, p.match_score, \
     p.score_resume_id, p.score_version, p.status, p.position, p.status_changed_at, p.created_at, p.updated_at";

pub(crate) fn posting_get_sql() -> String {
    format!(
        "SELECT {POSTING_COLUMNS} FROM job_postings p LEFT JOIN companies c ON c.id = p.company_id \
         WHERE p.id = $2 AND p.user_id = $1"
    )
}

pub(crate) fn postings_sql(query: &PostingQuery) -> String {
    let columns = if query.with_description {
        POSTING_COLUMNS.to_owned()
    } else {
        POSTING_COLUMNS.replace("p.description,", "'' AS description,")
    };
    let order = match query.sort.unwrap_or(Sort::Position) {
        Sort::Position => "p.position, p.id",
        Sort::Updated => "p.updated_at DESC, p.id DESC",
        Sort::Created => "p.created_at DESC, p.id DESC",
        Sort::Deadline => "p.deadline IS NULL, p.deadline, p.id",
        Sort::Score => "p.match_score IS NULL, p.match_score DESC, p.id",
    };
    format!(
        "SELECT {columns} FROM job_postings p LEFT JOIN companies c ON c.id = p.company_id \
         WHERE p.user_id = $1 \
         AND ($2 IS NULL OR p.status = $2) \
         AND ($3 IS NULL OR p.work_mode = $3) \
         AND ($4 IS NULL OR p.job_type = $4) \
         AND ($5 IS NULL OR lower(c.name) = $5) \
         AND ($6 IS NULL OR EXISTS (SELECT 1 FROM job_tags jt JOIN tags t ON t.id = jt.tag_id \
              WHERE jt.posting_id = p.id AND lower(t.name) = $6)) \
         ORDER BY {order}"
    )
}

pub(crate) const POSTING_INSERT_SQL: &str = "INSERT INTO job_postings (user_id, company_id, \
     title, location, work_mode, job_type, salary_min, salary_max, salary_currency, source_url, \
     description, requirements, language, deadline, match_score, status, position, applied_at, \
     status_changed_at, created_at, updated_at, score_resume_id, score_version) VALUES ($1, $2, \
     $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19, $19, $20, \
     $21) RETURNING id";
pub(crate) const POSTING_UPDATE_SQL: &str = "UPDATE job_postings SET company_id = $3, \
     title = $4, location = $5, work_mode = $6, job_type = $7, salary_min = $8, salary_max = $9, \
     salary_currency = $10, source_url = $11, description = $12, requirements = $13, \
     language = $14, deadline = $15, match_score = $16, updated_at = $17, \
     score_resume_id = $18, score_version = $19 WHERE id = $2 AND user_id = $1";
/// A new score from the background rescore: the job's own change time stays.
pub(crate) const POSTING_SCORE_SQL: &str = "UPDATE job_postings SET match_score = $3, \
     score_resume_id = $4, score_version = $5 WHERE id = $2 AND user_id = $1";
/// Takes the write lock first (SQLite) and reads the posting's column.
pub(crate) const POSTING_TOUCH_SQL: &str = "UPDATE job_postings SET updated_at = $3 \
     WHERE id = $2 AND user_id = $1 RETURNING status";
pub(crate) const COLUMN_SQL: &str = "SELECT id, position FROM job_postings \
     WHERE user_id = $1 AND status = $2 AND id <> $3 ORDER BY position, id";
pub(crate) const COLUMN_SHIFT_SQL: &str = "UPDATE job_postings SET position = position + 1 \
     WHERE user_id = $1 AND status = $2 AND id <> $3 AND position >= $4";
pub(crate) const POSTING_PLACE_SQL: &str = "UPDATE job_postings SET status = $3, position = $4, \
     status_changed_at = CASE WHEN status = $3 THEN status_changed_at ELSE $5 END, \
     applied_at = CASE WHEN applied_at IS NULL AND $3 <> 'interested' THEN $5 ELSE applied_at END \
     WHERE id = $2 AND user_id = $1";
pub(crate) const POSTING_DELETE_SQL: &str =
    "DELETE FROM job_postings WHERE id = $2 AND user_id = $1";
pub(crate) const STATUS_CHANGE_SQL: &str = "INSERT INTO job_status_changes (user_id, posting_id, \
     from_status, to_status, at) VALUES ($1, $2, $3, $4, $5)";
pub(crate) const STATUS_CHANGES_SQL: &str = "SELECT posting_id, from_status, to_status, at \
     FROM job_status_changes WHERE user_id = $1 AND ($2 IS NULL OR posting_id = $2) \
     ORDER BY at, id";
pub(crate) const TAGS_SQL: &str = "SELECT jt.posting_id, t.name FROM job_tags jt \
     JOIN tags t ON t.id = jt.tag_id WHERE t.user_id = $1 ORDER BY lower(t.name)";
pub(crate) const OWNS_POSTING_SQL: &str =
    "SELECT id FROM job_postings WHERE id = $2 AND user_id = $1";
pub(crate) const TAGS_CLEAR_SQL: &str = "DELETE FROM job_tags WHERE posting_id = $2 \
     AND posting_id IN (SELECT id FROM job_postings WHERE user_id = $1)";
pub(crate) const TAG_INSERT_SQL: &str =
    "INSERT INTO tags (user_id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING";
pub(crate) const TAG_FIND_SQL: &str =
    "SELECT id FROM tags WHERE user_id = $1 AND lower(name) = lower($2)";
pub(crate) const TAG_LINK_SQL: &str =
    "INSERT INTO job_tags (posting_id, tag_id) VALUES ($1, $2) ON CONFLICT DO NOTHING";
pub(crate) const TAGS_UNUSED_SQL: &str = "DELETE FROM tags WHERE user_id = $1 \
     AND NOT EXISTS (SELECT 1 FROM job_tags jt WHERE jt.tag_id = tags.id)";
pub(crate) const NOTE_INSERT_SQL: &str = "INSERT INTO job_notes (user_id, posting_id, body, \
     created_at) SELECT $1, id, $3, $4 FROM job_postings WHERE id = $2 AND user_id = $1 \
     RETURNING id";
pub(crate) const NOTE_DELETE_SQL: &str = "DELETE FROM job_notes WHERE id = $2 AND user_id = $1";
pub(crate) const NOTES_SQL: &str = "SELECT id, body, created_at FROM job_notes \
     WHERE user_id = $1 AND posting_id = $2 ORDER BY created_at DESC, id DESC";
pub(crate) const CONTACT_INSERT_SQL: &str = "INSERT INTO contacts (user_id, posting_id, \
     company_id, name, role, email, phone, linkedin, notes, created_at) \
     SELECT $1, id, company_id, $3, $4, $5, $6, $7, $8, $9 FROM job_postings \
     WHERE id = $2 AND user_id = $1 RETURNING id";
pub(crate) const CONTACT_DELETE_SQL: &str = "DELETE FROM contacts WHERE id = $2 AND user_id = $1";
pub(crate) const CONTACTS_SQL: &str = "SELECT id, name, role, email, phone, linkedin, notes \
     FROM contacts WHERE user_id = $1 AND posting_id = $2 ORDER BY lower(name), id";

/// Where a card lands among `column` (the other cards, in order): the position it
/// takes, and the position from which the cards below must shift down by one.
pub(crate) fn place(column: &[(i64, i64)], index: usize) -> (i64, Option<i64>) {
    match (column.first(), column.get(index)) {
        (None, _) => (0, None),
        (Some(first), _) if index == 0 => (first.1 - 1, None),
        (_, Some(at)) => {
            let before = column[index - 1].1;
            if at.1 - before > 1 {
                (before + 1, None)
            } else {
                (at.1, Some(at.1))
            }
        }
        (_, None) => (column.last().map_or(0, |last| last.1 + 1), None),
    }
}

macro_rules! impl_tracker_repo {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::db::tracker::TrackerRepo for $store {
            async fn company_upsert(
                &self,
                user_id: i64,
                name: &str,
                website: &str,
                now: i64,
            ) -> Result<i64, $crate::db::StoreError> {
                use $crate::db::tracker as sql;
                sqlx::query(sql::COMPANY_INSERT_SQL)
                    .bind(user_id)
                    .bind(name)
                    .bind(website)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                let id: i64 = sqlx::query_scalar(sql::COMPANY_FIND_SQL)
                    .bind(user_id)
                    .bind(name)
                    .fetch_one(&self.pool)
                    .await?;
                sqlx::query(sql::COMPANY_WEBSITE_SQL)
                    .bind(id)
                    .bind(user_id)
                    .bind(website)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(id)
            }

            async fn company_get(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<Option<$crate::db::tracker::CompanyRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::tracker::COMPANY_GET_SQL)
                    .bind(user_id)
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn companies(
                &self,
                user_id: i64,
            ) -> Result<Vec<$crate::db::tracker::CompanyRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::tracker::COMPANIES_SQL)
                    .bind(user_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn posting_insert(
                &self,
                user_id: i64,
                f: &$crate::db::tracker::PostingFields,
                status: &str,
                now: i64,
            ) -> Result<i64, $crate::db::StoreError> {
                use $crate::db::tracker as sql;
                let mut tx = self.pool.begin().await?;
                // The insert comes first, so SQLite takes its write lock at once;
                // the position is set once the column is known.
                let applied = (status != "interested").then_some(now);
                let id: i64 = sqlx::query_scalar(sql::POSTING_INSERT_SQL)
                    .bind(user_id)
                    .bind(f.company_id)
                    .bind(&f.title)
                    .bind(&f.location)
                    .bind(f.work_mode.as_deref())
                    .bind(f.job_type.as_deref())
                    .bind(f.salary_min)
                    .bind(f.salary_max)
                    .bind(&f.salary_currency)
                    .bind(&f.source_url)
                    .bind(&f.description)
                    .bind(&f.requirements)
                    .bind(&f.language)
                    .bind(f.deadline.as_deref())
                    .bind(f.match_score)
                    .bind(status)
                    .bind(0_i64)
                    .bind(applied)
                    .bind(now)
                    .bind(f.score_resume_id)
                    .bind(f.score_version)
                    .fetch_one(&mut *tx)
                    .await?;
                let column: Vec<(i64, i64)> = sqlx::query_as(sql::COLUMN_SQL)
                    .bind(user_id)
                    .bind(status)
                    .bind(id)
                    .fetch_all(&mut *tx)
                    .await?;
                let (position, _) = sql::place(&column, 0);
                sqlx::query(sql::POSTING_PLACE_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(status)
                    .bind(position)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(sql::STATUS_CHANGE_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(None::<&str>)
                    .bind(status)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn posting_update(
                &self,
                user_id: i64,
                id: i64,
                f: &$crate::db::tracker::PostingFields,
                now: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::tracker::POSTING_UPDATE_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(f.company_id)
                    .bind(&f.title)
                    .bind(&f.location)
                    .bind(f.work_mode.as_deref())
                    .bind(f.job_type.as_deref())
                    .bind(f.salary_min)
                    .bind(f.salary_max)
                    .bind(&f.salary_currency)
                    .bind(&f.source_url)
                    .bind(&f.description)
                    .bind(&f.requirements)
                    .bind(&f.language)
                    .bind(f.deadline.as_deref())
                    .bind(f.match_score)
                    .bind(now)
                    .bind(f.score_resume_id)
                    .bind(f.score_version)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn posting_set_score(
                &self,
                user_id: i64,
                id: i64,
                score: Option<i32>,
                basis: Option<(i64, i32)>,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::tracker::POSTING_SCORE_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(score)
                    .bind(basis.map(|b| b.0))
                    .bind(basis.map(|b| b.1))
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn posting_get(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<Option<$crate::db::tracker::PostingRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as(&$crate::db::tracker::posting_get_sql())
                    .bind(user_id)
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn postings(
                &self,
                user_id: i64,
                q: &$crate::db::tracker::PostingQuery,
            ) -> Result<Vec<$crate::db::tracker::PostingRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as(&$crate::db::tracker::postings_sql(q))
                    .bind(user_id)
                    .bind(q.status.as_deref())
                    .bind(q.work_mode.as_deref())
                    .bind(q.job_type.as_deref())
                    .bind(q.company.as_deref())
                    .bind(q.tag.as_deref())
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn posting_move(
                &self,
                user_id: i64,
                id: i64,
                status: &str,
                index: usize,
                now: i64,
            ) -> Result<Option<$crate::db::tracker::Moved>, $crate::db::StoreError> {
                use $crate::db::tracker as sql;
                let mut tx = self.pool.begin().await?;
                let Some(from): Option<String> = sqlx::query_scalar(sql::POSTING_TOUCH_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(now)
                    .fetch_optional(&mut *tx)
                    .await?
                else {
                    return Ok(None);
                };
                let column: Vec<(i64, i64)> = sqlx::query_as(sql::COLUMN_SQL)
                    .bind(user_id)
                    .bind(status)
                    .bind(id)
                    .fetch_all(&mut *tx)
                    .await?;
                let (position, shift_from) = sql::place(&column, index);
                if let Some(shift_from) = shift_from {
                    sqlx::query(sql::COLUMN_SHIFT_SQL)
                        .bind(user_id)
                        .bind(status)
                        .bind(id)
                        .bind(shift_from)
                        .execute(&mut *tx)
                        .await?;
                }
                sqlx::query(sql::POSTING_PLACE_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(status)
                    .bind(position)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                if from != status {
                    sqlx::query(sql::STATUS_CHANGE_SQL)
                        .bind(user_id)
                        .bind(id)
                        .bind(&from)
                        .bind(status)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(Some(sql::Moved {
                    from,
                    to: status.to_owned(),
                }))
            }

            async fn posting_delete(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let mut tx = self.pool.begin().await?;
                let done = sqlx::query($crate::db::tracker::POSTING_DELETE_SQL)
                    .bind(user_id)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query($crate::db::tracker::TAGS_UNUSED_SQL)
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(done.rows_affected() == 1)
            }

            async fn posting_tags(
                &self,
                user_id: i64,
            ) -> Result<Vec<(i64, String)>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::tracker::TAGS_SQL)
                    .bind(user_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn posting_set_tags(
                &self,
                user_id: i64,
                id: i64,
                tags: &[String],
            ) -> Result<bool, $crate::db::StoreError> {
                use $crate::db::tracker as sql;
                let mut tx = self.pool.begin().await?;
                sqlx::query(sql::TAGS_CLEAR_SQL)
                    .bind(user_id)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                let owned: Option<i64> = sqlx::query_scalar(sql::OWNS_POSTING_SQL)
                    .bind(user_id)
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?;
                if owned.is_none() {
                    return Ok(false);
                }
                for tag in tags {
                    sqlx::query(sql::TAG_INSERT_SQL)
                        .bind(user_id)
                        .bind(tag)
                        .execute(&mut *tx)
                        .await?;
                    let tag_id: i64 = sqlx::query_scalar(sql::TAG_FIND_SQL)
                        .bind(user_id)
                        .bind(tag)
                        .fetch_one(&mut *tx)
                        .await?;
                    sqlx::query(sql::TAG_LINK_SQL)
                        .bind(id)
                        .bind(tag_id)
                        .execute(&mut *tx)
                        .await?;
                }
                sqlx::query(sql::TAGS_UNUSED_SQL)
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn status_changes(
                &self,
                user_id: i64,
                posting_id: Option<i64>,
            ) -> Result<Vec<$crate::db::tracker::StatusChangeRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::tracker::STATUS_CHANGES_SQL)
                    .bind(user_id)
                    .bind(posting_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn note_add(
                &self,
                user_id: i64,
                posting_id: i64,
                body: &str,
                now: i64,
            ) -> Result<Option<i64>, $crate::db::StoreError> {
                Ok(sqlx::query_scalar($crate::db::tracker::NOTE_INSERT_SQL)
                    .bind(user_id)
                    .bind(posting_id)
                    .bind(body)
                    .bind(now)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn note_delete(
                &self,
                user_id: i64,
                note_id: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::tracker::NOTE_DELETE_SQL)
                    .bind(user_id)
                    .bind(note_id)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn notes(
                &self,
                user_id: i64,
                posting_id: i64,
            ) -> Result<Vec<$crate::db::tracker::NoteRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::tracker::NOTES_SQL)
                    .bind(user_id)
                    .bind(posting_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn contact_add(
                &self,
                user_id: i64,
                posting_id: i64,
                c: &$crate::db::tracker::ContactRow,
                now: i64,
            ) -> Result<Option<i64>, $crate::db::StoreError> {
                Ok(sqlx::query_scalar($crate::db::tracker::CONTACT_INSERT_SQL)
                    .bind(user_id)
                    .bind(posting_id)
                    .bind(&c.name)
                    .bind(&c.role)
                    .bind(&c.email)
                    .bind(&c.phone)
                    .bind(&c.linkedin)
                    .bind(&c.notes)
                    .bind(now)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn contact_delete(
                &self,
                user_id: i64,
                contact_id: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::tracker::CONTACT_DELETE_SQL)
                    .bind(user_id)
                    .bind(contact_id)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn contacts(
                &self,
                user_id: i64,
                posting_id: i64,
            ) -> Result<Vec<$crate::db::tracker::ContactRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::tracker::CONTACTS_SQL)
                    .bind(user_id)
                    .bind(posting_id)
                    .fetch_all(&self.pool)
                    .await?)
            }
        }
    };
}

pub(crate) use impl_tracker_repo;

#[cfg(test)]
mod tests {
    use super::place;

    #[test]
    fn cards_land_where_they_are_dropped() {
        let column = [(1, 0), (2, 1), (3, 5)];
        assert_eq!(place(&[], 3), (0, None));
        assert_eq!(place(&column, 0), (-1, None));
        assert_eq!(
            place(&column, 1),
            (1, Some(1)),
            "no gap: shift the rest down"
        );
        assert_eq!(place(&column, 2), (2, None), "a gap is used");
        assert_eq!(place(&column, 3), (6, None));
        assert_eq!(place(&column, 99), (6, None));
    }
}
