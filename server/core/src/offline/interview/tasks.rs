//! `interview.questions`, `interview.evaluate` and `interview.analyze` as AI
//! tasks: a model may ask and judge more finely; the offline bank and rubric
//! answer without one (and when its answer does not hold up), and say so.

use super::{
    AnalyzeInput, Answered, Depth, EvaluateInput, Evaluation, MockQuestion, Questions,
    QuestionsInput, SessionAnalysis, analyze, evaluate, questions,
};
use crate::ai::prompts::Templates;
use crate::ai::{OutputLang, Task, TaskError};
use crate::offline::Taxonomy;
use crate::offline::text::html_to_text;

pub struct QuestionsTask;

impl Task for QuestionsTask {
    const NAME: &'static str = "interview.questions";
    const PROMPT_VERSION: u32 = 2;
    const FALLBACK_OFFLINE: bool = true;
    type Input = QuestionsInput;
    type Output = Questions;

    const TEMPLATES: Templates = crate::prompt_templates!("interview.questions");

    fn values(input: &QuestionsInput) -> Vec<(&'static str, String)> {
        let depth = match input.depth {
            Depth::Job => "the job only".to_owned(),
            Depth::Company => format!("the job and the company {}", input.company),
            Depth::Interviewer => format!(
                "the job, the company {} and the interviewer {} ({})",
                input.company, input.interviewer_name, input.interviewer_role
            ),
        };
        let focus = match input.focus {
            super::Focus::Mixed => "a mix of behavioural, technical and role questions",
            super::Focus::Behavioral => "mostly behavioural questions",
            super::Focus::Technical => "mostly technical questions",
            super::Focus::Screening => "a phone screen: background, motivation and practicalities",
        };
        vec![
            ("focus", focus.to_owned()),
            ("count", input.count.clamp(1, 15).to_string()),
            ("depth", depth),
            ("job_title", input.job_title.clone()),
            ("job", html_to_text(&input.job)),
        ]
    }

    fn example() -> QuestionsInput {
        QuestionsInput {
            job: "Senior Backend Engineer at Ledgerly. Rust, PostgreSQL and Kubernetes; you will mentor two engineers.".into(),
            job_title: "Senior Backend Engineer".into(),
            company: "Ledgerly".into(),
            depth: Depth::Interviewer,
            interviewer_name: "Grace Hopper".into(),
            interviewer_role: "Engineering Manager".into(),
            count: 5,
            focus: super::Focus::Mixed,
        }
    }

    fn offline(input: &QuestionsInput, lang: OutputLang) -> Result<Questions, TaskError> {
        Ok(questions(Taxonomy::builtin(), input, lang))
    }

    fn check(output: &Questions, input: &QuestionsInput) -> Vec<String> {
        let mut problems = Vec::new();
        if output.questions.len() != input.count.clamp(1, 15) as usize {
            problems.push(format!(
                "asked for {} questions, got {}",
                input.count,
                output.questions.len()
            ));
        }
        if output.questions.iter().any(|q| q.text.trim().is_empty()) {
            problems.push("a question is empty".into());
        }
        problems
    }
}

pub struct EvaluateTask;

impl Task for EvaluateTask {
    const NAME: &'static str = "interview.evaluate";
    const PROMPT_VERSION: u32 = 1;
    const FALLBACK_OFFLINE: bool = true;
    type Input = EvaluateInput;
    type Output = Evaluation;

    const TEMPLATES: Templates = crate::prompt_templates!("interview.evaluate");

    fn values(input: &EvaluateInput) -> Vec<(&'static str, String)> {
        vec![
            ("question", input.question.text.clone()),
            ("key_points", input.question.key_points.join(", ")),
            ("answer", input.answer.clone()),
            ("job", html_to_text(&input.job)),
        ]
    }

    fn example() -> EvaluateInput {
        EvaluateInput {
            question: MockQuestion {
                category: "behavioral".into(),
                text: "Tell me about a time you had to meet a tight deadline.".into(),
                key_points: vec!["prioritise".into(), "plan".into(), "deadline".into(), "result".into()],
            },
            answer: "When our payment launch moved up by two weeks, I split the work into must-haves and nice-to-haves, agreed the cut with the product lead and paired with a colleague on the riskiest part. As a result we shipped on time with zero incidents.".into(),
            job: "Backend Engineer".into(),
        }
    }

    fn offline(input: &EvaluateInput, lang: OutputLang) -> Result<Evaluation, TaskError> {
        Ok(evaluate(Taxonomy::builtin(), input, lang))
    }

    fn check(output: &Evaluation, _input: &EvaluateInput) -> Vec<String> {
        if output.score > 10 {
            vec![format!("score {} is above 10", output.score)]
        } else {
            Vec::new()
        }
    }
}

pub struct AnalyzeTask;

impl Task for AnalyzeTask {
    const NAME: &'static str = "interview.analyze";
    const PROMPT_VERSION: u32 = 1;
    const FALLBACK_OFFLINE: bool = true;
    type Input = AnalyzeInput;
    type Output = SessionAnalysis;

    const TEMPLATES: Templates = crate::prompt_templates!("interview.analyze");

    fn values(input: &AnalyzeInput) -> Vec<(&'static str, String)> {
        let lines: Vec<String> = input
            .answers
            .iter()
            .map(|a| {
                format!(
                    "[{}] {} — score {}/10{}",
                    a.category,
                    a.question,
                    a.score,
                    if a.skipped { " (skipped)" } else { "" }
                )
            })
            .collect();
        vec![("answers", lines.join("\n"))]
    }

    fn example() -> AnalyzeInput {
        AnalyzeInput {
            answers: vec![
                Answered {
                    category: "behavioral".into(),
                    question: "Tell me about a time you had to meet a tight deadline.".into(),
                    score: 8,
                    skipped: false,
                    improvements: vec![],
                },
                Answered {
                    category: "technical".into(),
                    question: "How would you explain Rust to a new colleague?".into(),
                    score: 4,
                    skipped: false,
                    improvements: vec![
                        "Add specifics: numbers, names of tools, sizes, dates.".into(),
                    ],
                },
            ],
        }
    }

    fn offline(input: &AnalyzeInput, lang: OutputLang) -> Result<SessionAnalysis, TaskError> {
        Ok(analyze(input, lang))
    }

    fn check(output: &SessionAnalysis, _input: &AnalyzeInput) -> Vec<String> {
        if (0.0..=10.0).contains(&output.average) {
            Vec::new()
        } else {
            vec![format!(
                "average {} is not between 0 and 10",
                output.average
            )]
        }
    }
}
