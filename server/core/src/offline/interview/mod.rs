//! Mock interviews, offline: questions chosen from the bank by the job's role
//! family, seniority and skills (with the company and the interviewer at the
//! deeper depths), answers scored by a rubric (STAR structure, specifics and
//! numbers, relevance to the question's key points and the job's terms, length)
//! that says it is a rubric, and the overall analysis of a session.

pub mod bank;
mod tasks;
#[cfg(test)]
mod tests;

use std::collections::HashSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::requirements;
use super::taxonomy::{Taxonomy, tokens};
use super::text::html_to_text;
use crate::ai::OutputLang;
pub use crate::model::mock::{CategoryScore, Evaluation, MockQuestion, SessionAnalysis};
use bank::Entry;
pub use tasks::{AnalyzeTask, EvaluateTask, QuestionsTask};

/// How much the questions know: the job only, the company too, the
/// interviewer too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Depth {
    Job,
    Company,
    Interviewer,
}

impl Depth {
    pub fn parse(name: &str) -> Option<Depth> {
        match name {
            "job" => Some(Depth::Job),
            "company" => Some(Depth::Company),
            "interviewer" => Some(Depth::Interviewer),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Depth::Job => "job",
            Depth::Company => "company",
            Depth::Interviewer => "interviewer",
        }
    }
}

/// The kind of interview to practise: a mix, mostly behavioural, mostly
/// technical, or a phone screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Focus {
    #[default]
    Mixed,
    Behavioral,
    Technical,
    /// A phone screen: background, motivation, practicalities.
    Screening,
}

impl Focus {
    pub fn parse(name: &str) -> Option<Focus> {
        match name {
            "" | "mixed" => Some(Focus::Mixed),
            "behavioral" => Some(Focus::Behavioral),
            "technical" => Some(Focus::Technical),
            "screening" => Some(Focus::Screening),
            _ => None,
        }
    }
}

/// What `interview.questions` is asked.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionsInput {
    /// The job's text or HTML.
    pub job: String,
    #[serde(default)]
    pub job_title: String,
    #[serde(default)]
    pub company: String,
    pub depth: Depth,
    #[serde(default)]
    pub interviewer_name: String,
    #[serde(default)]
    pub interviewer_role: String,
    /// How many questions, 1 to 15.
    pub count: u32,
    #[serde(default)]
    pub focus: Focus,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Questions {
    pub questions: Vec<MockQuestion>,
}

/// A stable number from a text, to vary the picks from job to job while the
/// same job always gets the same questions.
fn seed(text: &str) -> usize {
    text.bytes().fold(2_166_136_261_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(16_777_619)
    }) as usize
}

/// The role family of a job, from its title first, then its text.
pub fn family(title: &str, text: &str) -> &'static str {
    let find = |haystack: &str| {
        let lower = haystack.to_lowercase();
        bank::FAMILIES
            .iter()
            .find(|(_, marks)| marks.iter().any(|m| lower.contains(m)))
            .map(|(name, _)| *name)
    };
    find(title).or_else(|| find(text)).unwrap_or("general")
}

