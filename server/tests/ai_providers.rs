//! The real HTTP clients of the AI layer against a local fake provider that speaks
//! each wire format (OpenAI chat completions, Anthropic messages): success, 429
//! with Retry-After, 500 then success, a wrong key, an unknown model, and an
//! answer slower than the timeout.

mod fake_provider;

use std::time::{Duration, Instant};

use fake_provider::{Reply, Seen, ok, openai_answer, start, status};
use jobforge_core::ai::{
    self, AiError, ChatRequest, Finish, JsonOutput, Message, ProviderKind, ProviderSettings,
    RetryPolicy,
};
use serde_json::{Value, json};

fn settings(kind: ProviderKind, base: &str, timeout: Duration) -> ProviderSettings {
    ProviderSettings {
        kind,
        base_url: match kind {
            ProviderKind::OpenAi => format!("{base}/v1"),
            _ => base.to_owned(),
        },
        model: "test-model".into(),
        api_key: Some("sk-test-1234".into()),
        timeout,
    }
}

fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 3,
        base: Duration::from_millis(20),
        max_wait: Duration::from_secs(3),
    }
}

fn json_request() -> ChatRequest {
    ChatRequest {
        system: "You extract skills.".into(),
        messages: vec![Message::user("Rust and SQL, 5 years.")],
        json: Some(JsonOutput {
            name: "skills".into(),
            schema: json!({
                "type": "object",
                "properties": { "skills": { "type": "array", "items": { "type": "string" } } },
                "required": ["skills"],
                "additionalProperties": false,
            }),
        }),
        max_tokens: 200,
        temperature: 0.0,
    }
}

fn anthropic_answer(input: Value) -> Value {
    json!({
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "test-model-2026",
        "content": [{ "type": "tool_use", "id": "toolu_1", "name": "skills", "input": input }],
        "stop_reason": "tool_use",
        "usage": { "input_tokens": 40, "output_tokens": 9 },
    })
}

async fn call(
    kind: ProviderKind,
    script: Vec<Reply>,
    timeout: Duration,
) -> (Result<ai::ChatResponse, AiError>, Vec<Seen>, Duration) {
    let (base, fake) = start(script).await;
    let backend = ai::backend(&settings(kind, &base, timeout), fast_retries()).expect("backend");
    let started = Instant::now();
    let result = backend.chat(&json_request()).await;
    let seen = fake.requests();
    (result, seen, started.elapsed())
}

#[tokio::test]
async fn openai_answers_json_of_the_schema_and_counts_tokens() {
    let content = r#"{"skills":["Rust","SQL"]}"#;
    let (result, seen, _) = call(
        ProviderKind::OpenAi,
        vec![ok(openai_answer(content, "stop"))],
        Duration::from_secs(5),
    )
    .await;
    let answer = result.expect("an answer");
    assert_eq!(answer.text, content);
    assert_eq!(answer.finish, Finish::Complete);
    assert_eq!(
        (answer.usage.input_tokens, answer.usage.output_tokens),
        (31, 12)
    );
    assert_eq!(answer.model, "test-model-2026");
    assert_eq!(answer.attempts, 1);
    let request = &seen[0];
    assert_eq!(request.headers["authorization"], "Bearer sk-test-1234");
    assert_eq!(request.body["model"], "test-model");
    assert_eq!(request.body["messages"][0]["role"], "system");
    assert_eq!(
        request.body["messages"][1]["content"],
        "Rust and SQL, 5 years."
    );
    assert_eq!(request.body["response_format"]["type"], "json_schema");
    assert_eq!(
        request.body["response_format"]["json_schema"]["name"],
        "skills"
    );
    assert_eq!(
        request.body["response_format"]["json_schema"]["schema"]["required"],
        json!(["skills"])
    );
}

