//! Mock interviews: a session for one of the user's jobs at a depth (the job;
//! the company too; the interviewer too) with the number of questions the user
//! chose (`interview.questions`), asked one at a time; each answer is timed by
//! the server's clock and scored (`interview.evaluate`); skipping and ending
//! early are allowed; at the end `interview.analyze` sums the session up. Each
//! runs on the user's model if they saved one, else offline, and says which.

#[cfg(test)]
mod tests;

use thiserror::Error;

use crate::AppState;
use crate::ai::{AiRunner, OutputLang, TaskError};
use crate::db::mock::{MockQuestionRow, MockSessionRow};
use crate::db::{Store, StoreError};
use crate::model::Problem;
use crate::model::mock::{MockQuestion, MockStep, MockSummary, MockView, SessionAnalysis};
use crate::offline::interview::{
    AnalyzeInput, AnalyzeTask, Answered, Depth, EvaluateInput, EvaluateTask, Focus, QuestionsInput,
    QuestionsTask,
};

pub const MAX_QUESTIONS: u32 = 15;
pub const MAX_ANSWER: usize = 10_000;

#[derive(Debug, Error)]
pub enum MockError {
    #[error("{field}: {problem}")]
    Invalid {
        field: &'static str,
        problem: Problem,
    },
    #[error("not found")]
    NotFound,
    /// The question is not the one waiting for an answer (answered already,
    /// or the session is over).
    #[error("this question has been answered already")]
    NotCurrent,
    #[error(transparent)]
    Task(#[from] TaskError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn invalid(field: &'static str, problem: Problem) -> MockError {
    MockError::Invalid { field, problem }
}

/// What a session is started with.
#[derive(Clone, Debug)]
pub struct StartMock {
    pub job_id: i64,
    pub depth: String,
    pub count: u32,
    pub interviewer_name: String,
    pub interviewer_role: String,
    /// `mixed` (or empty), `behavioral` or `technical`.
    pub focus: String,
    pub lang: OutputLang,
}

fn runner_for<'a>(
    state: &'a AppState,
    backend: &'a dyn crate::ai::LlmBackend,
    user_id: i64,
) -> AiRunner<'a> {
    AiRunner {
        store: state.store.as_ref(),
        backend,
        prices: &state.settings.ai_prices,
        user_id: Some(user_id),
    }
}

/// Prepares the questions and starts the session; returns its id.
pub async fn start(state: &AppState, user_id: i64, ask: &StartMock) -> Result<i64, MockError> {
    let depth = Depth::parse(ask.depth.trim()).ok_or(invalid("depth", Problem::NotAllowed))?;
    let focus = Focus::parse(ask.focus.trim()).ok_or(invalid("focus", Problem::NotAllowed))?;
    if !(1..=MAX_QUESTIONS).contains(&ask.count) {
        return Err(invalid("count", Problem::NumberShape));
    }
    let name = ask.interviewer_name.trim();
    if depth == Depth::Interviewer && name.is_empty() {
        return Err(invalid("interviewer_name", Problem::Required));
    }
    if name.chars().count() > 100 || ask.interviewer_role.chars().count() > 100 {
        return Err(invalid("interviewer_name", Problem::TooLong { max: 100 }));
    }
    let store = state.store.as_ref();
    let job = store
        .posting_get(user_id, ask.job_id)
        .await?
        .ok_or(MockError::NotFound)?;
    let input = QuestionsInput {
        job: job.description.clone(),
        job_title: job.title.clone(),
        company: job.company.clone().unwrap_or_default(),
        depth,
        interviewer_name: name.to_owned(),
        interviewer_role: ask.interviewer_role.trim().to_owned(),
        count: ask.count,
        focus,
    };
    let backend = crate::ai::user::backend_for(state, user_id).await?;
    let runner = runner_for(state, backend.as_ref(), user_id);
    let questions = runner.run::<QuestionsTask>(&input, ask.lang).await?.output;
    let texts: Vec<String> = questions
        .questions
        .iter()
        .map(|q| serde_json::to_string(q).unwrap_or_default())
        .collect();
    let id = store
        .mock_insert(
            user_id,
            job.id,
            depth.as_str(),
            ask.lang.code(),
            &texts,
            crate::jobs::now_ms(),
        )
        .await?
        .ok_or(MockError::NotFound)?;
    tracing::info!(
        user_id,
        session_id = id,
        questions = texts.len(),
        "mock interview started"
    );
    Ok(id)
}

fn step(row: &MockQuestionRow) -> Option<MockStep> {
    let question: MockQuestion = serde_json::from_str(&row.question).ok()?;
    let seconds = row.asked_at.zip(row.answered_at).map(|(asked, answered)| {
        i32::try_from((answered - asked).max(0) / 1000).unwrap_or(i32::MAX)
    });
    Some(MockStep {
        position: row.position,
        question,
        answer: row.answer.clone(),
        skipped: row.skipped,
        seconds,
        evaluation: serde_json::from_str(&row.evaluation).ok(),
    })
}

