//! What a page's markup says besides structured data: OpenGraph and other
//! meta tags, the canonical link, the first `<h1>`, and the main content as
//! readable text.

use super::Fields;
use super::html::{Tag, closing_of};
use super::markdown::{inner_text, markdown};
use super::text::one_line;
use super::title::split_title;

/// Job boards and applicant tracking systems: a page's site name, not the employer.
const JOB_BOARDS: [&str; 40] = [
    "linkedin",
    "indeed",
    "glassdoor",
    "monster",
    "ziprecruiter",
    "bayt",
    "wuzzuf",
    "naukri",
    "gulftalent",
    "greenhouse",
    "lever",
    "workable",
    "smartrecruiters",
    "ashby",
    "workday",
    "bamboohr",
    "jobvite",
    "icims",
    "recruitee",
    "personio",
    "teamtailor",
    "breezy",
    "welcome to the jungle",
    "wellfound",
    "angellist",
    "stack overflow",
    "remoteok",
    "remote ok",
    "we work remotely",
    "weworkremotely",
    "himalayas",
    "otta",
    "dice",
    "careerbuilder",
    "simplyhired",
    "stepstone",
    "seek",
    "jobstreet",
    "tanqeeb",
    "akhtaboot",
];

fn is_job_board(name: &str) -> bool {
    let lower = name.to_lowercase();
    JOB_BOARDS.iter().any(|b| {
        lower
            .split(|c: char| !(c.is_alphanumeric() || c == ' '))
            .any(|part| part.trim() == *b || part.trim().starts_with(&format!("{b} ")))
    })
}

/// A site name as an employer: "Lumen Health Careers" → "Lumen Health";
/// job boards give none.
fn employer_of_site(site: &str) -> Option<String> {
    let mut name = one_line(site);
    for prefix in ["Careers at ", "Jobs at ", "Work at ", "Working at "] {
        if let Some(rest) = name.strip_prefix(prefix) {
            name = rest.to_owned();
        }
    }
    for suffix in [
        " Careers",
        " Jobs",
        " Career Site",
        " Careers Site",
        " Job Board",
    ] {
        if let Some(rest) = name.strip_suffix(suffix) {
            name = rest.trim_end_matches([' ', '-', '–', '|']).to_owned();
        }
    }
    (!name.is_empty() && !is_job_board(&name) && name.split_whitespace().count() <= 6)
        .then_some(name)
}

/// OpenGraph and other meta tags, `<title>` and the canonical link.
/// `readable` is the page's text: a name guessed from the title must be in it.
pub(super) fn meta(html: &str, tags: &[Tag], readable: &str) -> Fields {
    let meta = |keys: &[&str]| {
        keys.iter().find_map(|key| {
            tags.iter()
                .filter(|t| t.name == "meta" && !t.closing)
                .find(|t| {
                    t.attr("property")
                        .or_else(|| t.attr("name"))
                        .is_some_and(|k| k.eq_ignore_ascii_case(key))
                })
                .and_then(|t| t.attr("content"))
                .map(one_line)
                .filter(|v| !v.is_empty())
        })
    };
    let page_title = tags
        .iter()
        .position(|t| t.name == "title" && !t.closing)
        .map(|i| inner_text(html, tags, i))
        .filter(|t| !t.is_empty());
    let site = meta(&["og:site_name", "application-name"]);
    let full_title = meta(&["og:title", "twitter:title"]).or(page_title);
    let mut company = None;
    let title = full_title.map(|full| {
        let parts: Vec<&str> = full
            .split(" | ")
            .flat_map(|p| p.split(" · "))
            .map(str::trim)
            .collect();
        let mut title = parts.first().copied().unwrap_or_default().to_owned();
        if let Some(site) = &site {
            for dash in [" - ", " – ", " — "] {
                if let Some(head) = title.strip_suffix(&format!("{dash}{site}")) {
                    title = head.to_owned();
                }
            }
        }
        let in_text = |name: &str| readable.to_lowercase().contains(&name.to_lowercase());
        let (title, named) = split_title(&title);
        company = named
            .or_else(|| site.as_deref().and_then(employer_of_site))
            .or_else(|| {
                parts
                    .iter()
                    .skip(1)
                    .filter_map(|p| employer_of_site(p))
                    .find(|name| in_text(name))
            });
        title
    });
    let canonical = tags
        .iter()
        .find(|t| {
            t.name == "link"
                && t.attr("rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
        })
        .and_then(|t| t.attr("href"))
        .map(str::to_owned);
    Fields {
        title: title.filter(|t| !t.is_empty()),
        company,
        description: meta(&["og:description", "description", "twitter:description"]),
        url: canonical
            .or_else(|| meta(&["og:url"]))
            .filter(|u| u.starts_with("http")),
        ..Fields::default()
    }
}

/// The page's `<title>` and its OpenGraph, Twitter and description meta tags.
pub(super) fn meta_pairs(html: &str, tags: &[Tag]) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = tags
        .iter()
        .position(|t| t.name == "title" && !t.closing)
        .map(|i| ("title".to_owned(), inner_text(html, tags, i)))
        .into_iter()
        .collect();
    for tag in tags.iter().filter(|t| t.name == "meta" && !t.closing) {
        let Some(key) = tag.attr("property").or_else(|| tag.attr("name")) else {
            continue;
        };
        let key = key.to_ascii_lowercase();
        let wanted = key.starts_with("og:") || key.starts_with("twitter:") || key == "description";
        if let Some(value) = tag
            .attr("content")
            .map(one_line)
            .filter(|v| wanted && !v.is_empty())
        {
            pairs.push((key, value));
        }
    }
    pairs.truncate(40);
    pairs
}

/// The text of the first `<h1>`, if it is short enough to be a title.
pub(super) fn first_h1(html: &str, tags: &[Tag]) -> Option<String> {
    let at = tags.iter().position(|t| t.name == "h1" && !t.closing)?;
    Some(inner_text(html, tags, at)).filter(|t| (2..=120).contains(&t.chars().count()))
}

/// The readable text of the page's main content (`<main>`, `role="main"`,
/// `<article>`), else of its body without banners, menus and footers.
pub(super) fn main_text(html: &str, tags: &[Tag]) -> String {
    let main = tags
        .iter()
        .position(|t| !t.closing && (t.name == "main" || t.attr("role") == Some("main")));
    let article = tags.iter().position(|t| !t.closing && t.name == "article");
    if let Some(at) = main.or(article) {
        let from = tags[at].end;
        let to = closing_of(tags, at)
            .and_then(|c| tags.get(c))
            .map_or(html.len(), |c| c.start);
        let text = markdown(html, tags, from, to, false);
        if text.chars().count() >= 80 {
            return text;
        }
    }
    let (from, to) = match tags.iter().position(|t| !t.closing && t.name == "body") {
        Some(at) => (
            tags[at].end,
            closing_of(tags, at)
                .and_then(|c| tags.get(c))
                .map_or(html.len(), |c| c.start),
        ),
        None => (0, html.len()),
    };
    markdown(html, tags, from, to, true)
}
