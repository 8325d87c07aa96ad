//! `resume.tailor`: a resume fitted to a job. The offline engine only moves and
//! rewords what the resume already says: highlights that show the job's skills
//! come first, skills the job asks for lead their group, skills the work shows
//! but the list leaves out are added to it, and the summary is rewritten from
//! the resume's own facts (title, years, skills, latest role). An instruction
//! ("shorter summary", "stress leadership") shifts the weights. A model may do
//! more; either way the truthfulness guard (`guard`) has the last word.

use std::collections::HashSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::guard::{fold, sentences};
use crate::ai::prompts::Templates;
use crate::ai::{OutputLang, Task, TaskError};
use crate::json_resume::{list, strings, text};
use crate::offline::taxonomy::{SkillId, Taxonomy, tokens};
use crate::offline::text::html_to_text;
use crate::offline::{score, score::work_years};

/// What `resume.tailor` is asked.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TailorInput {
    /// The JSON Resume to tailor.
    pub resume: Value,
    /// The job's text or HTML.
    pub job: String,
    #[serde(default)]
    pub job_title: String,
    /// What the user asked for ("shorter summary", "stress leadership").
    #[serde(default)]
    pub instruction: String,
    /// (year, month)
    pub now: (i32, u32),
}

/// Why one part changed; `path` is a JSON pointer (`/basics/summary`,
/// `/work/0/highlights`, `/skills`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Reason {
    pub path: String,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TailorOutput {
    /// The tailored JSON Resume.
    pub resume: Value,
    pub reasons: Vec<Reason>,
}

struct Words {
    reorder: &'static str,
    reorder_plain: &'static str,
    skills: &'static str,
    added: &'static str,
    summary: &'static str,
    shorter: &'static str,
    group: &'static str,
    /// `{label}`, `{years}`, `{skills}`.
    lead_full: &'static str,
    lead_years: &'static str,
    lead_skills: &'static str,
    latest: &'static str,
    list_sep: &'static str,
    list_and: &'static str,
}

const EN: Words = Words {
    reorder: "Lines that show what the job asks for ({skills}) come first.",
    reorder_plain: "The most relevant lines come first.",
    skills: "The skills the job asks for lead the list.",
    added: " Added {skills}: your work shows them and the job asks for them.",
    summary: "Rewritten from your resume's own facts to lead with what the job asks for.",
    shorter: "Shortened to one sentence, as you asked.",
    group: "Relevant skills",
    lead_full: "{label} with {years}+ years of experience in {skills}.",
    lead_years: "{label} with {years}+ years of experience.",
    lead_skills: "{label} experienced in {skills}.",
    latest: "Most recently {position} at {employer}.",
    list_sep: ", ",
    list_and: " and ",
};

const AR: Words = Words {
    reorder: "تأتي أولًا الأسطر التي تُظهر ما تطلبه الوظيفة ({skills}).",
    reorder_plain: "تأتي أولًا الأسطر الأقرب إلى الوظيفة.",
    skills: "تتصدر القائمةَ المهاراتُ التي تطلبها الوظيفة.",
    added: " أُضيفت {skills}: يُظهرها عملك وتطلبها الوظيفة.",
    summary: "أُعيدت كتابته من حقائق سيرتك نفسها ليبدأ بما تطلبه الوظيفة.",
    shorter: "اختُصر في جملة واحدة كما طلبت.",
    group: "مهارات ذات صلة",
    lead_full: "{label} بخبرة تزيد على {years} سنوات في {skills}.",
    lead_years: "{label} بخبرة تزيد على {years} سنوات.",
    lead_skills: "{label} ذو خبرة في {skills}.",
    latest: "آخر منصب: {position} لدى {employer}.",
    list_sep: "، ",
    list_and: " و",
};

fn words(lang: OutputLang) -> &'static Words {
    match lang {
        OutputLang::En => &EN,
        OutputLang::Ar => &AR,
    }
}

fn joined(items: &[String], w: &Words) -> String {
    crate::offline::cover_letter::joined(items, w.list_sep, w.list_and)
}

