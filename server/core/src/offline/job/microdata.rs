//! schema.org microdata: the first element with `itemscope
//! itemtype=".../JobPosting"` and the `itemprop`s inside it, nested items
//! (the organization, the place, the salary) read within their own scope.

use super::currency::iso;
use super::dates::iso_date;
use super::html::{Tag, closing_of, content_range};
use super::jsonld::employment_word;
use super::markdown::{inner_text, markdown};
use super::text::one_line;
use super::{Fields, Salary, salary};
use crate::model::tracker::WorkMode;

/// How many `itemprop`s of a posting are read.
const MAX_PROPS: usize = 400;

/// The value of the property at `tags[at]`: its `content`, a `<time>`'s
/// `datetime`, a link's `href` for URLs, else its visible text.
fn prop_value(html: &str, tags: &[Tag], at: usize) -> String {
    let tag = &tags[at];
    if let Some(content) = tag.attr("content") {
        return one_line(content);
    }
    if tag.name == "time"
        && let Some(when) = tag.attr("datetime")
    {
        return when.trim().to_owned();
    }
    if tag.attr("itemprop") == Some("url")
        && let Some(href) = tag.attr("href")
    {
        return href.trim().to_owned();
    }
    inner_text(html, tags, at)
}

/// The schema.org microdata of the first `JobPosting` on the page.
pub(super) fn microdata(html: &str, tags: &[Tag]) -> Fields {
    let is_posting = |t: &Tag| {
        !t.closing
            && t.attr("itemscope").is_some()
            && t.attr("itemtype")
                .is_some_and(|ty| ty.trim_end_matches('/').ends_with("JobPosting"))
    };
    let Some(root) = tags.iter().position(is_posting) else {
        return Fields::default();
    };
    let end = closing_of(tags, root).unwrap_or(tags.len());
    let props: Vec<usize> = (root + 1..end)
        .filter(|i| !tags[*i].closing && tags[*i].attr("itemprop").is_some())
        .take(MAX_PROPS)
        .collect();
    // Nested items (the organization, the place): (first, last) tag index.
    let nested: Vec<(usize, usize)> = props
        .iter()
        .filter(|i| tags[**i].attr("itemscope").is_some())
        .map(|i| (*i, closing_of(tags, *i).unwrap_or(end)))
        .collect();
    let direct = |name: &str| {
        props.iter().copied().find(|i| {
            tags[*i]
                .attr("itemprop")
                .is_some_and(|p| p.split_whitespace().any(|p| p == name))
                && !nested.iter().any(|(from, to)| from < i && i < to)
        })
    };
    let within = |scope: usize, names: &[&str]| -> Vec<(String, String)> {
        let to = nested
            .iter()
            .find(|(from, _)| *from == scope)
            .map_or(scope, |(_, to)| *to);
        props
            .iter()
            .copied()
            .filter(|i| scope < *i && *i < to)
            .filter_map(|i| {
                let prop = tags[i].attr("itemprop")?;
                names
                    .iter()
                    .find(|n| prop.split_whitespace().any(|p| p == **n))
                    .map(|n| ((*n).to_owned(), prop_value(html, tags, i)))
            })
            .filter(|(_, v)| !v.is_empty())
            .collect()
    };
    let value = |name: &str| {
        direct(name)
            .map(|i| prop_value(html, tags, i))
            .filter(|v| !v.is_empty())
    };
    let is_scope = |i: usize| nested.iter().any(|(from, _)| *from == i);

    let company = direct("hiringOrganization").and_then(|i| {
        if is_scope(i) {
            within(i, &["name", "legalName"])
                .into_iter()
                .next()
                .map(|(_, v)| v)
        } else {
            Some(prop_value(html, tags, i)).filter(|v| !v.is_empty())
        }
    });
    let location = direct("jobLocation").and_then(|i| {
        if !is_scope(i) {
            return Some(prop_value(html, tags, i)).filter(|v| !v.is_empty());
        }
        let mut parts: Vec<String> = Vec::new();
        for (_, part) in within(i, &["addressLocality", "addressRegion", "addressCountry"]) {
            if !parts.iter().any(|p| p.eq_ignore_ascii_case(&part)) {
                parts.push(part);
            }
        }
        Some(parts.join(", "))
            .filter(|p| !p.is_empty())
            .or_else(|| within(i, &["name"]).into_iter().next().map(|(_, v)| v))
    });
    let salary = direct("baseSalary")
        .or_else(|| direct("estimatedSalary"))
        .and_then(|i| {
            if !is_scope(i) {
                return salary::in_segment(&prop_value(html, tags, i), true);
            }
            let found = within(i, &["currency", "minValue", "maxValue", "value"]);
            let get = |n: &str| {
                found
                    .iter()
                    .find(|(k, _)| k == n)
                    .and_then(|(_, v)| salary::amount(v))
            };
            let currency = found
                .iter()
                .find(|(k, _)| k == "currency")
                .and_then(|(_, v)| iso(v));
            Salary::new(
                get("minValue").or(get("value")),
                get("maxValue").or(get("value")),
                currency,
            )
        });
    let description = direct("description").map(|i| match tags[i].attr("content") {
        Some(content) => one_line(content),
        None => {
            let (from, to) = content_range(tags, i, html.len());
            let to = closing_of(tags, i)
                .and_then(|c| tags.get(c))
                .map_or(to, |c| c.start);
            markdown(html, tags, from, to, false)
        }
    });
    let remote = value("jobLocationType").is_some_and(|t| t.to_uppercase().contains("TELECOMMUTE"));
    Fields {
        title: value("title").or_else(|| value("name")),
        company,
        location,
        work_mode: remote.then_some(WorkMode::Remote),
        job_type: value("employmentType").and_then(|t| employment_word(&t)),
        salary,
        description: description.filter(|d| !d.is_empty()),
        deadline: value("validThrough").and_then(|d| iso_date(&d)),
        url: value("url").filter(|u| u.starts_with("http")),
        extra: [
            "skills",
            "qualifications",
            "educationRequirements",
            "experienceRequirements",
        ]
        .iter()
        .filter_map(|n| value(n))
        .collect::<Vec<_>>()
        .join("\n"),
    }
}
