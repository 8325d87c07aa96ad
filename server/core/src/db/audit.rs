//! The audit log: the same SQL on both backends, written once by `impl_audit_repo!`.

use async_trait::async_trait;

use super::StoreError;
use crate::model::{AuditEntry, AuditEvent};

/// Who did it and from where, as the request shows it.
#[derive(Clone, Debug, Default)]
pub struct RequestOrigin {
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

#[async_trait]
pub trait AuditRepo {
    async fn audit(
        &self,
        event: AuditEvent,
        user_id: Option<i64>,
        origin: &RequestOrigin,
        detail: serde_json::Value,
    ) -> Result<(), StoreError>;

    /// The newest entries first, at most `limit`.
    async fn audit_recent(&self, limit: i64) -> Result<Vec<AuditEntry>, StoreError>;

    /// One user's entries, newest first, at most `limit` (for their data export).
    async fn audit_of_user(&self, user_id: i64, limit: i64) -> Result<Vec<AuditEntry>, StoreError>;
}

pub(crate) const INSERT_SQL: &str = "INSERT INTO audit_log (user_id, event, ip, user_agent, detail) \
     VALUES ($1, $2, $3, $4, $5)";
pub(crate) const RECENT_SQL: &str = "SELECT at, user_id, event, ip, user_agent, detail \
     FROM audit_log ORDER BY id DESC LIMIT $1";

pub(crate) const OF_USER_SQL: &str = "SELECT at, user_id, event, ip, user_agent, detail \
     FROM audit_log WHERE user_id = $1 ORDER BY id DESC LIMIT $2";

#[derive(sqlx::FromRow)]
pub(crate) struct AuditRow {
    at: i64,
    user_id: Option<i64>,
    event: String,
    ip: Option<String>,
    user_agent: Option<String>,
    detail: String,
}

impl From<AuditRow> for AuditEntry {
    fn from(row: AuditRow) -> Self {
        AuditEntry {
            at: row.at,
            user_id: row.user_id,
            event: row.event,
            ip: row.ip,
            user_agent: row.user_agent,
            detail: row.detail,
        }
    }
}

/// Implements `AuditRepo` for a store type with a `pool` field.
macro_rules! impl_audit_repo {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::db::audit::AuditRepo for $store {
            async fn audit(
                &self,
                event: $crate::model::AuditEvent,
                user_id: Option<i64>,
                origin: &$crate::db::audit::RequestOrigin,
                detail: serde_json::Value,
            ) -> Result<(), $crate::db::StoreError> {
                sqlx::query($crate::db::audit::INSERT_SQL)
                    .bind(user_id)
                    .bind(event.as_str())
                    .bind(origin.ip.as_deref())
                    .bind(origin.user_agent.as_deref())
                    .bind(detail.to_string())
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn audit_recent(
                &self,
                limit: i64,
            ) -> Result<Vec<$crate::model::AuditEntry>, $crate::db::StoreError> {
                let rows: Vec<$crate::db::audit::AuditRow> =
                    sqlx::query_as($crate::db::audit::RECENT_SQL)
                        .bind(limit)
                        .fetch_all(&self.pool)
                        .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn audit_of_user(
                &self,
                user_id: i64,
                limit: i64,
            ) -> Result<Vec<$crate::model::AuditEntry>, $crate::db::StoreError> {
                let rows: Vec<$crate::db::audit::AuditRow> =
                    sqlx::query_as($crate::db::audit::OF_USER_SQL)
                        .bind(user_id)
                        .bind(limit)
                        .fetch_all(&self.pool)
                        .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }
        }
    };
}

pub(crate) use impl_audit_repo;

#[cfg(test)]
mod tests {
    use super::RequestOrigin;
    use crate::model::AuditEvent;
    use crate::store_test;

    store_test!(events_are_recorded_newest_first, |db| {
        let origin = RequestOrigin {
            ip: Some("127.0.0.1".into()),
            user_agent: Some("test agent".into()),
        };
        db.store
            .audit(
                AuditEvent::SignInFailed,
                None,
                &origin,
                serde_json::json!({"email": "x@example.com"}),
            )
            .await
            .expect("record");
        db.store
            .audit(
                AuditEvent::SignOut,
                None,
                &RequestOrigin::default(),
                serde_json::json!({}),
            )
            .await
            .expect("record");
        let entries = db.store.audit_recent(10).await.expect("list");
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].event, "sign_out");
        assert_eq!(entries[1].event, "sign_in_failed");
        assert_eq!(entries[1].ip.as_deref(), Some("127.0.0.1"));
        assert_eq!(entries[1].user_agent.as_deref(), Some("test agent"));
        assert!(entries[1].detail.contains("x@example.com"));
        assert!(entries[1].at > 1_700_000_000);
        assert_eq!(db.store.audit_recent(1).await.expect("list").len(), 1);
    });
}
