//! `match.score` as an AI task: with no model, or when the model's answer does
//! not hold up, the offline scorer answers (and says so).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{MatchScore, Taxonomy, score};
use crate::ai::prompts::Templates;
use crate::ai::{OutputLang, Task, TaskError};

/// A resume (JSON Resume) and a job (text or HTML), with the month "present" means.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MatchInput {
    pub resume: Value,
    pub job: String,
    pub job_title: Option<String>,
    /// (year, month)
    pub now: (i32, u32),
}

pub struct MatchScoreTask;

impl Task for MatchScoreTask {
    const NAME: &'static str = "match.score";
    const PROMPT_VERSION: u32 = 1;
    const FALLBACK_OFFLINE: bool = true;
    type Input = MatchInput;
    type Output = MatchScore;

    const TEMPLATES: Templates = crate::prompt_templates!("match.score");

    fn values(input: &MatchInput) -> Vec<(&'static str, String)> {
        vec![
            (
                "job_title",
                input
                    .job_title
                    .clone()
                    .unwrap_or_else(|| "(first line of the job)".into()),
            ),
            ("job", input.job.clone()),
            ("resume", input.resume.to_string()),
        ]
    }

    fn example() -> MatchInput {
        MatchInput {
            resume: serde_json::json!({
                "basics": {"name": "Ada Lovelace", "label": "Backend Engineer"},
                "work": [{
                    "name": "Analytical Engines Ltd",
                    "position": "Backend Engineer",
                    "startDate": "2019-03",
                    "highlights": ["Built payment APIs in Rust and PostgreSQL serving 2M requests a day."]
                }],
                "skills": [{"name": "Backend", "keywords": ["Rust", "PostgreSQL", "Docker"]}]
            }),
            job: "Senior Backend Engineer\nWe need 5+ years with Rust or Go, PostgreSQL, Kubernetes and strong communication.".into(),
            job_title: Some("Senior Backend Engineer".into()),
            now: (2026, 11),
        }
    }

    fn offline(input: &MatchInput, _lang: OutputLang) -> Result<MatchScore, TaskError> {
        if !input.resume.is_object() {
            return Err(TaskError::BadInput {
                task: Self::NAME,
                reason: "the resume is not a JSON Resume object".into(),
            });
        }
        Ok(score(
            Taxonomy::builtin(),
            &input.resume,
            &input.job,
            input.job_title.as_deref(),
            input.now,
        ))
    }

    fn check(output: &MatchScore, _input: &MatchInput) -> Vec<String> {
        let mut problems = Vec::new();
        if output.score > 100 {
            problems.push(format!("score {} is above 100", output.score));
        }
        let b = &output.breakdown;
        for (name, part) in [
            ("hard_skills", &b.hard_skills),
            ("soft_skills", &b.soft_skills),
            ("title", &b.title),
            ("seniority", &b.seniority),
            ("education", &b.education),
            ("keywords", &b.keywords),
        ] {
            if part.score > 100 || !(0.0..=1.0).contains(&part.weight) {
                problems.push(format!("breakdown.{name} is out of range"));
            }
        }
        problems
    }
}
