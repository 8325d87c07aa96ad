//! schema.org `JobPosting` in JSON-LD: objects, arrays and `@graph`s, with
//! `@id` references (a `hiringOrganization` that names a node elsewhere) followed.

use std::collections::HashMap;

use serde_json::Value;

use super::currency::iso;
use super::dates::iso_date;
use super::html::{decode_entities, looks_like_html};
use super::markdown::{fragment_markdown, tidy};
use super::modes::job_type_in;
use super::text::one_line;
use super::{Fields, Salary, salary};
use crate::model::tracker::{JobType, WorkMode};

/// How deep a JSON-LD document is searched.
pub(super) const MAX_DEPTH: usize = 12;

fn is_type(value: &Value, name: &str) -> bool {
    let matches = |t: &Value| t.as_str().is_some_and(|t| t.ends_with(name));
    match value.get("@type") {
        Some(Value::Array(types)) => types.iter().any(matches),
        Some(t) => matches(t),
        None => false,
    }
}

fn find_posting(value: &Value, depth: usize) -> Option<&Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    match value {
        Value::Object(map) if is_type(value, "JobPosting") => {
            Some(value).filter(|_| !map.is_empty())
        }
        Value::Object(map) => map.values().find_map(|v| find_posting(v, depth + 1)),
        Value::Array(items) => items.iter().find_map(|v| find_posting(v, depth + 1)),
        _ => None,
    }
}

fn collect_ids<'a>(value: &'a Value, ids: &mut HashMap<&'a str, &'a Value>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        Value::Object(map) => {
            if let Some(id) = map.get("@id").and_then(Value::as_str)
                && map.len() > 1
            {
                ids.entry(id).or_insert(value);
            }
            map.values().for_each(|v| collect_ids(v, ids, depth + 1));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_ids(v, ids, depth + 1)),
        _ => {}
    }
}

/// What the first `JobPosting` of the blocks says.
pub(super) fn fields(values: &[Value]) -> Fields {
    let Some(job) = values.iter().find_map(|v| find_posting(v, 0)) else {
        return Fields::default();
    };
    let mut ids = HashMap::new();
    values.iter().for_each(|v| collect_ids(v, &mut ids, 0));
    let node = |key: &str| job.get(key).map(|v| resolve(v, &ids));
    let remote = job.get("jobLocationType").is_some_and(|v| {
        text_list(v)
            .iter()
            .any(|t| t.to_uppercase().contains("TELECOMMUTE"))
    });
    let location = node("jobLocation")
        .and_then(|v| places(v, &ids))
        .or_else(|| node("applicantLocationRequirements").and_then(|v| places(v, &ids)));
    let extra: Vec<String> = [
        "skills",
        "qualifications",
        "educationRequirements",
        "experienceRequirements",
    ]
    .iter()
    .filter_map(|k| job.get(*k))
    .flat_map(text_list)
    .collect();
    Fields {
        title: job.get("title").or_else(|| job.get("name")).and_then(text),
        company: node("hiringOrganization").and_then(|v| match v {
            Value::Object(_) => v.get("name").or_else(|| v.get("legalName")).and_then(text),
            other => text(other),
        }),
        location,
        work_mode: remote.then_some(WorkMode::Remote),
        job_type: job.get("employmentType").and_then(employment_type),
        salary: job
            .get("baseSalary")
            .or_else(|| job.get("estimatedSalary"))
            .and_then(amount),
        description: job
            .get("description")
            .and_then(Value::as_str)
            .map(description),
        deadline: job
            .get("validThrough")
            .and_then(Value::as_str)
            .and_then(iso_date),
        url: job
            .get("url")
            .and_then(Value::as_str)
            .filter(|u| u.starts_with("http"))
            .map(str::to_owned),
        extra: extra.join("\n"),
    }
}

/// An `{"@id": …}` reference replaced by the node it names.
fn resolve<'a>(value: &'a Value, ids: &HashMap<&'a str, &'a Value>) -> &'a Value {
    match value {
        Value::Object(map) if map.len() == 1 => map
            .get("@id")
            .and_then(Value::as_str)
            .and_then(|id| ids.get(id).copied())
            .unwrap_or(value),
        Value::Array(items) if items.len() == 1 => resolve(&items[0], ids),
        _ => value,
    }
}