fn senior(title: &str, text: &str) -> bool {
    let lower = format!("{title}\n{text}").to_lowercase();
    [
        "senior",
        "lead",
        "principal",
        "staff",
        "head of",
        "manager",
        "أول",
        "قائد",
        "رئيس",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

fn pick(entry: &Entry, category: &str, lang: OutputLang, fill: &[(&str, &str)]) -> MockQuestion {
    let mut text = match lang {
        OutputLang::En => entry.en,
        OutputLang::Ar => entry.ar,
    }
    .to_owned();
    for (key, value) in fill {
        text = text.replace(key, value);
    }
    MockQuestion {
        category: category.to_owned(),
        text,
        key_points: entry.points.iter().map(|p| (*p).to_owned()).collect(),
    }
}

/// The questions of a session: an opener, then technical (the job's skills),
/// behavioural (senior ones first for senior roles) and role questions in
/// turn, with one about the company and one shaped by the interviewer at the
/// deeper depths.
pub fn questions(taxonomy: &Taxonomy, input: &QuestionsInput, lang: OutputLang) -> Questions {
    let text = html_to_text(&input.job);
    let s = seed(&format!("{}\n{text}", input.job_title));
    let count = input.count.clamp(1, 15) as usize;
    let skills = requirements(taxonomy, &text).skills;
    let family = family(&input.job_title, &text);
    let role = bank::ROLE
        .iter()
        .find(|(name, _)| *name == family)
        .or_else(|| bank::ROLE.last())
        .map_or(&[][..], |(_, list)| *list);
    // Each list starts at a place of the job's own, so jobs differ while a job
    // always gets the same; senior roles hear the leadership stories first.
    let rotated = |list: &'static [Entry], by: usize| -> Vec<&'static Entry> {
        let n = list.len().max(1);
        (0..list.len()).map(|i| &list[(i + by) % n]).collect()
    };
    let split = bank::BEHAVIORAL.len() - bank::SENIOR_BEHAVIORAL;
    let behavioral: Vec<&Entry> = if senior(&input.job_title, &text) {
        let mut lead = rotated(&bank::BEHAVIORAL[split..], s / 7);
        lead.extend(rotated(&bank::BEHAVIORAL[..split], s / 7));
        lead
    } else {
        rotated(bank::BEHAVIORAL, s / 7)
    };
    let company = if input.company.trim().is_empty() {
        match lang {
            OutputLang::En => "the company",
            OutputLang::Ar => "الشركة",
        }
    } else {
        input.company.trim()
    };
    let mut out = vec![pick(
        &bank::OPENERS[s % bank::OPENERS.len()],
        "opener",
        lang,
        &[],
    )];
    if input.depth != Depth::Job {
        out.push(pick(
            &bank::COMPANY[s % bank::COMPANY.len()],
            "company",
            lang,
            &[("{company}", company)],
        ));
    }
    if input.depth == Depth::Interviewer && !input.interviewer_name.trim().is_empty() {
        let role_name = match input.interviewer_role.trim() {
            "" => match lang {
                OutputLang::En => "interviewer",
                OutputLang::Ar => "المقابِل",
            },
            r => r,
        };
        out.push(pick(
            &bank::INTERVIEWER[s % bank::INTERVIEWER.len()],
            "interviewer",
            lang,
            &[
                ("{name}", input.interviewer_name.trim()),
                ("{role}", role_name),
            ],
        ));
    }
    let (mut t, mut b, mut r) = (0usize, 0usize, 0usize);
    // Technical, behavioural and role questions in turn, as the focus wants.
    let pattern: &[char] = match input.focus {
        Focus::Mixed => &['t', 'b', 'r'],
        Focus::Behavioral => &['b', 'b', 'r'],
        Focus::Technical => &['t', 't', 'r'],
        Focus::Screening => &['o', 'o', 'b'],
    };
    let mut o = 1usize;
    let mut turn = 0usize;
    let mut seen: HashSet<String> = out.iter().map(|q| q.text.clone()).collect();
    let mut guard = 0;
    while out.len() < count && guard < 200 {
        guard += 1;
        // The kind this turn asks for, else whatever kind has questions left.
        let wanted = pattern[turn % pattern.len()];
        let next = [wanted, 't', 'b', 'r']
            .into_iter()
            .find_map(|kind| match kind {
                't' if t < skills.len() => {
                    let skill = &skills[t];
                    let template = &bank::PER_SKILL[(s + t) % bank::PER_SKILL.len()];
                    t += 1;
                    let mut question = pick(template, "technical", lang, &[("{skill}", skill)]);
                    question.key_points.push(skill.clone());
                    Some(question)
                }
                'b' if b < behavioral.len() => {
                    let entry = behavioral[b];
                    b += 1;
                    Some(pick(entry, "behavioral", lang, &[]))
                }
                'r' if r < role.len() => {
                    let entry = &role[(s / 13 + r) % role.len()];
                    r += 1;
                    Some(pick(entry, "role", lang, &[]))
                }
                'o' if o < bank::OPENERS.len() => {
                    let entry = &bank::OPENERS[(s + o) % bank::OPENERS.len()];
                    o += 1;
                    Some(pick(entry, "opener", lang, &[]))
                }
                _ => None,
            });
        turn += 1;
        if let Some(question) = next
            && seen.insert(question.text.clone())
        {
            out.push(question);
        }
    }
    out.truncate(count);
    Questions { questions: out }
}

/// What `interview.evaluate` is asked: one question and its answer.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvaluateInput {
    pub question: MockQuestion,
    pub answer: String,
    /// The job's text, for its terms.
    #[serde(default)]
    pub job: String,
}

struct Words {
    situation: &'static [&'static str],
    action: &'static [&'static str],
    result: &'static [&'static str],
    empty: &'static str,
    star_full: &'static str,
    no_situation: &'static str,
    no_action: &'static str,
    no_result: &'static str,
    numbers: &'static str,
    no_numbers: &'static str,
    relevant: &'static str,
    off_topic: &'static str,
    short: &'static str,
    long: &'static str,
    good_length: &'static str,
}

