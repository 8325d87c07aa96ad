//! Rows of resumes and their versions. Every statement names the user. A version
//! is never updated: saving adds the next number.

use async_trait::async_trait;

use super::StoreError;

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct ResumeRow {
    pub id: i64,
    pub title: String,
    pub language: String,
    pub is_primary: bool,
    pub created_at: i64,
    pub updated_at: i64,
    /// The newest version's number.
    pub versions: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct VersionRow {
    pub id: i64,
    pub number: i32,
    pub source: String,
    pub note: String,
    pub created_at: i64,
    /// JSON Resume text (empty in lists).
    pub data: String,
}

/// An uploaded file of a resume (the bytes live on disk under `stored_as`).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct FileRow {
    pub id: i64,
    pub resume_id: i64,
    pub stored_as: String,
    pub name: String,
    pub kind: String,
    pub size: i64,
    pub ocr: bool,
    pub created_at: i64,
}

/// What `resume_insert_file` records of the uploaded file.
#[derive(Clone, Debug)]
pub struct NewFile<'a> {
    pub stored_as: &'a str,
    pub name: &'a str,
    pub kind: &'a str,
    pub size: i64,
    pub ocr: bool,
}

#[async_trait]
pub trait ResumeRepo {
    /// A new resume with its first version; returns its id.
    async fn resume_insert(
        &self,
        user_id: i64,
        title: &str,
        language: &str,
        data: &str,
        source: &str,
        now: i64,
    ) -> Result<i64, StoreError>;

    /// A new resume read from an uploaded file: the resume, its first version
    /// (source `upload`) and the file's row, together or not at all.
    async fn resume_insert_file(
        &self,
        user_id: i64,
        title: &str,
        language: &str,
        data: &str,
        file: &NewFile<'_>,
        now: i64,
    ) -> Result<i64, StoreError>;

    /// A resume's uploaded files, newest first.
    async fn resume_files(&self, user_id: i64, resume_id: i64) -> Result<Vec<FileRow>, StoreError>;

    async fn resumes(&self, user_id: i64) -> Result<Vec<ResumeRow>, StoreError>;

    async fn resume_get(&self, user_id: i64, id: i64) -> Result<Option<ResumeRow>, StoreError>;

    /// Adds the next version; `None` when the user has no such resume.
    async fn resume_add_version(
        &self,
        user_id: i64,
        id: i64,
        data: &str,
        source: &str,
        note: &str,
        now: i64,
    ) -> Result<Option<i32>, StoreError>;

    /// Every version, newest first, without their data.
    async fn resume_versions(&self, user_id: i64, id: i64) -> Result<Vec<VersionRow>, StoreError>;

    /// One version with its data; the newest with `number` `None`.
    async fn resume_version(
        &self,
        user_id: i64,
        id: i64,
        number: Option<i32>,
    ) -> Result<Option<VersionRow>, StoreError>;

    /// Makes this resume the user's primary one; `false` when there is no such resume.
    async fn resume_set_primary(&self, user_id: i64, id: i64) -> Result<bool, StoreError>;

    async fn resume_rename(
        &self,
        user_id: i64,
        id: i64,
        title: &str,
        now: i64,
    ) -> Result<bool, StoreError>;

    async fn resume_delete(&self, user_id: i64, id: i64) -> Result<bool, StoreError>;

    /// The editor's unsaved document of a resume and when it was kept.
    async fn resume_draft(
        &self,
        user_id: i64,
        id: i64,
    ) -> Result<Option<(String, i64)>, StoreError>;

    /// Keeps (or replaces) the editor's unsaved document; `false` when the user
    /// has no such resume.
    async fn resume_put_draft(
        &self,
        user_id: i64,
        id: i64,
        data: &str,
        now: i64,
    ) -> Result<bool, StoreError>;

    async fn resume_drop_draft(&self, user_id: i64, id: i64) -> Result<(), StoreError>;
}

const RESUME_COLUMNS: &str = "r.id, r.title, r.language, r.is_primary, r.created_at, r.updated_at, \
     CAST((SELECT MAX(v.number) FROM resume_versions v WHERE v.resume_id = r.id) AS BIGINT) AS versions";

pub(crate) fn resumes_sql() -> String {
    format!(
        "SELECT {RESUME_COLUMNS} FROM resumes r WHERE r.user_id = $1 \
         ORDER BY r.is_primary DESC, r.updated_at DESC, r.id DESC"
    )
}