#[tokio::test]
async fn a_cut_off_answer_is_reported_as_truncated() {
    let (result, _, _) = call(
        ProviderKind::OpenAi,
        vec![ok(openai_answer(r#"{"skills":["Ru"#, "length"))],
        Duration::from_secs(5),
    )
    .await;
    assert_eq!(result.expect("an answer").finish, Finish::Truncated);
}

#[tokio::test]
async fn a_429_waits_as_long_as_retry_after_says() {
    let mut busy = status(429, json!({ "error": { "message": "slow down" } }));
    busy.headers.push(("retry-after", "1".into()));
    let (result, seen, took) = call(
        ProviderKind::OpenAi,
        vec![busy, ok(openai_answer("{\"skills\":[]}", "stop"))],
        Duration::from_secs(5),
    )
    .await;
    let answer = result.expect("the second attempt answers");
    assert_eq!(answer.attempts, 2);
    assert_eq!(seen.len(), 2);
    assert!(took >= Duration::from_millis(950), "waited only {took:?}");
}

#[tokio::test]
async fn a_500_is_retried_and_a_lasting_one_is_reported() {
    let failing = || status(500, json!({ "error": { "message": "upstream broke" } }));
    let (result, _, _) = call(
        ProviderKind::OpenAi,
        vec![failing(), ok(openai_answer("{\"skills\":[]}", "stop"))],
        Duration::from_secs(5),
    )
    .await;
    assert_eq!(result.expect("retried").attempts, 2);

    let (result, seen, _) = call(
        ProviderKind::OpenAi,
        vec![failing(), failing(), failing()],
        Duration::from_secs(5),
    )
    .await;
    let err = result.expect_err("three failures");
    assert_eq!(seen.len(), 3);
    let message = err.to_string();
    assert!(
        matches!(
            err,
            AiError::Unavailable {
                status: 500,
                attempts: 3,
                ..
            }
        ),
        "{message}"
    );
    assert!(message.contains("upstream broke"), "{message}");
}

#[tokio::test]
async fn a_wrong_key_or_model_names_the_setting_and_is_not_retried() {
    let (result, seen, _) = call(
        ProviderKind::OpenAi,
        vec![status(
            401,
            json!({ "error": { "message": "Incorrect API key" } }),
        )],
        Duration::from_secs(5),
    )
    .await;
    let message = result.expect_err("refused").to_string();
    assert_eq!(seen.len(), 1, "no retry on 401");
    assert!(message.contains("OpenAI-compatible"), "{message}");
    assert!(message.contains("JOBFORGE_AI_API_KEY"), "{message}");
    assert!(
        !message.contains("sk-test-1234"),
        "the key never appears: {message}"
    );

    let (result, _, _) = call(
        ProviderKind::Anthropic,
        vec![status(404, json!({ "type": "error", "error": { "type": "not_found_error", "message": "model: test-model" } }))],
        Duration::from_secs(5),
    )
    .await;
    let message = result.expect_err("unknown model").to_string();
    assert!(
        message.contains("Anthropic") && message.contains("'test-model'"),
        "{message}"
    );
    assert!(message.contains("JOBFORGE_AI_MODEL"), "{message}");
}

#[tokio::test]
async fn an_answer_slower_than_the_timeout_is_retried_then_reported() {
    let slow = || Reply {
        delay: Duration::from_millis(800),
        ..ok(openai_answer("{}", "stop"))
    };
    let (result, seen, _) = call(
        ProviderKind::OpenAi,
        vec![slow(), slow(), slow()],
        Duration::from_millis(250),
    )
    .await;
    let err = result.expect_err("too slow");
    assert!(matches!(err, AiError::Timeout { attempts: 3, .. }), "{err}");
    assert!(err.to_string().contains("JOBFORGE_AI_TIMEOUT_SECS"));
    assert_eq!(seen.len(), 3);

    let (result, _, _) = call(
        ProviderKind::OpenAi,
        vec![slow(), ok(openai_answer("{\"skills\":[]}", "stop"))],
        Duration::from_millis(250),
    )
    .await;
    assert_eq!(result.expect("the second is quick").attempts, 2);
}

#[tokio::test]
async fn anthropic_answers_through_a_forced_tool_call() {
    let overloaded = status(
        529,
        json!({ "type": "error", "error": { "type": "overloaded_error", "message": "Overloaded" } }),
    );
    let (result, seen, _) = call(
        ProviderKind::Anthropic,
        vec![
            overloaded,
            ok(anthropic_answer(json!({ "skills": ["Rust", "SQL"] }))),
        ],
        Duration::from_secs(5),
    )
    .await;
    let answer = result.expect("an answer");
    let parsed: Value = serde_json::from_str(&answer.text).expect("JSON");
    assert_eq!(parsed, json!({ "skills": ["Rust", "SQL"] }));
    assert_eq!(
        (answer.usage.input_tokens, answer.usage.output_tokens),
        (40, 9)
    );
    assert_eq!(answer.attempts, 2);
    let request = &seen[1];
    assert_eq!(request.headers["x-api-key"], "sk-test-1234");
    assert_eq!(request.headers["anthropic-version"], "2023-06-01");
    assert_eq!(request.body["system"], "You extract skills.");
    assert_eq!(
        request.body["tool_choice"],
        json!({ "type": "tool", "name": "skills" })
    );
    assert_eq!(
        request.body["tools"][0]["input_schema"]["required"],
        json!(["skills"])
    );
}

#[tokio::test]
async fn an_unreachable_provider_names_the_address_setting() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let backend = ai::backend(
        &settings(
            ProviderKind::OpenAi,
            &format!("http://127.0.0.1:{port}"),
            Duration::from_secs(2),
        ),
        fast_retries(),
    )
    .expect("backend");
    let message = backend
        .chat(&json_request())
        .await
        .expect_err("nothing listens")
        .to_string();
    assert!(message.contains(&format!("127.0.0.1:{port}")), "{message}");
    assert!(message.contains("JOBFORGE_AI_BASE_URL"), "{message}");
}

#[tokio::test]
async fn the_offline_engine_never_calls_out() {
    let backend =
        ai::backend(&ProviderSettings::offline(), RetryPolicy::default()).expect("offline");
    assert_eq!(backend.provider(), ProviderKind::Offline);
    assert_eq!(backend.chat(&json_request()).await, Err(AiError::Offline));
    assert_eq!(ai::key_hint("sk-abcdefgh1234"), "…1234");
}
