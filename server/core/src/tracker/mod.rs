//! The job tracker's service layer: checks what forms send, and reads and changes
//! a user's jobs, their place on the board, timeline, notes, contacts and tags.
//! Every function takes the user, and the store's statements name it, so a user
//! only ever reaches their own jobs.

use std::collections::HashMap;

use thiserror::Error;

use crate::db::tracker::{ContactRow, PostingFields, PostingQuery, PostingRow};
use crate::db::{Store, StoreError};
use crate::model::Problem;
use crate::model::tracker::{
    BoardFilter, Company, Contact, JobCard, JobDetail, JobFit, JobForm, JobType, Note,
    Requirements, Status, StatusChange, WorkMode,
};
use crate::offline::{Taxonomy, requirements, score};

pub mod dashboard;
pub mod import;
pub mod rescore;
#[cfg(test)]
mod tests;

#[derive(Debug, Error)]
pub enum TrackerError {
    #[error("{}", describe(.0))]
    Invalid(Vec<(&'static str, Problem)>),
    #[error("no such job")]
    NotFound,
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn describe(problems: &[(&'static str, Problem)]) -> String {
    problems
        .iter()
        .map(|(field, problem)| format!("{field}: {problem}"))
        .collect::<Vec<_>>()
        .join("; ")
}

pub const MAX_TITLE: u32 = 200;
pub const MAX_SHORT: u32 = 200;
pub const MAX_URL: u32 = 2000;
pub const MAX_DESCRIPTION: u32 = 100_000;
pub const MAX_TAGS: u32 = 20;
pub const MAX_TAG: u32 = 40;
pub const MAX_NOTE: u32 = 10_000;
/// Larger salaries are typing mistakes.
const MAX_SALARY: i64 = 100_000_000_000;

/// A form's job, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    pub fields: PostingFields,
    /// Name and website.
    pub company: Option<(String, String)>,
    pub tags: Vec<String>,
    pub status: Status,
}

/// Collects the problems of one form.
#[derive(Default)]
pub(crate) struct Problems(pub(crate) Vec<(&'static str, Problem)>);

impl Problems {
    pub(crate) fn add(&mut self, field: &'static str, problem: Problem) {
        self.0.push((field, problem));
    }

    /// The trimmed text, if it is no longer than `max` characters.
    pub(crate) fn text(&mut self, field: &'static str, value: &str, max: u32) -> String {
        let value = value.trim();
        if value.chars().count() > max as usize {
            self.add(field, Problem::TooLong { max });
        }
        value.to_owned()
    }

    pub(crate) fn required(&mut self, field: &'static str, value: &str, max: u32) -> String {
        let value = self.text(field, value, max);
        if value.is_empty() {
            self.add(field, Problem::Required);
        }
        value
    }

    pub(crate) fn url(&mut self, field: &'static str, value: &str) -> String {
        let value = self.text(field, value, MAX_URL);
        let lower = value.to_ascii_lowercase();
        let web = lower.starts_with("http://") || lower.starts_with("https://");
        let spaced = value.chars().any(char::is_whitespace);
        if !value.is_empty() && (!web || spaced) {
            self.add(field, Problem::UrlShape);
        }
        value
    }

    /// A whole amount: digits with optional separators and a `k` for thousands.
    pub(crate) fn amount(&mut self, field: &'static str, value: &str) -> Option<i64> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        let lower = value.to_lowercase();
        let (digits, factor) = match lower.strip_suffix('k') {
            Some(rest) => (rest.trim(), 1000),
            None => (lower.as_str(), 1),
        };
        let digits: String = digits
            .chars()
            .filter(|c| !matches!(c, ',' | '_' | ' ' | '\''))
            .collect();
        match digits.parse::<i64>() {
            Ok(n) if (0..=MAX_SALARY).contains(&(n.saturating_mul(factor))) => Some(n * factor),
            _ => {
                self.add(field, Problem::NumberShape);
                None
            }
        }
    }

    pub(crate) fn date(&mut self, field: &'static str, value: &str) -> Option<String> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        let format = time::macros::format_description!("[year]-[month]-[day]");
        match time::Date::parse(value, format) {
            Ok(date) => Some(date.to_string()),
            Err(_) => {
                self.add(field, Problem::DateShape);
                None
            }
        }
    }

    pub(crate) fn choice<T>(
        &mut self,
        field: &'static str,
        value: &str,
        parse: fn(&str) -> Option<T>,
    ) -> Option<T> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        let found = parse(value);
        if found.is_none() {
            self.add(field, Problem::NotAllowed);
        }
        found
    }
}

/// A date as YYYY-MM-DD from unix milliseconds (UTC).
pub fn date_of(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(ms.div_euclid(1000))
        .map(|t| t.date().to_string())
        .unwrap_or_default()
}

/// Whether most letters of `text` are Arabic.
pub fn detect_language(text: &str) -> &'static str {
    let (mut arabic, mut letters) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{0750}'..='\u{077F}').contains(&c) {
            arabic += 1;
        }
    }
    if letters > 0 && arabic * 2 >= letters {
        "ar"
    } else {
        "en"
    }
}

/// Checks every field of `form`; the error names each bad one.
pub fn check(form: &JobForm) -> Result<Checked, TrackerError> {
    let mut p = Problems::default();
    let title = p.required("title", &form.title, MAX_TITLE);
    let company = p.text("company", &form.company, MAX_SHORT);
    let website = p.url("company_website", &form.company_website);
    let location = p.text("location", &form.location, MAX_SHORT);
    let work_mode = p.choice("work_mode", &form.work_mode, WorkMode::parse);
    let job_type = p.choice("job_type", &form.job_type, JobType::parse);
    let salary_min = p.amount("salary_min", &form.salary_min);
    let salary_max = p.amount("salary_max", &form.salary_max);
    if let (Some(min), Some(max)) = (salary_min, salary_max)
        && min > max
    {
        p.add("salary_min", Problem::MinAboveMax);
    }
    let currency = form.salary_currency.trim().to_uppercase();
    if !currency.is_empty()
        && (currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_uppercase()))
    {
        p.add("salary_currency", Problem::NotAllowed);
    }
    let source_url = p.url("source_url", &form.source_url);
    let description = p.text("description", &form.description, MAX_DESCRIPTION);
    let language = match form.language.trim() {
        "" => detect_language(&format!("{title}\n{description}")).to_owned(),
        "en" | "ar" => form.language.trim().to_owned(),
        _ => {
            p.add("language", Problem::NotAllowed);
            String::new()
        }
    };
    let mut tags: Vec<String> = Vec::new();
    for tag in form
        .tags
        .split([',', '،'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        if tag.chars().count() > MAX_TAG as usize {
            p.add("tags", Problem::TooLong { max: MAX_TAG });
        } else if !tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            tags.push(tag.to_owned());
        }
    }
    if tags.len() > MAX_TAGS as usize {
        p.add("tags", Problem::TooMany { max: MAX_TAGS });
    }
    let deadline = p.date("deadline", &form.deadline);
    let status = p
        .choice("status", &form.status, Status::parse)
        .unwrap_or(Status::Interested);
    if !p.0.is_empty() {
        return Err(TrackerError::Invalid(p.0));
    }
    let requirements = requirements(Taxonomy::builtin(), &format!("{title}\n{description}"));
    Ok(Checked {
        fields: PostingFields {
            company_id: None,
            title,
            location,
            work_mode: work_mode.map(|m| m.as_str().to_owned()),
            job_type: job_type.map(|t| t.as_str().to_owned()),
            salary_min,
            salary_max,
            salary_currency: currency,
            source_url,
            description,
            requirements: serde_json::to_string(&requirements).unwrap_or_else(|_| "{}".into()),
            language,
            deadline,
            match_score: None,
            score_resume_id: None,
            score_version: None,
        },
        company: (!company.is_empty()).then_some((company, website)),
        tags,
        status,
    })
}

async fn company_id(
    store: &dyn Store,
    user_id: i64,
    checked: &Checked,
    now: i64,
) -> Result<Option<i64>, StoreError> {
    match &checked.company {
        Some((name, website)) => Ok(Some(
            store.company_upsert(user_id, name, website, now).await?,
        )),
        None => Ok(None),
    }
}

/// Sets the score a job is stored with: its fit with the primary resume now, and
/// which resume and version that is. Without a primary resume, `false` and
/// nothing set.
async fn set_stored_score(
    store: &dyn Store,
    user_id: i64,
    checked: &mut Checked,
) -> Result<bool, StoreError> {
    let fields = &mut checked.fields;
    let Some(fit) = fit(store, user_id, &fields.title, &fields.description).await? else {
        return Ok(false);
    };
    fields.match_score = Some(i32::from(fit.score));
    fields.score_resume_id = Some(fit.resume_id);
    fields.score_version = Some(fit.resume_version);
    Ok(true)
}

/// Adds a job from a form; returns its id.
pub async fn create(store: &dyn Store, user_id: i64, form: &JobForm) -> Result<i64, TrackerError> {
    let mut checked = check(form)?;
    let now = crate::jobs::now_ms();
    checked.fields.company_id = company_id(store, user_id, &checked, now).await?;
    set_stored_score(store, user_id, &mut checked).await?;
    let id = store
        .posting_insert(user_id, &checked.fields, checked.status.as_str(), now)
        .await?;
    store.posting_set_tags(user_id, id, &checked.tags).await?;
    tracing::info!(user_id, job_id = id, "job added");
    Ok(id)
}

/// Changes a job's fields (its status moves through `move_to`).
pub async fn update(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    form: &JobForm,
) -> Result<(), TrackerError> {
    let mut checked = check(form)?;
    let now = crate::jobs::now_ms();
    let old = store
        .posting_get(user_id, id)
        .await?
        .ok_or(TrackerError::NotFound)?;
    checked.fields.company_id = company_id(store, user_id, &checked, now).await?;
    if !set_stored_score(store, user_id, &mut checked).await? {
        checked.fields.match_score = old.match_score;
        checked.fields.score_resume_id = old.score_resume_id;
        checked.fields.score_version = old.score_version;
    }
    if !store
        .posting_update(user_id, id, &checked.fields, now)
        .await?
    {
        return Err(TrackerError::NotFound);
    }
    store.posting_set_tags(user_id, id, &checked.tags).await?;
    Ok(())
}

/// A job's card; `basis` is what scores are computed against now (see `rescore`).
fn card(row: &PostingRow, tags: &HashMap<i64, Vec<String>>, basis: Option<(i64, i32)>) -> JobCard {
    JobCard {
        score_stale: row.match_score.is_some()
            && row.score_resume_id.zip(row.score_version) != basis,
        id: row.id,
        title: row.title.clone(),
        company: row.company.clone(),
        location: row.location.clone(),
        work_mode: row.work_mode.as_deref().and_then(WorkMode::parse),
        job_type: row.job_type.as_deref().and_then(JobType::parse),
        match_score: row.match_score.and_then(|s| u8::try_from(s).ok()),
        status: Status::parse(&row.status).unwrap_or(Status::Interested),
        position: row.position,
        deadline: row.deadline.clone(),
        tags: tags.get(&row.id).cloned().unwrap_or_default(),
        status_changed_at: row.status_changed_at,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}

async fn tags_by_posting(
    store: &dyn Store,
    user_id: i64,
) -> Result<HashMap<i64, Vec<String>>, StoreError> {
    let mut tags: HashMap<i64, Vec<String>> = HashMap::new();
    for (posting, tag) in store.posting_tags(user_id).await? {
        tags.entry(posting).or_default().push(tag);
    }
    Ok(tags)
}

/// Whether every word of `q` is in the title, the company or the description.
fn matches(row: &PostingRow, words: &[String]) -> bool {
    let text = format!(
        "{}\n{}\n{}",
        row.title,
        row.company.as_deref().unwrap_or_default(),
        row.description
    )
    .to_lowercase();
    words.iter().all(|w| text.contains(w.as_str()))
}

/// The user's jobs that pass `filter`, in its order.
pub async fn cards(
    store: &dyn Store,
    user_id: i64,
    filter: &BoardFilter,
) -> Result<Vec<JobCard>, TrackerError> {
    let words: Vec<String> = filter
        .q
        .as_deref()
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let query = PostingQuery {
        status: filter.status.map(|s| s.as_str().to_owned()),
        work_mode: filter.work_mode.map(|m| m.as_str().to_owned()),
        job_type: filter.job_type.map(|t| t.as_str().to_owned()),
        company: filter
            .company
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_lowercase),
        tag: filter
            .tag
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_lowercase),
        sort: filter.sort,
        with_description: !words.is_empty(),
    };
    let rows = store.postings(user_id, &query).await?;
    let tags = tags_by_posting(store, user_id).await?;
    let basis = rescore::basis(store, user_id).await?;
    Ok(rows
        .iter()
        .filter(|row| words.is_empty() || matches(row, &words))
        .map(|row| card(row, &tags, basis))
        .collect())
}