pub(crate) fn resume_get_sql() -> String {
    format!("SELECT {RESUME_COLUMNS} FROM resumes r WHERE r.user_id = $1 AND r.id = $2")
}

pub(crate) const INSERT_SQL: &str = "INSERT INTO resumes (user_id, title, language, is_primary, \
     created_at, updated_at) VALUES ($1, $2, $3, \
     NOT EXISTS (SELECT 1 FROM resumes WHERE user_id = $1), $4, $4) RETURNING id";
pub(crate) const TOUCH_SQL: &str =
    "UPDATE resumes SET updated_at = $3 WHERE id = $2 AND user_id = $1";
pub(crate) const NEXT_NUMBER_SQL: &str = "SELECT CAST(COALESCE(MAX(number), 0) + 1 AS BIGINT) \
     FROM resume_versions WHERE resume_id = $1";
pub(crate) const VERSION_INSERT_SQL: &str = "INSERT INTO resume_versions (resume_id, user_id, number, \
     data, source, note, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)";
pub(crate) const VERSIONS_SQL: &str = "SELECT id, number, source, note, created_at, '' AS data \
     FROM resume_versions WHERE user_id = $1 AND resume_id = $2 ORDER BY number DESC";
pub(crate) const VERSION_SQL: &str = "SELECT id, number, source, note, created_at, data \
     FROM resume_versions WHERE user_id = $1 AND resume_id = $2 \
     AND ($3 IS NULL OR number = $3) ORDER BY number DESC LIMIT 1";
pub(crate) const UNSET_PRIMARY_SQL: &str = "UPDATE resumes SET is_primary = FALSE \
     WHERE user_id = $1 AND is_primary AND id <> $2 \
     AND EXISTS (SELECT 1 FROM resumes WHERE user_id = $1 AND id = $2)";
pub(crate) const SET_PRIMARY_SQL: &str =
    "UPDATE resumes SET is_primary = TRUE WHERE user_id = $1 AND id = $2";
pub(crate) const RENAME_SQL: &str =
    "UPDATE resumes SET title = $3, updated_at = $4 WHERE user_id = $1 AND id = $2";
pub(crate) const DELETE_SQL: &str = "DELETE FROM resumes WHERE user_id = $1 AND id = $2";
pub(crate) const FILE_INSERT_SQL: &str = "INSERT INTO resume_files (user_id, resume_id, \
     stored_as, name, kind, size, ocr, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
pub(crate) const FILES_SQL: &str = "SELECT id, resume_id, stored_as, name, kind, size, ocr, \
     created_at FROM resume_files WHERE user_id = $1 AND resume_id = $2 ORDER BY id DESC";
pub(crate) const DRAFT_SQL: &str =
    "SELECT data, updated_at FROM resume_drafts WHERE user_id = $1 AND resume_id = $2";
/// The resume's row proves it is the user's; the draft row is then one per resume.
pub(crate) const PUT_DRAFT_SQL: &str = "INSERT INTO resume_drafts (resume_id, user_id, data, \
     updated_at) SELECT id, user_id, $3, $4 FROM resumes WHERE user_id = $1 AND id = $2 \
     ON CONFLICT (resume_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at";
pub(crate) const DROP_DRAFT_SQL: &str =
    "DELETE FROM resume_drafts WHERE user_id = $1 AND resume_id = $2";
/// After a delete: the newest remaining resume becomes primary if none is.
pub(crate) const PROMOTE_SQL: &str = "UPDATE resumes SET is_primary = TRUE WHERE id = \
     (SELECT id FROM resumes WHERE user_id = $1 ORDER BY updated_at DESC, id DESC LIMIT 1) \
     AND NOT EXISTS (SELECT 1 FROM resumes WHERE user_id = $1 AND is_primary)";

/// Inserts a resume and its first version inside the transaction `$tx`; the
/// resume's id.
macro_rules! insert_in {
    ($tx:ident, $user_id:expr, $title:expr, $language:expr, $data:expr, $source:expr, $now:expr) => {{
        use $crate::db::resumes as sql;
        let id: i64 = sqlx::query_scalar(sql::INSERT_SQL)
            .bind($user_id)
            .bind($title)
            .bind($language)
            .bind($now)
            .fetch_one(&mut *$tx)
            .await?;
        sqlx::query(sql::VERSION_INSERT_SQL)
            .bind(id)
            .bind($user_id)
            .bind(1_i32)
            .bind($data)
            .bind($source)
            .bind("")
            .bind($now)
            .execute(&mut *$tx)
            .await?;
        id
    }};
}