/// Words of an instruction that ask for shorter text.
const SHORTER: &[&str] = &[
    "short",
    "shorter",
    "concise",
    "brief",
    "briefer",
    "أقصر",
    "مختصر",
    "اختصر",
];

/// Words that only say what to do, not what to stress.
const COMMANDS: &[&str] = &[
    "stress",
    "emphasise",
    "emphasize",
    "highlight",
    "focus",
    "more",
    "less",
    "make",
    "the",
    "and",
    "on",
    "my",
    "a",
    "an",
    "of",
    "in",
    "to",
    "with",
    "summary",
    "resume",
    "please",
    "ركز",
    "على",
    "أبرز",
    "الملخص",
];

/// Stems that stand for a theme in an instruction.
const THEMES: &[(&str, &[&str])] = &[
    (
        "lead",
        &[
            "lead", "led", "manag", "mentor", "head", "direct", "قياد", "أدر", "إدار",
        ],
    ),
    (
        "communicat",
        &["communicat", "present", "wrote", "writ", "تواصل"],
    ),
];

/// The stems an instruction asks to stress.
fn emphasis(instruction: &str) -> Vec<String> {
    let lower = instruction.to_lowercase();
    let mut stems = Vec::new();
    for word in tokens(&lower) {
        if word.chars().count() < 3 || COMMANDS.contains(&word) || SHORTER.contains(&word) {
            continue;
        }
        let stem: String = word.chars().take(5).collect();
        match THEMES
            .iter()
            .find(|(key, _)| stem.starts_with(key) || key.starts_with(&stem))
        {
            Some((_, all)) => stems.extend(all.iter().map(|s| (*s).to_owned())),
            None => stems.push(stem),
        }
    }
    stems
}

/// Scores lines against the job and the instruction.
struct Relevance<'t> {
    taxonomy: &'t Taxonomy,
    job_skills: HashSet<SkillId>,
    stems: Vec<String>,
}

impl Relevance<'_> {
    fn skills_in(&self, line: &str) -> Vec<String> {
        self.taxonomy
            .find(line)
            .into_iter()
            .filter(|f| self.job_skills.contains(&f.skill))
            .map(|f| self.taxonomy.skill(f.skill).name.clone())
            .collect()
    }

    fn of(&self, line: &str) -> usize {
        let lower = line.to_lowercase();
        let stressed = tokens(&lower)
            .iter()
            .filter(|w| self.stems.iter().any(|s| w.starts_with(s.as_str())))
            .count();
        self.skills_in(line).len() * 2 + stressed * 3
    }

    /// Whether a listed skill is one the job asks for.
    fn wanted(&self, name: &str) -> bool {
        self.taxonomy
            .lookup(name)
            .or_else(|| self.taxonomy.find(name).first().map(|f| f.skill))
            .is_some_and(|id| self.job_skills.contains(&id))
    }
}

/// `lines` most relevant first (a stable sort: ties keep their order).
fn ranked(lines: &[String], relevance: &Relevance<'_>) -> Vec<String> {
    let mut scored: Vec<(usize, usize, &String)> = lines
        .iter()
        .enumerate()
        .map(|(at, line)| (relevance.of(line), at, line))
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(.., line)| line.clone()).collect()
}

