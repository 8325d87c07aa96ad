//! `POST /resumes/{id}/tailor/{job}/accept`: the change log of a tailoring,
//! accepted. The form carries `tailoring` (its id) and one `accept` field per
//! ticked change, or `all=1`; a plain form route, since the number of fields
//! varies. Goes on to the new resume version, or back to the tailoring with
//! `?error=CODE`.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jobforge_core::AppState;
use jobforge_core::auth::AuthSession;
use jobforge_core::tailor::{self, TailorError};

pub async fn accept(
    auth: AuthSession,
    State(app): State<AppState>,
    Path((id, job)): Path<(i64, i64)>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let page = format!("/resumes/{id}/tailor/{job}");
    let Some(user) = auth.user.map(|u| u.user) else {
        return Redirect::to(&format!("/login?next={page}")).into_response();
    };
    let field = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let Some(tailoring) = field("tailoring").and_then(|v| v.parse::<i64>().ok()) else {
        return (
            StatusCode::BAD_REQUEST,
            "tailoring: the id of a tailoring is required",
        )
            .into_response();
    };
    let mut accepted = Vec::new();
    for (_, value) in form.iter().filter(|(k, _)| k == "accept") {
        match value.parse::<usize>() {
            Ok(change) => accepted.push(change),
            Err(_) => {
                return (StatusCode::BAD_REQUEST, "accept: each is a change's number")
                    .into_response();
            }
        }
    }
    let all = field("all") == Some("1");
    let back =
        |code: &str| Redirect::to(&format!("{page}?t={tailoring}&error={code}")).into_response();
    let store = app.store.as_ref();
    // The tailoring must be of this resume and job (and the user's).
    match tailor::view(store, user.id, id, job, Some(tailoring)).await {
        Ok(Some(_)) => {}
        Ok(None) => return (StatusCode::NOT_FOUND, "no such tailoring").into_response(),
        Err(err) => {
            tracing::error!(user_id = user.id, "tailoring: {err}");
            return back("server");
        }
    }
    let chosen = (!all).then_some(accepted.as_slice());
    match tailor::accept(store, user.id, tailoring, chosen).await {
        Ok((resume, version)) => {
            Redirect::to(&format!("/resumes/{resume}?version={version}")).into_response()
        }
        Err(TailorError::Invalid { .. }) => back("none"),
        Err(TailorError::Stale) => back("stale"),
        Err(TailorError::NotReady) => back("not_ready"),
        Err(TailorError::NotFound) => (StatusCode::NOT_FOUND, "no such tailoring").into_response(),
        Err(err) => {
            tracing::error!(user_id = user.id, "tailoring: {err}");
            back("server")
        }
    }
}
