//! `ai.run` jobs on both databases: a task runs in the background for its user,
//! offline with no model, on the user's own model (a local fake provider) when
//! they saved one, offline again when that model's answers do not hold up; bad
//! payloads fail at once with a message that says what is wrong.

mod common;
mod fake_provider;

use fake_provider::{ok, openai_answer, start};
use jobforge_core::jobs::{AI_RUN_KIND, Job};
use jobforge_core::testing::{SmtpCatcher, TestDb, app_state};
use serde_json::{Value, json};

/// Runs one `ai.run` job for user 1 to its end; returns (state, result, error).
async fn run(state: &jobforge_core::AppState, payload: Value) -> (String, Value, String) {
    let (id, _) = Job::new(AI_RUN_KIND, &payload)
        .for_user(1)
        .max_attempts(1)
        .enqueue(state.store.as_ref())
        .await
        .expect("enqueue");
    let job = common::run_until_done(state, id).await;
    let result = job.result.as_deref().map_or(Value::Null, |r| {
        serde_json::from_str(r).expect("result JSON")
    });
    (job.state, result, job.error.unwrap_or_default())
}

async fn tasks_run_in_the_background_for_their_user(db: TestDb) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mail = SmtpCatcher::start().await;
    let state = app_state(&db, dir.path(), &mail);
    db.execute(
        "INSERT INTO users (email, password_hash) VALUES ('ada@example.com', 'x')",
        &[],
    )
    .await
    .expect("user");
    let text = "I built our billing service in Rust. I mentored two new developers.";

    // No model: the offline engine answers, and the call is recorded for Ada.
    let (done, result, _) = run(
        &state,
        json!({"task": "skills.extract", "input": {"text": text}}),
    )
    .await;
    assert_eq!(done, "succeeded");
    assert_eq!(
        (result["offline"].as_bool(), result["provider"].as_str()),
        (Some(true), Some("offline"))
    );
    let names: Vec<&str> = result["output"]["skills"]
        .as_array()
        .expect("skills")
        .iter()
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert!(names.contains(&"Rust"), "{names:?}");
    let calls = state.store.ai_calls(Some(1), 10).await.expect("calls");
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].task, "skills.extract");

    // Ada's own model answers next; its answer is the result.
    let answer = json!({"skills": [{"name": "Rust", "kind": "hard", "evidence": "I built our billing service in Rust."}]});
    let (base, fake) = start(vec![ok(openai_answer(&answer.to_string(), "stop"))]).await;
    jobforge_core::ai::user::save(
        state.store.as_ref(),
        &state.key,
        1,
        "openai",
        &format!("{base}/v1"),
        "test-model",
        "sk-test-1234",
    )
    .await
    .expect("Ada's model");
    let (done, result, _) = run(
        &state,
        json!({"task": "skills.extract", "input": {"text": text}, "lang": "ar"}),
    )
    .await;
    assert_eq!(done, "succeeded");
    assert_eq!(result["output"], answer);
    assert_eq!(
        (result["provider"].as_str(), result["model"].as_str()),
        (Some("openai"), Some("test-model"))
    );
    let sent = &fake.requests()[0].body;
    let system = sent["messages"][0]["content"].as_str().unwrap_or_default();
    assert!(
        system.contains("اذكر المهارات"),
        "the Arabic prompt went out: {system}"
    );

    // An invented skill, twice: the offline engine stands in and says why.
    let invented =
        json!({"skills": [{"name": "Kubernetes", "kind": "hard", "evidence": "Ran Kubernetes."}]})
            .to_string();
    let (base, _fake) = start(vec![
        ok(openai_answer(&invented, "stop")),
        ok(openai_answer(&invented, "stop")),
    ])
    .await;
    jobforge_core::ai::user::save(
        state.store.as_ref(),
        &state.key,
        1,
        "openai",
        &format!("{base}/v1"),
        "test-model",
        "",
    )
    .await
    .expect("Ada's model moved");
    let (done, result, _) = run(
        &state,
        json!({"task": "skills.extract", "input": {"text": text}}),
    )
    .await;
    assert_eq!(done, "succeeded");
    assert_eq!(result["offline"], true);
    let reason = result["fallback_reason"].as_str().unwrap_or_default();
    assert!(reason.contains("Kubernetes"), "{reason}");

    // Bad payloads fail at once and say what is wrong.
    for (payload, expected) in [
        (
            json!({"task": "resume.invent", "input": {}}),
            "no AI task 'resume.invent'",
        ),
        (json!({"task": "skills.extract"}), "\"input\""),
        (
            json!({"task": "skills.extract", "input": {"text": text}, "lang": "fr"}),
            "not 'fr'",
        ),
        (
            json!({"task": "match.score", "input": {"job": 5}}),
            "match.score: the input cannot be used",
        ),
    ] {
        let (done, _, error) = run(&state, payload).await;
        assert_eq!(done, "failed");
        assert!(error.contains(expected), "{error}");
    }
    db.cleanup().await;
}
on_both_databases!(tasks_run_in_the_background_for_their_user);