/// Tailors `input.resume` to the job, offline.
pub fn tailor(taxonomy: &Taxonomy, input: &TailorInput, lang: OutputLang) -> TailorOutput {
    let w = words(lang);
    let job_text = html_to_text(&input.job);
    let title = Some(input.job_title.as_str()).filter(|t| !t.trim().is_empty());
    let fit = score(taxonomy, &input.resume, &job_text, title, input.now);
    let relevance = Relevance {
        taxonomy,
        job_skills: taxonomy
            .find(&format!("{job_text}\n{}", input.job_title))
            .into_iter()
            .map(|f| f.skill)
            .collect(),
        stems: emphasis(&input.instruction),
    };
    let shorter = tokens(&input.instruction.to_lowercase())
        .iter()
        .any(|w| SHORTER.contains(w));
    let mut out = input.resume.clone();
    let mut reasons = Vec::new();

    // Highlights: the ones that show the job's skills first.
    for section in ["work", "projects"] {
        for (i, entry) in list(&input.resume, section).iter().enumerate() {
            let lines = strings(entry, "highlights");
            let new = ranked(&lines, &relevance);
            if new == lines {
                continue;
            }
            let shown = new
                .first()
                .map(|l| relevance.skills_in(l))
                .unwrap_or_default();
            let reason = if shown.is_empty() {
                w.reorder_plain.to_owned()
            } else {
                w.reorder.replace("{skills}", &joined(&shown, w))
            };
            if let Some(entry) = out
                .get_mut(section)
                .and_then(|s| s.get_mut(i))
                .and_then(Value::as_object_mut)
            {
                entry.insert("highlights".into(), json!(new));
                reasons.push(Reason {
                    path: format!("/{section}/{i}/highlights"),
                    reason,
                });
            }
        }
    }

    // Skills: wanted ones first, and the ones the work shows added.
    let groups = list(&input.resume, "skills");
    let listed: HashSet<String> = groups
        .iter()
        .flat_map(|g| strings(g, "keywords").into_iter().chain([text(g, "name")]))
        .map(|k| fold(&k))
        .collect();
    let listed_ids: HashSet<SkillId> = listed.iter().filter_map(|k| taxonomy.lookup(k)).collect();
    let mut shown_text = String::new();
    for section in ["work", "projects", "volunteer"] {
        for entry in list(&input.resume, section) {
            for line in strings(entry, "highlights") {
                shown_text.push_str(&line);
                shown_text.push('\n');
            }
            shown_text.push_str(&text(entry, "summary"));
            shown_text.push_str(&text(entry, "description"));
            shown_text.push('\n');
        }
    }
    let added: Vec<String> = taxonomy
        .find(&shown_text)
        .into_iter()
        .filter(|f| relevance.job_skills.contains(&f.skill) && !listed_ids.contains(&f.skill))
        .map(|f| taxonomy.skill(f.skill).name.clone())
        .filter(|name| !listed.contains(&fold(name)))
        .collect();
    let mut new_groups: Vec<(usize, usize, Value)> = groups
        .iter()
        .enumerate()
        .map(|(at, group)| {
            let keywords = strings(group, "keywords");
            let mut order: Vec<(bool, usize, String)> = keywords
                .into_iter()
                .enumerate()
                .map(|(k, name)| (!relevance.wanted(&name), k, name))
                .collect();
            order.sort();
            let wanted = order.iter().filter(|(unwanted, ..)| !unwanted).count()
                + usize::from(relevance.wanted(&text(group, "name")));
            let mut group = group.clone();
            if let Some(map) = group.as_object_mut()
                && map.contains_key("keywords")
            {
                let names: Vec<String> = order.into_iter().map(|(.., n)| n).collect();
                map.insert("keywords".into(), json!(names));
            }
            (wanted, at, group)
        })
        .collect();
    new_groups.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut skills: Vec<Value> = new_groups.into_iter().map(|(.., g)| g).collect();
    if !added.is_empty() {
        let mut group = Map::new();
        group.insert("name".into(), json!(w.group));
        group.insert("keywords".into(), json!(added));
        skills.insert(0, Value::Object(group));
    }
    if skills.as_slice() != groups {
        let mut reason = w.skills.to_owned();
        if !added.is_empty() {
            reason.push_str(&w.added.replace("{skills}", &joined(&added, w)));
        }
        if let Some(map) = out.as_object_mut() {
            map.insert("skills".into(), Value::Array(skills));
            reasons.push(Reason {
                path: "/skills".into(),
                reason,
            });
        }
    }

    // The summary, from the resume's facts.
    let basics = input.resume.get("basics").cloned().unwrap_or(Value::Null);
    let work = list(&input.resume, "work");
    let latest = work.first().cloned().unwrap_or(Value::Null);
    let label = match text(&basics, "label") {
        l if l.is_empty() => text(&latest, "position"),
        l => l,
    };
    let old = text(&basics, "summary");
    if !label.is_empty() && out.get("basics").is_none_or(Value::is_object) {
        let years = work_years(work, input.now).floor() as u32;
        let top: Vec<String> = fit.matched_keywords.iter().take(3).cloned().collect();
        let skills = joined(&top, w);
        let lead = match (years >= 1, top.is_empty()) {
            (true, false) => w.lead_full,
            (true, true) => w.lead_years,
            (false, false) => w.lead_skills,
            (false, true) => "{label}.",
        }
        .replace("{label}", &label)
        .replace("{years}", &years.to_string())
        .replace("{skills}", &skills);
        let mut parts = vec![lead];
        if !shorter {
            let (position, employer) = (text(&latest, "position"), text(&latest, "name"));
            if !position.is_empty() && !employer.is_empty() {
                parts.push(
                    w.latest
                        .replace("{position}", &position)
                        .replace("{employer}", &employer),
                );
            }
            let old_sentences: Vec<String> =
                sentences(&old).into_iter().map(str::to_owned).collect();
            let kept = ranked(&old_sentences, &relevance);
            parts.extend(kept.into_iter().take(2));
        }
        let summary = parts.join(" ");
        if summary != old {
            let basics = out
                .as_object_mut()
                .map(|map| map.entry("basics").or_insert_with(|| json!({})));
            if let Some(Value::Object(basics)) = basics {
                basics.insert("summary".into(), json!(summary));
                reasons.push(Reason {
                    path: "/basics/summary".into(),
                    reason: if shorter { w.shorter } else { w.summary }.to_owned(),
                });
            }
        }
    }
    TailorOutput {
        resume: out,
        reasons,
    }
}

