//! AI tasks: each has a typed input and output, a JSON Schema generated from the
//! output type, a prompt per output language and an offline method. `AiRunner`
//! runs one: from the cache when the same request was answered before; offline
//! when no model is configured; else through the model, whose answer is parsed
//! against the output type, mended when it is almost JSON, asked for once more
//! with the problems listed when it is not, and finally replaced by the offline
//! result where the task allows it (the outcome says so). Every call is recorded
//! with its tokens, cost, time and outcome.

use std::collections::HashMap;
use std::time::Instant;

use blake2::{Blake2b512, Digest};
use schemars::JsonSchema;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use thiserror::Error;

use super::prompts::{Templates, render};
use super::repair::repair_json;
use super::{AiError, ChatRequest, Finish, JsonOutput, LlmBackend, Message, ProviderKind, Usage};
use crate::db::{AiCallRow, Store, StoreError};

/// The language a task writes in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutputLang {
    En,
    Ar,
}

impl OutputLang {
    pub fn code(self) -> &'static str {
        match self {
            OutputLang::En => "en",
            OutputLang::Ar => "ar",
        }
    }

    /// The language's name in English, for prompts.
    pub fn english_name(self) -> &'static str {
        match self {
            OutputLang::En => "English",
            OutputLang::Ar => "Arabic",
        }
    }

    pub fn from_code(code: &str) -> Self {
        if code == "ar" {
            OutputLang::Ar
        } else {
            OutputLang::En
        }
    }
}

/// What a task asks the model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prompt {
    pub system: String,
    pub user: String,
}

/// One kind of AI work.
pub trait Task: 'static {
    /// The registry name, e.g. `match.score`.
    const NAME: &'static str;
    /// Bumped whenever the prompt changes, so cached answers of the old one are not used.
    const PROMPT_VERSION: u32;
    /// Whether a failed model answer may be replaced by the offline result.
    const FALLBACK_OFFLINE: bool;
    const MAX_TOKENS: u32 = 2000;

    type Input: Serialize + DeserializeOwned + JsonSchema + Send + Sync;
    type Output: Serialize + DeserializeOwned + JsonSchema + Send;

    /// The prompt in each output language (`prompt_templates!("task.name")`).
    const TEMPLATES: Templates;

    /// The values the templates' `{{name}}` placeholders take.
    fn values(input: &Self::Input) -> Vec<(&'static str, String)>;

    /// A typical input, for the CLI, the docs and the registry's tests.
    fn example() -> Self::Input;

    fn prompt(input: &Self::Input, lang: OutputLang) -> Result<Prompt, TaskError> {
        render(Self::TEMPLATES.get(lang), &Self::values(input), lang).map_err(|reason| {
            TaskError::Template {
                task: Self::NAME,
                reason,
            }
        })
    }

    /// The offline engine's answer: deterministic, no network.
    fn offline(input: &Self::Input, lang: OutputLang) -> Result<Self::Output, TaskError>;

    /// Problems the schema cannot see (a score out of range, a claim not in the
    /// input); none means the answer is accepted.
    fn check(_output: &Self::Output, _input: &Self::Input) -> Vec<String> {
        Vec::new()
    }
}

#[derive(Debug, Error)]
pub enum TaskError {
    #[error("{task}: the input cannot be used: {reason}")]
    BadInput { task: &'static str, reason: String },
    #[error("{task}: {source}")]
    Model {
        task: &'static str,
        #[source]
        source: AiError,
    },
    #[error("{task}: the model's answer did not fit, twice: {}", .problems.join("; "))]
    Invalid {
        task: &'static str,
        problems: Vec<String>,
    },
    #[error("{task}: the prompt template is broken: {reason}")]
    Template { task: &'static str, reason: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A task's result and how it was made.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskOutcome<O> {
    pub output: O,
    pub provider: ProviderKind,
    pub model: String,
    /// Made without a language model (offline engine, or a fallback to it).
    pub offline: bool,
    /// Why the offline engine stood in for the model, if it did.
    pub fallback_reason: Option<String>,
    pub cached: bool,
}

/// Prices per million tokens, in millionths of a dollar, by model name prefix.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PriceTable {
    prices: HashMap<String, (u64, u64)>,
}

impl PriceTable {
    /// Reads `model=in/out,…` with US dollars per million tokens, e.g.
    /// `gpt-4o-mini=0.15/0.60,claude-sonnet=3/15`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut prices = HashMap::new();
        for entry in text.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let (model, price) = entry
                .split_once('=')
                .ok_or_else(|| format!("'{entry}' is not model=in/out"))?;
            let (input, output) = price
                .split_once('/')
                .ok_or_else(|| format!("'{entry}' is not model=in/out"))?;
            let micros = |v: &str| {
                v.trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|p| p.is_finite() && *p >= 0.0)
                    .map(|p| (p * 1_000_000.0).round() as u64)
                    .ok_or_else(|| format!("'{v}' in '{entry}' is not a price"))
            };
            prices.insert(model.trim().to_owned(), (micros(input)?, micros(output)?));
        }
        Ok(PriceTable { prices })
    }

    /// The cost of `usage` on `model` in millionths of a dollar (0 when unpriced).
    /// The longest matching name prefix wins.
    pub fn cost_micros(&self, model: &str, usage: Usage) -> u64 {
        let Some((_, (input, output))) = self
            .prices
            .iter()
            .filter(|(prefix, _)| model.starts_with(prefix.as_str()))
            .max_by_key(|(prefix, _)| prefix.len())
        else {
            return 0;
        };
        (usage.input_tokens.saturating_mul(*input) + usage.output_tokens.saturating_mul(*output))
            / 1_000_000
    }
}

