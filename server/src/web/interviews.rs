//! Interviews as calendars: `GET /interviews/{id}/interview.ics` (one, for its
//! owner; another user's answers 404, a visitor is sent to sign in) and `GET
//! /calendar/{secret}.ics` (the private feed: no session, only the secret; an
//! unknown or reset secret answers 404).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jobforge_core::AppState;
use jobforge_core::auth::AuthSession;
use jobforge_core::interviews::{self, InterviewError};

use super::resume_files::attachment;

const CALENDAR: &str = "text/calendar; charset=utf-8";

pub async fn ics(auth: AuthSession, State(app): State<AppState>, Path(id): Path<i64>) -> Response {
    let Some(user) = auth.user.map(|u| u.user) else {
        return Redirect::to(&format!("/login?next=/interviews/{id}")).into_response();
    };
    match interviews::ics_one(app.store.as_ref(), user.id, id).await {
        Ok(text) => attachment(
            text.into_bytes(),
            CALENDAR,
            &format!("attachment; filename=\"interview-{id}.ics\""),
        ),
        Err(InterviewError::NotFound) => {
            (StatusCode::NOT_FOUND, "no such interview").into_response()
        }
        Err(err) => {
            tracing::error!(user_id = user.id, interview_id = id, "ics: {err}");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "the calendar could not be made",
            )
                .into_response()
        }
    }
}

pub async fn feed(State(app): State<AppState>, Path(file): Path<String>) -> Response {
    let Some(token) = file.strip_suffix(".ics") else {
        return (StatusCode::NOT_FOUND, "no such calendar").into_response();
    };
    match interviews::feed(app.store.as_ref(), token).await {
        Ok(Some(text)) => attachment(
            text.into_bytes(),
            CALENDAR,
            "inline; filename=\"interviews.ics\"",
        ),
        Ok(None) => (StatusCode::NOT_FOUND, "no such calendar").into_response(),
        Err(err) => {
            tracing::error!("calendar feed: {err}");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "the calendar could not be read",
            )
                .into_response()
        }
    }
}
