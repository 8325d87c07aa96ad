//! Interviews: scheduled for one of the user's jobs, at a time in a time zone,
//! with a type, a round, interviewers, a place or link, prep notes, an outcome
//! and feedback. Scheduling one moves an application that had not got that far
//! to `interview_scheduled`. Each interview downloads as `.ics`, and each user
//! may have a private calendar feed (a secret address, reset at will) that
//! calendar apps subscribe to. A reminder mail goes out the day before when
//! asked for (the `interviews.remind` schedule).

pub mod ics;
#[cfg(test)]
mod tests;

use async_trait::async_trait;
use blake2::{Blake2b512, Digest};
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use serde_json::{Value, json};
use thiserror::Error;

use crate::AppState;
use crate::db::interviews::{InterviewFields, InterviewRow, InterviewerRow};
use crate::db::{Store, StoreError};
use crate::jobs::{JobContext, JobError, JobHandler};
use crate::model::Problem;
use crate::model::interview::{
    InterviewForm, InterviewKind, InterviewList, InterviewView, Interviewer, Outcome,
};
use crate::model::tracker::Status;
use crate::tracker::Problems;

pub const REMIND_KIND: &str = "interviews.remind";
pub const MAX_NOTES: u32 = 20_000;
pub const MAX_FEEDBACK: u32 = 5_000;