/// Everything the job page shows.
pub async fn detail(store: &dyn Store, user_id: i64, id: i64) -> Result<JobDetail, TrackerError> {
    let row = store
        .posting_get(user_id, id)
        .await?
        .ok_or(TrackerError::NotFound)?;
    let tags = tags_by_posting(store, user_id).await?;
    let company = match row.company_id {
        Some(company_id) => store
            .company_get(user_id, company_id)
            .await?
            .map(Company::from),
        None => None,
    };
    let timeline = store
        .status_changes(user_id, Some(id))
        .await?
        .into_iter()
        .filter_map(|c| {
            Some(StatusChange {
                from: c.from_status.as_deref().and_then(Status::parse),
                to: Status::parse(&c.to_status)?,
                at: c.at,
            })
        })
        .collect();
    let notes = store
        .notes(user_id, id)
        .await?
        .into_iter()
        .map(|n| Note {
            id: n.id,
            body: n.body,
            created_at: n.created_at,
        })
        .collect();
    let contacts = store
        .contacts(user_id, id)
        .await?
        .into_iter()
        .map(Contact::from)
        .collect();
    let requirements: Requirements = serde_json::from_str(&row.requirements).unwrap_or_default();
    let fit = fit(store, user_id, &row.title, &row.description).await?;
    Ok(JobDetail {
        // The fit was just computed against the primary resume: its basis is now's.
        card: card(
            &row,
            &tags,
            fit.as_ref().map(|f| (f.resume_id, f.resume_version)),
        ),
        company,
        salary_min: row.salary_min,
        salary_max: row.salary_max,
        salary_currency: row.salary_currency,
        source_url: row.source_url,
        description_html: crate::markdown::to_safe_html(&row.description),
        description: row.description,
        requirements,
        language: row.language,
        applied_at: row.applied_at,
        timeline,
        notes,
        contacts,
        fit,
    })
}

