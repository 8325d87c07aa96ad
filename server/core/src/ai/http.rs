//! The HTTP part every remote provider shares: one client per provider, a time
//! limit per attempt, and retries with exponential backoff and jitter on 429, 5xx
//! and timeouts. A `Retry-After` header (seconds, or an HTTP date) sets the wait,
//! up to `max_wait`.

use std::time::Duration;

use serde_json::Value;

use super::{AiError, ProviderKind};

/// The setting that holds the provider's address.
pub const URL_SETTING: &str = "the AI base URL (JOBFORGE_AI_BASE_URL or Settings → AI)";
/// The setting that holds the key.
pub const KEY_SETTING: &str = "the AI API key (JOBFORGE_AI_API_KEY or Settings → AI)";
/// The setting that names the model.
pub const MODEL_SETTING: &str = "the AI model (JOBFORGE_AI_MODEL or Settings → AI)";
/// The setting that bounds each attempt.
pub const TIMEOUT_SETTING: &str = "JOBFORGE_AI_TIMEOUT_SECS";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    /// The wait before the second attempt; it doubles after each.
    pub base: Duration,
    /// No wait is longer, whatever `Retry-After` asks.
    pub max_wait: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            base: Duration::from_millis(500),
            max_wait: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    fn wait(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(asked) = retry_after {
            return asked.min(self.max_wait);
        }
        crate::backoff::exponential(attempt, self.base, self.max_wait, (0.5, 1.0))
    }
}

/// `Retry-After` as a wait: delta-seconds or an HTTP date.
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = value.parse::<f64>() {
        return (seconds >= 0.0).then(|| Duration::from_secs_f64(seconds));
    }
    let date =
        time::OffsetDateTime::parse(value, &time::format_description::well_known::Rfc2822).ok()?;
    let wait = date - time::OffsetDateTime::now_utc();
    Some(Duration::try_from(wait).unwrap_or(Duration::ZERO))
}

/// A provider's HTTP side.
#[derive(Clone, Debug)]
pub struct Http {
    pub provider: ProviderKind,
    pub client: reqwest::Client,
    pub policy: RetryPolicy,
    pub timeout: Duration,
    pub model: String,
}

/// The body text of an error answer, shortened, for messages.
fn error_text(body: &str) -> String {
    let parsed: Option<String> = serde_json::from_str::<Value>(body).ok().and_then(|v| {
        v.pointer("/error/message")
            .or_else(|| v.pointer("/error"))
            .or_else(|| v.pointer("/message"))
            .and_then(|m| m.as_str().map(str::to_owned))
    });
    let text = parsed.unwrap_or_else(|| body.to_owned());
    text.chars().take(300).collect()
}

impl Http {
    pub fn new(
        provider: ProviderKind,
        policy: RetryPolicy,
        timeout: Duration,
        model: &str,
    ) -> Result<Self, AiError> {
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .user_agent(concat!("jobforge/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| AiError::Unreachable {
                provider,
                url: String::new(),
                message: e.to_string(),
                setting: URL_SETTING,
            })?;
        Ok(Http {
            provider,
            client,
            policy,
            timeout,
            model: model.to_owned(),
        })
    }

    /// Posts `body` (built anew for each attempt by `request`) and returns the JSON
    /// answer and the attempts it took.
    pub async fn post_json(
        &self,
        url: &str,
        request: impl Fn(&reqwest::Client) -> reqwest::RequestBuilder,
    ) -> Result<(Value, u32), AiError> {
        let provider = self.provider;
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let last = attempt >= self.policy.max_attempts;
            let outcome = request(&self.client).send().await;
            let (status, wait_hint, failure) = match outcome {
                Err(err) if err.is_timeout() => {
                    if last {
                        return Err(AiError::Timeout {
                            provider,
                            seconds: self.timeout.as_secs().max(1),
                            attempts: attempt,
                            setting: TIMEOUT_SETTING,
                        });
                    }
                    (0, None, "timed out".to_owned())
                }
                Err(err) if err.is_connect() || err.is_request() => {
                    return Err(AiError::Unreachable {
                        provider,
                        url: url.to_owned(),
                        message: err.to_string(),
                        setting: URL_SETTING,
                    });
                }
                Err(err) => {
                    return Err(AiError::BadAnswer {
                        provider,
                        message: err.to_string(),
                    });
                }
                Ok(response) => {
                    let status = response.status().as_u16();
                    let hint = retry_after(response.headers());
                    let body = response.text().await.unwrap_or_default();
                    match status {
                        200..=299 => {
                            let value =
                                serde_json::from_str(&body).map_err(|e| AiError::BadAnswer {
                                    provider,
                                    message: format!("the body is not JSON: {e}"),
                                })?;
                            return Ok((value, attempt));
                        }
                        401 | 403 => {
                            return Err(AiError::Unauthorized {
                                provider,
                                status,
                                setting: KEY_SETTING,
                            });
                        }
                        404 => {
                            return Err(AiError::UnknownModel {
                                provider,
                                model: self.model.clone(),
                                status,
                                setting: MODEL_SETTING,
                            });
                        }
                        408 | 409 | 425 | 429 | 500..=599 => (status, hint, error_text(&body)),
                        _ => {
                            let message = error_text(&body);
                            // Some servers answer an unknown model with 400.
                            if message.to_ascii_lowercase().contains("model") {
                                return Err(AiError::UnknownModel {
                                    provider,
                                    model: self.model.clone(),
                                    status,
                                    setting: MODEL_SETTING,
                                });
                            }
                            return Err(AiError::Rejected {
                                provider,
                                status,
                                message,
                            });
                        }
                    }
                }
            };
            if last {
                return Err(AiError::Unavailable {
                    provider,
                    status,
                    attempts: attempt,
                    message: failure,
                });
            }
            let wait = self.policy.wait(attempt, wait_hint);
            tracing::info!(
                provider = provider.as_str(),
                status,
                attempt,
                wait_ms = wait.as_millis() as u64,
                "model call failed; retrying"
            );
            tokio::time::sleep(wait).await;
        }
    }
}

/// The token counts of an answer, from its `usage` object's two named fields.
pub fn usage(answer: &Value, input: &str, output: &str) -> super::Usage {
    let count = |name: &str| {
        answer
            .get("usage")
            .and_then(|u| u.get(name))
            .and_then(Value::as_u64)
            .unwrap_or(0)
    };
    super::Usage {
        input_tokens: count(input),
        output_tokens: count(output),
    }
}

/// The model that answered, as the answer names it, else `asked`.
pub fn answering_model(answer: &Value, asked: &str) -> String {
    answer
        .get("model")
        .and_then(Value::as_str)
        .unwrap_or(asked)
        .to_owned()
}