const EN: Words = Words {
    situation: &[
        "when ",
        "at my",
        "in my",
        "last year",
        "our team",
        "the project",
        "we had",
        "there was",
        "i was",
        "at the time",
    ],
    action: &[
        " i built",
        " i led",
        " i decided",
        " i created",
        " i organised",
        " i organized",
        " i wrote",
        " i designed",
        " i fixed",
        " i changed",
        " i talked",
        " i proposed",
        " i set up",
        " i introduced",
        " i analysed",
        " i analyzed",
        " i negotiated",
        " i trained",
        " i mentored",
        " i implemented",
        " i asked",
        " i started",
        " i worked",
        " i made",
        " i checked",
        " i moved",
    ],
    result: &[
        "result",
        "so that",
        "which meant",
        "in the end",
        "outcome",
        "reduced",
        "increased",
        "saved",
        "improved",
        "grew",
        "cut ",
        "we shipped",
        "on time",
        "learned",
        "learnt",
    ],
    empty: "There is no answer to score.",
    star_full: "The answer tells the situation, what you did and the result (STAR).",
    no_situation: "Start with the situation: where you were and what the problem was.",
    no_action: "Say what you did yourself: \"I…\" with the actions you took.",
    no_result: "End with the result, in numbers if you can, and what you learned.",
    numbers: "Specific facts and numbers make it believable.",
    no_numbers: "Add specifics: numbers, names of tools, sizes, dates.",
    relevant: "It answers the question's main points.",
    off_topic: "Answer the question asked: it is about {points}.",
    short: "Too short to show much: aim for one to two minutes (about 100–300 words).",
    long: "Long: keep to one to two minutes (about 100–300 words).",
    good_length: "A good length for a spoken answer.",
};

const AR: Words = Words {
    situation: &[
        "عندما",
        "في عملي",
        "في وظيفتي",
        "كان لدينا",
        "في المشروع",
        "العام الماضي",
        "فريقنا",
        "كنت ",
    ],
    action: &[
        "قمت",
        "بنيت",
        "قدت",
        "قررت",
        "صممت",
        "كتبت",
        "أصلحت",
        "اقترحت",
        "نظمت",
        "حللت",
        "دربت",
        "طبقت",
        "بدأت",
        "عملت",
    ],
    result: &[
        "النتيجة",
        "نتيجة لذلك",
        "مما أدى",
        "خفض",
        "زيادة",
        "وفّر",
        "وفر",
        "حسّن",
        "تحسن",
        "في النهاية",
        "تعلمت",
    ],
    empty: "لا توجد إجابة لتقييمها.",
    star_full: "تروي الإجابة الموقف وما فعلته والنتيجة (STAR).",
    no_situation: "ابدأ بالموقف: أين كنت وما المشكلة.",
    no_action: "قل ما فعلته أنت: «قمت…» مع الخطوات التي اتخذتها.",
    no_result: "اختم بالنتيجة، بالأرقام إن أمكن، وبما تعلمته.",
    numbers: "الحقائق والأرقام المحددة تجعل الإجابة مقنعة.",
    no_numbers: "أضف تفاصيل محددة: أرقامًا وأسماء أدوات وأحجامًا وتواريخ.",
    relevant: "تجيب عن النقاط الرئيسية في السؤال.",
    off_topic: "أجب عن السؤال المطروح: إنه عن {points}.",
    short: "قصيرة جدًا: استهدف دقيقة إلى دقيقتين (نحو 100–300 كلمة).",
    long: "طويلة: التزم بدقيقة إلى دقيقتين (نحو 100–300 كلمة).",
    good_length: "طول مناسب لإجابة شفهية.",
};

