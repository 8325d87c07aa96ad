//! The one way Jobforge talks to a language model. `LlmBackend` has three
//! providers: the built-in offline engine (the default: no model, no network), any
//! OpenAI-compatible chat completions server (OpenAI, Ollama, vLLM, llama.cpp,
//! LM Studio) and Anthropic's messages API. HTTP providers share one retry policy:
//! exponential backoff with jitter on 429, 5xx and timeouts, honouring
//! `Retry-After`. Errors name the provider and the setting to fix.

mod anthropic;
mod http;
mod offline;
mod openai;
pub mod prompts;
pub mod registry;
pub mod repair;
pub mod task;
pub mod user;

use std::time::Duration;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

pub use anthropic::Anthropic;
pub use http::RetryPolicy;
pub use offline::Offline;
pub use openai::OpenAiCompatible;
pub use task::{AiRunner, OutputLang, PriceTable, Prompt, Task, TaskError, TaskOutcome};

/// Which kind of provider answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProviderKind {
    Offline,
    OpenAi,
    Anthropic,
}

impl ProviderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProviderKind::Offline => "offline",
            ProviderKind::OpenAi => "openai",
            ProviderKind::Anthropic => "anthropic",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "offline" => Some(ProviderKind::Offline),
            "openai" | "openai-compatible" => Some(ProviderKind::OpenAi),
            "anthropic" => Some(ProviderKind::Anthropic),
            _ => None,
        }
    }

    /// How people call it in messages.
    pub fn display_name(self) -> &'static str {
        match self {
            ProviderKind::Offline => "the offline engine",
            ProviderKind::OpenAi => "the OpenAI-compatible provider",
            ProviderKind::Anthropic => "Anthropic",
        }
    }
}

/// Who wrote a message of the conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Speaker {
    User,
    Assistant,
}

impl Speaker {
    /// The role name both wire formats use.
    pub fn role(self) -> &'static str {
        match self {
            Speaker::User => "user",
            Speaker::Assistant => "assistant",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub speaker: Speaker,
    pub text: String,
}

impl Message {
    pub fn user(text: impl Into<String>) -> Self {
        Message {
            speaker: Speaker::User,
            text: text.into(),
        }
    }

    pub fn assistant(text: impl Into<String>) -> Self {
        Message {
            speaker: Speaker::Assistant,
            text: text.into(),
        }
    }
}

/// A structured answer the model must give: a JSON Schema and its name.
#[derive(Clone, Debug, PartialEq)]
pub struct JsonOutput {
    pub name: String,
    pub schema: Value,
}

/// One request to a model.
#[derive(Clone, Debug, PartialEq)]
pub struct ChatRequest {
    pub system: String,
    pub messages: Vec<Message>,
    /// When set, the answer is JSON of this schema (`response_format` for
    /// OpenAI-compatible servers, a forced tool call for Anthropic).
    pub json: Option<JsonOutput>,
    pub max_tokens: u32,
    pub temperature: f32,
}

/// Why the model stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Finish {
    /// It was done.
    Complete,
    /// It ran out of tokens: the text may be cut off.
    Truncated,
    Other,
}

/// Tokens a call used, as the provider counted them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Usage {
    pub input_tokens: u64,
    pub output_tokens: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChatResponse {
    /// The answer's text; for a JSON request, the JSON.
    pub text: String,
    pub finish: Finish,
    pub usage: Usage,
    /// The model that answered, as the provider names it.
    pub model: String,
    /// HTTP attempts it took (1 without retries).
    pub attempts: u32,
}

