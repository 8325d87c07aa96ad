//! `GET /resumes/{id}/resume.json[?version=N]`: one of the user's resumes as a JSON
//! Resume download, exactly as stored. Another user's resume answers 404; a
//! visitor is sent to sign in.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use jobforge_core::AppState;
use jobforge_core::auth::AuthSession;
use jobforge_core::resumes::{self, ResumeError};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct VersionQuery {
    version: Option<i32>,
}

pub async fn resume_json(
    auth: AuthSession,
    State(app): State<AppState>,
    Path(id): Path<i64>,
    Query(query): Query<VersionQuery>,
) -> Response {
    let Some(user) = auth.user.map(|u| u.user) else {
        return Redirect::to(&format!("/login?next=/resumes/{id}")).into_response();
    };
    match resumes::document(app.store.as_ref(), user.id, id, query.version).await {
        Ok(document) => {
            let body = serde_json::to_vec_pretty(&document).unwrap_or_default();
            let mut response = body.into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            let name = format!("attachment; filename=\"resume-{id}.json\"");
            if let Ok(value) = HeaderValue::from_str(&name) {
                headers.insert(header::CONTENT_DISPOSITION, value);
            }
            response
        }
        Err(ResumeError::NotFound) => (StatusCode::NOT_FOUND, "no such resume").into_response(),
        Err(err) => {
            tracing::error!(
                user_id = user.id,
                resume_id = id,
                "resume download failed: {err}"
            );
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "the download failed; please try again",
            )
                .into_response()
        }
    }
}