fn words_of(lang: OutputLang) -> &'static Words {
    match lang {
        OutputLang::En => &EN,
        OutputLang::Ar => &AR,
    }
}

/// Whether `answer` (lower-cased) covers a key point: a word of the answer
/// shares its first five letters (so "prioritise" meets "prioritised").
fn covers(answer_words: &[&str], point: &str) -> bool {
    let point = point.to_lowercase();
    let parts: Vec<&str> = tokens(&point);
    !parts.is_empty()
        && parts.iter().all(|p| {
            let stem: String = p.chars().take(5).collect();
            answer_words.iter().any(|w| w.starts_with(&stem))
        })
}

/// Scores an answer by the rubric: STAR structure (4), specifics and numbers
/// (2), relevance to the key points and the job (2), length (2).
pub fn evaluate(taxonomy: &Taxonomy, input: &EvaluateInput, lang: OutputLang) -> Evaluation {
    let w = words_of(lang);
    let answer = input.answer.trim();
    let word_count = answer.split_whitespace().count();
    if word_count == 0 {
        return Evaluation {
            score: 0,
            strengths: Vec::new(),
            improvements: vec![w.empty.to_owned()],
            missed: input.question.key_points.clone(),
            rubric: true,
        };
    }
    let lower = format!(" {}", answer.to_lowercase());
    let has = |list: &[&str]| list.iter().any(|m| lower.contains(m));
    let (mut strengths, mut improvements) = (Vec::new(), Vec::new());
    let mut points = 0.0_f32;

    // STAR: asked of stories (not of technical explanations, which get the
    // weight on specifics and relevance instead).
    let story = matches!(
        input.question.category.as_str(),
        "behavioral" | "role" | "opener" | "company" | "interviewer"
    );
    let (situation, action, result) = (
        has(w.situation),
        has(w.action) || lower.contains(" i "),
        has(w.result),
    );
    let star = f32::from(u8::from(situation))
        + 1.5 * f32::from(u8::from(action))
        + 1.5 * f32::from(u8::from(result));
    if story {
        points += star;
        if situation && action && result {
            strengths.push(w.star_full.to_owned());
        } else {
            if !situation {
                improvements.push(w.no_situation.to_owned());
            }
            if !action {
                improvements.push(w.no_action.to_owned());
            }
            if !result {
                improvements.push(w.no_result.to_owned());
            }
        }
    }

    // Specifics: numbers and named skills.
    let numbers = answer
        .chars()
        .any(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c));
    let named = taxonomy.find(answer).len();
    let specifics =
        f32::from(u8::from(numbers)) + if named >= 2 { 1.0 } else { 0.5 * named as f32 };
    points += if story { specifics } else { specifics * 2.0 };
    if numbers || named >= 2 {
        strengths.push(w.numbers.to_owned());
    } else {
        improvements.push(w.no_numbers.to_owned());
    }

    // Relevance: the question's key points, and the job's skills.
    let answer_words: Vec<&str> = tokens(&lower);
    let missed: Vec<String> = input
        .question
        .key_points
        .iter()
        .filter(|p| !covers(&answer_words, p))
        .cloned()
        .collect();
    let total = input.question.key_points.len().max(1);
    // The key points are English words: an answer in Arabic is not judged on
    // them (it counts as half covered) until the bank has Arabic ones.
    let english = crate::tracker::detect_language(answer) == "en";
    let covered = if english {
        (total - missed.len().min(total)) as f32 / total as f32
    } else {
        0.5
    };
    let missed = if english { missed } else { Vec::new() };
    let job_skills: HashSet<usize> = taxonomy
        .find(&html_to_text(&input.job))
        .into_iter()
        .map(|f| f.skill)
        .collect();
    let job_terms = taxonomy
        .find(answer)
        .iter()
        .any(|f| job_skills.contains(&f.skill));
    let relevance = covered * 1.5 + if job_terms { 0.5 } else { 0.0 };
    points += if story { relevance } else { relevance * 2.0 };
    if covered >= 0.5 {
        strengths.push(w.relevant.to_owned());
    }

    // Length, for an answer said aloud in one to two minutes.
    let length = match word_count {
        0..30 => {
            improvements.push(w.short.to_owned());
            0.0
        }
        30..60 => {
            improvements.push(w.short.to_owned());
            1.0
        }
        60..=350 => {
            strengths.push(w.good_length.to_owned());
            2.0
        }
        _ => {
            improvements.push(w.long.to_owned());
            1.0
        }
    };
    points += length;
    // A well-told story that answers another question is still off the mark.
    let mut score = points.round().clamp(0.0, 10.0) as u8;
    if covered == 0.0 && !input.question.key_points.is_empty() {
        score = score.min(6);
        improvements.insert(
            0,
            w.off_topic
                .replace("{points}", &input.question.key_points.join(", ")),
        );
    }
    Evaluation {
        score,
        strengths,
        improvements,
        missed,
        rubric: true,
    }
}

