//! Filling the job form from pasted text or from a page's address: `job.parse`
//! (the offline engine, or the user's model checked against the text) gives the
//! fields; the user checks them before saving. Pages are fetched SSRF-safe.

use thiserror::Error;

use crate::AppState;
use crate::ai::{AiRunner, OutputLang, TaskError};
use crate::fetch::{FetchError, FetchPolicy, fetch_page};
use crate::model::tracker::JobForm;
use crate::offline::{JobParseInput, JobParseTask, ParsedJob};

/// The most text a paste may hold.
pub const MAX_PASTE: usize = 200_000;

#[derive(Debug, Error)]
pub enum ImportError {
    #[error("paste the posting's text first")]
    Empty,
    #[error("the text is longer than {MAX_PASTE} characters")]
    TooLong,
    #[error(transparent)]
    Fetch(#[from] FetchError),
    #[error(transparent)]
    Task(#[from] TaskError),
}

/// A draft of the job form, and how it was made.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Draft {
    pub form: JobForm,
    /// Made without a language model.
    pub offline: bool,
}

/// The form a parsed job fills.
pub fn form_of(job: &ParsedJob) -> JobForm {
    let amount = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
    JobForm {
        title: job.title.clone(),
        company: job.company.clone().unwrap_or_default(),
        company_website: String::new(),
        location: job.location.clone().unwrap_or_default(),
        work_mode: job.work_mode.clone().unwrap_or_default(),
        job_type: job.job_type.clone().unwrap_or_default(),
        salary_min: amount(job.salary_min),
        salary_max: amount(job.salary_max),
        salary_currency: job.salary_currency.clone().unwrap_or_default(),
        source_url: job.source_url.clone().unwrap_or_default(),
        description: job.description.clone(),
        language: job.language.clone(),
        tags: String::new(),
        deadline: job.deadline.clone().unwrap_or_default(),
        status: String::new(),
    }
}

async fn parse(state: &AppState, user_id: i64, input: JobParseInput) -> Result<Draft, ImportError> {
    let backend = crate::ai::user::backend_for(state, user_id)
        .await
        .map_err(TaskError::Store)?;
    let runner = AiRunner {
        store: state.store.as_ref(),
        backend: backend.as_ref(),
        prices: &state.settings.ai_prices,
        user_id: Some(user_id),
    };
    let outcome = runner.run::<JobParseTask>(&input, OutputLang::En).await?;
    Ok(Draft {
        form: form_of(&outcome.output),
        offline: outcome.offline,
    })
}

/// The form from pasted text (or Markdown, or a page's HTML).
pub async fn from_text(state: &AppState, user_id: i64, text: &str) -> Result<Draft, ImportError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ImportError::Empty);
    }
    if text.chars().count() > MAX_PASTE {
        return Err(ImportError::TooLong);
    }
    let input = JobParseInput {
        text: text.to_owned(),
        url: None,
    };
    parse(state, user_id, input).await
}

/// The form from the page at `url`, fetched SSRF-safe.
pub async fn from_url(state: &AppState, user_id: i64, url: &str) -> Result<Draft, ImportError> {
    let policy = FetchPolicy {
        allow_private: state.settings.allow_private_fetch,
        ..FetchPolicy::default()
    };
    let page = fetch_page(url.trim(), &policy).await?;
    tracing::info!(
        user_id,
        url = page.final_url,
        bytes = page.body.len(),
        "job page fetched"
    );
    let input = JobParseInput {
        text: page.body,
        url: Some(page.final_url.clone()),
    };
    let mut draft = parse(state, user_id, input).await?;
    if draft.form.source_url.is_empty() {
        draft.form.source_url = page.final_url;
    }
    Ok(draft)
}
