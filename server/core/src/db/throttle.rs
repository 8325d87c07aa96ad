//! Fixed-window attempt counters: the same SQL on both backends, written once by
//! `impl_throttle_repo!`.

use async_trait::async_trait;

use super::StoreError;

#[async_trait]
pub trait ThrottleRepo {
    /// Counts one attempt for `key` and returns the attempts in the current window
    /// (a window older than `window_secs` starts again at one).
    async fn throttle_hit(&self, key: &str, now: i64, window_secs: i64) -> Result<i64, StoreError>;

    /// Attempts for `key` in the current window, without counting one.
    async fn throttle_hits(&self, key: &str, now: i64, window_secs: i64)
    -> Result<i64, StoreError>;

    /// Forgets `key` (after a success).
    async fn throttle_clear(&self, key: &str) -> Result<(), StoreError>;
}

pub(crate) const HIT_SQL: &str = "INSERT INTO throttle (key, window_start, hits) VALUES ($1, $2, 1) \
     ON CONFLICT (key) DO UPDATE SET \
     hits = CASE WHEN throttle.window_start <= $3 THEN 1 ELSE throttle.hits + 1 END, \
     window_start = CASE WHEN throttle.window_start <= $3 THEN excluded.window_start \
     ELSE throttle.window_start END \
     RETURNING hits";
pub(crate) const HITS_SQL: &str = "SELECT hits FROM throttle WHERE key = $1 AND window_start > $2";
pub(crate) const CLEAR_SQL: &str = "DELETE FROM throttle WHERE key = $1";

/// Implements `ThrottleRepo` for a store type with a `pool` field.
macro_rules! impl_throttle_repo {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::db::throttle::ThrottleRepo for $store {
            async fn throttle_hit(
                &self,
                key: &str,
                now: i64,
                window_secs: i64,
            ) -> Result<i64, $crate::db::StoreError> {
                Ok(sqlx::query_scalar($crate::db::throttle::HIT_SQL)
                    .bind(key)
                    .bind(now)
                    .bind(now - window_secs)
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn throttle_hits(
                &self,
                key: &str,
                now: i64,
                window_secs: i64,
            ) -> Result<i64, $crate::db::StoreError> {
                let hits: Option<i64> = sqlx::query_scalar($crate::db::throttle::HITS_SQL)
                    .bind(key)
                    .bind(now - window_secs)
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(hits.unwrap_or(0))
            }

            async fn throttle_clear(&self, key: &str) -> Result<(), $crate::db::StoreError> {
                sqlx::query($crate::db::throttle::CLEAR_SQL)
                    .bind(key)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }
        }
    };
}

pub(crate) use impl_throttle_repo;

#[cfg(test)]
mod tests {
    use crate::store_test;

    store_test!(attempts_count_within_a_window_and_reset_after_it, |db| {
        let store = db.store.as_ref();
        let window = 900;
        for expected in 1..=3 {
            assert_eq!(
                store
                    .throttle_hit("login:a", 1_000, window)
                    .await
                    .expect("hit"),
                expected
            );
        }
        assert_eq!(
            store
                .throttle_hits("login:a", 1_100, window)
                .await
                .expect("hits"),
            3
        );
        assert_eq!(
            store
                .throttle_hits("login:b", 1_100, window)
                .await
                .expect("hits"),
            0
        );
        // Once the window has passed, counting starts again.
        assert_eq!(
            store
                .throttle_hits("login:a", 1_000 + window, window)
                .await
                .expect("hits"),
            0
        );
        assert_eq!(
            store
                .throttle_hit("login:a", 1_000 + window, window)
                .await
                .expect("hit"),
            1
        );
        store.throttle_clear("login:a").await.expect("clear");
        assert_eq!(
            store
                .throttle_hits("login:a", 2_000, window)
                .await
                .expect("hits"),
            0
        );
    });
}
