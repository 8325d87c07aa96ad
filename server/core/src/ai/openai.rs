//! OpenAI-compatible chat completions: OpenAI, Ollama, vLLM, llama.cpp server and
//! LM Studio all speak `POST {base}/chat/completions`. JSON answers are asked for
//! with `response_format: {type: "json_schema", …}`.

use async_trait::async_trait;
use serde_json::{Value, json};

use super::http::{Http, answering_model, usage};
use super::{
    AiError, ChatRequest, ChatResponse, Finish, LlmBackend, ProviderKind, ProviderSettings,
    RetryPolicy,
};

#[derive(Debug)]
pub struct OpenAiCompatible {
    http: Http,
    url: String,
    api_key: Option<String>,
}

impl OpenAiCompatible {
    pub fn new(settings: &ProviderSettings, policy: RetryPolicy) -> Result<Self, AiError> {
        let base = settings.base_url.trim_end_matches('/');
        Ok(OpenAiCompatible {
            http: Http::new(
                ProviderKind::OpenAi,
                policy,
                settings.timeout,
                &settings.model,
            )?,
            url: format!("{base}/chat/completions"),
            api_key: settings.api_key.clone(),
        })
    }

    fn body(&self, request: &ChatRequest) -> Value {
        let mut messages = vec![json!({ "role": "system", "content": request.system })];
        messages.extend(request.messages.iter().map(|m| {
            let role = m.speaker.role();
            json!({ "role": role, "content": m.text })
        }));
        let mut body = json!({
            "model": self.http.model,
            "messages": messages,
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
        });
        if let Some(output) = &request.json {
            body["response_format"] = json!({
                "type": "json_schema",
                "json_schema": { "name": output.name, "schema": output.schema, "strict": true },
            });
        }
        body
    }
}

#[async_trait]
impl LlmBackend for OpenAiCompatible {
    fn provider(&self) -> ProviderKind {
        ProviderKind::OpenAi
    }

    fn model(&self) -> &str {
        &self.http.model
    }

    async fn chat(&self, request: &ChatRequest) -> Result<ChatResponse, AiError> {
        let body = self.body(request);
        let (answer, attempts) = self
            .http
            .post_json(&self.url, |client| {
                let builder = client.post(&self.url).json(&body);
                match &self.api_key {
                    Some(key) => builder.bearer_auth(key),
                    None => builder,
                }
            })
            .await?;
        let bad = |message: &str| AiError::BadAnswer {
            provider: ProviderKind::OpenAi,
            message: message.to_owned(),
        };
        let choice = answer
            .pointer("/choices/0")
            .ok_or_else(|| bad("no choices in the answer"))?;
        let text = choice
            .pointer("/message/content")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("the first choice has no message content"))?;
        let finish = match choice.get("finish_reason").and_then(Value::as_str) {
            Some("stop") => Finish::Complete,
            Some("length") => Finish::Truncated,
            _ => Finish::Other,
        };
        Ok(ChatResponse {
            text: text.to_owned(),
            finish,
            usage: usage(&answer, "prompt_tokens", "completion_tokens"),
            model: answering_model(&answer, &self.http.model),
            attempts,
        })
    }
}