pub(crate) use insert_in;

macro_rules! impl_resume_repo {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::db::resumes::ResumeRepo for $store {
            async fn resume_insert(
                &self,
                user_id: i64,
                title: &str,
                language: &str,
                data: &str,
                source: &str,
                now: i64,
            ) -> Result<i64, $crate::db::StoreError> {
                let mut tx = self.pool.begin().await?;
                let id = $crate::db::resumes::insert_in!(
                    tx, user_id, title, language, data, source, now
                );
                tx.commit().await?;
                Ok(id)
            }

            async fn resume_insert_file(
                &self,
                user_id: i64,
                title: &str,
                language: &str,
                data: &str,
                file: &$crate::db::resumes::NewFile<'_>,
                now: i64,
            ) -> Result<i64, $crate::db::StoreError> {
                let mut tx = self.pool.begin().await?;
                let id = $crate::db::resumes::insert_in!(
                    tx, user_id, title, language, data, "upload", now
                );
                sqlx::query($crate::db::resumes::FILE_INSERT_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(file.stored_as)
                    .bind(file.name)
                    .bind(file.kind)
                    .bind(file.size)
                    .bind(file.ocr)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn resume_files(
                &self,
                user_id: i64,
                resume_id: i64,
            ) -> Result<Vec<$crate::db::resumes::FileRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::resumes::FILES_SQL)
                    .bind(user_id)
                    .bind(resume_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn resumes(
                &self,
                user_id: i64,
            ) -> Result<Vec<$crate::db::resumes::ResumeRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as(&$crate::db::resumes::resumes_sql())
                    .bind(user_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn resume_get(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<Option<$crate::db::resumes::ResumeRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as(&$crate::db::resumes::resume_get_sql())
                    .bind(user_id)
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn resume_add_version(
                &self,
                user_id: i64,
                id: i64,
                data: &str,
                source: &str,
                note: &str,
                now: i64,
            ) -> Result<Option<i32>, $crate::db::StoreError> {
                use $crate::db::resumes as sql;
                let mut tx = self.pool.begin().await?;
                // The update comes first: it takes SQLite's write lock and proves
                // the resume is the user's.
                let touched = sqlx::query(sql::TOUCH_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                if touched.rows_affected() != 1 {
                    return Ok(None);
                }
                let number: i32 = sqlx::query_scalar::<_, i64>(sql::NEXT_NUMBER_SQL)
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await
                    .map(|n| i32::try_from(n).unwrap_or(i32::MAX))?;
                sqlx::query(sql::VERSION_INSERT_SQL)
                    .bind(id)
                    .bind(user_id)
                    .bind(number)
                    .bind(data)
                    .bind(source)
                    .bind(note)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(Some(number))
            }

            async fn resume_versions(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<Vec<$crate::db::resumes::VersionRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::resumes::VERSIONS_SQL)
                    .bind(user_id)
                    .bind(id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn resume_version(
                &self,
                user_id: i64,
                id: i64,
                number: Option<i32>,
            ) -> Result<Option<$crate::db::resumes::VersionRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::resumes::VERSION_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(number)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn resume_set_primary(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                use $crate::db::resumes as sql;
                let mut tx = self.pool.begin().await?;
                sqlx::query(sql::UNSET_PRIMARY_SQL)
                    .bind(user_id)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                let done = sqlx::query(sql::SET_PRIMARY_SQL)
                    .bind(user_id)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(done.rows_affected() == 1)
            }

            async fn resume_rename(
                &self,
                user_id: i64,
                id: i64,
                title: &str,
                now: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::resumes::RENAME_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(title)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn resume_delete(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                use $crate::db::resumes as sql;
                let mut tx = self.pool.begin().await?;
                let done = sqlx::query(sql::DELETE_SQL)
                    .bind(user_id)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(sql::PROMOTE_SQL)
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(done.rows_affected() == 1)
            }

            async fn resume_draft(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<Option<(String, i64)>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::resumes::DRAFT_SQL)
                    .bind(user_id)
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn resume_put_draft(
                &self,
                user_id: i64,
                id: i64,
                data: &str,
                now: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::resumes::PUT_DRAFT_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(data)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn resume_drop_draft(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<(), $crate::db::StoreError> {
                sqlx::query($crate::db::resumes::DROP_DRAFT_SQL)
                    .bind(user_id)
                    .bind(id)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }
        }
    };
}

pub(crate) use impl_resume_repo;
