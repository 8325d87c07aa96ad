//! Session rows. The SQL is the same on both backends, so one macro writes the
//! repository for each store type.

use async_trait::async_trait;

use super::StoreError;

/// One stored session, as the session layer reads and writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRow {
    pub id: String,
    pub user_id: Option<i64>,
    /// The session's data as JSON text.
    pub data: String,
    /// Unix seconds.
    pub expires_at: i64,
}

/// Where browser sessions live.
#[async_trait]
pub trait SessionRepo {
    /// Inserts a new session; `false` when the id is already taken.
    async fn session_insert(&self, row: &SessionRow) -> Result<bool, StoreError>;
    /// Inserts or replaces a session.
    async fn session_save(&self, row: &SessionRow) -> Result<(), StoreError>;
    /// The session's data and expiry, unless it is missing or expired at `now`.
    async fn session_load(&self, id: &str, now: i64) -> Result<Option<(String, i64)>, StoreError>;
    async fn session_delete(&self, id: &str) -> Result<(), StoreError>;
    /// Ends every session of a user but `keep`; returns how many ended.
    async fn sessions_end_for_user(
        &self,
        user_id: i64,
        keep: Option<&str>,
    ) -> Result<u64, StoreError>;
    /// Every live session of a user.
    async fn sessions_of_user(&self, user_id: i64, now: i64)
    -> Result<Vec<SessionRow>, StoreError>;
    /// Ends one session, only if it belongs to `user_id`; `false` otherwise.
    async fn session_delete_of_user(&self, id: &str, user_id: i64) -> Result<bool, StoreError>;
    /// Removes sessions that expired before `now`; returns how many.
    async fn sessions_delete_expired(&self, now: i64) -> Result<u64, StoreError>;
}

pub(crate) const INSERT_SQL: &str = "INSERT INTO sessions (id, user_id, data, expires_at) VALUES ($1, $2, $3, $4) \
     ON CONFLICT (id) DO NOTHING";
pub(crate) const SAVE_SQL: &str = "INSERT INTO sessions (id, user_id, data, expires_at) VALUES ($1, $2, $3, $4) \
     ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id, data = excluded.data, \
     expires_at = excluded.expires_at, updated_at = excluded.updated_at";
pub(crate) const LOAD_SQL: &str =
    "SELECT data, expires_at FROM sessions WHERE id = $1 AND expires_at > $2";
pub(crate) const DELETE_SQL: &str = "DELETE FROM sessions WHERE id = $1";
pub(crate) const END_FOR_USER_SQL: &str = "DELETE FROM sessions WHERE user_id = $1 AND id <> $2";
pub(crate) const OF_USER_SQL: &str = "SELECT id, user_id, data, expires_at FROM sessions \
     WHERE user_id = $1 AND expires_at > $2 ORDER BY created_at DESC, id";
pub(crate) const DELETE_OF_USER_SQL: &str = "DELETE FROM sessions WHERE id = $1 AND user_id = $2";
pub(crate) const DELETE_EXPIRED_SQL: &str = "DELETE FROM sessions WHERE expires_at <= $1";

/// Implements `SessionRepo` for a store type with a `pool` field.
macro_rules! impl_session_repo {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::db::sessions::SessionRepo for $store {
            async fn session_insert(
                &self,
                row: &$crate::db::sessions::SessionRow,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::sessions::INSERT_SQL)
                    .bind(&row.id)
                    .bind(row.user_id)
                    .bind(&row.data)
                    .bind(row.expires_at)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn session_save(
                &self,
                row: &$crate::db::sessions::SessionRow,
            ) -> Result<(), $crate::db::StoreError> {
                sqlx::query($crate::db::sessions::SAVE_SQL)
                    .bind(&row.id)
                    .bind(row.user_id)
                    .bind(&row.data)
                    .bind(row.expires_at)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn session_load(
                &self,
                id: &str,
                now: i64,
            ) -> Result<Option<(String, i64)>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::sessions::LOAD_SQL)
                    .bind(id)
                    .bind(now)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn session_delete(&self, id: &str) -> Result<(), $crate::db::StoreError> {
                sqlx::query($crate::db::sessions::DELETE_SQL)
                    .bind(id)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn sessions_end_for_user(
                &self,
                user_id: i64,
                keep: Option<&str>,
            ) -> Result<u64, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::sessions::END_FOR_USER_SQL)
                    .bind(user_id)
                    .bind(keep.unwrap_or(""))
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected())
            }

            async fn sessions_of_user(
                &self,
                user_id: i64,
                now: i64,
            ) -> Result<Vec<$crate::db::sessions::SessionRow>, $crate::db::StoreError> {
                let rows: Vec<(String, Option<i64>, String, i64)> =
                    sqlx::query_as($crate::db::sessions::OF_USER_SQL)
                        .bind(user_id)
                        .bind(now)
                        .fetch_all(&self.pool)
                        .await?;
                Ok(rows
                    .into_iter()
                    .map(
                        |(id, user_id, data, expires_at)| $crate::db::sessions::SessionRow {
                            id,
                            user_id,
                            data,
                            expires_at,
                        },
                    )
                    .collect())
            }

            async fn session_delete_of_user(
                &self,
                id: &str,
                user_id: i64,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::sessions::DELETE_OF_USER_SQL)
                    .bind(id)
                    .bind(user_id)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn sessions_delete_expired(
                &self,
                now: i64,
            ) -> Result<u64, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::sessions::DELETE_EXPIRED_SQL)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected())
            }
        }
    };
}

pub(crate) use impl_session_repo;
