//! Single-use account tokens (email verification, password reset). Only hashes are
//! stored; taking a token deletes it in the same statement, so it works once even
//! when two requests race.

use async_trait::async_trait;

use super::StoreError;

/// What a mailed token lets its holder do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenPurpose {
    VerifyEmail,
    ResetPassword,
}

impl TokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "verify_email",
            TokenPurpose::ResetPassword => "reset_password",
        }
    }
}

#[async_trait]
pub trait TokenRepo {
    /// Stores a new token for `user_id`, replacing any earlier one of that purpose
    /// (only the newest link works).
    async fn token_replace(
        &self,
        token_hash: &str,
        user_id: i64,
        purpose: TokenPurpose,
        expires_at: i64,
    ) -> Result<(), StoreError>;

    /// Deletes the token and returns its user, if it existed with that purpose and
    /// had not expired at `now`.
    async fn token_take(
        &self,
        token_hash: &str,
        purpose: TokenPurpose,
        now: i64,
    ) -> Result<Option<i64>, StoreError>;

    /// The token's user, if it exists with that purpose and has not expired at
    /// `now`; the token stays (for checks before `token_take`).
    async fn token_peek(
        &self,
        token_hash: &str,
        purpose: TokenPurpose,
        now: i64,
    ) -> Result<Option<i64>, StoreError>;

    /// Deletes every token of a user with that purpose.
    async fn tokens_delete_for_user(
        &self,
        user_id: i64,
        purpose: TokenPurpose,
    ) -> Result<u64, StoreError>;
}

pub(crate) const DELETE_FOR_USER_SQL: &str =
    "DELETE FROM account_tokens WHERE user_id = $1 AND purpose = $2";
pub(crate) const INSERT_SQL: &str =
    "INSERT INTO account_tokens (token_hash, user_id, purpose, expires_at) VALUES ($1, $2, $3, $4)";
pub(crate) const PEEK_SQL: &str = "SELECT user_id FROM account_tokens \
     WHERE token_hash = $1 AND purpose = $2 AND expires_at > $3";
pub(crate) const TAKE_SQL: &str = "DELETE FROM account_tokens WHERE token_hash = $1 AND purpose = $2 RETURNING user_id, expires_at";

/// Implements `TokenRepo` for a store type with a `pool` field.
macro_rules! impl_token_repo {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::db::tokens::TokenRepo for $store {
            async fn token_replace(
                &self,
                token_hash: &str,
                user_id: i64,
                purpose: $crate::db::tokens::TokenPurpose,
                expires_at: i64,
            ) -> Result<(), $crate::db::StoreError> {
                let mut tx = self.pool.begin().await?;
                sqlx::query($crate::db::tokens::DELETE_FOR_USER_SQL)
                    .bind(user_id)
                    .bind(purpose.as_str())
                    .execute(&mut *tx)
                    .await?;
                sqlx::query($crate::db::tokens::INSERT_SQL)
                    .bind(token_hash)
                    .bind(user_id)
                    .bind(purpose.as_str())
                    .bind(expires_at)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn token_take(
                &self,
                token_hash: &str,
                purpose: $crate::db::tokens::TokenPurpose,
                now: i64,
            ) -> Result<Option<i64>, $crate::db::StoreError> {
                let row: Option<(i64, i64)> = sqlx::query_as($crate::db::tokens::TAKE_SQL)
                    .bind(token_hash)
                    .bind(purpose.as_str())
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(row.and_then(|(user_id, expires_at)| (expires_at > now).then_some(user_id)))
            }

            async fn token_peek(
                &self,
                token_hash: &str,
                purpose: $crate::db::tokens::TokenPurpose,
                now: i64,
            ) -> Result<Option<i64>, $crate::db::StoreError> {
                Ok(sqlx::query_scalar($crate::db::tokens::PEEK_SQL)
                    .bind(token_hash)
                    .bind(purpose.as_str())
                    .bind(now)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn tokens_delete_for_user(
                &self,
                user_id: i64,
                purpose: $crate::db::tokens::TokenPurpose,
            ) -> Result<u64, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::tokens::DELETE_FOR_USER_SQL)
                    .bind(user_id)
                    .bind(purpose.as_str())
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected())
            }
        }
    };
}

pub(crate) use impl_token_repo;
