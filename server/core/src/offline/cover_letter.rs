//! A cover letter written offline from a resume and a job, in a tone and a
//! length, in English or Arabic. It only uses what the resume says: the name,
//! the latest role, highlights that touch the job's skills (the job's skills
//! that the resume has, found through the taxonomy by the match scorer), and
//! nothing the resume does not claim. The base the `cover_letter.generate` task
//! falls back on.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::taxonomy::{Taxonomy, tokens};
use super::text::html_to_text;
use crate::ai::prompts::Templates;
use crate::ai::{OutputLang, Task, TaskError};
use crate::json_resume::{list, strings, text};
use crate::markdown::tree::reading;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Tone {
    Professional,
    Enthusiastic,
    Formal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Length {
    Short,
    Medium,
    Long,
}

impl Tone {
    pub const ALL: [Tone; 3] = [Tone::Professional, Tone::Enthusiastic, Tone::Formal];

    pub fn as_str(self) -> &'static str {
        match self {
            Tone::Professional => "professional",
            Tone::Enthusiastic => "enthusiastic",
            Tone::Formal => "formal",
        }
    }

    pub fn parse(name: &str) -> Option<Tone> {
        Tone::ALL.into_iter().find(|t| t.as_str() == name)
    }
}

impl Length {
    pub const ALL: [Length; 3] = [Length::Short, Length::Medium, Length::Long];

