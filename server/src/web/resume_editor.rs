//! `POST /resumes/{id}/draft`: the structured editor's form (see
//! `jobforge_core::resumes::editor`). Its field names are the document's own
//! paths (`work.0.highlights`), so it is a plain form route rather than a server
//! function with fixed arguments; it answers with the page to go on to.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jobforge_core::AppState;
use jobforge_core::auth::AuthSession;
use jobforge_core::resumes::ResumeError;
use jobforge_core::resumes::editor::{self, Outcome};

pub async fn submit(
    auth: AuthSession,
    State(app): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let Some(user) = auth.user.map(|u| u.user) else {
        return Redirect::to(&format!("/login?next=/resumes/{id}/edit")).into_response();
    };
    let to = match editor::submit(app.store.as_ref(), user.id, id, &form).await {
        Ok(Outcome::Saved(_)) => format!("/resumes/{id}"),
        Ok(Outcome::Kept(None)) => format!("/resumes/{id}/edit#preview"),
        Ok(Outcome::Kept(Some(section))) => format!("/resumes/{id}/edit#{}", section.anchor()),
        Ok(Outcome::Refused) => format!("/resumes/{id}/edit?refused=1#problems"),
        Ok(Outcome::Discarded) => format!("/resumes/{id}/edit"),
        Err(err @ (ResumeError::Invalid { .. } | ResumeError::NotJsonResume(_))) => {
            return (StatusCode::BAD_REQUEST, err.to_string()).into_response();
        }
        Err(err) => {
            return super::resume_files::failed(err, user.id, id, "the resume could not be saved");
        }
    };
    Redirect::to(&to).into_response()
}