/// One answered (or skipped) question, for the analysis.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Answered {
    pub category: String,
    pub question: String,
    /// 0 to 10; a skipped question counts 0.
    pub score: u8,
    pub skipped: bool,
    #[serde(default)]
    pub improvements: Vec<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnalyzeInput {
    pub answers: Vec<Answered>,
}

fn tenth(x: f32) -> f32 {
    (x * 10.0).round() / 10.0
}

/// The overall analysis: averages, strongest and weakest, what to practise.
pub fn analyze(input: &AnalyzeInput, lang: OutputLang) -> SessionAnalysis {
    let answers = &input.answers;
    let n = answers.len().max(1) as f32;
    let average = tenth(answers.iter().map(|a| f32::from(a.score)).sum::<f32>() / n);
    let mut categories: Vec<&str> = Vec::new();
    for a in answers {
        if !categories.contains(&a.category.as_str()) {
            categories.push(&a.category);
        }
    }
    let by_category: Vec<CategoryScore> = categories
        .iter()
        .map(|c| {
            let scores: Vec<f32> = answers
                .iter()
                .filter(|a| a.category == *c)
                .map(|a| f32::from(a.score))
                .collect();
            CategoryScore {
                category: (*c).to_owned(),
                score: tenth(scores.iter().sum::<f32>() / scores.len().max(1) as f32),
            }
        })
        .collect();
    let answered: Vec<&Answered> = answers.iter().filter(|a| !a.skipped).collect();
    let strongest = answered
        .iter()
        .max_by_key(|a| a.score)
        .map(|a| a.question.clone());
    let weakest = answers
        .iter()
        .min_by_key(|a| a.score)
        .map(|a| a.question.clone());
    // The advice given most often, most frequent first.
    let mut advice: Vec<(String, usize)> = Vec::new();
    for tip in answers.iter().flat_map(|a| &a.improvements) {
        match advice.iter_mut().find(|(t, _)| t == tip) {
            Some((_, n)) => *n += 1,
            None => advice.push((tip.clone(), 1)),
        }
    }
    advice.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    let mut practise: Vec<String> = advice.into_iter().take(3).map(|(t, _)| t).collect();
    let skipped = answers.iter().filter(|a| a.skipped).count();
    if skipped > 0 {
        practise.push(match lang {
            OutputLang::En => {
                format!("{skipped} question(s) skipped: practise answering them out loud.")
            }
            OutputLang::Ar => format!("تخطيت {skipped} سؤالًا: تدرّب على الإجابة عنها بصوت عالٍ."),
        });
    }
    let summary = match lang {
        OutputLang::En => format!(
            "Average {average} out of 10 over {} questions (scored by the rubric, not a language model).",
            answers.len()
        ),
        OutputLang::Ar => format!(
            "المتوسط {average} من 10 في {} أسئلة (قيّمها المعيار، لا نموذج لغوي).",
            answers.len()
        ),
    };
    SessionAnalysis {
        average,
        by_category,
        strongest,
        weakest,
        practise,
        summary,
        rubric: true,
    }
}
