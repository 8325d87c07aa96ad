//! `ai.run`: runs one AI task in the background for the job's user, on their own
//! model if they saved one, else the instance's. Payload:
//! `{"task": "match.score", "input": {…}, "lang": "en"}`; the result holds the
//! task's output and how it was made.

use async_trait::async_trait;
use serde_json::{Value, json};

use super::{JobContext, JobError, JobHandler};
use crate::AppState;
use crate::ai::registry;
use crate::ai::{AiRunner, OutputLang, TaskError};

pub const AI_RUN_KIND: &str = "ai.run";

pub struct AiRun {
    pub state: AppState,
}

/// The payload's parts, or what is wrong with it.
fn read(payload: &Value) -> Result<(&'static dyn registry::AnyTask, &Value, OutputLang), String> {
    let name = payload
        .get("task")
        .and_then(Value::as_str)
        .ok_or("the payload needs \"task\": the name of an AI task")?;
    let task = registry::require(name)?;
    let input = payload
        .get("input")
        .filter(|v| v.is_object())
        .ok_or("the payload needs \"input\": an object")?;
    let lang = match payload.get("lang").and_then(Value::as_str) {
        None | Some("en") => OutputLang::En,
        Some("ar") => OutputLang::Ar,
        Some(other) => return Err(format!("\"lang\" is en or ar, not '{other}'")),
    };
    Ok((task, input, lang))
}

#[async_trait]
impl JobHandler for AiRun {
    async fn run(&self, ctx: &JobContext, payload: Value) -> Result<Value, JobError> {
        let (task, input, lang) = read(&payload).map_err(JobError::Permanent)?;
        let backend = match ctx.user_id {
            Some(user) => crate::ai::user::backend_for(&self.state, user)
                .await
                .map_err(|e| JobError::Transient(e.to_string()))?,
            None => self.state.ai.clone(),
        };
        ctx.progress(10, task.name())
            .await
            .map_err(|e| JobError::Transient(e.to_string()))?;
        let runner = AiRunner {
            store: self.state.store.as_ref(),
            backend: backend.as_ref(),
            prices: &self.state.settings.ai_prices,
            user_id: ctx.user_id,
        };
        let outcome = task.run(&runner, input, lang).await.map_err(|e| match e {
            TaskError::Model { .. } | TaskError::Store(_) => JobError::Transient(e.to_string()),
            other => JobError::Permanent(other.to_string()),
        })?;
        Ok(json!({
            "task": task.name(),
            "output": outcome.output,
            "provider": outcome.provider.as_str(),
            "model": outcome.model,
            "offline": outcome.offline,
            "fallback_reason": outcome.fallback_reason,
            "cached": outcome.cached,
        }))
    }
}