/// A name or a string as one clean line.
fn text(value: &Value) -> Option<String> {
    let raw = match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Object(map) => return map.get("name").and_then(text),
        Value::Array(items) => return items.iter().find_map(text),
        _ => return None,
    };
    let decoded = decode_entities(&raw);
    let line = if looks_like_html(&decoded) {
        one_line(&fragment_markdown(&decoded))
    } else {
        one_line(&decoded)
    };
    Some(line).filter(|l| !l.is_empty())
}

fn text_list(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().filter_map(text).collect(),
        other => text(other).into_iter().collect(),
    }
}

/// "Berlin, Germany"; several places joined with "; ".
fn places(value: &Value, ids: &HashMap<&str, &Value>) -> Option<String> {
    let items: Vec<&Value> = match value {
        Value::Array(items) => items.iter().map(|v| resolve(v, ids)).collect(),
        other => vec![other],
    };
    let mut found: Vec<String> = Vec::new();
    for item in items.into_iter().take(5) {
        let place = match item {
            Value::Object(map) => match map.get("address").map(|a| resolve(a, ids)) {
                Some(Value::Object(address)) => {
                    let mut parts: Vec<String> = Vec::new();
                    for key in ["addressLocality", "addressRegion", "addressCountry"] {
                        if let Some(part) = address.get(key).and_then(text)
                            && !parts.iter().any(|p| p.eq_ignore_ascii_case(&part))
                        {
                            parts.push(part);
                        }
                    }
                    let arabic = parts
                        .iter()
                        .any(|p| p.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));
                    Some(parts.join(if arabic { "، " } else { ", " })).filter(|p| !p.is_empty())
                }
                Some(other) => text(other),
                None => map.get("name").and_then(text),
            },
            other => text(other),
        };
        if let Some(place) = place
            && !found.contains(&place)
        {
            found.push(place);
        }
    }
    Some(found.join("; ")).filter(|p| !p.is_empty())
}

fn employment_type(value: &Value) -> Option<JobType> {
    text_list(value).iter().find_map(|t| employment_word(t))
}

/// schema.org's `employmentType` values (`FULL_TIME`, `CONTRACTOR`, …), or
/// words that name a job type ("Full-time").
pub(super) fn employment_word(text: &str) -> Option<JobType> {
    let key = text.trim().to_uppercase().replace(['-', ' '], "_");
    match key.as_str() {
        "FULL_TIME" | "FULLTIME" | "PERMANENT" => Some(JobType::FullTime),
        "PART_TIME" | "PARTTIME" => Some(JobType::PartTime),
        "CONTRACTOR" | "CONTRACT" | "FREELANCE" => Some(JobType::Contract),
        "TEMPORARY" | "TEMP" | "SEASONAL" => Some(JobType::Temporary),
        "INTERN" | "INTERNSHIP" => Some(JobType::Internship),
        _ => job_type_in(text, true).map(|(_, kind)| kind),
    }
}

/// `baseSalary`: a MonetaryAmount whose value is a number or a QuantitativeValue
/// (`value`, `minValue`, `maxValue`); the numbers are kept as given, whatever
/// the `unitText` (hour, month, year).
fn amount(value: &Value) -> Option<Salary> {
    let value = match value {
        Value::Array(items) => items.first()?,
        other => other,
    };
    let number = |v: Option<&Value>| -> Option<i64> {
        match v? {
            Value::Number(n) => n
                .as_f64()
                .filter(|f| f.is_finite() && *f >= 0.0 && *f < 1e12)
                .map(|f| f.round() as i64),
            Value::String(s) => salary::amount(s),
            _ => None,
        }
    };
    let currency = value.get("currency").and_then(Value::as_str).and_then(iso);
    let inner = value.get("value").unwrap_or(value);
    let (min, max) = match inner {
        Value::Object(_) => {
            let single = number(inner.get("value"));
            (
                number(inner.get("minValue")).or(single),
                number(inner.get("maxValue")).or(single),
            )
        }
        Value::Number(_) | Value::String(_) => (number(Some(inner)), number(Some(inner))),
        _ => (None, None),
    };
    let currency = currency.or_else(|| inner.get("currency").and_then(Value::as_str).and_then(iso));
    Salary::new(min, max, currency)
}

/// A description as Markdown-ish text, whether it came as HTML, as escaped
/// HTML (`&lt;p&gt;`) or as plain text.
fn description(raw: &str) -> String {
    let html = if !looks_like_html(raw) && raw.contains("&lt;") {
        decode_entities(raw)
    } else {
        raw.to_owned()
    };
    if looks_like_html(&html) {
        fragment_markdown(&html)
    } else {
        tidy(&decode_entities(&html))
    }
}
