//! A JSON Resume as a PDF, in one of three templates (classic single column,
//! modern two columns, compact), in English or Arabic (right to left). Every
//! JSON Resume section is laid out; dates are written out in the document's
//! language. The templates read `/resume.json`, made here, and nothing else.

use serde::Serialize;
use serde_json::Value;

use super::TypesetError;
use crate::json_resume::{contact, joined, list, strings, text};

/// The resume templates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Template {
    Classic,
    Modern,
    Compact,
}

impl Template {
    pub const ALL: [Template; 3] = [Template::Classic, Template::Modern, Template::Compact];

    pub fn name(self) -> &'static str {
        match self {
            Template::Classic => "classic",
            Template::Modern => "modern",
            Template::Compact => "compact",
        }
    }

    pub fn parse(name: &str) -> Result<Template, TypesetError> {
        Template::ALL
            .into_iter()
            .find(|t| t.name() == name.trim().to_ascii_lowercase())
            .ok_or_else(|| TypesetError::UnknownTemplate(name.to_owned()))
    }

    fn source(self) -> &'static str {
        match self {
            Template::Classic => concat!(
                include_str!("templates/common.typ"),
                include_str!("templates/classic.typ")
            ),
            Template::Modern => concat!(
                include_str!("templates/common.typ"),
                include_str!("templates/modern.typ")
            ),
            Template::Compact => concat!(
                include_str!("templates/common.typ"),
                include_str!("templates/compact.typ")
            ),
        }
    }
}

/// One entry of a section: a job, a school, a project, an award…
#[derive(Debug, Default, Serialize, PartialEq)]
pub struct Entry {
    pub title: String,
    pub subtitle: String,
    pub dates: String,
    pub text: String,
    pub lines: Vec<String>,
}

/// A section: entries, a paragraph, or a list of short items.
#[derive(Debug, Serialize, PartialEq)]
pub struct Section {
    pub key: &'static str,
    pub title: &'static str,
    pub text: String,
    pub entries: Vec<Entry>,
    pub items: Vec<String>,
    /// In the side column of the two-column template.
    pub side: bool,
}

/// What the templates read.
#[derive(Debug, Serialize, PartialEq)]
pub struct Doc {
    pub lang: &'static str,
    pub rtl: bool,
    pub name: String,
    pub label: String,
    pub contact: Vec<String>,
    pub sections: Vec<Section>,
    pub fonts: Fonts,
    pub contact_title: &'static str,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Fonts {
    pub serif: Vec<&'static str>,
    pub sans: Vec<&'static str>,
}

struct Words {
    present: &'static str,
    months: [&'static str; 12],
    titles: [(&'static str, &'static str); 12],
    contact: &'static str,
}

const EN: Words = Words {
    present: "Present",
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    titles: [
        ("summary", "Summary"),
        ("work", "Experience"),
        ("volunteer", "Volunteering"),
        ("projects", "Projects"),
        ("education", "Education"),
        ("awards", "Awards"),
        ("publications", "Publications"),
        ("references", "References"),
        ("skills", "Skills"),
        ("languages", "Languages"),
        ("certificates", "Certificates"),
        ("interests", "Interests"),
    ],
    contact: "Contact",
};

const AR: Words = Words {
    present: "حتى الآن",
    months: [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    titles: [
        ("summary", "نبذة"),
        ("work", "الخبرة العملية"),
        ("volunteer", "العمل التطوعي"),
        ("projects", "المشاريع"),
        ("education", "التعليم"),
        ("awards", "الجوائز"),
        ("publications", "المنشورات"),
        ("references", "المراجع"),
        ("skills", "المهارات"),
        ("languages", "اللغات"),
        ("certificates", "الشهادات"),
        ("interests", "الاهتمامات"),
    ],
    contact: "التواصل",
};

/// "2020-03" → "Mar 2020"; "2020" stays; anything else as written.
fn date(value: &str, words: &Words) -> String {
    let mut parts = value.split('-');
    let (Some(year), month) = (parts.next(), parts.next()) else {
        return value.to_owned();
    };
    if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
        return value.to_owned();
    }
    match month.and_then(|m| m.parse::<usize>().ok()) {
        Some(m @ 1..=12) => format!("{} {year}", words.months[m - 1]),
        _ => year.to_owned(),
    }
}

fn dates(entry: &Value, start_key: &str, end_key: &str, words: &Words) -> String {
    let start = text(entry, start_key);
    let end = text(entry, end_key);
    match (start.is_empty(), end.is_empty()) {
        (true, true) => String::new(),
        _ if start_key == end_key => date(&start, words),
        (false, true) => format!("{} – {}", date(&start, words), words.present),
        (true, false) => date(&end, words),
        (false, false) => format!("{} – {}", date(&start, words), date(&end, words)),
    }
}

fn title_of(words: &Words, key: &str) -> &'static str {
    words
        .titles
        .iter()
        .find(|(k, _)| *k == key)
        .map_or("", |(_, v)| v)
}