/// A session with the questions asked so far.
pub async fn view(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    now: i64,
) -> Result<MockView, MockError> {
    let session = store
        .mock_get(user_id, id)
        .await?
        .ok_or(MockError::NotFound)?;
    let rows = store.mock_questions(user_id, id).await?;
    let current = rows
        .iter()
        .find(|r| r.asked_at.is_some() && r.answered_at.is_none())
        .filter(|_| !session.finished);
    let waited = current
        .and_then(|r| r.asked_at)
        .map_or(0, |asked| (now - asked).max(0) / 1000);
    Ok(MockView {
        id: session.id,
        job_id: session.job_id,
        job_title: session.job_title.clone(),
        depth: session.depth.clone(),
        total: i32::try_from(session.total).unwrap_or(i32::MAX),
        current: current.map(|r| r.position),
        waited,
        steps: rows
            .iter()
            .filter(|r| r.asked_at.is_some())
            .filter_map(step)
            .collect(),
        finished: session.finished,
        analysis: serde_json::from_str::<SessionAnalysis>(&session.analysis).ok(),
        created_at: session.created_at,
    })
}

fn summary(row: MockSessionRow) -> MockSummary {
    MockSummary {
        id: row.id,
        job_title: row.job_title,
        created_at: row.created_at,
        answered: i32::try_from(row.answered).unwrap_or(i32::MAX),
        total: i32::try_from(row.total).unwrap_or(i32::MAX),
        finished: row.finished,
        average: row.average_tenths.map(|t| t as f32 / 10.0),
    }
}

/// The user's sessions, newest first.
pub async fn history(store: &dyn Store, user_id: i64) -> Result<Vec<MockSummary>, StoreError> {
    Ok(store
        .mock_sessions(user_id)
        .await?
        .into_iter()
        .map(summary)
        .collect())
}

/// Answers (or, with `skip`, skips) the question at `position`; the last one
/// ends the session.
pub async fn answer(
    state: &AppState,
    user_id: i64,
    id: i64,
    position: i32,
    answer: &str,
    skip: bool,
) -> Result<(), MockError> {
    let answer = answer.trim();
    if answer.len() > MAX_ANSWER {
        return Err(invalid(
            "answer",
            Problem::TooLong {
                max: MAX_ANSWER as u32,
            },
        ));
    }
    if !skip && answer.is_empty() {
        return Err(invalid("answer", Problem::Required));
    }
    let store = state.store.as_ref();
    let session = store
        .mock_get(user_id, id)
        .await?
        .ok_or(MockError::NotFound)?;
    let rows = store.mock_questions(user_id, id).await?;
    let row = rows
        .iter()
        .find(|r| r.position == position)
        .ok_or(MockError::NotFound)?;
    if session.finished || row.answered_at.is_some() || row.asked_at.is_none() {
        return Err(MockError::NotCurrent);
    }
    let question: MockQuestion =
        serde_json::from_str(&row.question).map_err(|_| MockError::NotFound)?;
    let lang = OutputLang::from_code(&session.lang);
    let evaluation = if skip {
        String::new()
    } else {
        let job = store
            .posting_get(user_id, session.job_id)
            .await?
            .map(|j| j.description)
            .unwrap_or_default();
        let backend = crate::ai::user::backend_for(state, user_id).await?;
        let runner = runner_for(state, backend.as_ref(), user_id);
        let input = EvaluateInput {
            question,
            answer: answer.to_owned(),
            job,
        };
        let judged = runner.run::<EvaluateTask>(&input, lang).await?.output;
        serde_json::to_string(&judged).unwrap_or_default()
    };
    let now = crate::jobs::now_ms();
    if !store
        .mock_answer(user_id, id, position, answer, skip, &evaluation, now)
        .await?
    {
        return Err(MockError::NotCurrent);
    }
    if i64::from(position) + 1 >= session.total {
        finish(state, user_id, id).await?;
    }
    Ok(())
}

/// Ends a session (early or at its last answer) with the analysis of the
/// questions asked; the ones never asked do not count.
pub async fn finish(state: &AppState, user_id: i64, id: i64) -> Result<(), MockError> {
    let store = state.store.as_ref();
    let session = store
        .mock_get(user_id, id)
        .await?
        .ok_or(MockError::NotFound)?;
    if session.finished {
        return Ok(());
    }
    let answers: Vec<Answered> = store
        .mock_questions(user_id, id)
        .await?
        .iter()
        .filter(|r| r.answered_at.is_some())
        .filter_map(step)
        .map(|s| Answered {
            category: s.question.category,
            question: s.question.text,
            score: s.evaluation.as_ref().map_or(0, |e| e.score),
            skipped: s.skipped,
            improvements: s.evaluation.map(|e| e.improvements).unwrap_or_default(),
        })
        .collect();
    let lang = OutputLang::from_code(&session.lang);
    let backend = crate::ai::user::backend_for(state, user_id).await?;
    let runner = runner_for(state, backend.as_ref(), user_id);
    let analysis = runner
        .run::<AnalyzeTask>(&AnalyzeInput { answers }, lang)
        .await?
        .output;
    let tenths = (analysis.average * 10.0).round() as i32;
    store
        .mock_finish(
            user_id,
            id,
            tenths,
            &serde_json::to_string(&analysis).unwrap_or_default(),
            crate::jobs::now_ms(),
        )
        .await?;
    tracing::info!(
        user_id,
        session_id = id,
        average = analysis.average,
        "mock interview finished"
    );
    Ok(())
}