/// What went wrong talking to a provider. Each message says which provider and,
/// where the user can fix it, which setting.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum AiError {
    #[error("{} refused the API key (HTTP {status}); check {setting}", .provider.display_name())]
    Unauthorized {
        provider: ProviderKind,
        status: u16,
        setting: &'static str,
    },
    #[error("{} does not know the model '{model}' (HTTP {status}); check {setting}", .provider.display_name())]
    UnknownModel {
        provider: ProviderKind,
        model: String,
        status: u16,
        setting: &'static str,
    },
    #[error("{} rejected the request (HTTP {status}): {message}", .provider.display_name())]
    Rejected {
        provider: ProviderKind,
        status: u16,
        message: String,
    },
    #[error("{} is busy or failing (HTTP {status}) after {attempts} attempts: {message}", .provider.display_name())]
    Unavailable {
        provider: ProviderKind,
        status: u16,
        attempts: u32,
        message: String,
    },
    #[error("{} did not answer within {seconds} s, {attempts} times; check {setting} or raise the timeout", .provider.display_name())]
    Timeout {
        provider: ProviderKind,
        seconds: u64,
        attempts: u32,
        setting: &'static str,
    },
    #[error("cannot reach {} at {url}: {message}; check {setting}", .provider.display_name())]
    Unreachable {
        provider: ProviderKind,
        url: String,
        message: String,
        setting: &'static str,
    },
    #[error("{} answered in an unexpected shape: {message}", .provider.display_name())]
    BadAnswer {
        provider: ProviderKind,
        message: String,
    },
    #[error("the offline engine has no language model; this task runs its offline method instead")]
    Offline,
}

/// A language model (or the offline engine standing in for one).
#[async_trait]
pub trait LlmBackend: Send + Sync + std::fmt::Debug {
    fn provider(&self) -> ProviderKind;

    /// The model's name ("offline" for the offline engine).
    fn model(&self) -> &str;

    async fn chat(&self, request: &ChatRequest) -> Result<ChatResponse, AiError>;
}

/// Where a provider is and how to reach it.
#[derive(Clone, PartialEq, Eq)]
pub struct ProviderSettings {
    pub kind: ProviderKind,
    /// E.g. `https://api.openai.com/v1`, `http://127.0.0.1:11434/v1`,
    /// `https://api.anthropic.com`.
    pub base_url: String,
    pub model: String,
    pub api_key: Option<String>,
    pub timeout: Duration,
}

impl std::fmt::Debug for ProviderSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProviderSettings")
            .field("kind", &self.kind)
            .field("base_url", &self.base_url)
            .field("model", &self.model)
            .field("api_key", &self.api_key.as_deref().map(key_hint))
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// What a key may show of itself: its last four characters.
pub fn key_hint(key: &str) -> String {
    let tail: String = key
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!("…{tail}")
}

impl ProviderSettings {
    pub fn offline() -> Self {
        ProviderSettings {
            kind: ProviderKind::Offline,
            base_url: String::new(),
            model: "offline".into(),
            api_key: None,
            timeout: Duration::from_secs(60),
        }
    }

    /// Whether `url` can be a provider's address: http(s), a host, no spaces (a
    /// path such as `/v1` is fine).
    pub fn valid_base_url(url: &str) -> bool {
        url.split_once("://").is_some_and(|(scheme, rest)| {
            matches!(scheme, "http" | "https")
                && !rest.is_empty()
                && !rest.contains(char::is_whitespace)
        })
    }

    /// The default address of each provider.
    pub fn default_base_url(kind: ProviderKind) -> &'static str {
        match kind {
            ProviderKind::Offline => "",
            ProviderKind::OpenAi => "https://api.openai.com/v1",
            ProviderKind::Anthropic => "https://api.anthropic.com",
        }
    }
}

/// Builds the backend these settings name.
pub fn backend(
    settings: &ProviderSettings,
    policy: RetryPolicy,
) -> Result<Box<dyn LlmBackend>, AiError> {
    Ok(match settings.kind {
        ProviderKind::Offline => Box::new(Offline),
        ProviderKind::OpenAi => Box::new(OpenAiCompatible::new(settings, policy)?),
        ProviderKind::Anthropic => Box::new(Anthropic::new(settings, policy)?),
    })
}
