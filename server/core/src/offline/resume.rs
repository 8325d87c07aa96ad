//! `resume.parse`: a resume's text (pasted, or taken from a PDF or Word file)
//! read into JSON Resume. Offline, the text is cut into sections by their
//! headings (English and Arabic, with or without colons, capitals, Markdown,
//! common synonyms); the top gives the name, headline and contact details;
//! jobs are found by their date ranges and heading lines, with the position
//! told from the employer by the words each uses; schools, degrees, skills
//! (under the taxonomy's names), languages, certificates, projects and awards
//! come from their sections. Nothing is invented: a model's answer that names
//! an employer, school, job title or certificate the text does not show, or
//! writes a date in another shape, is refused. The resume is data: a line in
//! it that gives orders stays where it was written, as text.

mod claims;
mod columns;
mod contact;
mod dates;
mod degrees;
mod education;
mod extras;
mod header;
mod lexer;
mod lexicon;
mod lines;
mod lists;
mod model;
mod norm;
mod places;
mod roles;
mod sections;
mod segments;
mod sidebar;
mod words;
mod work;

#[cfg(test)]
pub(crate) mod tests;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use model::{
    Award, Basics, Certificate, Education, Language, Location, Meta, ParsedResume, Profile,
    Project, Skill, Volunteer, Work,
};

use crate::ai::prompts::Templates;
use crate::ai::{OutputLang, Task, TaskError};
use lines::{Line, clip, one_line};
use sections::{Block, Section};

/// The most of a resume a model is shown, in bytes.
const MAX_PROMPT: usize = 60_000;

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResumeParseInput {
    /// The resume as plain text or Markdown.
    pub text: String,
}

fn lines_of(blocks: &[Block], section: Section) -> Vec<&Line> {
    blocks
        .iter()
        .filter(|b| b.section == section)
        .flat_map(|b| &b.lines)
        .collect()
}

fn owned(lines: Vec<&Line>) -> Vec<Line> {
    lines.into_iter().cloned().collect()
}

/// The offline engine: the resume's fields, each from the section that holds it.
pub fn parse_resume(text: &str) -> ParsedResume {
    let prepared = lines::prepare(text);
    let blocks = sections::blocks(lines::lines(&prepared));
    let summary: Vec<&str> = lines_of(&blocks, Section::Summary)
        .iter()
        .map(|l| l.text.as_str())
        .collect();
    let summary = Some(one_line(&summary.join(" ")))
        .filter(|s| !s.is_empty())
        .map(|s| clip(&s, 4_000).to_owned());
    let mut top = lines_of(&blocks, Section::Header);
    top.extend(lines_of(&blocks, Section::Contact));
    let basics = header::basics(&top, summary, &prepared);
    let mut skills = Vec::new();
    for block in blocks.iter().filter(|b| b.section == Section::Skills) {
        skills.extend(lists::skills(&block.title, &block.lines));
    }
    ParsedResume {
        basics,
        work: work::work(&owned(lines_of(&blocks, Section::Work))),
        volunteer: work::volunteer(&owned(lines_of(&blocks, Section::Volunteer))),
        education: education::education(&owned(lines_of(&blocks, Section::Education))),
        awards: extras::awards(&owned(lines_of(&blocks, Section::Awards))),
        certificates: extras::certificates(&owned(lines_of(&blocks, Section::Certificates))),
        skills,
        languages: lists::languages(&owned(lines_of(&blocks, Section::Languages))),
        projects: extras::projects(&owned(lines_of(&blocks, Section::Projects))),
        meta: Meta {
            language: norm::language(&prepared).to_owned(),
        },
    }
}

/// Drops nulls, empty strings, empty lists and empty objects; says whether
/// anything is left.
fn prune(value: &mut Value) -> bool {
    match value {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        Value::Array(items) => {
            items.retain_mut(prune);
            !items.is_empty()
        }
        Value::Object(map) => {
            map.retain(|_, v| prune(v));
            !map.is_empty()
        }
        _ => true,
    }
}

/// A clean JSON Resume document: no nulls, no empty lists.
pub fn to_json_resume(resume: &ParsedResume) -> Value {
    let mut value = serde_json::to_value(resume).unwrap_or(Value::Null);
    if !prune(&mut value) {
        return Value::Object(serde_json::Map::new());
    }
    value
}

pub struct ResumeParseTask;

impl Task for ResumeParseTask {
    const NAME: &'static str = "resume.parse";
    const PROMPT_VERSION: u32 = 1;
    const FALLBACK_OFFLINE: bool = true;
    const MAX_TOKENS: u32 = 6000;
    type Input = ResumeParseInput;
    type Output = ParsedResume;

    const TEMPLATES: Templates = crate::prompt_templates!("resume.parse");

    fn values(input: &ResumeParseInput) -> Vec<(&'static str, String)> {
        vec![("resume", clip(&input.text, MAX_PROMPT).to_owned())]
    }

    fn example() -> ResumeParseInput {
        ResumeParseInput {
            text: "Ada Lovelace\nBackend Engineer\nLondon, United Kingdom | ada@example.com | \
                   +44 20 7946 0991 | github.com/ada\n\nEXPERIENCE\nBackend Engineer — \
                   Analytical Engines Ltd\nMar 2019 – Present\n• Built payment APIs in Rust and \
                   PostgreSQL serving 2M requests a day.\n\nEDUCATION\nBSc Mathematics, \
                   University of London, 2015 – 2018\n\nSKILLS\nRust, PostgreSQL, Docker\n\n\
                   LANGUAGES\nEnglish (native), French (fluent)"
                .into(),
        }
    }

    fn offline(input: &ResumeParseInput, _lang: OutputLang) -> Result<ParsedResume, TaskError> {
        Ok(parse_resume(&input.text))
    }

    /// Employers, schools, job titles and certificates must be in the text;
    /// dates must be `YYYY` or `YYYY-MM`.
    fn check(output: &ParsedResume, input: &ResumeParseInput) -> Vec<String> {
        claims::problems(output, &input.text)
    }
}
