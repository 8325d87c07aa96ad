//! The AI answer cache and the record of AI calls.

use async_trait::async_trait;

use super::StoreError;

/// One AI task call, as recorded.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, sqlx::FromRow)]
pub struct AiCallRow {
    pub user_id: Option<i64>,
    pub task: String,
    pub provider: String,
    pub model: String,
    pub input_tokens: i64,
    pub output_tokens: i64,
    /// Millionths of a US dollar.
    pub cost_micros: i64,
    pub duration_ms: i64,
    /// `ok`, `repaired`, `retried`, `fallback`, `offline` or `failed`.
    pub outcome: String,
    pub cache_hit: bool,
    pub error: Option<String>,
    /// Unix milliseconds.
    pub at: i64,
}

/// A user's own model settings, as stored (the key sealed).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct UserAiRow {
    pub user_id: i64,
    pub provider: String,
    pub base_url: String,
    pub model: String,
    pub api_key_sealed: Option<String>,
    pub key_hint: Option<String>,
}

#[async_trait]
pub trait AiRepo {
    async fn user_ai_get(&self, user_id: i64) -> Result<Option<UserAiRow>, StoreError>;

    async fn user_ai_put(&self, row: &UserAiRow, now: i64) -> Result<(), StoreError>;

    /// `false` when the user had none.
    async fn user_ai_delete(&self, user_id: i64) -> Result<bool, StoreError>;

    async fn ai_cache_get(&self, key: &str) -> Result<Option<String>, StoreError>;

    async fn ai_cache_put(
        &self,
        key: &str,
        task: &str,
        provider: &str,
        model: &str,
        output: &str,
        now: i64,
    ) -> Result<(), StoreError>;

    async fn ai_call_record(&self, call: &AiCallRow) -> Result<(), StoreError>;

    /// The newest calls first; with `user_id`, only that user's.
    async fn ai_calls(
        &self,
        user_id: Option<i64>,
        limit: i64,
    ) -> Result<Vec<AiCallRow>, StoreError>;
}

pub(crate) const USER_GET_SQL: &str = "SELECT user_id, provider, base_url, model, \
     api_key_sealed, key_hint FROM user_ai_settings WHERE user_id = $1";
pub(crate) const USER_PUT_SQL: &str = "INSERT INTO user_ai_settings (user_id, provider, \
     base_url, model, api_key_sealed, key_hint, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
     ON CONFLICT (user_id) DO UPDATE SET provider = excluded.provider, \
     base_url = excluded.base_url, model = excluded.model, \
     api_key_sealed = excluded.api_key_sealed, key_hint = excluded.key_hint, \
     updated_at = excluded.updated_at";
pub(crate) const USER_DELETE_SQL: &str = "DELETE FROM user_ai_settings WHERE user_id = $1";
pub(crate) const CACHE_GET_SQL: &str = "SELECT output FROM ai_cache WHERE key = $1";
pub(crate) const CACHE_PUT_SQL: &str = "INSERT INTO ai_cache \
     (key, task, provider, model, output, created_at) VALUES ($1, $2, $3, $4, $5, $6) \
     ON CONFLICT (key) DO NOTHING";
pub(crate) const RECORD_SQL: &str = "INSERT INTO ai_calls (user_id, task, provider, model, \
     input_tokens, output_tokens, cost_micros, duration_ms, outcome, cache_hit, error, at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";
pub(crate) const CALLS_SQL: &str = "SELECT user_id, task, provider, model, input_tokens, \
     output_tokens, cost_micros, duration_ms, outcome, cache_hit, error, at FROM ai_calls \
     WHERE (CAST($1 AS BIGINT) IS NULL OR user_id = $1) ORDER BY id DESC LIMIT $2";

/// Implements `AiRepo` for a store type with a `pool` field.
macro_rules! impl_ai_repo {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::db::ai::AiRepo for $store {
            async fn user_ai_get(
                &self,
                user_id: i64,
            ) -> Result<Option<$crate::db::ai::UserAiRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::ai::USER_GET_SQL)
                    .bind(user_id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn user_ai_put(
                &self,
                row: &$crate::db::ai::UserAiRow,
                now: i64,
            ) -> Result<(), $crate::db::StoreError> {
                sqlx::query($crate::db::ai::USER_PUT_SQL)
                    .bind(row.user_id)
                    .bind(&row.provider)
                    .bind(&row.base_url)
                    .bind(&row.model)
                    .bind(row.api_key_sealed.as_deref())
                    .bind(row.key_hint.as_deref())
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn user_ai_delete(&self, user_id: i64) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::ai::USER_DELETE_SQL)
                    .bind(user_id)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn ai_cache_get(
                &self,
                key: &str,
            ) -> Result<Option<String>, $crate::db::StoreError> {
                Ok(sqlx::query_scalar($crate::db::ai::CACHE_GET_SQL)
                    .bind(key)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn ai_cache_put(
                &self,
                key: &str,
                task: &str,
                provider: &str,
                model: &str,
                output: &str,
                now: i64,
            ) -> Result<(), $crate::db::StoreError> {
                sqlx::query($crate::db::ai::CACHE_PUT_SQL)
                    .bind(key)
                    .bind(task)
                    .bind(provider)
                    .bind(model)
                    .bind(output)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn ai_call_record(
                &self,
                call: &$crate::db::ai::AiCallRow,
            ) -> Result<(), $crate::db::StoreError> {
                sqlx::query($crate::db::ai::RECORD_SQL)
                    .bind(call.user_id)
                    .bind(&call.task)
                    .bind(&call.provider)
                    .bind(&call.model)
                    .bind(call.input_tokens)
                    .bind(call.output_tokens)
                    .bind(call.cost_micros)
                    .bind(call.duration_ms)
                    .bind(&call.outcome)
                    .bind(call.cache_hit)
                    .bind(call.error.as_deref())
                    .bind(call.at)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn ai_calls(
                &self,
                user_id: Option<i64>,
                limit: i64,
            ) -> Result<Vec<$crate::db::ai::AiCallRow>, $crate::db::StoreError> {
                Ok(sqlx::query_as($crate::db::ai::CALLS_SQL)
                    .bind(user_id)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?)
            }
        }
    };
}

pub(crate) use impl_ai_repo;
