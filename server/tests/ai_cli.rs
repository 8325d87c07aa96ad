//! `jobforge ai`: tasks by name, their prompts in both languages, an offline run,
//! and clear errors for an unknown task or an input that does not fit.

use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_jobforge");

fn jobforge(args: &[&str], stdin: Option<&str>) -> (bool, serde_json::Value, String) {
    let mut child = Command::new(BIN)
        .args(["ai"])
        .args(args)
        .env("JOBFORGE_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run jobforge ai");
    if let Some(text) = stdin
        && let Some(mut pipe) = child.stdin.take()
    {
        pipe.write_all(text.as_bytes()).expect("stdin");
    }
    let output = child.wait_with_output().expect("wait");
    let json = serde_json::from_slice(&output.stdout).unwrap_or(serde_json::Value::Null);
    (
        output.status.success(),
        json,
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn tasks_are_listed_with_schemas() {
    let (ok, tasks, err) = jobforge(&["tasks"], None);
    assert!(ok, "{err}");
    let names: Vec<&str> = tasks
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|t| t["name"].as_str())
        .collect();
    assert_eq!(
        names,
        [
            "resume.parse",
            "job.parse",
            "match.score",
            "resume.analyze",
            "resume.tailor",
            "cover_letter.generate",
            "interview.questions",
            "interview.evaluate",
            "interview.analyze",
            "skills.extract"
        ]
    );
    assert_eq!(tasks[0]["output_schema"]["additionalProperties"], false);
}

#[test]
fn prompts_come_in_both_languages_and_runs_are_offline() {
    let (ok, en, err) = jobforge(&["prompt", "match.score"], None);
    assert!(ok, "{err}");
    assert!(
        en["system"]
            .as_str()
            .unwrap_or_default()
            .contains("Write the explanation in English")
    );
    assert!(
        en["user"]
            .as_str()
            .unwrap_or_default()
            .contains("Senior Backend Engineer")
    );
    let (ok, ar, _) = jobforge(&["prompt", "match.score", "--lang", "ar"], None);
    assert!(ok);
    assert!(
        ar["system"]
            .as_str()
            .unwrap_or_default()
            .contains("درجة توافق")
    );

    let input = r#"{"text": "Shipped a Django app and wrote SQL reports."}"#;
    let (ok, out, err) = jobforge(&["run", "skills.extract", "-"], Some(input));
    assert!(ok, "{err}");
    assert_eq!(out["engine"], "offline");
    let names: Vec<&str> = out["output"]["skills"]
        .as_array()
        .expect("skills")
        .iter()
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert!(
        names.contains(&"Django") && names.contains(&"SQL"),
        "{names:?}"
    );
}

#[test]
fn unknown_tasks_and_bad_inputs_say_what_is_wrong() {
    let (ok, _, err) = jobforge(&["run", "resume.invent"], None);
    assert!(!ok);
    assert!(
        err.contains("no AI task 'resume.invent'") && err.contains("match.score"),
        "{err}"
    );
    let (ok, _, err) = jobforge(&["run", "skills.extract", "-"], Some(r#"{"txt": 1}"#));
    assert!(!ok);
    assert!(
        err.contains("skills.extract: the input cannot be used"),
        "{err}"
    );
    let (ok, _, err) = jobforge(&["run", "skills.extract", "-"], Some("not json"));
    assert!(!ok);
    assert!(err.contains("INPUT -: not JSON"), "{err}");
}