/// The offline match of a resume (JSON Resume) against a job.
fn score_against(
    resume: &serde_json::Value,
    title: &str,
    description: &str,
) -> crate::offline::score::MatchScore {
    let job = format!("{title}\n{description}");
    score(
        Taxonomy::builtin(),
        resume,
        &job,
        Some(title),
        crate::offline::text::this_month(),
    )
}

/// The offline match of the user's primary resume against a job.
pub async fn fit(
    store: &dyn Store,
    user_id: i64,
    title: &str,
    description: &str,
) -> Result<Option<JobFit>, StoreError> {
    let Some((resume, data)) = crate::resumes::primary(store, user_id).await? else {
        return Ok(None);
    };
    let found = score_against(&data, title, description);
    let b = &found.breakdown;
    let part = |name: &str, c: &crate::offline::score::Component| {
        (name.to_owned(), c.score, (c.weight * 100.0).round() as u8)
    };
    Ok(Some(JobFit {
        resume_id: resume.id,
        resume_version: rescore::basis_of(resume.id, resume.versions).1,
        resume_title: resume.title,
        score: found.score,
        parts: vec![
            part("hard_skills", &b.hard_skills),
            part("soft_skills", &b.soft_skills),
            part("title", &b.title),
            part("seniority", &b.seniority),
            part("education", &b.education),
            part("keywords", &b.keywords),
        ],
        matched: found.matched_keywords,
        missing: found.missing_keywords,
        explanation: found.explanation,
    }))
}

