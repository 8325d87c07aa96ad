//! `job.parse`: a job posting (an HTML page, or text or Markdown pasted from an
//! email or a board) read into the tracker's fields. Offline it goes field by
//! field through schema.org JSON-LD, then microdata, then OpenGraph and meta
//! tags, then the readable text (labelled lines, headings, "X is hiring", work
//! mode, job type and salary words in English and Arabic). Nothing is invented:
//! every title, company and location comes from the page, and a model's answer
//! whose title or company is not in the input is refused.

mod claims;
mod currency;
mod dates;
mod html;
mod jsonld;
mod labels;
mod markdown;
mod markup;
mod microdata;
mod modes;
mod names;
mod plain;
mod salary;
mod scripts;
mod text;
mod title;

#[cfg(test)]
mod tests;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::requirements::requirements;
use super::taxonomy::Taxonomy;
use crate::ai::prompts::Templates;
use crate::ai::{OutputLang, Task, TaskError};
use crate::model::tracker::{JobType, Requirements, WorkMode};

/// The most of a page that is read, in bytes.
const MAX_INPUT: usize = 4 << 20;
/// The most of a description that is kept, in bytes.
const MAX_DESCRIPTION: usize = 40_000;
/// The most of a page a model is shown, in bytes.
const MAX_PROMPT_PAGE: usize = 60_000;

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JobParseInput {
    /// An HTML page, or plain text or Markdown.
    pub text: String,
    /// Where the page came from.
    pub url: Option<String>,
}

/// What a job asks for (the tracker's `Requirements`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ParsedRequirements {
    /// Skills the posting names, by their usual English names.
    pub skills: Vec<String>,
    /// Years of experience asked for.
    pub years: Option<u32>,
    /// The degree asked for.
    pub education: Option<String>,
    /// Other key terms of the posting.
    pub keywords: Vec<String>,
}

impl From<ParsedRequirements> for Requirements {
    fn from(r: ParsedRequirements) -> Self {
        Requirements {
            skills: r.skills,
            years: r.years,
            education: r.education,
            keywords: r.keywords,
        }
    }
}

impl From<Requirements> for ParsedRequirements {
    fn from(r: Requirements) -> Self {
        ParsedRequirements {
            skills: r.skills,
            years: r.years,
            education: r.education,
            keywords: r.keywords,
        }
    }
}

/// A job posting's fields.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ParsedJob {
    /// The job title as the posting writes it, without the company.
    pub title: String,
    /// The hiring company as the posting names it.
    pub company: Option<String>,
    /// City, region, country as written.
    pub location: Option<String>,
    /// `onsite`, `hybrid` or `remote`.
    pub work_mode: Option<String>,
    /// `full_time`, `part_time`, `contract`, `internship` or `temporary`.
    pub job_type: Option<String>,
    /// Whole numbers as stated, per the posting's period (hour, month, year).
    pub salary_min: Option<i64>,
    pub salary_max: Option<i64>,
    /// ISO 4217 code: USD, EUR, GBP, SAR, AED, EGP, …
    pub salary_currency: Option<String>,
    /// The posting's own text as Markdown: headings, `- ` bullet lines.
    pub description: String,
    pub requirements: ParsedRequirements,
    /// `en` or `ar`: the posting's language.
    pub language: String,
    pub source_url: Option<String>,
    /// The application deadline, YYYY-MM-DD.
    pub deadline: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Salary {
    min: Option<i64>,
    max: Option<i64>,
    currency: Option<String>,
}

