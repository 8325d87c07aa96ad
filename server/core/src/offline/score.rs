//! `match.score` offline: how well a resume (JSON Resume) fits a job (its text),
//! 0–100, with a breakdown, the matched and missing keywords and an explanation.
//!
//! Skills are found through the taxonomy, so "JS" meets "JavaScript". A skill
//! counts fully when the resume shows it in work (positions, summaries,
//! highlights, projects) and 60 % when it is only listed; repeating it adds
//! nothing, so keyword stuffing does not win. Skills under "nice to have" weigh
//! half. Components that the job does not ask about (no degree named, say) drop
//! out and the others share their weight.

use std::collections::HashSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::taxonomy::{SkillId, SkillKind, Taxonomy, tokens};
use super::text::{html_to_text, is_ongoing, is_stop_word, keywords, parse_month};

/// One part of the score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Component {
    /// 0–100.
    pub score: u8,
    /// Its share of the total (0–1); 0 when the job does not ask about it.
    pub weight: f32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Breakdown {
    pub hard_skills: Component,
    pub soft_skills: Component,
    pub title: Component,
    pub seniority: Component,
    pub education: Component,
    pub keywords: Component,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MatchScore {
    /// 0–100.
    pub score: u8,
    pub breakdown: Breakdown,
    pub matched_keywords: Vec<String>,
    pub missing_keywords: Vec<String>,
    pub explanation: String,
}

/// What the scorer reads of a resume.
struct ResumeFacts {
    /// Work, projects and volunteering: where a skill is shown, not just listed.
    shown: String,
    /// Everything, listed skills and summary included.
    all: String,
    titles: Vec<String>,
    years: f32,
    degree: u8,
    /// Words of the education entries (fields of study).
    education_words: HashSet<String>,
}

fn strings(value: &Value, out: &mut String) {
    match value {
        Value::String(s) => {
            out.push_str(s);
            out.push('\n');
        }
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

fn month_index((year, month): (i32, u32)) -> i32 {
    year * 12 + i32::try_from(month).unwrap_or(1) - 1
}

/// Years of work, overlapping jobs counted once.
pub(crate) fn work_years(work: &[Value], now: (i32, u32)) -> f32 {
    let mut spans: Vec<(i32, i32)> = work
        .iter()
        .filter_map(|w| {
            let start = parse_month(w.get("startDate")?.as_str()?)?;
            let end = w
                .get("endDate")
                .and_then(Value::as_str)
                .filter(|e| !is_ongoing(e))
                .and_then(parse_month)
                .unwrap_or(now);
            let (a, b) = (month_index(start), month_index(end));
            (b >= a).then_some((a, b + 1))
        })
        .collect();
    spans.sort_unstable();
    let mut months = 0;
    let mut current: Option<(i32, i32)> = None;
    for (a, b) in spans {
        current = match current {
            Some((ca, cb)) if a <= cb => Some((ca, cb.max(b))),
            Some((ca, cb)) => {
                months += cb - ca;
                Some((a, b))
            }
            None => Some((a, b)),
        };
    }
    if let Some((a, b)) = current {
        months += b - a;
    }
    months as f32 / 12.0
}

/// 4 doctorate, 3 master's, 2 bachelor's, 1 diploma or associate, 0 none named.
pub(crate) fn degree_level(text: &str) -> u8 {
    let t = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    if has(&["phd", "ph.d", "doctorate", "doctor of", "دكتوراه"]) {
        4
    } else if has(&["master", "msc", "m.sc", "mba", "m.s.", "ماجستير"]) {
        3
    } else if has(&[
        "bachelor",
        "bsc",
        "b.sc",
        "b.s.",
        "b.a.",
        "undergraduate degree",
        "بكالوريوس",
    ]) {
        2
    } else if has(&["diploma", "associate degree", "دبلوم"]) {
        1
    } else {
        0
    }
}

fn resume_facts(resume: &Value, now: (i32, u32)) -> ResumeFacts {
    let mut shown = String::new();
    let empty = Vec::new();
    let work = resume
        .get("work")
        .and_then(Value::as_array)
        .unwrap_or(&empty);
    for section in ["work", "projects", "volunteer"] {
        if let Some(entries) = resume.get(section).and_then(Value::as_array) {
            for entry in entries {
                for field in [
                    "position",
                    "name",
                    "summary",
                    "description",
                    "highlights",
                    "keywords",
                ] {
                    if let Some(v) = entry.get(field) {
                        strings(v, &mut shown);
                    }
                }
            }
        }
    }
    let mut all = String::new();
    strings(resume, &mut all);
    let mut titles: Vec<String> = work
        .iter()
        .filter_map(|w| w.get("position").and_then(Value::as_str).map(str::to_owned))
        .collect();
    if let Some(label) = resume.pointer("/basics/label").and_then(Value::as_str) {
        titles.push(label.to_owned());
    }
    let mut education = String::new();
    if let Some(e) = resume.get("education") {
        strings(e, &mut education);
    }
    ResumeFacts {
        shown,
        all,
        titles,
        years: work_years(work, now),
        degree: degree_level(&education),
        education_words: tokens(&education)
            .into_iter()
            .map(str::to_lowercase)
            .collect(),
    }
}

/// The job text split into what is required and what is only nice to have.
struct JobFacts {
    text: String,
    title: String,
    preferred: String,
    required_years: Option<f32>,
    degree: u8,
    /// Content words of the lines that name a degree: the fields it may be in.
    degree_fields: HashSet<String>,
}

const DEGREE_WORDS: &[&str] = &[
    "degree",
    "bachelor",
    "bachelors",
    "master",
    "masters",
    "phd",
    "doctorate",
    "diploma",
    "science",
    "arts",
    "equivalent",
    "related",
    "field",
    "bsc",
    "msc",
    "mba",
    "preferred",
];

/// The fields a job's degree may be in ("computer science", "nursing").
fn degree_fields(text: &str) -> HashSet<String> {
    text.lines()
        .filter(|line| degree_level(line) > 0)
        .flat_map(|line| {
            tokens(line)
                .into_iter()
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .filter(|w| {
            w.chars().count() > 2 && !is_stop_word(w) && !DEGREE_WORDS.contains(&w.as_str())
        })
        .collect()
}

fn job_facts(job: &str, title: Option<&str>) -> JobFacts {
    let text = html_to_text(job);
    let mut preferred = String::new();
    let mut in_preferred = false;
    for line in text.lines() {
        let l = line.to_lowercase();
        let heading = l.trim().len() < 60;
        if heading
            && [
                "nice to have",
                "preferred",
                "bonus",
                "pluses",
                "nice-to-have",
                "يفضل",
                "ميزة إضافية",
            ]
            .iter()
            .any(|w| l.contains(w))
        {
            in_preferred = true;
        } else if heading
            && [
                "requirement",
                "qualification",
                "must have",
                "you have",
                "what you",
                "responsibilit",
                "المتطلبات",
                "المؤهلات",
            ]
            .iter()
            .any(|w| l.contains(w))
        {
            in_preferred = false;
        }
        if in_preferred {
            preferred.push_str(line);
            preferred.push('\n');
        }
    }
    let title = title
        .map(str::to_owned)
        .or_else(|| {
            text.lines()
                .map(str::trim)
                .find(|l| !l.is_empty() && l.chars().count() <= 80)
                .map(str::to_owned)
        })
        .unwrap_or_default();
    JobFacts {
        required_years: required_years(&text),
        degree: degree_level(&text),
        degree_fields: degree_fields(&text),
        text,
        title,
        preferred,
    }
}

/// "5+ years", "3-5 years", "at least 4 years"; else seniority words.
pub(crate) fn required_years(text: &str) -> Option<f32> {
    let lower = text.to_lowercase();
    let words = tokens(&lower);
    let mut best: Option<f32> = None;
    for (i, w) in words.iter().enumerate() {
        let is_years = matches!(*w, "years" | "yrs" | "year" | "سنوات" | "سنة");
        if !is_years || i == 0 {
            continue;
        }
        // The number right before ("5", "5+", "3 5" from "3-5": take the first).
        let mut number = None;
        for back in 1..=2 {
            if let Some(n) = i
                .checked_sub(back)
                .and_then(|j| words[j].trim_end_matches('+').parse::<f32>().ok())
            {
                number = Some(n);
            }
        }
        if let Some(n) = number.filter(|n| *n > 0.0 && *n <= 30.0) {
            best = Some(best.map_or(n, |b: f32| b.max(n)));
        }
    }
    best.or_else(|| {
        let has = |w: &str| words.contains(&w);
        if has("principal") || has("staff") || has("lead") || has("head") {
            Some(7.0)
        } else if has("senior") || has("sr") {
            Some(5.0)
        } else {
            // Junior, graduate and unlabelled roles ask for no particular years.
            None
        }
    })
}

const SENIORITY_WORDS: &[&str] = &[
    "senior",
    "sr",
    "junior",
    "jr",
    "lead",
    "principal",
    "staff",
    "head",
    "chief",
    "mid",
    "level",
    "intern",
    "i",
    "ii",
    "iii",
    "iv",
];

fn title_words(title: &str) -> HashSet<String> {
    tokens(title)
        .into_iter()
        .map(str::to_lowercase)
        .filter(|w| !SENIORITY_WORDS.contains(&w.as_str()) && !is_stop_word(w))
        .collect()
}

fn percent(ratio: f32) -> u8 {
    (ratio.clamp(0.0, 1.0) * 100.0).round() as u8
}

/// Scores `resume` (JSON Resume) against `job` (text or HTML). `now` is the
/// (year, month) that "present" means.
pub fn score(
    taxonomy: &Taxonomy,
    resume: &Value,
    job: &str,
    job_title: Option<&str>,
    now: (i32, u32),
) -> MatchScore {
    let facts = resume_facts(resume, now);
    let job = job_facts(job, job_title);

    // Skills the job asks for, weighted: required 1, nice to have 0.5, a little
    // more when the job repeats one.
    let preferred: HashSet<SkillId> = taxonomy
        .find(&job.preferred)
        .into_iter()
        .map(|f| f.skill)
        .collect();
    let wanted: Vec<(SkillId, f32)> = taxonomy
        .find(&job.text)
        .into_iter()
        .map(|f| {
            let base = if preferred.contains(&f.skill) {
                0.5
            } else {
                1.0
            };
            let repeats = (f.at.len() as f32 - 1.0).clamp(0.0, 2.0) * 0.25;
            (f.skill, base * (1.0 + repeats))
        })
        .collect();
    let shown: HashSet<SkillId> = taxonomy
        .find(&facts.shown)
        .into_iter()
        .map(|f| f.skill)
        .collect();
    let listed: HashSet<SkillId> = taxonomy
        .find(&facts.all)
        .into_iter()
        .map(|f| f.skill)
        .collect();
    let evidence = |id: SkillId| {
        if shown.contains(&id) {
            1.0
        } else if listed.contains(&id) {
            0.6
        } else {
            0.0
        }
    };
    let coverage = |kind: SkillKind| -> Option<f32> {
        let (mut got, mut total) = (0.0, 0.0);
        for (id, weight) in &wanted {
            if taxonomy.skill(*id).kind == kind {
                got += weight * evidence(*id);
                total += weight;
            }
        }
        (total > 0.0).then(|| got / total)
    };
    let hard = coverage(SkillKind::Hard);
    let soft = coverage(SkillKind::Soft);

    let job_title_words = title_words(&job.title);
    let title = (!job_title_words.is_empty()).then(|| {
        facts
            .titles
            .iter()
            .map(|t| {
                let words = title_words(t);
                job_title_words.intersection(&words).count() as f32 / job_title_words.len() as f32
            })
            .fold(0.0, f32::max)
    });
    let seniority = job.required_years.map(|need| (facts.years / need).min(1.0));
    let education = (job.degree > 0).then(|| {
        let level = match facts.degree {
            d if d >= job.degree => 1.0,
            d if d + 1 == job.degree => 0.5,
            _ => 0.0,
        };
        // When the job names fields, a degree in one of them counts for 40 %.
        if job.degree_fields.is_empty() {
            level
        } else {
            let in_field = job
                .degree_fields
                .iter()
                .any(|w| facts.education_words.contains(w));
            level * 0.6 + if in_field { 0.4 } else { 0.0 }
        }
    });

    // Content words of the job that are not skill names.
    let skill_words: HashSet<String> = wanted
        .iter()
        .flat_map(|(id, _)| {
            tokens(&taxonomy.skill(*id).name.to_lowercase())
                .into_iter()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    let resume_words: HashSet<String> = tokens(&facts.all)
        .into_iter()
        .map(str::to_lowercase)
        .collect();
    let job_keywords: Vec<String> = keywords(&job.text, 40)
        .into_iter()
        .filter(|(w, n)| *n >= 2 && !skill_words.contains(w) && !job_title_words.contains(w))
        .map(|(w, _)| w)
        .take(12)
        .collect();
    let keyword_score = (!job_keywords.is_empty()).then(|| {
        job_keywords
            .iter()
            .filter(|w| resume_words.contains(*w))
            .count() as f32
            / job_keywords.len() as f32
    });

    let parts: [(Option<f32>, f32); 6] = [
        (hard, 0.40),
        (soft, 0.10),
        (title, 0.15),
        (seniority, 0.15),
        (education, 0.05),
        (keyword_score, 0.15),
    ];
    let total_weight: f32 = parts
        .iter()
        .filter(|(v, _)| v.is_some())
        .map(|(_, w)| w)
        .sum();
    let component = |(value, weight): (Option<f32>, f32)| Component {
        score: percent(value.unwrap_or(0.0)),
        weight: if value.is_some() && total_weight > 0.0 {
            (weight / total_weight * 1000.0).round() / 1000.0
        } else {
            0.0
        },
    };
    let overall = if total_weight > 0.0 {
        parts
            .iter()
            .filter_map(|(v, w)| v.map(|v| v * w))
            .sum::<f32>()
            / total_weight
    } else {
        0.0
    };

    let mut matched = Vec::new();
    let mut missing = Vec::new();
    let mut seen_names = HashSet::new();
    for (id, weight) in &wanted {
        let name = taxonomy.skill(*id).name.clone();
        if !seen_names.insert(name.clone()) {
            continue;
        }
        if evidence(*id) > 0.0 {
            matched.push(name);
        } else if *weight >= 0.5 {
            missing.push(name);
        }
    }
    for word in &job_keywords {
        if resume_words.contains(word) {
            matched.push(word.clone());
        } else {
            missing.push(word.clone());
        }
    }

    let breakdown = Breakdown {
        hard_skills: component(parts[0]),
        soft_skills: component(parts[1]),
        title: component(parts[2]),
        seniority: component(parts[3]),
        education: component(parts[4]),
        keywords: component(parts[5]),
    };
    let explanation = explain(
        &breakdown, &wanted, taxonomy, &shown, &listed, &missing, &job, &facts,
    );
    MatchScore {
        score: percent(overall),
        breakdown,
        matched_keywords: matched,
        missing_keywords: missing,
        explanation,
    }
}

#[allow(clippy::too_many_arguments)]
fn explain(
    breakdown: &Breakdown,
    wanted: &[(SkillId, f32)],
    taxonomy: &Taxonomy,
    shown: &HashSet<SkillId>,
    listed: &HashSet<SkillId>,
    missing: &[String],
    job: &JobFacts,
    facts: &ResumeFacts,
) -> String {
    let hard: Vec<SkillId> = wanted
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| taxonomy.skill(*id).kind == SkillKind::Hard)
        .collect();
    let mut sentences = Vec::new();
    if hard.is_empty() {
        sentences.push("The job names no specific skills we know.".to_owned());
    } else {
        let in_work = hard.iter().filter(|id| shown.contains(id)).count();
        let only_listed = hard
            .iter()
            .filter(|id| !shown.contains(id) && listed.contains(id))
            .count();
        sentences.push(format!(
            "{in_work} of the {} skills the job names show in your work{}.",
            hard.len(),
            if only_listed > 0 {
                format!(", {only_listed} more are only listed")
            } else {
                String::new()
            }
        ));
    }
    if !missing.is_empty() {
        let few: Vec<&str> = missing.iter().take(5).map(String::as_str).collect();
        sentences.push(format!("Missing: {}.", few.join(", ")));
    }
    if let Some(need) = job.required_years {
        sentences.push(format!(
            "The job asks for about {need:.0} years; your resume shows {:.1}.",
            facts.years
        ));
    }
    if breakdown.title.weight > 0.0 && breakdown.title.score < 50 {
        sentences.push(format!("Your titles differ from \"{}\".", job.title));
    }
    sentences.join(" ")
}

#[cfg(test)]
mod tests;
