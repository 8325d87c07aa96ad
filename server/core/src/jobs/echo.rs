//! `system.echo`: waits `delay_ms` (at most a minute), reporting progress, and
//! returns `message`. Operators use it to check that workers run; tests use it as
//! a job that takes a known time.

use std::time::Duration;

use async_trait::async_trait;
use serde_json::{Value, json};

use super::{JobContext, JobError, JobHandler};

pub const ECHO_KIND: &str = "system.echo";
const MAX_DELAY_MS: u64 = 60_000;

pub struct Echo;

#[async_trait]
impl JobHandler for Echo {
    async fn run(&self, ctx: &JobContext, payload: Value) -> Result<Value, JobError> {
        let delay = payload.get("delay_ms").map_or(Ok(0), |v| {
            v.as_u64().filter(|ms| *ms <= MAX_DELAY_MS).ok_or_else(|| {
                JobError::Permanent(format!(
                    "delay_ms must be a whole number of milliseconds up to {MAX_DELAY_MS}"
                ))
            })
        })?;
        let steps = 4u64;
        for step in 1..=steps {
            tokio::time::sleep(Duration::from_millis(delay / steps)).await;
            let percent = i32::try_from(step * 100 / steps).unwrap_or(100);
            ctx.progress(percent, "waiting")
                .await
                .map_err(|e| JobError::Transient(e.to_string()))?;
        }
        Ok(json!({ "message": payload.get("message").cloned().unwrap_or(Value::Null) }))
    }
}