#[derive(Debug, Error)]
pub enum InterviewError {
    #[error("{}", .0.iter().map(|(f, p)| format!("{f}: {p}")).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<(&'static str, Problem)>),
    /// No such interview (or job) for this user.
    #[error("not found")]
    NotFound,
    #[error("the calendar address could not be made: {0}")]
    Key(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A whole number in `range`, `default` when empty.
fn number(
    p: &mut Problems,
    field: &'static str,
    value: &str,
    range: std::ops::RangeInclusive<i32>,
    default: i32,
) -> i32 {
    match value.trim() {
        "" => default,
        text => match text.parse::<i32>() {
            Ok(n) if range.contains(&n) => n,
            _ => {
                p.add(field, Problem::NumberShape);
                default
            }
        },
    }
}

/// The start as an instant (unix milliseconds) from a date and a time in a
/// time zone; in a gap or an overlap of the clocks, the one a person means
/// (jiff's "compatible" choice).
fn instant(date: Date, time: Time, zone: &TimeZone) -> Option<i64> {
    zone.to_ambiguous_timestamp(DateTime::from_parts(date, time))
        .compatible()
        .ok()
        .map(|t| t.as_millisecond())
}

/// Checks every field of the form; the error names each bad one.
pub fn check(form: &InterviewForm) -> Result<InterviewFields, InterviewError> {
    let mut p = Problems::default();
    let job_id = match form.job.trim() {
        "" => {
            p.add("job", Problem::Required);
            0
        }
        id => id.parse().unwrap_or_else(|_| {
            p.add("job", Problem::NumberShape);
            0
        }),
    };
    let date = match form.date.trim() {
        "" => {
            p.add("date", Problem::Required);
            None
        }
        text => text.parse::<Date>().ok().or_else(|| {
            p.add("date", Problem::DateShape);
            None
        }),
    };
    let time = match form.time.trim() {
        "" => {
            p.add("time", Problem::Required);
            None
        }
        text => Time::strptime("%H:%M", text).ok().or_else(|| {
            p.add("time", Problem::TimeShape);
            None
        }),
    };
    let zone_name = match form.time_zone.trim() {
        "" => "UTC".to_owned(),
        name => name.to_owned(),
    };
    let zone = TimeZone::get(&zone_name).ok().or_else(|| {
        p.add("time_zone", Problem::NotAllowed);
        None
    });
    let duration_minutes = number(&mut p, "duration", &form.duration, 5..=720, 60);
    let kind = match form.kind.trim() {
        "" => {
            p.add("kind", Problem::Required);
            None
        }
        _ => p.choice("kind", &form.kind, InterviewKind::parse),
    };
    let round = number(&mut p, "round", &form.round, 1..=20, 1);
    let location = p.text("location", &form.location, 500);
    let prep_notes = p.text("prep_notes", &form.prep_notes, MAX_NOTES);
    let feedback = p.text("feedback", &form.feedback, MAX_FEEDBACK);
    let outcome = p
        .choice("outcome", &form.outcome, Outcome::parse)
        .unwrap_or(Outcome::Pending);
    let starts_at = match (date, time, &zone) {
        (Some(date), Some(time), Some(zone)) => instant(date, time, zone).or_else(|| {
            p.add("date", Problem::DateShape);
            None
        }),
        _ => None,
    };
    match (p.0.is_empty(), starts_at, kind) {
        (true, Some(starts_at), Some(kind)) => Ok(InterviewFields {
            job_id,
            starts_at,
            time_zone: zone_name,
            duration_minutes,
            kind: kind.as_str().to_owned(),
            round,
            location,
            prep_notes,
            outcome: outcome.as_str().to_owned(),
            feedback,
            remind: matches!(form.remind.trim(), "on" | "true" | "1"),
        }),
        _ => Err(InterviewError::Invalid(p.0)),
    }
}

/// An interview as its page shows it, with its interviewers.
fn view(row: InterviewRow, people: &[InterviewerRow]) -> InterviewView {
    let zone = TimeZone::get(&row.time_zone).unwrap_or(TimeZone::UTC);
    let local = jiff::Timestamp::from_millisecond(row.starts_at)
        .map(|t| zone.to_datetime(t))
        .ok();
    let (date, time) = local.map_or_else(Default::default, |dt| {
        (
            dt.strftime("%Y-%m-%d").to_string(),
            dt.strftime("%H:%M").to_string(),
        )
    });
    InterviewView {
        id: row.id,
        job_id: row.job_id,
        job_title: row.job_title,
        company: row.company,
        starts_at: row.starts_at,
        time_zone: row.time_zone,
        date,
        time,
        duration_minutes: row.duration_minutes,
        kind: InterviewKind::parse(&row.kind).unwrap_or(InterviewKind::Other),
        round: row.round,
        location: row.location,
        prep_notes: row.prep_notes,
        outcome: Outcome::parse(&row.outcome).unwrap_or(Outcome::Pending),
        feedback: row.feedback,
        remind: row.remind,
        interviewers: people
            .iter()
            .filter(|i| i.interview_id == row.id)
            .map(|i| Interviewer {
                id: i.id,
                name: i.name.clone(),
                role: i.role.clone(),
                linkedin: i.linkedin.clone(),
                notes: i.notes.clone(),
            })
            .collect(),
    }
}

/// Schedules an interview; an application not yet at an interview moves to
/// `interview_scheduled`. Returns the interview's id.
pub async fn create(
    store: &dyn Store,
    user_id: i64,
    form: &InterviewForm,
) -> Result<i64, InterviewError> {
    let fields = check(form)?;
    let id = store
        .interview_insert(user_id, &fields, crate::jobs::now_ms())
        .await?
        .ok_or(InterviewError::NotFound)?;
    if let Some(job) = store.posting_get(user_id, fields.job_id).await?
        && matches!(
            Status::parse(&job.status),
            Some(Status::Interested | Status::Applied)
        )
    {
        store
            .posting_move(
                user_id,
                job.id,
                Status::InterviewScheduled.as_str(),
                0,
                crate::jobs::now_ms(),
            )
            .await?;
    }
    tracing::info!(
        user_id,
        interview_id = id,
        job_id = fields.job_id,
        "interview scheduled"
    );
    Ok(id)
}

pub async fn update(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    form: &InterviewForm,
) -> Result<(), InterviewError> {
    let fields = check(form)?;
    if store
        .interview_update(user_id, id, &fields, crate::jobs::now_ms())
        .await?
    {
        Ok(())
    } else {
        Err(InterviewError::NotFound)
    }
}

pub async fn delete(store: &dyn Store, user_id: i64, id: i64) -> Result<(), InterviewError> {
    if store.interview_delete(user_id, id).await? {
        Ok(())
    } else {
        Err(InterviewError::NotFound)
    }
}

pub async fn get(
    store: &dyn Store,
    user_id: i64,
    id: i64,
) -> Result<InterviewView, InterviewError> {
    let row = store
        .interview_get(user_id, id)
        .await?
        .ok_or(InterviewError::NotFound)?;
    let people = store.interviewers(user_id).await?;
    Ok(view(row, &people))
}

/// Every interview of the user's, by start.
pub async fn all(store: &dyn Store, user_id: i64) -> Result<Vec<InterviewView>, StoreError> {
    let people = store.interviewers(user_id).await?;
    Ok(store
        .interviews(user_id)
        .await?
        .into_iter()
        .map(|row| view(row, &people))
        .collect())
}

/// Upcoming (soonest first; one still under way counts) and past (latest
/// first), with the calendar feed's address if the user made one.
pub async fn list(
    state: &AppState,
    user_id: i64,
    now: i64,
) -> Result<InterviewList, InterviewError> {
    let all = all(state.store.as_ref(), user_id).await?;
    let (mut past, upcoming): (Vec<_>, Vec<_>) = all.into_iter().partition(|i| i.ends_at() < now);
    past.reverse();
    Ok(InterviewList {
        upcoming,
        past,
        feed_url: feed_url(state, user_id).await?,
        now,
    })
}

/// Adds an interviewer to an interview; returns the interviewer's id.
pub async fn add_interviewer(
    store: &dyn Store,
    user_id: i64,
    interview_id: i64,
    person: &Interviewer,
) -> Result<i64, InterviewError> {
    let mut p = Problems::default();
    let row = InterviewerRow {
        id: 0,
        interview_id,
        name: p.required("name", &person.name, 100),
        role: p.text("role", &person.role, 100),
        linkedin: p.url("linkedin", &person.linkedin),
        notes: p.text("notes", &person.notes, 2_000),
    };
    if !p.0.is_empty() {
        return Err(InterviewError::Invalid(p.0));
    }
    store
        .interviewer_add(user_id, interview_id, &row)
        .await?
        .ok_or(InterviewError::NotFound)
}

pub async fn delete_interviewer(
    store: &dyn Store,
    user_id: i64,
    interviewer_id: i64,
) -> Result<(), InterviewError> {
    if store.interviewer_delete(user_id, interviewer_id).await? {
        Ok(())
    } else {
        Err(InterviewError::NotFound)
    }
}

/// An interview as a calendar event.
fn event(interview: &InterviewView, stamp: i64) -> ics::Event<'_> {
    ics::Event {
        uid: format!("interview-{}@jobforge", interview.id),
        stamp,
        start: interview.starts_at,
        end: interview.ends_at(),
        summary: &interview.job_title,
        location: &interview.location,
        description: &interview.prep_notes,
        cancelled: interview.outcome == Outcome::Cancelled,
    }
}

/// What an event's summary and description say: the kind, the round, the
/// company and the interviewers beside the prep notes.
fn described(interview: &InterviewView) -> (String, String) {
    let kind = interview.kind.as_str().replace('_', " ");
    let summary = match &interview.company {
        Some(company) if !company.is_empty() => {
            format!("Interview: {} — {company} ({kind})", interview.job_title)
        }
        _ => format!("Interview: {} ({kind})", interview.job_title),
    };
    let mut description = format!("Round {}.", interview.round);
    for person in &interview.interviewers {
        description.push_str(&format!("\nInterviewer: {}", person.name));
        if !person.role.is_empty() {
            description.push_str(&format!(", {}", person.role));
        }
    }
    if !interview.prep_notes.is_empty() {
        description.push_str("\n\n");
        description.push_str(&interview.prep_notes);
    }
    (summary, description)
}

/// `interviews` as an iCalendar document.
fn calendar_of(name: &str, interviews: &[InterviewView], stamp: i64) -> String {
    let texts: Vec<(String, String)> = interviews.iter().map(described).collect();
    let events: Vec<ics::Event<'_>> = interviews
        .iter()
        .zip(&texts)
        .map(|(interview, (summary, description))| ics::Event {
            summary,
            description,
            ..event(interview, stamp)
        })
        .collect();
    ics::calendar(name, &events)
}

/// One interview as an `.ics` file.
pub async fn ics_one(store: &dyn Store, user_id: i64, id: i64) -> Result<String, InterviewError> {
    let interview = get(store, user_id, id).await?;
    Ok(calendar_of(
        "Jobforge interview",
        std::slice::from_ref(&interview),
        crate::jobs::now_ms(),
    ))
}

fn token_hash(token: &str) -> String {
    hex::encode(Blake2b512::new().chain_update(token.as_bytes()).finalize())
}

fn feed_context(user_id: i64) -> String {
    format!("user:{user_id}:calendar_feed")
}

/// The address of the user's calendar feed, if they made one.
pub async fn feed_url(state: &AppState, user_id: i64) -> Result<Option<String>, InterviewError> {
    let Some(sealed) = state.store.feed_get(user_id).await? else {
        return Ok(None);
    };
    let token = state
        .key
        .open(&feed_context(user_id), &sealed)
        .map_err(|e| InterviewError::Key(e.to_string()))?;
    Ok(Some(format!(
        "{}/calendar/{token}.ics",
        state.settings.link_base()
    )))
}

/// Makes a new secret address for the user's feed; the old one stops working.
pub async fn reset_feed(state: &AppState, user_id: i64) -> Result<String, InterviewError> {
    let mut random = [0u8; 32];
    getrandom::fill(&mut random).map_err(|e| InterviewError::Key(e.to_string()))?;
    let token = hex::encode(random);
    let sealed = state
        .key
        .seal(&feed_context(user_id), &token)
        .map_err(|e| InterviewError::Key(e.to_string()))?;
    state
        .store
        .feed_put(user_id, &token_hash(&token), &sealed, crate::jobs::now_ms())
        .await?;
    tracing::info!(user_id, "calendar feed address made");
    feed_url(state, user_id)
        .await?
        .ok_or(InterviewError::NotFound)
}

/// The feed a secret opens: every interview of its user; `None` for an
/// unknown (or reset) secret.
pub async fn feed(store: &dyn Store, token: &str) -> Result<Option<String>, StoreError> {
    if token.len() != 64 || !token.chars().all(|c| c.is_ascii_hexdigit()) {
        return Ok(None);
    }
    let Some(user_id) = store.feed_user(&token_hash(token)).await? else {
        return Ok(None);
    };
    let interviews = all(store, user_id).await?;
    Ok(Some(calendar_of(
        "Jobforge interviews",
        &interviews,
        crate::jobs::now_ms(),
    )))
}

/// The reminder mail of one interview.
fn reminder_mail(
    to: &str,
    name: &str,
    lang: &str,
    interview: &InterviewView,
    link: &str,
) -> crate::mail::Mail {
    let company = interview.company.clone().unwrap_or_default();
    let when = format!(
        "{} {} ({})",
        interview.date, interview.time, interview.time_zone
    );
    let (subject, text) = if lang == "ar" {
        (
            format!("تذكير: مقابلة {} غدًا", interview.job_title),
            format!(
                "مرحبًا {name}،\n\nلديك مقابلة لوظيفة {} {company} في {when}.\n{}\n\nملاحظات التحضير والتفاصيل:\n{link}\n\nبالتوفيق!\n— Jobforge\n",
                interview.job_title, interview.location
            ),
        )
    } else {
        (
            format!("Reminder: {} interview tomorrow", interview.job_title),
            format!(
                "Hello {name},\n\nYou have an interview for {} {company} at {when}.\n{}\n\nYour prep notes and the details:\n{link}\n\nGood luck!\n— Jobforge\n",
                interview.job_title, interview.location
            ),
        )
    };
    crate::mail::Mail {
        to: to.to_owned(),
        subject,
        text,
    }
}

/// Sends the reminders due: interviews that asked for one and start within the
/// next 24 hours. Each is marked first, so two workers never both send it.
pub async fn send_reminders(state: &AppState, now: i64) -> Result<usize, InterviewError> {
    let store = state.store.as_ref();
    let mut sent = 0;
    for due in store.reminders_due(now, now + 24 * 3_600_000).await? {
        if !store.reminder_sent(due.id, now).await? {
            continue;
        }
        let interview = get(store, due.user_id, due.id).await?;
        let link = format!("{}/interviews/{}", state.settings.link_base(), due.id);
        let mail = reminder_mail(
            &due.email,
            &due.display_name,
            &due.ui_lang,
            &interview,
            &link,
        );
        match state.mailer.send(&mail).await {
            Ok(()) => sent += 1,
            Err(e) => tracing::warn!(interview_id = due.id, "reminder not sent: {e}"),
        }
    }
    Ok(sent)
}

/// `interviews.remind`: the hourly reminder run.
pub struct Remind {
    pub state: AppState,
}

#[async_trait]
impl JobHandler for Remind {
    async fn run(&self, _ctx: &JobContext, _payload: Value) -> Result<Value, JobError> {
        let sent = send_reminders(&self.state, crate::jobs::now_ms())
            .await
            .map_err(|e| JobError::Transient(e.to_string()))?;
        Ok(json!({ "sent": sent }))
    }
}