impl Salary {
    /// A salary with at least one number, smallest first.
    fn new(min: Option<i64>, max: Option<i64>, currency: Option<String>) -> Option<Salary> {
        let (min, max) = match (min, max) {
            (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
            other => other,
        };
        (min.is_some() || max.is_some()).then_some(Salary { min, max, currency })
    }
}

/// What one source (JSON-LD, microdata, meta tags, the text) says.
#[derive(Debug, Default)]
struct Fields {
    title: Option<String>,
    company: Option<String>,
    location: Option<String>,
    work_mode: Option<WorkMode>,
    job_type: Option<JobType>,
    salary: Option<Salary>,
    description: Option<String>,
    deadline: Option<String>,
    url: Option<String>,
    /// More text about requirements (JSON-LD `skills`, `qualifications`).
    extra: String,
}

impl Fields {
    /// Fills what is still missing from a later source.
    fn fill(&mut self, other: Fields) {
        fn text(slot: &mut Option<String>, other: Option<String>) {
            if slot.as_deref().is_none_or(|s| s.trim().is_empty()) {
                *slot = other.filter(|s| !s.trim().is_empty());
            }
        }
        text(&mut self.title, other.title);
        text(&mut self.company, other.company);
        text(&mut self.location, other.location);
        text(&mut self.description, other.description);
        text(&mut self.deadline, other.deadline);
        text(&mut self.url, other.url);
        self.work_mode = self.work_mode.or(other.work_mode);
        self.job_type = self.job_type.or(other.job_type);
        match (&mut self.salary, other.salary) {
            (None, found) => self.salary = found,
            (Some(mine), Some(theirs)) if mine.currency.is_none() => {
                mine.currency = theirs.currency
            }
            _ => {}
        }
        if !other.extra.is_empty() {
            self.extra.push('\n');
            self.extra.push_str(&other.extra);
        }
    }
}

/// At most `max` bytes of `text`, cut at a character boundary.
fn clip(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The offline engine: the posting's fields, each from the first source that
/// has it.
pub fn parse_job(input: &JobParseInput) -> ParsedJob {
    let page = clip(&input.text, MAX_INPUT);
    let mut fields = Fields::default();
    let mut structured = None;
    let mut meta_description = None;
    let is_html = html::looks_like_html(page);
    let readable = if is_html {
        let tags = html::tags(page);
        fields = jsonld::fields(&scripts::blocks(page, &tags));
        fields.fill(microdata::microdata(page, &tags));
        structured = fields.description.take();
        let readable = markup::main_text(page, &tags);
        let mut meta = markup::meta(page, &tags, &readable);
        meta_description = meta.description.take();
        fields.fill(meta);
        let (title, company) = markup::first_h1(page, &tags).map_or((None, None), |t| {
            let (title, company) = title::split_title(&t);
            (Some(title), company)
        });
        fields.fill(Fields {
            title,
            company,
            ..Fields::default()
        });
        readable
    } else {
        plain::plain(page)
    };
    fields.fill(text::fields(&readable));
    if let Some(described) = &structured {
        fields.fill(text::fields(described));
    }
    let body = if is_html {
        readable
    } else {
        plain::without_email_headers(&readable)
    };
    let description = structured
        .filter(|d| !d.trim().is_empty())
        .or_else(|| Some(body).filter(|d| !d.trim().is_empty()))
        .or(meta_description)
        .map(|d| clip(&d, MAX_DESCRIPTION).to_owned())
        .unwrap_or_default();

    let (title, company_in_title) = fields
        .title
        .as_deref()
        .map_or((String::new(), None), title::split_title);
    let company = fields.company.or(company_in_title);
    let found = requirements(
        Taxonomy::builtin(),
        &format!("{title}\n{description}\n{}", fields.extra),
    );
    let language = text::language(&format!("{title}\n{description}")).to_owned();
    let salary = fields.salary.unwrap_or_default();
    ParsedJob {
        title,
        company,
        location: fields.location,
        work_mode: fields.work_mode.map(|m| m.as_str().to_owned()),
        job_type: fields.job_type.map(|t| t.as_str().to_owned()),
        salary_min: salary.min,
        salary_max: salary.max,
        salary_currency: salary.currency,
        description,
        requirements: found.into(),
        language,
        source_url: input
            .url
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(str::to_owned)
            .or(fields.url),
        deadline: fields.deadline,
    }
}

pub struct JobParseTask;

impl Task for JobParseTask {
    const NAME: &'static str = "job.parse";
    const PROMPT_VERSION: u32 = 1;
    const FALLBACK_OFFLINE: bool = true;
    const MAX_TOKENS: u32 = 4000;
    type Input = JobParseInput;
    type Output = ParsedJob;

    const TEMPLATES: Templates = crate::prompt_templates!("job.parse");

    fn values(input: &JobParseInput) -> Vec<(&'static str, String)> {
        let url = input
            .url
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty());
        vec![
            ("url", url.unwrap_or("-").to_owned()),
            ("page", claims::prompt_page(&input.text)),
        ]
    }

    fn example() -> JobParseInput {
        JobParseInput {
            text: "Senior Backend Engineer\nCompany: Northwind Analytics\nLocation: Berlin, \
                   Germany (Hybrid)\nSalary: €75,000 – €95,000 per year, full-time\n\nYou have \
                   5+ years with Rust and PostgreSQL and a bachelor's degree."
                .into(),
            url: Some("https://jobs.example.com/northwind/senior-backend".into()),
        }
    }

    fn offline(input: &JobParseInput, _lang: OutputLang) -> Result<ParsedJob, TaskError> {
        Ok(parse_job(input))
    }

    /// The title and company must be in the input; the closed fields must hold
    /// one of their values; the salary range must be in order.
    fn check(output: &ParsedJob, input: &JobParseInput) -> Vec<String> {
        claims::problems(output, input)
    }
}
