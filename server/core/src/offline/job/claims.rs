//! What a model is shown of a posting, and how its answer is held to it: a
//! title or company it names must be in the input.

use super::currency::is_currency;
use super::dates::iso_date;
use super::{
    JobParseInput, MAX_INPUT, MAX_PROMPT_PAGE, ParsedJob, clip, html, markdown, markup, scripts,
    text,
};
use crate::model::tracker::{JobType, WorkMode};
use crate::offline::text::html_to_text;

/// Text as claims are compared: lower case, one kind of dash and quote, no
/// Arabic diacritics, spaces collapsed.
fn fold(text: &str) -> String {
    let mapped: String = text
        .to_lowercase()
        .chars()
        .filter(|c| !('\u{064B}'..='\u{0652}').contains(c) && *c != '\u{0640}')
        .map(|c| match c {
            '–' | '—' | '‐' | '‑' | '−' => '-',
            '’' | '‘' | '`' => '\'',
            '“' | '”' => '"',
            other => other,
        })
        .collect();
    text::one_line(&mapped)
}

/// Everything the input shows, folded: its visible text, its raw text with
/// entities decoded (meta tags), and the strings of its JSON-LD.
fn evidence(input: &str) -> String {
    let page = clip(input, MAX_INPUT);
    let mut all = html_to_text(page);
    all.push('\n');
    all.push_str(&html::decode_entities(page));
    if html::looks_like_html(page) {
        let tags = html::tags(page);
        all.push('\n');
        all.push_str(&markdown::markdown(page, &tags, 0, page.len(), false));
        all.push('\n');
        all.push_str(&scripts::strings(&scripts::blocks(page, &tags)));
    }
    fold(&all)
}

/// What a model is shown of a page: its structured data, its title tags and
/// its readable text; pasted text as it is.
pub(super) fn prompt_page(input: &str) -> String {
    let page = clip(input, MAX_INPUT);
    if !html::looks_like_html(page) {
        return clip(page, MAX_PROMPT_PAGE).to_owned();
    }
    let tags = html::tags(page);
    let mut out = String::new();
    for block in scripts::blocks(page, &tags) {
        out.push_str("[JSON-LD]\n");
        out.push_str(clip(&block.to_string(), MAX_PROMPT_PAGE / 3));
        out.push_str("\n\n");
    }
    for (key, value) in markup::meta_pairs(page, &tags) {
        out.push_str(&format!("[{key}] {value}\n"));
    }
    out.push_str("\n[TEXT]\n");
    out.push_str(&markup::main_text(page, &tags));
    clip(&out, MAX_PROMPT_PAGE).to_owned()
}

/// What is wrong with a model's answer: a title or company not in the
/// input, a closed field with another value, a salary range out of order.
pub(super) fn problems(output: &ParsedJob, input: &JobParseInput) -> Vec<String> {
    let shown = evidence(&input.text);
    let mut problems = Vec::new();
    let mut claim = |field: &str, value: &str| {
        let value = fold(value);
        if !value.is_empty() && !shown.contains(&value) {
            problems.push(format!("the {field} '{value}' is not in the posting"));
        }
    };
    claim("title", &output.title);
    claim("company", output.company.as_deref().unwrap_or_default());
    if let Some(mode) = output.work_mode.as_deref()
        && WorkMode::parse(mode).is_none()
    {
        problems.push(format!(
            "work_mode '{mode}' is not onsite, hybrid or remote"
        ));
    }
    if let Some(kind) = output.job_type.as_deref()
        && JobType::parse(kind).is_none()
    {
        problems.push(format!(
            "job_type '{kind}' is not full_time, part_time, contract, internship or temporary"
        ));
    }
    if let Some(code) = output.salary_currency.as_deref()
        && !is_currency(code)
    {
        problems.push(format!("salary_currency '{code}' is not an ISO 4217 code"));
    }
    if let (Some(min), Some(max)) = (output.salary_min, output.salary_max)
        && min > max
    {
        problems.push(format!("salary_min {min} is above salary_max {max}"));
    }
    if output.salary_min.is_some_and(|n| n < 0) || output.salary_max.is_some_and(|n| n < 0) {
        problems.push("a salary is negative".to_owned());
    }
    if !matches!(output.language.as_str(), "en" | "ar") {
        problems.push(format!("language '{}' is not en or ar", output.language));
    }
    if let Some(day) = output.deadline.as_deref()
        && iso_date(day).as_deref() != Some(day)
    {
        problems.push(format!("deadline '{day}' is not YYYY-MM-DD"));
    }
    problems
}