/// The schema of `T` as providers want it: every object closed, every property
/// listed as required (optional ones are nullable), no number formats.
pub fn schema_for<T: JsonSchema>() -> Value {
    let mut schema = schemars::schema_for!(T).to_value();
    if let Some(map) = schema.as_object_mut() {
        map.remove("$schema");
    }
    tighten(&mut schema);
    schema
}

fn tighten(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.get("type").and_then(Value::as_str) == Some("object")
                && let Some(Value::Object(properties)) = map.get("properties")
            {
                let keys: Vec<Value> = properties.keys().cloned().map(Value::String).collect();
                map.insert("required".into(), Value::Array(keys));
                map.insert("additionalProperties".into(), Value::Bool(false));
            }
            if matches!(map.get("format").and_then(Value::as_str), Some(f) if f.starts_with("int") || f.starts_with("uint") || f == "float" || f == "double")
            {
                map.remove("format");
            }
            map.values_mut().for_each(tighten);
        }
        Value::Array(items) => items.iter_mut().for_each(tighten),
        _ => {}
    }
}

/// Runs tasks for one user with one backend.
pub struct AiRunner<'a> {
    pub store: &'a dyn Store,
    pub backend: &'a dyn LlmBackend,
    pub prices: &'a PriceTable,
    pub user_id: Option<i64>,
}

/// What one run cost, for the record.
struct Tally {
    usage: Usage,
    outcome: &'static str,
    error: Option<String>,
}

