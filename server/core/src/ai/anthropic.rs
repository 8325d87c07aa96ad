//! Anthropic's messages API: `POST {base}/v1/messages`. A JSON answer is asked for
//! as a forced call of one tool whose input schema is the answer's schema; the
//! tool call's input is the answer.

use async_trait::async_trait;
use serde_json::{Value, json};

use super::http::{Http, answering_model, usage};
use super::{
    AiError, ChatRequest, ChatResponse, Finish, LlmBackend, ProviderKind, ProviderSettings,
    RetryPolicy,
};

const API_VERSION: &str = "2023-06-01";

#[derive(Debug)]
pub struct Anthropic {
    http: Http,
    url: String,
    api_key: Option<String>,
}

impl Anthropic {
    pub fn new(settings: &ProviderSettings, policy: RetryPolicy) -> Result<Self, AiError> {
        let base = settings.base_url.trim_end_matches('/');
        Ok(Anthropic {
            http: Http::new(
                ProviderKind::Anthropic,
                policy,
                settings.timeout,
                &settings.model,
            )?,
            url: format!("{base}/v1/messages"),
            api_key: settings.api_key.clone(),
        })
    }

    fn body(&self, request: &ChatRequest) -> Value {
        let messages: Vec<Value> = request
            .messages
            .iter()
            .map(|m| {
                let role = m.speaker.role();
                json!({ "role": role, "content": m.text })
            })
            .collect();
        let mut body = json!({
            "model": self.http.model,
            "system": request.system,
            "messages": messages,
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
        });
        if let Some(output) = &request.json {
            body["tools"] = json!([{
                "name": output.name,
                "description": "Give the answer in this structure.",
                "input_schema": output.schema,
            }]);
            body["tool_choice"] = json!({ "type": "tool", "name": output.name });
        }
        body
    }
}

#[async_trait]
impl LlmBackend for Anthropic {
    fn provider(&self) -> ProviderKind {
        ProviderKind::Anthropic
    }

    fn model(&self) -> &str {
        &self.http.model
    }

    async fn chat(&self, request: &ChatRequest) -> Result<ChatResponse, AiError> {
        let body = self.body(request);
        let (answer, attempts) = self
            .http
            .post_json(&self.url, |client| {
                let builder = client
                    .post(&self.url)
                    .header("anthropic-version", API_VERSION)
                    .json(&body);
                match &self.api_key {
                    Some(key) => builder.header("x-api-key", key),
                    None => builder,
                }
            })
            .await?;
        let blocks = answer
            .get("content")
            .and_then(Value::as_array)
            .ok_or_else(|| AiError::BadAnswer {
                provider: ProviderKind::Anthropic,
                message: "no content in the answer".into(),
            })?;
        let text = if request.json.is_some() {
            blocks
                .iter()
                .find(|b| b.get("type").and_then(Value::as_str) == Some("tool_use"))
                .and_then(|b| b.get("input"))
                .map(Value::to_string)
                .unwrap_or_default()
        } else {
            blocks
                .iter()
                .filter(|b| b.get("type").and_then(Value::as_str) == Some("text"))
                .filter_map(|b| b.get("text").and_then(Value::as_str))
                .collect::<Vec<_>>()
                .join("")
        };
        let finish = match answer.get("stop_reason").and_then(Value::as_str) {
            Some("end_turn" | "tool_use" | "stop_sequence") => Finish::Complete,
            Some("max_tokens") => Finish::Truncated,
            _ => Finish::Other,
        };
        Ok(ChatResponse {
            text,
            finish,
            usage: usage(&answer, "input_tokens", "output_tokens"),
            model: answering_model(&answer, &self.http.model),
            attempts,
        })
    }
}
