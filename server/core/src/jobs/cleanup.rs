//! `sessions.cleanup`: deletes expired sessions (scheduled hourly).

use async_trait::async_trait;
use serde_json::{Value, json};

use super::{JobContext, JobError, JobHandler};

pub const SESSIONS_CLEANUP_KIND: &str = "sessions.cleanup";

pub struct SessionsCleanup;

#[async_trait]
impl JobHandler for SessionsCleanup {
    async fn run(&self, ctx: &JobContext, _payload: Value) -> Result<Value, JobError> {
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let deleted = ctx
            .store()
            .sessions_delete_expired(now)
            .await
            .map_err(|e| JobError::Transient(e.to_string()))?;
        Ok(json!({ "deleted": deleted }))
    }
}
