use super::*;
use crate::ai::prompts::{parts, placeholders};

#[test]
fn every_registered_task_is_a_spec_task_and_named_once() {
    assert_eq!(
        TASKS.len(),
        tasks().count(),
        "a task outside the spec's list"
    );
    let mut names: Vec<&str> = TASKS.iter().map(|t| t.name()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), TASKS.len(), "a task registered twice");
    assert!(require("match.score").is_ok());
    let err = require("resume.invent").err().unwrap_or_default();
    assert!(err.contains("match.score"), "{err}");
}

/// Objects in provider schemas are closed and list every property.
pub(crate) fn assert_strict(name: &str, schema: &Value) {
    match schema {
        Value::Object(map) => {
            if map.get("type").and_then(Value::as_str) == Some("object")
                && let Some(Value::Object(props)) = map.get("properties")
            {
                assert_eq!(
                    map.get("additionalProperties"),
                    Some(&Value::Bool(false)),
                    "{name}: open object"
                );
                let required = map
                    .get("required")
                    .and_then(Value::as_array)
                    .map_or(0, Vec::len);
                assert_eq!(required, props.len(), "{name}: optional property");
            }
            map.values().for_each(|v| assert_strict(name, v));
        }
        Value::Array(items) => items.iter().for_each(|v| assert_strict(name, v)),
        _ => {}
    }
}

#[test]
fn each_task_has_both_prompts_strict_schemas_and_an_offline_answer() {
    for task in tasks() {
        let name = task.name();
        let example = task.example();
        assert!(example.is_object(), "{name}: example");
        assert_strict(name, &task.output_schema());
        assert!(task.input_schema().is_object(), "{name}: input schema");
        let mut seen = Vec::new();
        for lang in [OutputLang::En, OutputLang::Ar] {
            let prompt = task.prompt(&example, lang).expect("prompt renders");
            assert!(
                !prompt.system.contains("{{") && !prompt.system.is_empty(),
                "{name}: {}",
                prompt.system
            );
            assert!(!prompt.user.is_empty(), "{name}: empty user part");
            let offline = task.offline(&example, lang).expect("offline answer");
            assert!(offline.is_object(), "{name}: offline answer {offline}");
        }
        // Both languages ask with the same values.
        for lang in [OutputLang::En, OutputLang::Ar] {
            let (system, user) = parts(task.templates().get(lang)).expect("shape");
            let mut names: Vec<&str> = placeholders(system);
            names.extend(placeholders(user));
            names.sort_unstable();
            names.dedup();
            seen.push(names);
        }
        assert_eq!(seen[0], seen[1], "{name}: en and ar use different values");
        // The Arabic prompt is written in Arabic.
        let ar = task.prompt(&example, OutputLang::Ar).expect("ar");
        assert!(
            ar.system
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
            "{name}: Arabic template not in Arabic"
        );
    }
}

#[test]
fn bad_input_is_refused_with_the_task_and_the_field() {
    let task = require("match.score").expect("known");
    let err = task
        .offline(&serde_json::json!({"resume": {}, "job": 5}), OutputLang::En)
        .expect_err("bad input");
    let text = err.to_string();
    assert!(
        text.starts_with("match.score: the input cannot be used"),
        "{text}"
    );
    let err = task
        .offline(
            &serde_json::json!({"job": "x", "surprise": 1}),
            OutputLang::En,
        )
        .expect_err("unknown field");
    assert!(
        err.to_string().contains("surprise") || err.to_string().contains("resume"),
        "{err}"
    );
}
