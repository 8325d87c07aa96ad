//! Every AI task by name, with its input and output as JSON: what the CLI
//! (`jobforge ai …`) and the `ai.run` background job use to run a task they only
//! know by name. Typed callers use `AiRunner::run::<T>` directly.

use std::marker::PhantomData;

use async_trait::async_trait;
use serde_json::Value;

use super::prompts::Templates;
use super::task::schema_for;
use super::{AiRunner, OutputLang, Prompt, Task, TaskError, TaskOutcome};
use crate::offline::cover_letter::CoverLetterTask;
use crate::offline::interview::{AnalyzeTask, EvaluateTask, QuestionsTask};
use crate::offline::resume::ResumeParseTask;
use crate::offline::{JobParseTask, MatchScoreTask, ResumeAnalyzeTask, SkillsExtractTask};
use crate::tailor::engine::TailorTask;

/// The tasks of the spec, in its order. Each is registered here once its issue
/// lands; until then `find` does not know it.
pub const SPEC_TASKS: [&str; 13] = [
    "resume.parse",
    "job.parse",
    "match.score",
    "resume.analyze",
    "resume.tailor",
    "cover_letter.generate",
    "interview.questions",
    "interview.evaluate",
    "interview.analyze",
    "worklog.analyze",
    "skills.extract",
    "report.generate",
    "resume.refresh",
];

/// A task known by name; input and output are JSON.
#[async_trait]
pub trait AnyTask: Send + Sync {
    fn name(&self) -> &'static str;
    fn prompt_version(&self) -> u32;
    fn falls_back_offline(&self) -> bool;
    /// The input's JSON Schema.
    fn input_schema(&self) -> Value;
    /// The output's JSON Schema, as providers are given it.
    fn output_schema(&self) -> Value;
    fn example(&self) -> Value;
    fn templates(&self) -> Templates;
    fn prompt(&self, input: &Value, lang: OutputLang) -> Result<Prompt, TaskError>;
    fn offline(&self, input: &Value, lang: OutputLang) -> Result<Value, TaskError>;
    async fn run(
        &self,
        runner: &AiRunner<'_>,
        input: &Value,
        lang: OutputLang,
    ) -> Result<TaskOutcome<Value>, TaskError>;
}

struct Entry<T>(PhantomData<fn() -> T>);

impl<T: Task> Entry<T> {
    fn input(input: &Value) -> Result<T::Input, TaskError> {
        serde_json::from_value(input.clone()).map_err(|e| TaskError::BadInput {
            task: T::NAME,
            reason: e.to_string(),
        })
    }

    fn output(output: &T::Output) -> Result<Value, TaskError> {
        serde_json::to_value(output).map_err(|e| TaskError::BadInput {
            task: T::NAME,
            reason: format!("the output cannot be written as JSON: {e}"),
        })
    }
}

#[async_trait]
impl<T: Task> AnyTask for Entry<T> {
    fn name(&self) -> &'static str {
        T::NAME
    }

    fn prompt_version(&self) -> u32 {
        T::PROMPT_VERSION
    }

    fn falls_back_offline(&self) -> bool {
        T::FALLBACK_OFFLINE
    }

    fn input_schema(&self) -> Value {
        let mut schema = schemars::schema_for!(T::Input).to_value();
        if let Some(map) = schema.as_object_mut() {
            map.remove("$schema");
        }
        schema
    }

    fn output_schema(&self) -> Value {
        schema_for::<T::Output>()
    }

    fn example(&self) -> Value {
        serde_json::to_value(T::example()).unwrap_or(Value::Null)
    }

    fn templates(&self) -> Templates {
        T::TEMPLATES
    }

    fn prompt(&self, input: &Value, lang: OutputLang) -> Result<Prompt, TaskError> {
        T::prompt(&Self::input(input)?, lang)
    }

    fn offline(&self, input: &Value, lang: OutputLang) -> Result<Value, TaskError> {
        Self::output(&T::offline(&Self::input(input)?, lang)?)
    }

    async fn run(
        &self,
        runner: &AiRunner<'_>,
        input: &Value,
        lang: OutputLang,
    ) -> Result<TaskOutcome<Value>, TaskError> {
        let input = Self::input(input)?;
        let outcome = runner.run::<T>(&input, lang).await?;
        Ok(TaskOutcome {
            output: Self::output(&outcome.output)?,
            provider: outcome.provider,
            model: outcome.model,
            offline: outcome.offline,
            fallback_reason: outcome.fallback_reason,
            cached: outcome.cached,
        })
    }
}

static TASKS: [&dyn AnyTask; 10] = [
    &Entry::<ResumeParseTask>(PhantomData),
    &Entry::<JobParseTask>(PhantomData),
    &Entry::<MatchScoreTask>(PhantomData),
    &Entry::<ResumeAnalyzeTask>(PhantomData),
    &Entry::<TailorTask>(PhantomData),
    &Entry::<CoverLetterTask>(PhantomData),
    &Entry::<QuestionsTask>(PhantomData),
    &Entry::<EvaluateTask>(PhantomData),
    &Entry::<AnalyzeTask>(PhantomData),
    &Entry::<SkillsExtractTask>(PhantomData),
];

/// The registered tasks, in the spec's order.
pub fn tasks() -> impl Iterator<Item = &'static dyn AnyTask> {
    SPEC_TASKS
        .iter()
        .filter_map(|name| TASKS.iter().copied().find(|t| t.name() == *name))
}

/// The task called `name`.
pub fn find(name: &str) -> Option<&'static dyn AnyTask> {
    TASKS.iter().copied().find(|t| t.name() == name)
}

/// The task called `name`, or an error that lists the known ones.
pub fn require(name: &str) -> Result<&'static dyn AnyTask, String> {
    find(name).ok_or_else(|| {
        let known: Vec<&str> = tasks().map(|t| t.name()).collect();
        format!("no AI task '{name}'; known: {}", known.join(", "))
    })
}

#[cfg(test)]
pub(crate) mod tests;