/// The data the templates lay out, from a JSON Resume.
pub fn doc(resume: &Value, lang: &str) -> Doc {
    let rtl = lang == "ar";
    let words = if rtl { &AR } else { &EN };
    let basics = resume.get("basics").cloned().unwrap_or(Value::Null);
    let contact = contact(&basics);

    let section = |key: &'static str, side: bool| Section {
        key,
        title: title_of(words, key),
        text: String::new(),
        entries: Vec::new(),
        items: Vec::new(),
        side,
    };
    let entries = |key: &str, title: &str, subtitle: &str, start: &str, end: &str| -> Vec<Entry> {
        list(resume, key)
            .iter()
            .map(|e| Entry {
                title: text(e, title),
                subtitle: joined(&[text(e, subtitle), text(e, "location")], ", "),
                dates: dates(e, start, end, words),
                text: text(e, "summary"),
                lines: strings(e, "highlights"),
            })
            .filter(|e| !(e.title.is_empty() && e.subtitle.is_empty() && e.lines.is_empty()))
            .collect()
    };

    let mut sections = Vec::new();
    let summary = text(&basics, "summary");
    if !summary.is_empty() {
        sections.push(Section {
            text: summary,
            ..section("summary", false)
        });
    }
    for (key, title, subtitle, start, end) in [
        ("work", "position", "name", "startDate", "endDate"),
        (
            "volunteer",
            "position",
            "organization",
            "startDate",
            "endDate",
        ),
        ("projects", "name", "description", "startDate", "endDate"),
    ] {
        sections.push(Section {
            entries: entries(key, title, subtitle, start, end),
            ..section(key, false)
        });
    }
    let education = list(resume, "education")
        .iter()
        .map(|e| {
            let degree = joined(&[text(e, "studyType"), text(e, "area")], ", ");
            let mut lines = strings(e, "courses");
            let score = text(e, "score");
            if !score.is_empty() {
                lines.insert(0, score);
            }
            Entry {
                title: if degree.is_empty() {
                    text(e, "institution")
                } else {
                    degree.clone()
                },
                subtitle: if degree.is_empty() {
                    String::new()
                } else {
                    text(e, "institution")
                },
                dates: dates(e, "startDate", "endDate", words),
                text: String::new(),
                lines,
            }
        })
        .collect();
    sections.push(Section {
        entries: education,
        ..section("education", false)
    });
    for (key, title, subtitle, start) in [
        ("awards", "title", "awarder", "date"),
        ("publications", "name", "publisher", "releaseDate"),
    ] {
        sections.push(Section {
            entries: entries(key, title, subtitle, start, start),
            ..section(key, false)
        });
    }
    let references = list(resume, "references")
        .iter()
        .map(|r| Entry {
            title: text(r, "name"),
            text: text(r, "reference"),
            ..Entry::default()
        })
        .collect();
    sections.push(Section {
        entries: references,
        ..section("references", false)
    });
    let skills = list(resume, "skills")
        .iter()
        .map(|s| {
            let keywords = strings(s, "keywords").join(", ");
            match (text(s, "name"), keywords.is_empty()) {
                (name, true) => name,
                (name, false) if name.is_empty() => keywords,
                (name, false) => format!("{name}: {keywords}"),
            }
        })
        .filter(|s| !s.is_empty())
        .collect();
    let languages = list(resume, "languages")
        .iter()
        .map(|l| joined(&[text(l, "language"), text(l, "fluency")], " — "))
        .filter(|s| !s.is_empty())
        .collect();
    let certificates = list(resume, "certificates")
        .iter()
        .map(|c| {
            joined(
                &[
                    text(c, "name"),
                    text(c, "issuer"),
                    date(&text(c, "date"), words),
                ],
                ", ",
            )
        })
        .filter(|s| !s.is_empty())
        .collect();
    let interests = list(resume, "interests")
        .iter()
        .map(|i| {
            let keywords = strings(i, "keywords").join(", ");
            joined(&[text(i, "name"), keywords], ": ")
        })
        .filter(|s| !s.is_empty())
        .collect();
    for (key, items) in [
        ("skills", skills),
        ("languages", languages),
        ("certificates", certificates),
        ("interests", interests),
    ] {
        sections.push(Section {
            items,
            ..section(key, true)
        });
    }
    sections.retain(|s| !s.text.is_empty() || !s.entries.is_empty() || !s.items.is_empty());

    let (serif, sans) = if rtl {
        (
            vec!["Noto Naskh Arabic", "Noto Serif"],
            vec!["Noto Sans Arabic", "Noto Sans"],
        )
    } else {
        (
            vec!["Noto Serif", "Noto Naskh Arabic"],
            vec!["Noto Sans", "Noto Sans Arabic"],
        )
    };
    Doc {
        lang: if rtl { "ar" } else { "en" },
        rtl,
        name: text(&basics, "name"),
        label: text(&basics, "label"),
        contact,
        sections,
        fonts: Fonts { serif, sans },
        contact_title: words.contact,
    }
}

/// The language a resume is laid out in: `ar` if asked for or written in
/// Arabic (`meta.language`), else English.
pub fn language(resume: &Value, asked: Option<&str>) -> &'static str {
    match asked.or_else(|| resume.pointer("/meta/language").and_then(Value::as_str)) {
        Some("ar") => "ar",
        _ => "en",
    }
}

/// A resume as a PDF; also the number of pages.
pub fn render(
    resume: &Value,
    template: Template,
    lang: &str,
) -> Result<(Vec<u8>, usize), TypesetError> {
    let data =
        serde_json::to_vec(&doc(resume, lang)).map_err(|e| TypesetError::Compile(e.to_string()))?;
    super::pdf(template.source(), vec![("/resume.json", data)])
}

/// `render` on a blocking thread, for async callers.
pub async fn render_blocking(
    resume: Value,
    template: Template,
    lang: &'static str,
) -> Result<(Vec<u8>, usize), TypesetError> {
    tokio::task::spawn_blocking(move || render(&resume, template, lang))
        .await
        .map_err(|e| TypesetError::Compile(e.to_string()))?
}
