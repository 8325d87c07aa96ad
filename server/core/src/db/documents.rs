//! Rows of documents (cover letters, portfolios, others), their Markdown
//! versions and uploaded files. Every statement names the user; a link to a job
//! is only made to one of the user's own jobs.

use async_trait::async_trait;

use super::StoreError;

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct DocumentRow {
    pub id: i64,
    pub kind: String,
    pub title: String,
    pub job_id: Option<i64>,
    /// The linked job's title and company ("" without a company).
    pub job_title: Option<String>,
    pub company: Option<String>,
    pub language: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// The newest version's number.
    pub versions: i64,
    /// How many files were uploaded with it.
    pub files: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct DocVersionRow {
    pub number: i32,
    pub source: String,
    pub note: String,
    pub created_at: i64,
    /// Empty in lists.
    pub markdown: String,
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct DocFileRow {
    pub id: i64,
    pub stored_as: String,
    pub name: String,
    pub kind: String,
    pub size: i64,
    pub created_at: i64,
}

/// A new document and its first version.
#[derive(Clone, Debug)]
pub struct NewDocument<'a> {
    pub kind: &'a str,
    pub title: &'a str,
    pub job_id: Option<i64>,
    pub language: &'a str,
    pub markdown: &'a str,
    pub source: &'a str,
    pub note: &'a str,
}

/// What is recorded of an uploaded file (its bytes are on disk as `stored_as`).
#[derive(Clone, Debug)]
pub struct NewDocFile<'a> {
    pub stored_as: &'a str,
    pub name: &'a str,
    pub kind: &'a str,
    pub size: i64,
}

#[async_trait]
pub trait DocumentRepo {
    /// A new document with its first version (and its uploaded file's row),
    /// together or not at all; `None` when `job_id` is not one of the user's jobs.
    async fn document_insert(
        &self,
        user_id: i64,
        doc: &NewDocument<'_>,
        file: Option<&NewDocFile<'_>>,
        now: i64,
    ) -> Result<Option<i64>, StoreError>;

    /// The user's documents, newest first.
    async fn documents(&self, user_id: i64) -> Result<Vec<DocumentRow>, StoreError>;

    async fn document_get(&self, user_id: i64, id: i64) -> Result<Option<DocumentRow>, StoreError>;

    /// Adds the next version; `None` when the user has no such document.
    async fn document_add_version(
        &self,
        user_id: i64,
        id: i64,
        markdown: &str,
        source: &str,
        note: &str,
        now: i64,
    ) -> Result<Option<i32>, StoreError>;

    /// Every version, newest first, without their text.
    async fn document_versions(
        &self,
        user_id: i64,
        id: i64,
    ) -> Result<Vec<DocVersionRow>, StoreError>;

    /// One version with its text; the newest with `number` `None`.
    async fn document_version(
        &self,
        user_id: i64,
        id: i64,
        number: Option<i32>,
    ) -> Result<Option<DocVersionRow>, StoreError>;

    /// Renames, retypes and relinks a document; `false` when the user has no
    /// such document or `job_id` is not one of their jobs.
    async fn document_update(
        &self,
        user_id: i64,
        id: i64,
        title: &str,
        kind: &str,
        job_id: Option<i64>,
        now: i64,
    ) -> Result<bool, StoreError>;

    async fn document_delete(&self, user_id: i64, id: i64) -> Result<bool, StoreError>;

    /// A document's uploaded files, newest first.
    async fn document_files(&self, user_id: i64, id: i64) -> Result<Vec<DocFileRow>, StoreError>;
}

const DOCUMENT_COLUMNS: &str = "d.id, d.kind, d.title, d.job_id, j.title AS job_title, \
     c.name AS company, d.language, d.created_at, d.updated_at, \
     CAST((SELECT MAX(v.number) FROM document_versions v WHERE v.document_id = d.id) AS BIGINT) AS versions, \
     CAST((SELECT COUNT(*) FROM document_files f WHERE f.document_id = d.id) AS BIGINT) AS files \
     FROM documents d LEFT JOIN job_postings j ON j.id = d.job_id AND j.user_id = d.user_id \
     LEFT JOIN companies c ON c.id = j.company_id";

pub(crate) fn documents_sql() -> String {
    format!("SELECT {DOCUMENT_COLUMNS} WHERE d.user_id = $1 ORDER BY d.updated_at DESC, d.id DESC")
}

pub(crate) fn document_get_sql() -> String {
    format!("SELECT {DOCUMENT_COLUMNS} WHERE d.user_id = $1 AND d.id = $2")
}

/// Inserts nothing when `$4` names a job that is not the user's.
pub(crate) const INSERT_SQL: &str = "INSERT INTO documents (user_id, kind, title, job_id, \
     language, created_at, updated_at) SELECT $1, $2, $3, $4, $5, $6, $6 \
     WHERE $4 IS NULL OR EXISTS (SELECT 1 FROM job_postings WHERE id = $4 AND user_id = $1) \
     RETURNING id";