pub struct TailorTask;

impl Task for TailorTask {
    const NAME: &'static str = "resume.tailor";
    const PROMPT_VERSION: u32 = 1;
    const FALLBACK_OFFLINE: bool = true;
    const MAX_TOKENS: u32 = 6000;
    type Input = TailorInput;
    type Output = TailorOutput;

    const TEMPLATES: Templates = crate::prompt_templates!("resume.tailor");

    fn values(input: &TailorInput) -> Vec<(&'static str, String)> {
        vec![
            ("job_title", input.job_title.clone()),
            ("job", html_to_text(&input.job)),
            (
                "instruction",
                match input.instruction.trim() {
                    "" => "(none)".to_owned(),
                    said => said.to_owned(),
                },
            ),
            ("resume", input.resume.to_string()),
        ]
    }

    fn example() -> TailorInput {
        TailorInput {
            resume: json!({
                "basics": {"name": "Ada Lovelace", "label": "Backend Engineer",
                           "summary": "Engineer who likes hard problems."},
                "work": [{
                    "name": "Analytical Engines Ltd",
                    "position": "Backend Engineer",
                    "startDate": "2019-03",
                    "highlights": ["Mentored two juniors.",
                                   "Built payment APIs in Rust and PostgreSQL serving 2M requests a day."]
                }],
                "skills": [{"name": "Backend", "keywords": ["Docker", "Rust", "PostgreSQL"]}]
            }),
            job: "Senior Backend Engineer\nWe need Rust, PostgreSQL and Kubernetes.".into(),
            job_title: "Senior Backend Engineer".into(),
            instruction: String::new(),
            now: (2026, 11),
        }
    }

    fn offline(input: &TailorInput, lang: OutputLang) -> Result<TailorOutput, TaskError> {
        if !input.resume.is_object() {
            return Err(TaskError::BadInput {
                task: Self::NAME,
                reason: "the resume is not a JSON Resume object".into(),
            });
        }
        Ok(tailor(Taxonomy::builtin(), input, lang))
    }

    fn check(output: &TailorOutput, _input: &TailorInput) -> Vec<String> {
        let mut problems = Vec::new();
        if !output.resume.is_object() {
            problems.push("\"resume\" must be a JSON Resume object".to_owned());
        }
        for (i, reason) in output.reasons.iter().enumerate() {
            if !reason.path.starts_with('/') {
                problems.push(format!("reasons[{i}].path must be a JSON pointer"));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests;