    pub fn as_str(self) -> &'static str {
        match self {
            Length::Short => "short",
            Length::Medium => "medium",
            Length::Long => "long",
        }
    }

    pub fn parse(name: &str) -> Option<Length> {
        Length::ALL.into_iter().find(|l| l.as_str() == name)
    }

    /// How many highlights of the resume the letter tells.
    fn highlights(self) -> usize {
        match self {
            Length::Short => 1,
            Length::Medium => 2,
            Length::Long => 4,
        }
    }

    /// The words a letter of this length should have, at most.
    pub fn max_words(self) -> usize {
        match self {
            Length::Short => 220,
            Length::Medium => 380,
            Length::Long => 600,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CoverLetter {
    pub markdown: String,
    pub word_count: usize,
    /// At 200 words a minute, at least one.
    pub read_minutes: usize,
}

/// What the letter is written from.
pub struct LetterInput<'a> {
    pub resume: &'a Value,
    /// The job's text or HTML.
    pub job: &'a str,
    pub job_title: &'a str,
    pub company: &'a str,
    pub tone: Tone,
    pub length: Length,
    /// `ar` for Arabic, else English.
    pub lang: &'a str,
    /// (year, month) "present" means.
    pub now: (i32, u32),
}

/// The phrases of a letter in one language; `{title}`, `{company}`,
/// `{role}`, `{employer}` and `{skills}` are filled in.
struct Phrases {
    greeting: [&'static str; 3],
    opening: [&'static str; 3],
    role: &'static str,
    /// The latest role has an end date.
    role_past: &'static str,
    role_no_employer: &'static str,
    highlights_intro: &'static str,
    skills: &'static str,
    closing: [&'static str; 3],
    sign_off: [&'static str; 3],
    a_company: &'static str,
    this_role: &'static str,
    list_sep: &'static str,
    list_and: &'static str,
}

const EN: Phrases = Phrases {
    greeting: [
        "Dear Hiring Manager,",
        "Dear Hiring Team,",
        "Dear Sir or Madam,",
    ],
    opening: [
        "I am writing to apply for the {title} position at {company}.",
        "I was excited to see the {title} opening at {company}, and I would love to bring my experience to your team.",
        "Please accept this letter as my application for the position of {title} at {company}.",
    ],
    role: "In my current role as {role} at {employer}, I have worked on the kind of problems this position involves.",
    role_past: "In my most recent role as {role} at {employer}, I worked on the kind of problems this position involves.",
    role_no_employer: "As a {role}, I have worked on the kind of problems this position involves.",
    highlights_intro: "A few things I have done:",
    skills: "The role asks for {skills}, which I use in my work.",
    closing: [
        "I would welcome the chance to discuss how I can contribute to {company}. Thank you for your time and consideration.",
        "I would be thrilled to talk about how I can help {company}, and I look forward to hearing from you. Thank you!",
        "I would be grateful for the opportunity to discuss my application with you. Thank you for your consideration.",
    ],
    sign_off: ["Kind regards,", "Best wishes,", "Yours faithfully,"],
    a_company: "your company",
    this_role: "open",
    list_sep: ", ",
    list_and: " and ",
};

const AR: Phrases = Phrases {
    greeting: [
        "السادة فريق التوظيف المحترمين،",
        "مرحبًا فريق التوظيف،",
        "حضرات السادة المحترمين،",
    ],
    opening: [
        "أتقدّم بطلب لشغل وظيفة {title} لدى {company}.",
        "سعدت كثيرًا برؤية إعلان وظيفة {title} لدى {company}، ويسعدني أن أضع خبرتي في خدمة فريقكم.",
        "أرجو التكرم بقبول هذه الرسالة طلبًا لشغل وظيفة {title} لدى {company}.",
    ],
    role: "أعمل حاليًا {role} لدى {employer}، وقد عملت على مسائل من النوع الذي تتطلبه هذه الوظيفة.",
    role_past: "عملت مؤخرًا {role} لدى {employer}، على مسائل من النوع الذي تتطلبه هذه الوظيفة.",
    role_no_employer: "بصفتي {role}، عملت على مسائل من النوع الذي تتطلبه هذه الوظيفة.",
    highlights_intro: "من أبرز ما قمت به:",
    skills: "تتطلب الوظيفة {skills}، وهي مهارات أستخدمها في عملي.",
    closing: [
        "يسعدني أن أناقش معكم كيف يمكنني الإسهام في {company}. شكرًا لوقتكم واهتمامكم.",
        "يسعدني جدًا أن أتحدث معكم عن كيف يمكنني مساعدة {company}، وأتطلع إلى ردكم. شكرًا لكم!",
        "أكون ممتنًا لإتاحة الفرصة لمناقشة طلبي معكم. وتفضلوا بقبول فائق الاحترام.",
    ],
    sign_off: [
        "مع خالص التحية،",
        "مع أطيب التمنيات،",
        "وتفضلوا بقبول فائق الاحترام،",
    ],
    a_company: "شركتكم",
    this_role: "شاغرة",
    list_sep: "، ",
    list_and: " و",
};

fn tone_index(tone: Tone) -> usize {
    match tone {
        Tone::Professional => 0,
        Tone::Enthusiastic => 1,
        Tone::Formal => 2,
    }
}

/// "a, b and c".
pub(crate) fn joined(items: &[String], sep: &str, and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}{and}{last}", rest.join(sep)),
    }
}

/// The resume's highlights, those that name more of the job's skills first; one
/// that names none only from the latest job.
fn best_highlights(resume: &Value, skills: &[String], take: usize) -> Vec<String> {
    let wanted: Vec<String> = skills.iter().map(|s| s.to_lowercase()).collect();
    let latest = list(resume, "work").len().min(1);
    let mut all: Vec<(usize, usize, String)> = list(resume, "work")
        .iter()
        .chain(list(resume, "projects"))
        .enumerate()
        .flat_map(|(entry_at, entry)| {
            strings(entry, "highlights")
                .into_iter()
                .map(move |line| (entry_at < latest, line))
        })
        .enumerate()
        .map(|(order, (from_latest, line))| {
            let lower = line.to_lowercase();
            let words: Vec<&str> = tokens(&lower);
            let hits = wanted
                .iter()
                .filter(|skill| {
                    let parts: Vec<&str> = tokens(skill);
                    !parts.is_empty() && words.windows(parts.len()).any(|w| w == parts.as_slice())
                })
                .count();
            (hits, order, line, from_latest)
        })
        .filter(|(hits, .., from_latest)| *hits > 0 || *from_latest)
        .map(|(hits, order, line, _)| (hits, order, line))
        .collect();
    all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    all.into_iter()
        .take(take)
        .map(|(_, _, line)| line)
        .collect()
}

/// Writes the letter.
pub fn cover_letter(taxonomy: &Taxonomy, input: &LetterInput<'_>) -> CoverLetter {
    let p = if input.lang == "ar" { &AR } else { &EN };
    let t = tone_index(input.tone);
    let job_text = html_to_text(input.job);
    let found = super::score(
        taxonomy,
        input.resume,
        &job_text,
        Some(input.job_title),
        input.now,
    );
    let title = match input.job_title.trim() {
        "" => p.this_role,
        title => title,
    };
    let company = match input.company.trim() {
        "" => p.a_company,
        company => company,
    };
    let fill = |s: &str| s.replace("{title}", title).replace("{company}", company);
    let basics = input.resume.get("basics").cloned().unwrap_or(Value::Null);
    let latest = list(input.resume, "work")
        .first()
        .cloned()
        .unwrap_or(Value::Null);
    let role = match text(&latest, "position") {
        r if r.is_empty() => text(&basics, "label"),
        r => r,
    };
    let employer = text(&latest, "name");

    let mut paragraphs = vec![p.greeting[t].to_owned(), fill(p.opening[t])];
    if !role.is_empty() {
        let line = if employer.is_empty() {
            p.role_no_employer.replace("{role}", &role)
        } else {
            let ended = !text(&latest, "endDate").is_empty();
            let phrase = if ended { p.role_past } else { p.role };
            phrase
                .replace("{role}", &role)
                .replace("{employer}", &employer)
        };
        paragraphs.push(line);
    }
    let highlights = best_highlights(
        input.resume,
        &found.matched_keywords,
        input.length.highlights(),
    );
    if !highlights.is_empty() {
        let items: Vec<String> = highlights.iter().map(|h| format!("- {h}")).collect();
        paragraphs.push(format!("{}\n\n{}", p.highlights_intro, items.join("\n")));
    }
    let skills: Vec<String> = found.matched_keywords.iter().take(6).cloned().collect();
    if !skills.is_empty() && input.length != Length::Short {
        paragraphs.push(
            p.skills
                .replace("{skills}", &joined(&skills, p.list_sep, p.list_and)),
        );
    }
    paragraphs.push(fill(p.closing[t]));
    let name = text(&basics, "name");
    paragraphs.push(if name.is_empty() {
        p.sign_off[t].to_owned()
    } else {
        format!("{}  \n{name}", p.sign_off[t])
    });
    CoverLetter::counted(paragraphs.join("\n\n"))
}

impl CoverLetter {
    /// A letter with its words and reading time counted.
    pub fn counted(markdown: String) -> Self {
        let (word_count, read_minutes) = reading(&markdown);
        CoverLetter {
            markdown,
            word_count,
            read_minutes,
        }
    }
}

/// What `cover_letter.generate` is asked: a resume (JSON Resume), a job (text or
/// HTML) with its title and company, a tone and a length; the output language
/// is the task's.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LetterRequest {
    pub resume: Value,
    pub job: String,
    #[serde(default)]
    pub job_title: String,
    #[serde(default)]
    pub company: String,
    pub tone: Tone,
    pub length: Length,
    /// (year, month)
    pub now: (i32, u32),
}

pub struct CoverLetterTask;

impl Task for CoverLetterTask {
    const NAME: &'static str = "cover_letter.generate";
    const PROMPT_VERSION: u32 = 1;
    const FALLBACK_OFFLINE: bool = true;
    type Input = LetterRequest;
    type Output = CoverLetter;

    const TEMPLATES: Templates = crate::prompt_templates!("cover_letter.generate");

    fn values(input: &LetterRequest) -> Vec<(&'static str, String)> {
        vec![
            ("job_title", input.job_title.clone()),
            ("company", input.company.clone()),
            ("tone", input.tone.as_str().to_owned()),
            ("length", input.length.as_str().to_owned()),
            ("max_words", input.length.max_words().to_string()),
            ("job", html_to_text(&input.job)),
            ("resume", input.resume.to_string()),
        ]
    }

    fn example() -> LetterRequest {
        LetterRequest {
            resume: serde_json::json!({
                "basics": {"name": "Ada Lovelace", "label": "Backend Engineer"},
                "work": [{
                    "name": "Analytical Engines Ltd",
                    "position": "Backend Engineer",
                    "startDate": "2019-03",
                    "highlights": ["Built payment APIs in Rust and PostgreSQL serving 2M requests a day."]
                }],
                "skills": [{"name": "Backend", "keywords": ["Rust", "PostgreSQL"]}]
            }),
            job: "Senior Backend Engineer\nWe need Rust, PostgreSQL and Kubernetes.".into(),
            job_title: "Senior Backend Engineer".into(),
            company: "Ledgerly".into(),
            tone: Tone::Professional,
            length: Length::Medium,
            now: (2026, 11),
        }
    }

    fn offline(input: &LetterRequest, lang: OutputLang) -> Result<CoverLetter, TaskError> {
        if !input.resume.is_object() {
            return Err(TaskError::BadInput {
                task: Self::NAME,
                reason: "the resume is not a JSON Resume object".into(),
            });
        }
        Ok(cover_letter(
            Taxonomy::builtin(),
            &LetterInput {
                resume: &input.resume,
                job: &input.job,
                job_title: &input.job_title,
                company: &input.company,
                tone: input.tone,
                length: input.length,
                lang: lang.code(),
                now: input.now,
            },
        ))
    }

    fn check(output: &CoverLetter, input: &LetterRequest) -> Vec<String> {
        let mut problems = Vec::new();
        let (words, _) = reading(&output.markdown);
        if words < 40 {
            problems.push(format!(
                "the letter has {words} words; write a whole letter"
            ));
        }
        // A little over the length is fine; twice over is another length.
        if words > input.length.max_words() * 3 / 2 {
            problems.push(format!(
                "the letter has {words} words; a {} letter has at most {}",
                input.length.as_str(),
                input.length.max_words()
            ));
        }
        if output.markdown.contains("{{") || output.markdown.contains("[Your") {
            problems.push("the letter has unfilled placeholders".into());
        }
        problems
    }
}

#[cfg(test)]
mod tests;