/// Puts a job at `index` (0: top) of the `status` column.
pub async fn move_to(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    status: &str,
    index: usize,
) -> Result<(), TrackerError> {
    let status = Status::parse(status)
        .ok_or_else(|| TrackerError::Invalid(vec![("status", Problem::NotAllowed)]))?;
    store
        .posting_move(user_id, id, status.as_str(), index, crate::jobs::now_ms())
        .await?
        .ok_or(TrackerError::NotFound)?;
    Ok(())
}

pub async fn delete(store: &dyn Store, user_id: i64, id: i64) -> Result<(), TrackerError> {
    if store.posting_delete(user_id, id).await? {
        tracing::info!(user_id, job_id = id, "job deleted");
        Ok(())
    } else {
        Err(TrackerError::NotFound)
    }
}

pub async fn add_note(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    body: &str,
) -> Result<i64, TrackerError> {
    let mut p = Problems::default();
    let body = p.required("body", body, MAX_NOTE);
    if !p.0.is_empty() {
        return Err(TrackerError::Invalid(p.0));
    }
    store
        .note_add(user_id, id, &body, crate::jobs::now_ms())
        .await?
        .ok_or(TrackerError::NotFound)
}

pub async fn delete_note(
    store: &dyn Store,
    user_id: i64,
    note_id: i64,
) -> Result<(), TrackerError> {
    if store.note_delete(user_id, note_id).await? {
        Ok(())
    } else {
        Err(TrackerError::NotFound)
    }
}

pub async fn add_contact(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    contact: &Contact,
) -> Result<i64, TrackerError> {
    let mut p = Problems::default();
    let row = ContactRow {
        id: 0,
        name: p.required("name", &contact.name, MAX_SHORT),
        role: p.text("role", &contact.role, MAX_SHORT),
        email: p.text("email", &contact.email, MAX_SHORT),
        phone: p.text("phone", &contact.phone, 50),
        linkedin: p.url("linkedin", &contact.linkedin),
        notes: p.text("notes", &contact.notes, MAX_NOTE),
    };
    if !row.email.is_empty() && crate::accounts::normalize_email(&row.email).is_err() {
        p.add("email", Problem::EmailShape);
    }
    if !p.0.is_empty() {
        return Err(TrackerError::Invalid(p.0));
    }
    store
        .contact_add(user_id, id, &row, crate::jobs::now_ms())
        .await?
        .ok_or(TrackerError::NotFound)
}

pub async fn delete_contact(
    store: &dyn Store,
    user_id: i64,
    contact_id: i64,
) -> Result<(), TrackerError> {
    if store.contact_delete(user_id, contact_id).await? {
        Ok(())
    } else {
        Err(TrackerError::NotFound)
    }
}
