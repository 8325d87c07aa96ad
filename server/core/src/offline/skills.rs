//! `skills.extract`: the skills a text shows, each with the sentence that shows
//! it. Offline through the taxonomy; with a model, every skill it names must be
//! in the text and in the taxonomy, so nothing is invented.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::taxonomy::{SkillKind, Taxonomy};
use crate::ai::prompts::Templates;
use crate::ai::{OutputLang, Task, TaskError};

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SkillsInput {
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ExtractedSkill {
    /// The taxonomy's name for it.
    pub name: String,
    /// `hard` or `soft`.
    pub kind: String,
    /// The sentence of the text that shows it.
    pub evidence: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ExtractedSkills {
    pub skills: Vec<ExtractedSkill>,
}

/// The sentence (or line) of `text` around byte `at`.
fn sentence_around(text: &str, needle: &str) -> String {
    let lower = text.to_lowercase();
    let Some(at) = lower.find(&needle.to_lowercase()) else {
        return String::new();
    };
    let start = lower[..at]
        .rfind(['.', '!', '?', '\n', '؟'])
        .map_or(0, |i| i + 1);
    let end = lower[at..]
        .find(['.', '!', '?', '\n', '؟'])
        .map_or(lower.len(), |i| at + i + 1);
    text.get(start..end).unwrap_or_default().trim().to_owned()
}

/// The offline extraction.
pub fn extract(taxonomy: &Taxonomy, text: &str) -> ExtractedSkills {
    let tokens = super::taxonomy::tokens(text);
    let skills = taxonomy
        .find(text)
        .into_iter()
        .map(|found| {
            let skill = taxonomy.skill(found.skill);
            let word = found
                .at
                .first()
                .and_then(|i| tokens.get(*i))
                .copied()
                .unwrap_or_default();
            ExtractedSkill {
                name: skill.name.clone(),
                kind: match skill.kind {
                    SkillKind::Hard => "hard".into(),
                    SkillKind::Soft => "soft".into(),
                },
                evidence: sentence_around(text, word),
            }
        })
        .collect();
    ExtractedSkills { skills }
}

pub struct SkillsExtractTask;

impl Task for SkillsExtractTask {
    const NAME: &'static str = "skills.extract";
    const PROMPT_VERSION: u32 = 1;
    const FALLBACK_OFFLINE: bool = true;
    type Input = SkillsInput;
    type Output = ExtractedSkills;

    const TEMPLATES: Templates = crate::prompt_templates!("skills.extract");

    fn values(input: &SkillsInput) -> Vec<(&'static str, String)> {
        vec![("text", input.text.clone())]
    }

    fn example() -> SkillsInput {
        SkillsInput {
            text: "Today I fixed a memory leak in our Rust service. Then I reviewed pull \
                   requests and mentored a junior developer."
                .into(),
        }
    }

    fn offline(input: &SkillsInput, _lang: OutputLang) -> Result<ExtractedSkills, TaskError> {
        Ok(extract(Taxonomy::builtin(), &input.text))
    }

    /// Each skill must be one the taxonomy knows, and its evidence must be in the text.
    fn check(output: &ExtractedSkills, input: &SkillsInput) -> Vec<String> {
        let taxonomy = Taxonomy::builtin();
        let text = input.text.to_lowercase();
        output
            .skills
            .iter()
            .filter_map(|s| {
                if taxonomy.lookup(&s.name).is_none() {
                    Some(format!("'{}' is not a known skill", s.name))
                } else if s.evidence.trim().is_empty()
                    || !text.contains(&s.evidence.trim().to_lowercase())
                {
                    Some(format!("the evidence for '{}' is not in the text", s.name))
                } else {
                    None
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skills_come_with_the_sentence_that_shows_them() {
        let text = "Today I fixed a memory leak in our Rust service. Then I reviewed \
                    pull requests and mentored a junior developer.\nDeployed with Docker.";
        let found = extract(Taxonomy::builtin(), text);
        let rust = found
            .skills
            .iter()
            .find(|s| s.name == "Rust")
            .expect("Rust is found");
        assert_eq!(
            rust.evidence,
            "Today I fixed a memory leak in our Rust service."
        );
        assert_eq!(rust.kind, "hard");
        assert!(found.skills.iter().any(|s| s.name == "Docker"));
        // The check refuses an invented skill or evidence not in the text.
        let input = SkillsInput { text: text.into() };
        let invented = ExtractedSkills {
            skills: vec![ExtractedSkill {
                name: "Kubernetes".into(),
                kind: "hard".into(),
                evidence: "Ran Kubernetes clusters.".into(),
            }],
        };
        let problems = SkillsExtractTask::check(&invented, &input);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(SkillsExtractTask::check(&found, &input).is_empty());
    }

    #[test]
    fn arabic_text_finds_arabic_names() {
        let found = extract(
            Taxonomy::builtin(),
            "قمت بتحليل البيانات وأظهرت مهارات التواصل مع الفريق.",
        );
        let names: Vec<&str> = found.skills.iter().map(|s| s.name.as_str()).collect();
        assert!(names.contains(&"Communication"), "{names:?}");
    }
}