impl AiRunner<'_> {
    fn cache_key<T: Task>(&self, input: &T::Input, lang: OutputLang) -> String {
        let input = serde_json::to_string(input).unwrap_or_default();
        let digest = Blake2b512::new()
            .chain_update(T::NAME.as_bytes())
            .chain_update(T::PROMPT_VERSION.to_le_bytes())
            .chain_update(self.backend.provider().as_str().as_bytes())
            .chain_update([0])
            .chain_update(self.backend.model().as_bytes())
            .chain_update([0])
            .chain_update(lang.code().as_bytes())
            .chain_update(input.as_bytes())
            .finalize();
        hex::encode(&digest[..32])
    }

    async fn record<T: Task>(&self, started: Instant, tally: &Tally, cache_hit: bool) {
        let provider = self.backend.provider();
        let model = self.backend.model();
        let row = AiCallRow {
            user_id: self.user_id,
            task: T::NAME.to_owned(),
            provider: provider.as_str().to_owned(),
            model: model.to_owned(),
            input_tokens: i64::try_from(tally.usage.input_tokens).unwrap_or(i64::MAX),
            output_tokens: i64::try_from(tally.usage.output_tokens).unwrap_or(i64::MAX),
            cost_micros: i64::try_from(self.prices.cost_micros(model, tally.usage))
                .unwrap_or(i64::MAX),
            duration_ms: i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX),
            outcome: tally.outcome.to_owned(),
            cache_hit,
            error: tally.error.clone(),
            at: crate::jobs::now_ms(),
        };
        if let Err(err) = self.store.ai_call_record(&row).await {
            tracing::error!(task = T::NAME, "cannot record the AI call: {err}");
        }
    }

    fn offline_outcome<T: Task>(
        &self,
        input: &T::Input,
        lang: OutputLang,
        reason: Option<String>,
    ) -> Result<TaskOutcome<T::Output>, TaskError> {
        Ok(TaskOutcome {
            output: T::offline(input, lang)?,
            provider: ProviderKind::Offline,
            model: "offline".into(),
            offline: true,
            fallback_reason: reason,
            cached: false,
        })
    }

    /// Parses an answer into the output type, mending it if that is safe;
    /// returns the output and whether it was mended, or the problems found.
    fn parse<T: Task>(text: &str, input: &T::Input) -> Result<(T::Output, bool), Vec<String>> {
        let (output, mended) = match serde_json::from_str::<T::Output>(text) {
            Ok(output) => (output, false),
            Err(first) => {
                let repaired = repair_json(text)
                    .ok_or_else(|| vec![format!("the answer is not JSON: {first}")])?;
                let output = serde_json::from_str::<T::Output>(&repaired)
                    .map_err(|e| vec![format!("the answer does not fit the schema: {e}")])?;
                (output, true)
            }
        };
        let problems = T::check(&output, input);
        if problems.is_empty() {
            Ok((output, mended))
        } else {
            Err(problems)
        }
    }

    /// Runs task `T` on `input`, writing in `lang`.
    pub async fn run<T: Task>(
        &self,
        input: &T::Input,
        lang: OutputLang,
    ) -> Result<TaskOutcome<T::Output>, TaskError> {
        let started = Instant::now();
        if self.backend.provider() == ProviderKind::Offline {
            let outcome = self.offline_outcome::<T>(input, lang, None);
            let tally = Tally {
                usage: Usage::default(),
                outcome: if outcome.is_ok() { "offline" } else { "failed" },
                error: outcome.as_ref().err().map(ToString::to_string),
            };
            self.record::<T>(started, &tally, false).await;
            return outcome;
        }

        let key = self.cache_key::<T>(input, lang);
        if let Some(text) = self.store.ai_cache_get(&key).await?
            && let Ok(output) = serde_json::from_str::<T::Output>(&text)
        {
            let tally = Tally {
                usage: Usage::default(),
                outcome: "ok",
                error: None,
            };
            self.record::<T>(started, &tally, true).await;
            return Ok(TaskOutcome {
                output,
                provider: self.backend.provider(),
                model: self.backend.model().to_owned(),
                offline: false,
                fallback_reason: None,
                cached: true,
            });
        }

        let (result, tally) = self.ask::<T>(input, lang).await;
        let outcome = match result {
            Ok(output) => {
                if let Ok(text) = serde_json::to_string(&output) {
                    self.store
                        .ai_cache_put(
                            &key,
                            T::NAME,
                            self.backend.provider().as_str(),
                            self.backend.model(),
                            &text,
                            crate::jobs::now_ms(),
                        )
                        .await?;
                }
                Ok(TaskOutcome {
                    output,
                    provider: self.backend.provider(),
                    model: self.backend.model().to_owned(),
                    offline: false,
                    fallback_reason: None,
                    cached: false,
                })
            }
            Err(err) if T::FALLBACK_OFFLINE && !matches!(err, TaskError::Store(_)) => {
                let reason = err.to_string();
                tracing::warn!(
                    task = T::NAME,
                    "falling back to the offline engine: {reason}"
                );
                let tally = Tally {
                    outcome: "fallback",
                    error: Some(reason.clone()),
                    ..tally
                };
                self.record::<T>(started, &tally, false).await;
                return self.offline_outcome::<T>(input, lang, Some(reason));
            }
            Err(err) => Err(err),
        };
        self.record::<T>(started, &tally, false).await;
        outcome
    }

    /// Asks the model, and once more with the problems if the answer does not fit.
    async fn ask<T: Task>(
        &self,
        input: &T::Input,
        lang: OutputLang,
    ) -> (Result<T::Output, TaskError>, Tally) {
        let prompt = match T::prompt(input, lang) {
            Ok(prompt) => prompt,
            Err(err) => {
                let tally = Tally {
                    usage: Usage::default(),
                    outcome: "failed",
                    error: Some(err.to_string()),
                };
                return (Err(err), tally);
            }
        };
        let mut request = ChatRequest {
            system: prompt.system,
            messages: vec![Message::user(prompt.user)],
            json: Some(JsonOutput {
                name: T::NAME.replace('.', "_"),
                schema: schema_for::<T::Output>(),
            }),
            max_tokens: T::MAX_TOKENS,
            temperature: 0.2,
        };
        let mut usage = Usage::default();
        let mut round = 0;
        loop {
            let answer = match self.backend.chat(&request).await {
                Ok(answer) => answer,
                Err(source) => {
                    let err = TaskError::Model {
                        task: T::NAME,
                        source,
                    };
                    let tally = Tally {
                        usage,
                        outcome: "failed",
                        error: Some(err.to_string()),
                    };
                    return (Err(err), tally);
                }
            };
            usage.input_tokens += answer.usage.input_tokens;
            usage.output_tokens += answer.usage.output_tokens;
            match Self::parse::<T>(&answer.text, input) {
                Ok((output, mended)) => {
                    let outcome = match (round, mended || answer.finish == Finish::Truncated) {
                        (0, false) => "ok",
                        (0, true) => "repaired",
                        _ => "retried",
                    };
                    let tally = Tally {
                        usage,
                        outcome,
                        error: None,
                    };
                    return (Ok(output), tally);
                }
                Err(problems) if round == 0 => {
                    round += 1;
                    request.messages.push(Message::assistant(answer.text));
                    request.messages.push(Message::user(format!(
                        "That answer cannot be used: {}. Answer again with JSON that matches the schema exactly, and nothing else.",
                        problems.join("; ")
                    )));
                }
                Err(problems) => {
                    let err = TaskError::Invalid {
                        task: T::NAME,
                        problems,
                    };
                    let tally = Tally {
                        usage,
                        outcome: "failed",
                        error: Some(err.to_string()),
                    };
                    return (Err(err), tally);
                }
            }
        }
    }
}
