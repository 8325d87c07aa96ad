//! Tailoring a resume to a job: started from the job's page or the resume's,
//! worked out in the background (`resume.tailor`: the user's model or the
//! offline engine, then the truthfulness guard), and shown as scores before and
//! after, keyword coverage, the keywords the resume cannot honestly claim, a
//! change log with a reason per change, the claims the guard removed and a
//! side-by-side diff. Accepting all or some of the changes makes a new version
//! of the resume, noted as tailored for the job.

pub mod changes;
pub mod engine;
pub mod guard;
#[cfg(test)]
mod tests;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use thiserror::Error;

use crate::AppState;
use crate::ai::{AiRunner, OutputLang, TaskError};
use crate::db::tailorings::{NewTailoring, TailoringRow};
use crate::db::tracker::PostingRow;
use crate::db::{Store, StoreError};
use crate::jobs::{Job, JobContext, JobError, JobHandler};
use crate::model::Problem;
use crate::model::tailor::{RemovedClaim, TailorResult, TailoringView};
use crate::offline::{Taxonomy, score};
use engine::{TailorInput, TailorTask};
use guard::{Evidence, enforce};

pub const TAILOR_KIND: &str = "resume.tailor";
pub const MAX_INSTRUCTION: usize = 300;

#[derive(Debug, Error)]
pub enum TailorError {
    #[error("{field}: {problem}")]
    Invalid {
        field: &'static str,
        problem: Problem,
    },
    /// No such tailoring, resume or job for this user.
    #[error("not found")]
    NotFound,
    /// The user has no resume to tailor.
    #[error("add a resume first")]
    NoResume,
    /// The tailoring is not ready to accept (still running, failed, accepted).
    #[error("this tailoring cannot be accepted now")]
    NotReady,
    /// The resume has a newer version than the one tailored.
    #[error("the resume changed after it was tailored; tailor it again")]
    Stale,
    #[error(transparent)]
    Task(#[from] TaskError),
    #[error("the result could not be read: {0}")]
    Result(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What the user asks for.
#[derive(Clone, Debug)]
pub struct StartAsk {
    /// The resume to tailor; the primary one without it.
    pub resume_id: Option<i64>,
    pub job_id: i64,
    pub lang: OutputLang,
    pub instruction: String,
}

/// What a ready tailoring keeps: what it shows and the resume it proposes.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Stored {
    result: TailorResult,
    tailored: Value,
}

/// The job's text as the scorer and the engine read it, and its title.
fn job_text(job: &PostingRow) -> String {
    format!("{}\n{}", job.title, job.description)
}

/// Starts tailoring; returns the tailoring's id and the resume's.
pub async fn start(
    store: &dyn Store,
    user_id: i64,
    ask: &StartAsk,
) -> Result<(i64, i64), TailorError> {
    let instruction = ask.instruction.trim();
    if instruction.chars().count() > MAX_INSTRUCTION {
        return Err(TailorError::Invalid {
            field: "instruction",
            problem: Problem::TooLong {
                max: MAX_INSTRUCTION as u32,
            },
        });
    }
    let resume = match ask.resume_id {
        Some(id) => store
            .resume_get(user_id, id)
            .await?
            .ok_or(TailorError::NotFound)?,
        None => store
            .resumes(user_id)
            .await?
            .into_iter()
            .find(|r| r.is_primary)
            .ok_or(TailorError::NoResume)?,
    };
    let new = NewTailoring {
        resume_id: resume.id,
        source_version: i32::try_from(resume.versions).unwrap_or(i32::MAX),
        job_id: ask.job_id,
        lang: ask.lang.code(),
        instruction,
    };
    let id = store
        .tailoring_insert(user_id, &new, crate::jobs::now_ms())
        .await?
        .ok_or(TailorError::NotFound)?;
    let (work_id, _) = Job::new(TAILOR_KIND, &json!({ "tailoring": id }))
        .for_user(user_id)
        .max_attempts(2)
        .enqueue(store)
        .await?;
    store.tailoring_set_work(user_id, id, work_id).await?;
    tracing::info!(
        user_id,
        tailoring_id = id,
        resume_id = resume.id,
        job_id = ask.job_id,
        "tailoring started"
    );
    Ok((id, resume.id))
}

/// Works out a tailoring of `source` to `job`: the model's (or the offline
/// engine's) version, made true by the guard against the source and `log`
/// (work log entries), with its change log and its scores.
pub async fn compute(
    runner: &AiRunner<'_>,
    source: &Value,
    job: &PostingRow,
    lang: OutputLang,
    instruction: &str,
    log: &[String],
    now: (i32, u32),
) -> Result<(TailorResult, Value), TaskError> {
    let input = TailorInput {
        resume: source.clone(),
        job: job.description.clone(),
        job_title: job.title.clone(),
        instruction: instruction.to_owned(),
        now,
    };
    let outcome = runner.run::<TailorTask>(&input, lang).await?;
    let taxonomy = Taxonomy::builtin();
    let evidence = Evidence::of(taxonomy, source, log, now);
    let (tailored, removed) = enforce(source, &outcome.output.resume, &evidence);
    let fallback = match lang {
        OutputLang::En => "Changed to fit the job.",
        OutputLang::Ar => "غُيّر ليناسب الوظيفة.",
    };
    let changes = changes::changes(source, &tailored, &outcome.output.reasons, fallback);
    let text = job_text(job);
    let title = Some(job.title.as_str());
    let before = score(taxonomy, source, &text, title, now);
    let after = score(taxonomy, &tailored, &text, title, now);
    let coverage = |m: &crate::offline::MatchScore| {
        let all = m.matched_keywords.len() + m.missing_keywords.len();
        (m.matched_keywords.len() * 100)
            .checked_div(all)
            .map_or(100, |share| u8::try_from(share).unwrap_or(100))
    };
    let pretty = |v: &Value| serde_json::to_string_pretty(v).unwrap_or_default();
    let result = TailorResult {
        score_before: before.score,
        score_after: after.score,
        coverage_before: coverage(&before),
        coverage_after: coverage(&after),
        matched: after.matched_keywords.clone(),
        missing: after.missing_keywords.clone(),
        changes,
        removed: removed
            .into_iter()
            .map(|r| RemovedClaim {
                kind: r.kind,
                value: r.value,
            })
            .collect(),
        diff: crate::resumes::diff::side_by_side(&pretty(source), &pretty(&tailored)),
        offline: outcome.offline,
        model: outcome.model,
    };
    Ok((result, tailored))
}

fn view_of(row: TailoringRow, work_failed: Option<String>) -> TailoringView {
    let result = serde_json::from_str::<Stored>(&row.result)
        .ok()
        .map(|s| s.result);
    let (state, error) = match work_failed {
        Some(error) if row.state == "running" => ("failed".to_owned(), error),
        _ => (row.state, row.error),
    };
    TailoringView {
        id: row.id,
        resume_id: row.resume_id,
        resume_title: row.resume_title,
        source_version: row.source_version,
        job_id: row.job_id,
        job_label: crate::model::tracker::job_label(&row.job_title, row.company.as_deref()),
        lang: row.lang,
        instruction: row.instruction,
        state,
        work_id: row.work_id,
        error,
        result,
        accepted_version: row.accepted_version,
        created_at: row.created_at,
    }
}

/// A running tailoring whose background job has given up reads as failed.
async fn view_with_work(store: &dyn Store, row: TailoringRow) -> Result<TailoringView, StoreError> {
    let failed = match row.work_id.filter(|_| row.state == "running") {
        Some(work_id) => store.job_get(work_id).await?.and_then(|job| {
            matches!(job.state.as_str(), "failed" | "cancelled")
                .then(|| job.error.unwrap_or_else(|| job.state.clone()))
        }),
        None => None,
    };
    Ok(view_of(row, failed))
}

/// One tailoring of the user's, or (with `id` `None`) the newest of a resume to a job.
pub async fn view(
    store: &dyn Store,
    user_id: i64,
    resume_id: i64,
    job_id: i64,
    id: Option<i64>,
) -> Result<Option<TailoringView>, TailorError> {
    let row = match id {
        Some(id) => store
            .tailoring_get(user_id, id)
            .await?
            .filter(|t| t.resume_id == resume_id && t.job_id == job_id),
        None => store.tailoring_latest(user_id, resume_id, job_id).await?,
    };
    match row {
        Some(row) => Ok(Some(view_with_work(store, row).await?)),
        None => Ok(None),
    }
}

/// Accepts the changes with the ids in `accepted` (all of them with `None`):
/// the source version with them applied becomes the resume's next version.
/// Returns its number.
pub async fn accept(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    accepted: Option<&[usize]>,
) -> Result<(i64, i32), TailorError> {
    let row = store
        .tailoring_get(user_id, id)
        .await?
        .ok_or(TailorError::NotFound)?;
    if row.state != "ready" {
        return Err(TailorError::NotReady);
    }
    let stored: Stored =
        serde_json::from_str(&row.result).map_err(|e| TailorError::Result(e.to_string()))?;
    let resume = store
        .resume_get(user_id, row.resume_id)
        .await?
        .ok_or(TailorError::NotFound)?;
    if resume.versions != i64::from(row.source_version) {
        return Err(TailorError::Stale);
    }
    let all: Vec<usize> = stored.result.changes.iter().map(|c| c.id).collect();
    let accepted = accepted.unwrap_or(&all);
    if !accepted.iter().any(|a| all.contains(a)) {
        return Err(TailorError::Invalid {
            field: "accept",
            problem: Problem::Required,
        });
    }
    let source = crate::resumes::document(store, user_id, row.resume_id, Some(row.source_version))
        .await
        .map_err(|_| TailorError::NotFound)?;
    let final_resume = changes::apply(&source, &stored.tailored, &stored.result.changes, accepted);
    let label = crate::model::tracker::job_label(&row.job_title, row.company.as_deref());
    let taken = accepted.iter().filter(|a| all.contains(a)).count();
    let note = format!("Tailored for {label} ({taken} of {} changes)", all.len());
    let now = crate::jobs::now_ms();
    let data = serde_json::to_string_pretty(&final_resume).unwrap_or_default();
    let number = store
        .resume_add_version(user_id, row.resume_id, &data, "tailor", &note, now)
        .await?
        .ok_or(TailorError::NotFound)?;
    store.tailoring_accept(user_id, id, number, now).await?;
    crate::tracker::rescore::rescore_later(store, user_id).await?;
    tracing::info!(
        user_id,
        tailoring_id = id,
        version = number,
        taken,
        "tailoring accepted"
    );
    Ok((row.resume_id, number))
}

/// The background work of one tailoring.
pub struct Tailor {
    pub state: AppState,
}

fn transient(e: impl std::fmt::Display) -> JobError {
    JobError::Transient(e.to_string())
}

#[async_trait]
impl JobHandler for Tailor {
    async fn run(&self, ctx: &JobContext, payload: Value) -> Result<Value, JobError> {
        let store = self.state.store.as_ref();
        let user_id = ctx
            .user_id
            .ok_or_else(|| JobError::Permanent("a tailoring belongs to a user".into()))?;
        let id = payload
            .get("tailoring")
            .and_then(Value::as_i64)
            .ok_or_else(|| JobError::Permanent("the payload needs \"tailoring\": an id".into()))?;
        let row = store
            .tailoring_get(user_id, id)
            .await
            .map_err(transient)?
            .ok_or_else(|| JobError::Permanent(format!("no tailoring {id}")))?;
        ctx.progress(10, "reading the resume and the job")
            .await
            .map_err(transient)?;
        let fail = |message: String| async move {
            let _ = store
                .tailoring_finish(user_id, id, "failed", "", &message, crate::jobs::now_ms())
                .await;
            JobError::Permanent(message)
        };
        let source =
            match crate::resumes::document(store, user_id, row.resume_id, Some(row.source_version))
                .await
            {
                Ok(source) => source,
                Err(e) => return Err(fail(format!("the resume cannot be read: {e}")).await),
            };
        let Some(job) = store
            .posting_get(user_id, row.job_id)
            .await
            .map_err(transient)?
        else {
            return Err(fail("the job is gone".into()).await);
        };
        ctx.progress(30, "tailoring").await.map_err(transient)?;
        let backend = crate::ai::user::backend_for(&self.state, user_id)
            .await
            .map_err(transient)?;
        let runner = AiRunner {
            store,
            backend: backend.as_ref(),
            prices: &self.state.settings.ai_prices,
            user_id: Some(user_id),
        };
        let lang = OutputLang::from_code(&row.lang);
        let now = crate::offline::text::this_month();
        let (result, tailored) =
            match compute(&runner, &source, &job, lang, &row.instruction, &[], now).await {
                Ok(done) => done,
                Err(TaskError::Model { .. } | TaskError::Store(_)) if ctx.attempt < 2 => {
                    return Err(JobError::Transient("the model could not answer".into()));
                }
                Err(e) => return Err(fail(e.to_string()).await),
            };
        ctx.progress(90, "checking every claim against the resume")
            .await
            .map_err(transient)?;
        let summary = json!({
            "changes": result.changes.len(),
            "removed": result.removed.len(),
            "score_before": result.score_before,
            "score_after": result.score_after,
        });
        let stored = serde_json::to_string(&Stored { result, tailored })
            .map_err(|e| JobError::Permanent(e.to_string()))?;
        store
            .tailoring_finish(user_id, id, "ready", &stored, "", crate::jobs::now_ms())
            .await
            .map_err(transient)?;
        Ok(summary)
    }
}
