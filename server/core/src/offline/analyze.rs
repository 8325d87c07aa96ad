//! `resume.analyze`: a quality check of a JSON Resume. Sections present, contact
//! details, dates (missing, reversed, gaps, overlaps), bullets (the share with a
//! number in them, length, weak openings, passive voice, first person), length
//! in pages, and, against a job, which of its keywords the resume uses and how
//! often. Every finding names the place it is about (a JSON pointer into the
//! resume) and quotes the line. With a model, its findings must point at places
//! that exist and quote what is there.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::taxonomy::Taxonomy;
use crate::ai::prompts::Templates;
use crate::ai::{OutputLang, Task, TaskError};
use crate::json_resume::{list, text};

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnalyzeInput {
    /// The JSON Resume.
    pub resume: Value,
    /// A job's description to check keywords against.
    #[serde(default)]
    pub job: Option<String>,
    /// The resume's length in pages, when it has been typeset.
    #[serde(default)]
    pub pages: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Finding {
    /// What kind of finding: `missing_section`, `contact`, `dates`, `gap`,
    /// `overlap`, `quantify`, `bullet_length`, `weak_verb`, `passive`,
    /// `first_person`, `length`, `summary`, `keyword`.
    pub kind: String,
    /// `error`, `warning` or `tip`.
    pub severity: String,
    /// A JSON pointer to the place in the resume, e.g. `/work/0/highlights/1`.
    pub path: String,
    /// The text at that place (empty for something missing).
    pub line: String,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct KeywordUse {
    pub keyword: String,
    /// Times the resume uses it.
    pub count: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Analysis {
    /// 0 to 100.
    pub score: u32,
    pub findings: Vec<Finding>,
    pub bullets: u32,
    /// Share of bullets with a number in them, 0 to 100.
    pub quantified: u32,
    /// Average words per bullet.
    pub bullet_words: u32,
    /// 0 when not typeset.
    pub pages: u32,
    /// The job's keywords and how often the resume uses each (empty without a job).
    pub keywords: Vec<KeywordUse>,
}

struct Words {
    weak: &'static [&'static str],
}

const EN: Words = Words {
    weak: &[
        "responsible for",
        "helped",
        "helping",
        "worked on",
        "working on",
        "assisted",
        "duties included",
        "participated in",
        "was involved",
        "involved in",
        "tasked with",
        "in charge of",
        "handled",
    ],
};

const AR: Words = Words {
    weak: &[
        "مسؤول عن",
        "مسؤولة عن",
        "المساعدة في",
        "ساعدت",
        "المشاركة في",
        "شاركت في",
        "العمل على",
        "عملت على",
    ],
};

/// `YYYY-MM` or `YYYY` as months since year 0; `None` otherwise.
fn months(date: &str) -> Option<i32> {
    let mut parts = date.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: i32 = parts.next().map_or(Some(1), |m| m.parse().ok())?;
    (1000..=3000)
        .contains(&year)
        .then_some(year * 12 + month.clamp(1, 12) - 1)
}

/// Every string in a JSON value, a line each.
fn all_text(value: &Value, out: &mut String) {
    match value {
        Value::String(s) => {
            out.push_str(s);
            out.push('\n');
        }
        Value::Array(items) => items.iter().for_each(|v| all_text(v, out)),
        Value::Object(map) => map.values().for_each(|v| all_text(v, out)),
        _ => {}
    }
}

/// The messages of findings, in English and Arabic: `(key, English, Arabic)`,
/// with `{name}` placeholders.
const MESSAGES: &[(&str, &str, &str)] = &[
    (
        "no_section",
        "There is no {what} section.",
        "لا يوجد قسم {what}.",
    ),
    ("work", "work experience", "الخبرة العملية"),
    ("education", "education", "التعليم"),
    ("skills", "skills", "المهارات"),
    (
        "no_summary",
        "A two or three line summary at the top tells a reader who you are at a glance.",
        "نبذة من سطرين أو ثلاثة في الأعلى تُعرّف القارئ بك من أول نظرة.",
    ),
    (
        "long_summary",
        "The summary has {n} words; keep it under 80.",
        "في النبذة {n} كلمة؛ اجعلها أقل من 80.",
    ),
    (
        "no_name",
        "The resume has no name.",
        "لا يوجد اسم في السيرة.",
    ),
    ("no_email", "Add an email address.", "أضف بريدًا إلكترونيًا."),
    ("no_phone", "Add a phone number.", "أضف رقم هاتف."),
    (
        "no_place",
        "Say where you are (a city is enough); many searches filter by place.",
        "اذكر مكانك (تكفي المدينة)؛ كثير من عمليات البحث تُصفّي حسب المكان.",
    ),
    (
        "no_start",
        "This job has no start date.",
        "لا يوجد تاريخ بداية لهذه الوظيفة.",
    ),
    (
        "reversed",
        "This job ends before it starts.",
        "تنتهي هذه الوظيفة قبل أن تبدأ.",
    ),
    (
        "bad_end",
        "The end date '{end}' cannot be read; write it as YYYY-MM.",
        "لا يمكن قراءة تاريخ الانتهاء '{end}'؛ اكتبه بالشكل YYYY-MM.",
    ),
    (
        "gap",
        "{n} months pass between '{a}' and '{b}'; a line on what you did then helps.",
        "تمر {n} شهرًا بين '{a}' و'{b}'؛ سطر عمّا فعلته حينها يفيد.",
    ),
    (
        "overlap",
        "'{b}' overlaps '{a}' by {n} months; say so if the jobs ran side by side.",
        "تتداخل '{b}' مع '{a}' مدة {n} شهرًا؛ وضّح ذلك إن كانت الوظيفتان متزامنتين.",
    ),
    (
        "too_long",
        "{n} words: split it, or keep the result and cut the rest (under 30 reads best).",
        "{n} كلمة: قسّمها، أو أبقِ النتيجة واحذف الباقي (أقل من 30 أفضل).",
    ),
    (
        "too_short",
        "Very short: say what you did and what came of it.",
        "قصيرة جدًا: قل ما الذي فعلته وما الذي نتج عنه.",
    ),
    (
        "weak",
        "Starts with '{weak}': open with what you did (built, led, cut, grew).",
        "تبدأ بـ'{weak}': ابدأ بما فعلته (بنيت، قدت، خفّضت، نمّيت).",
    ),
    (
        "passive",
        "Passive voice hides who acted: say what you did.",
        "المبني للمجهول يخفي من قام بالفعل: قل ما الذي فعلته.",
    ),
    (
        "first_person",
        "Bullets read better without 'I' and 'my'.",
        "تُقرأ النقاط أفضل دون ضمير المتكلم.",
    ),
    (
        "quantify",
        "{share}% of bullets have a number in them; aim for half or more (how many, how much, how fast).",
        "{share}% من النقاط فيها رقم؛ اجعلها النصف أو أكثر (كم، وبأي قدر، وبأي سرعة).",
    ),
    (
        "length",
        "{n} pages: most readers stop after two; cut older or weaker lines.",
        "{n} صفحات: يتوقف معظم القرّاء بعد صفحتين؛ احذف الأسطر الأقدم أو الأضعف.",
    ),
    (
        "keyword_missing",
        "The job asks for {skill}; the resume never says it. Add it where it is true.",
        "تطلب الوظيفة {skill} ولا تذكرها السيرة. أضفها حيث يصدق ذلك.",
    ),
    (
        "keyword_stuffed",
        "{skill} appears {n} times; that reads as stuffing.",
        "تتكرر {skill} {n} مرة؛ يبدو ذلك حشوًا.",
    ),
];

/// A finding's message in the chosen language, placeholders filled.
fn say(arabic: bool, key: &str, values: &[(&str, &str)]) -> String {
    let (_, en, ar) = MESSAGES
        .iter()
        .find(|(k, _, _)| *k == key)
        .copied()
        .unwrap_or(("", "", ""));
    let mut out = if arabic { ar } else { en }.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

fn words(line: &str) -> usize {
    line.split_whitespace().count()
}

fn quantified(line: &str) -> bool {
    line.chars()
        .any(|c| c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c))
        || line.contains('%')
        || line.contains('$')
        || line.contains('€')
        || line.contains('£')
}

/// `was built`, `were reduced`, `been made`: a form of "be" before a participle.
fn passive(line: &str) -> bool {
    let lower = line.to_lowercase();
    let tokens: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|t| !t.is_empty())
        .collect();
    const IRREGULAR: &[&str] = &[
        "built", "made", "done", "given", "taken", "written", "chosen", "run", "led", "sent",
        "shown", "known", "seen", "held", "brought", "kept", "paid", "sold", "taught",
    ];
    tokens.windows(2).any(|w| {
        matches!(w[0], "was" | "were" | "been" | "being" | "is" | "are")
            && (w[1].ends_with("ed") || IRREGULAR.contains(&w[1]))
    })
}

fn first_person(line: &str) -> bool {
    line.split(|c: char| !c.is_alphabetic())
        .any(|w| matches!(w, "I" | "me" | "my" | "My" | "Me"))
}

struct Report {
    findings: Vec<Finding>,
}

impl Report {
    fn add(&mut self, kind: &str, severity: &str, path: String, line: &str, message: String) {
        self.findings.push(Finding {
            kind: kind.into(),
            severity: severity.into(),
            path,
            line: line.to_owned(),
            message,
        });
    }
}

/// The offline analysis.
pub fn analyze(input: &AnalyzeInput, taxonomy: &Taxonomy, lang: OutputLang) -> Analysis {
    let ar = lang == OutputLang::Ar;
    let resume = &input.resume;
    let arabic = resume.pointer("/meta/language").and_then(Value::as_str) == Some("ar");
    let mut r = Report {
        findings: Vec::new(),
    };
    let basics = resume.get("basics").cloned().unwrap_or(Value::Null);

    // Sections.
    for (key, severity) in [
        ("work", "error"),
        ("education", "warning"),
        ("skills", "warning"),
    ] {
        if list(resume, key).is_empty() {
            r.add(
                "missing_section",
                severity,
                format!("/{key}"),
                "",
                say(ar, "no_section", &[("what", &say(ar, key, &[]))]),
            );
        }
    }
    let summary = text(&basics, "summary");
    if summary.is_empty() {
        r.add(
            "summary",
            "tip",
            "/basics/summary".into(),
            "",
            say(ar, "no_summary", &[]),
        );
    } else if words(&summary) > 80 {
        r.add(
            "summary",
            "tip",
            "/basics/summary".into(),
            &summary,
            say(ar, "long_summary", &[("n", &words(&summary).to_string())]),
        );
    }

    // Contact details.
    if text(&basics, "name").is_empty() {
        r.add(
            "contact",
            "error",
            "/basics/name".into(),
            "",
            say(ar, "no_name", &[]),
        );
    }
    if text(&basics, "email").is_empty() {
        r.add(
            "contact",
            "error",
            "/basics/email".into(),
            "",
            say(ar, "no_email", &[]),
        );
    }
    if text(&basics, "phone").is_empty() {
        r.add(
            "contact",
            "warning",
            "/basics/phone".into(),
            "",
            say(ar, "no_phone", &[]),
        );
    }
    let location = basics.get("location").cloned().unwrap_or(Value::Null);
    if text(&location, "city").is_empty() && text(&location, "countryCode").is_empty() {
        r.add(
            "contact",
            "tip",
            "/basics/location".into(),
            "",
            say(ar, "no_place", &[]),
        );
    }

    // Dates: missing, reversed, gaps and overlaps between jobs.
    let mut spans: Vec<(usize, i32, i32, String)> = Vec::new();
    let (year, month) = crate::offline::text::this_month();
    let current = year * 12 + i32::try_from(month).unwrap_or(1) - 1;
    for (i, job) in list(resume, "work").iter().enumerate() {
        let title = [text(job, "position"), text(job, "name")]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let start = months(&text(job, "startDate"));
        let end_text = text(job, "endDate");
        let end = if end_text.is_empty() {
            Some(current)
        } else {
            months(&end_text)
        };
        match (start, end) {
            (None, _) => r.add(
                "dates",
                "warning",
                format!("/work/{i}/startDate"),
                &title,
                say(ar, "no_start", &[]),
            ),
            (Some(s), Some(e)) if e < s => r.add(
                "dates",
                "error",
                format!("/work/{i}/endDate"),
                &title,
                say(ar, "reversed", &[]),
            ),
            (Some(s), Some(e)) => spans.push((i, s, e, title)),
            (Some(_), None) => r.add(
                "dates",
                "warning",
                format!("/work/{i}/endDate"),
                &title,
                say(ar, "bad_end", &[("end", &end_text)]),
            ),
        }
    }
    spans.sort_by_key(|(_, s, _, _)| *s);
    for pair in spans.windows(2) {
        let (_, _, end_a, ref a) = pair[0];
        let (j, start_b, end_b, ref b) = pair[1];
        let gap = start_b - end_a - 1;
        if gap >= 6 {
            r.add(
                "gap",
                "tip",
                format!("/work/{j}"),
                b,
                say(ar, "gap", &[("n", &gap.to_string()), ("a", a), ("b", b)]),
            );
        } else if end_a - start_b >= 3 && end_b != current {
            r.add(
                "overlap",
                "tip",
                format!("/work/{j}"),
                b,
                say(
                    ar,
                    "overlap",
                    &[("n", &(end_a - start_b).to_string()), ("a", a), ("b", b)],
                ),
            );
        }
    }

    // Bullets.
    let (mut bullets, mut with_numbers, mut total_words) = (0u32, 0u32, 0usize);
    for (section, key) in [
        ("work", "highlights"),
        ("projects", "highlights"),
        ("volunteer", "highlights"),
    ] {
        for (i, entry) in list(resume, section).iter().enumerate() {
            for (k, line) in list(entry, key)
                .iter()
                .filter_map(Value::as_str)
                .enumerate()
            {
                let path = format!("/{section}/{i}/{key}/{k}");
                let line = line.trim();
                bullets += 1;
                total_words += words(line);
                if quantified(line) {
                    with_numbers += 1;
                }
                let n = words(line);
                if n > 35 {
                    r.add(
                        "bullet_length",
                        "warning",
                        path.clone(),
                        line,
                        say(ar, "too_long", &[("n", &n.to_string())]),
                    );
                } else if n < 4 {
                    r.add(
                        "bullet_length",
                        "tip",
                        path.clone(),
                        line,
                        say(ar, "too_short", &[]),
                    );
                }
                let lower = line.to_lowercase();
                let start = lower.trim_start_matches(['•', '-', '*', '–', ' ']);
                if let Some(weak) = EN
                    .weak
                    .iter()
                    .chain(AR.weak)
                    .find(|w| start.starts_with(**w))
                {
                    r.add(
                        "weak_verb",
                        "warning",
                        path.clone(),
                        line,
                        say(ar, "weak", &[("weak", weak)]),
                    );
                }
                if !arabic && passive(line) {
                    r.add(
                        "passive",
                        "tip",
                        path.clone(),
                        line,
                        say(ar, "passive", &[]),
                    );
                }
                if !arabic && first_person(line) {
                    r.add(
                        "first_person",
                        "tip",
                        path,
                        line,
                        say(ar, "first_person", &[]),
                    );
                }
            }
        }
    }
    let share = (with_numbers * 100).checked_div(bullets).unwrap_or(0);
    if bullets >= 3 && share < 50 {
        r.add(
            "quantify",
            "warning",
            "/work".into(),
            "",
            say(ar, "quantify", &[("share", &share.to_string())]),
        );
    }

    // Length.
    let pages = input.pages.unwrap_or(0);
    if pages > 2 {
        r.add(
            "length",
            "warning",
            "".into(),
            "",
            say(ar, "length", &[("n", &pages.to_string())]),
        );
    }

    // Keywords against the job.
    let mut keywords = Vec::new();
    if let Some(job) = input.job.as_deref().filter(|j| !j.trim().is_empty()) {
        let mut resume_text = String::new();
        all_text(resume, &mut resume_text);
        let in_resume = taxonomy.find(&resume_text);
        let mut seen = Vec::new();
        for found in taxonomy.find(job) {
            let skill = taxonomy.skill(found.skill);
            if seen.contains(&skill.name) {
                continue;
            }
            seen.push(skill.name.clone());
            let count = in_resume
                .iter()
                .filter(|f| f.skill == found.skill)
                .map(|f| u32::try_from(f.at.len()).unwrap_or(u32::MAX))
                .sum::<u32>();
            if count == 0 {
                r.add(
                    "keyword",
                    "tip",
                    "/skills".into(),
                    "",
                    say(ar, "keyword_missing", &[("skill", &skill.name)]),
                );
            } else if count > 8 {
                r.add(
                    "keyword",
                    "tip",
                    "/skills".into(),
                    &skill.name,
                    say(
                        ar,
                        "keyword_stuffed",
                        &[("skill", &skill.name), ("n", &count.to_string())],
                    ),
                );
            }
            keywords.push(KeywordUse {
                keyword: skill.name.clone(),
                count,
            });
        }
    }

    let penalty: u32 = r
        .findings
        .iter()
        .map(|f| match f.severity.as_str() {
            "error" => 15,
            "warning" => 6,
            _ => 2,
        })
        .sum();
    Analysis {
        score: 100u32.saturating_sub(penalty),
        findings: r.findings,
        bullets,
        quantified: share,
        bullet_words: u32::try_from(total_words / bullets.max(1) as usize).unwrap_or(0),
        pages,
        keywords,
    }
}

pub struct ResumeAnalyzeTask;

impl Task for ResumeAnalyzeTask {
    const NAME: &'static str = "resume.analyze";
    const PROMPT_VERSION: u32 = 1;
    const FALLBACK_OFFLINE: bool = true;
    type Input = AnalyzeInput;
    type Output = Analysis;

    const TEMPLATES: Templates = crate::prompt_templates!("resume.analyze");

    fn values(input: &AnalyzeInput) -> Vec<(&'static str, String)> {
        vec![
            (
                "resume",
                serde_json::to_string_pretty(&input.resume).unwrap_or_default(),
            ),
            ("job", input.job.clone().unwrap_or_default()),
            ("pages", input.pages.unwrap_or(0).to_string()),
        ]
    }

    fn example() -> AnalyzeInput {
        AnalyzeInput {
            resume: serde_json::json!({
                "basics": {"name": "Ada Lovelace", "email": "ada@example.com"},
                "work": [{"name": "Analytical Engines", "position": "Engineer",
                          "startDate": "2019-03",
                          "highlights": ["Responsible for the mill.", "Cut build times by 40%."]}]
            }),
            job: Some("We need a Rust engineer who knows PostgreSQL and Kubernetes.".into()),
            pages: Some(1),
        }
    }

    fn offline(input: &AnalyzeInput, lang: OutputLang) -> Result<Analysis, TaskError> {
        if !input.resume.is_object() {
            return Err(TaskError::BadInput {
                task: Self::NAME,
                reason: "resume: a JSON Resume is a JSON object".into(),
            });
        }
        Ok(analyze(input, Taxonomy::builtin(), lang))
    }

    /// Findings must point at places the resume has (or could have) and quote
    /// what is there; the score must be 0 to 100.
    fn check(output: &Analysis, input: &AnalyzeInput) -> Vec<String> {
        let mut problems = Vec::new();
        if output.score > 100 {
            problems.push(format!("score {} is above 100", output.score));
        }
        for f in &output.findings {
            if !matches!(f.severity.as_str(), "error" | "warning" | "tip") {
                problems.push(format!(
                    "severity '{}' is not error, warning or tip",
                    f.severity
                ));
            }
            if !f.path.is_empty() && !f.path.starts_with('/') {
                problems.push(format!("path '{}' is not a JSON pointer", f.path));
            }
            if let Some(Value::String(at)) = input.resume.pointer(&f.path)
                && !f.line.is_empty()
                && at.trim() != f.line.trim()
            {
                problems.push(format!(
                    "the line quoted for {} is not what the resume says",
                    f.path
                ));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn run(resume: Value, job: Option<&str>, pages: Option<u32>) -> Analysis {
        analyze(
            &AnalyzeInput {
                resume,
                job: job.map(str::to_owned),
                pages,
            },
            Taxonomy::builtin(),
            OutputLang::En,
        )
    }

    fn kinds(a: &Analysis) -> Vec<(&str, &str)> {
        a.findings
            .iter()
            .map(|f| (f.kind.as_str(), f.path.as_str()))
            .collect()
    }

    #[test]
    fn a_strong_resume_scores_high_and_finds_little() {
        let a = run(
            json!({
                "basics": {"name": "Ada", "email": "a@example.com", "phone": "1", "summary": "Engineer.",
                           "location": {"city": "London"}},
                "work": [{"name": "A", "position": "Engineer", "startDate": "2020-01",
                          "highlights": ["Cut p99 latency from 480 ms to 60 ms.", "Grew revenue 30% in a year."]},
                         {"name": "B", "position": "Developer", "startDate": "2016-01", "endDate": "2019-12",
                          "highlights": ["Built 40 route-planning APIs in Go."]}],
                "education": [{"institution": "UCL"}],
                "skills": [{"keywords": ["Rust"]}]
            }),
            None,
            Some(1),
        );
        assert!(a.findings.is_empty(), "{:#?}", a.findings);
        assert_eq!((a.score, a.bullets, a.quantified), (100, 3, 100));
    }

    #[test]
    fn each_finding_points_at_its_line() {
        let a = run(
            json!({
                "basics": {"name": "Bo"},
                "work": [
                    {"name": "A", "position": "Clerk", "startDate": "2021-06",
                     "highlights": ["Responsible for the filing of invoices for the office team.",
                                    "The new process was introduced by me and my manager.",
                                    "Typing",
                                    "Did many different things every day across several departments including accounts, payroll, the front desk, the post room, the archive, the warehouse, shipping and receiving, customer calls and complaints, the canteen, the library, the car park and the reception desk at weekends"]},
                    {"name": "B", "position": "Intern", "startDate": "2019-01", "endDate": "2019-06"},
                    {"name": "C", "position": "Temp", "startDate": "2018-05", "endDate": "2018-01"}
                ]
            }),
            Some("Rust engineer with PostgreSQL and Kubernetes"),
            Some(3),
        );
        let k = kinds(&a);
        for want in [
            ("missing_section", "/education"),
            ("missing_section", "/skills"),
            ("contact", "/basics/email"),
            ("contact", "/basics/phone"),
            ("dates", "/work/2/endDate"),
            ("gap", "/work/0"),
            ("weak_verb", "/work/0/highlights/0"),
            ("passive", "/work/0/highlights/1"),
            ("first_person", "/work/0/highlights/1"),
            ("bullet_length", "/work/0/highlights/2"),
            ("bullet_length", "/work/0/highlights/3"),
            ("quantify", "/work"),
            ("length", ""),
            ("keyword", "/skills"),
        ] {
            assert!(k.contains(&want), "{want:?} missing from {k:#?}");
        }
        let weak = a
            .findings
            .iter()
            .find(|f| f.kind == "weak_verb")
            .expect("weak");
        assert_eq!(
            weak.line,
            "Responsible for the filing of invoices for the office team."
        );
        assert_eq!(a.pages, 3);
        assert!(
            a.keywords
                .iter()
                .any(|k| k.keyword == "Rust" && k.count == 0)
        );
        assert!(a.score < 40, "{}", a.score);
        // The offline answer passes its own check.
        let input = AnalyzeInput {
            resume: json!({"work": [{"highlights": ["x"]}]}),
            job: None,
            pages: None,
        };
        let answer = analyze(&input, Taxonomy::builtin(), OutputLang::En);
        assert!(ResumeAnalyzeTask::check(&answer, &input).is_empty());
    }

    #[test]
    fn keywords_are_counted_against_the_job() {
        let a = run(
            json!({"skills": [{"keywords": ["Rust", "PostgreSQL"]}],
                   "work": [{"highlights": ["Built services in Rust."]}]}),
            Some("You know Rust, PostgreSQL and Kubernetes."),
            None,
        );
        let count = |k: &str| a.keywords.iter().find(|u| u.keyword == k).map(|u| u.count);
        assert_eq!(count("Rust"), Some(2));
        assert_eq!(count("PostgreSQL"), Some(1));
        assert_eq!(count("Kubernetes"), Some(0));
    }

    #[test]
    fn a_model_must_quote_what_is_there() {
        let input = ResumeAnalyzeTask::example();
        let mut answer = analyze(&input, Taxonomy::builtin(), OutputLang::En);
        answer.findings.push(Finding {
            kind: "weak_verb".into(),
            severity: "warning".into(),
            path: "/work/0/highlights/0".into(),
            line: "Invented line".into(),
            message: "x".into(),
        });
        answer.findings.push(Finding {
            kind: "x".into(),
            severity: "fatal".into(),
            path: "work".into(),
            line: String::new(),
            message: "x".into(),
        });
        let problems = ResumeAnalyzeTask::check(&answer, &input);
        assert_eq!(problems.len(), 3, "{problems:?}");
    }

    #[test]
    fn arabic_weak_openings_are_found() {
        let a = run(
            json!({"meta": {"language": "ar"},
                   "work": [{"name": "شركة", "startDate": "2020-01",
                             "highlights": ["مسؤول عن إعداد التقارير الشهرية للإدارة."]}]}),
            None,
            None,
        );
        assert!(kinds(&a).contains(&("weak_verb", "/work/0/highlights/0")));
        // In Arabic, the messages are Arabic.
        let input = AnalyzeInput {
            resume: json!({"work": [{"name": "شركة", "highlights": ["مسؤول عن التقارير."]}]}),
            job: None,
            pages: None,
        };
        let a = analyze(&input, Taxonomy::builtin(), OutputLang::Ar);
        let weak = a
            .findings
            .iter()
            .find(|f| f.kind == "weak_verb")
            .expect("weak");
        assert!(
            weak.message.starts_with("تبدأ بـ'مسؤول عن'"),
            "{}",
            weak.message
        );
        assert!(
            a.findings
                .iter()
                .all(|f| !f.message.is_empty() && !f.message.contains('{'))
        );
    }
}