pub(crate) const VERSION_INSERT_SQL: &str = "INSERT INTO document_versions (document_id, user_id, \
     number, markdown, source, note, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)";
pub(crate) const FILE_INSERT_SQL: &str = "INSERT INTO document_files (user_id, document_id, \
     stored_as, name, kind, size, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)";
pub(crate) const TOUCH_SQL: &str =
    "UPDATE documents SET updated_at = $3 WHERE id = $2 AND user_id = $1";
pub(crate) const NEXT_NUMBER_SQL: &str = "SELECT CAST(COALESCE(MAX(number), 0) + 1 AS BIGINT) \
     FROM document_versions WHERE document_id = $1";
pub(crate) const VERSIONS_SQL: &str = "SELECT number, source, note, created_at, '' AS markdown \
     FROM document_versions WHERE user_id = $1 AND document_id = $2 ORDER BY number DESC";
pub(crate) const VERSION_SQL: &str = "SELECT number, source, note, created_at, markdown \
     FROM document_versions WHERE user_id = $1 AND document_id = $2 \
     AND ($3 IS NULL OR number = $3) ORDER BY number DESC LIMIT 1";
pub(crate) const UPDATE_SQL: &str = "UPDATE documents SET title = $3, kind = $4, job_id = $5, \
     updated_at = $6 WHERE user_id = $1 AND id = $2 \
     AND ($5 IS NULL OR EXISTS (SELECT 1 FROM job_postings WHERE id = $5 AND user_id = $1))";
pub(crate) const DELETE_SQL: &str = "DELETE FROM documents WHERE user_id = $1 AND id = $2";
pub(crate) const FILES_SQL: &str = "SELECT id, stored_as, name, kind, size, created_at \
     FROM document_files WHERE user_id = $1 AND document_id = $2 ORDER BY id DESC";

macro_rules! impl_document_repo {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::db::documents::DocumentRepo for $store {
            async fn document_insert(
                &self,
                user_id: i64,
                doc: &$crate::db::documents::NewDocument<'_>,
                file: Option<&$crate::db::documents::NewDocFile<'_>>,
                now: i64,
            ) -> Result<Option<i64>, $crate::db::StoreError> {
                use $crate::db::documents as sql;
                let mut tx = self.pool.begin().await?;
                let id: Option<i64> = sqlx::query_scalar(sql::INSERT_SQL)
                    .bind(user_id)
                    .bind(doc.kind)
                    .bind(doc.title)
                    .bind(doc.job_id)
                    .bind(doc.language)
                    .bind(now)
                    .fetch_optional(&mut *tx)
                    .await?;
                let Some(id) = id else {
                    return Ok(None);
                };
                sqlx::query(sql::VERSION_INSERT_SQL)
                    .bind(id)
                    .bind(user_id)
                    .bind(1_i32)
                    .bind(doc.markdown)
                    .bind(doc.source)
                    .bind(doc.note)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                if let Some(file) = file {
                    sqlx::query(sql::FILE_INSERT_SQL)
                        .bind(user_id)
                        .bind(id)
                        .bind(file.stored_as)
                        .bind(file.name)
                        .bind(file.kind)
                        .bind(file.size)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(Some(id))
            }

            async fn documents(
                &self,
                user_id: i64,
            ) -> Result<Vec<$crate::db::documents::DocumentRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as(&$crate::db::documents::documents_sql())
                    .bind(user_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn document_get(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<Option<$crate::db::documents::DocumentRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as(&$crate::db::documents::document_get_sql())
                    .bind(user_id)
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn document_add_version(
                &self,
                user_id: i64,
                id: i64,
                markdown: &str,
                source: &str,
                note: &str,
                now: i64,
            ) -> Result<Option<i32>, $crate::db::StoreError> {
                use $crate::db::documents as sql;
                let mut tx = self.pool.begin().await?;
                // The update comes first: it takes SQLite's write lock and proves
                // the document is the user's.
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
                    .bind(markdown)
                    .bind(source)
                    .bind(note)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(Some(number))
            }

            async fn document_versions(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<Vec<$crate::db::documents::DocVersionRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::documents::VERSIONS_SQL)
                    .bind(user_id)
                    .bind(id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn document_version(
                &self,
                user_id: i64,
                id: i64,
                number: Option<i32>,
            ) -> Result<Option<$crate::db::documents::DocVersionRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::documents::VERSION_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(number)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn document_update(
                &self,
                user_id: i64,
                id: i64,
                title: &str,
                kind: &str,
                job_id: Option<i64>,
                now: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::documents::UPDATE_SQL)
                    .bind(user_id)
                    .bind(id)
                    .bind(title)
                    .bind(kind)
                    .bind(job_id)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn document_delete(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::documents::DELETE_SQL)
                    .bind(user_id)
                    .bind(id)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn document_files(
                &self,
                user_id: i64,
                id: i64,
            ) -> Result<Vec<$crate::db::documents::DocFileRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::documents::FILES_SQL)
                    .bind(user_id)
                    .bind(id)
                    .fetch_all(&self.pool)
                    .await?)
            }
        }
    };
}

pub(crate) use impl_document_repo;
