// Each test binary uses a different part of this module.
#![allow(dead_code)]

//! A local fake model provider for tests: it answers the OpenAI chat completions
//! and Anthropic messages routes from a script, and keeps every request it saw.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};

/// One scripted answer.
#[derive(Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Value,
    pub delay: Duration,
}

pub fn ok(body: Value) -> Reply {
    Reply {
        status: 200,
        headers: Vec::new(),
        body,
        delay: Duration::ZERO,
    }
}

pub fn status(code: u16, body: Value) -> Reply {
    Reply {
        status: code,
        ..ok(body)
    }
}

/// What the fake saw of one request.
#[derive(Clone, Debug)]
pub struct Seen {
    pub headers: HeaderMap,
    pub body: Value,
}

#[derive(Clone, Default)]
pub struct Fake {
    script: Arc<Mutex<VecDeque<Reply>>>,
    pub seen: Arc<Mutex<Vec<Seen>>>,
}

async fn answer(State(fake): State<Fake>, headers: HeaderMap, body: Bytes) -> Response {
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    if let Ok(mut seen) = fake.seen.lock() {
        seen.push(Seen { headers, body });
    }
    let reply = fake
        .script
        .lock()
        .ok()
        .and_then(|mut s| s.pop_front())
        .unwrap_or_else(|| status(500, json!({ "error": { "message": "script ran out" } })));
    tokio::time::sleep(reply.delay).await;
    let mut response = (
        StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        axum::Json(reply.body),
    )
        .into_response();
    for (name, value) in reply.headers {
        if let Ok(value) = value.parse() {
            response.headers_mut().insert(name, value);
        }
    }
    response
}

/// Starts the fake on 127.0.0.1; returns its base URL and the shared state.
pub async fn start(script: Vec<Reply>) -> (String, Fake) {
    let fake = Fake {
        script: Arc::new(Mutex::new(script.into())),
        ..Fake::default()
    };
    let app = Router::new()
        .route("/v1/chat/completions", post(answer))
        .route("/v1/messages", post(answer))
        .with_state(fake.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind the fake provider");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{addr}"), fake)
}

impl Fake {
    /// Every request so far.
    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

/// An OpenAI chat completion whose message is `content`.
pub fn openai_answer(content: &str, finish: &str) -> Value {
    json!({
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "model": "test-model-2026",
        "choices": [{
            "index": 0,
            "message": { "role": "assistant", "content": content },
            "finish_reason": finish,
        }],
        "usage": { "prompt_tokens": 31, "completion_tokens": 12, "total_tokens": 43 },
    })
}

/// The real OpenAI-compatible client pointed at a fake with `script`: two
/// attempts per call, short waits.
pub async fn openai_backend(script: Vec<Reply>) -> (Box<dyn jobforge_core::ai::LlmBackend>, Fake) {
    use jobforge_core::ai::{self, ProviderKind, ProviderSettings, RetryPolicy};
    let (base, fake) = start(script).await;
    let settings = ProviderSettings {
        kind: ProviderKind::OpenAi,
        base_url: format!("{base}/v1"),
        model: "test-model".into(),
        api_key: Some("sk-test".into()),
        timeout: Duration::from_secs(5),
    };
    let policy = RetryPolicy {
        max_attempts: 2,
        base: Duration::from_millis(10),
        max_wait: Duration::from_secs(1),
    };
    (ai::backend(&settings, policy).expect("backend"), fake)
}
