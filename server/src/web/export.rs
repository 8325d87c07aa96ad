//! `GET /settings/export.json` and `/settings/export.zip`: the signed-in user's data
//! as a download. Plain links, so they work without JavaScript; a visitor is sent
//! to sign in first.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use jobforge_core::AppState;
use jobforge_core::auth::AuthSession;
use jobforge_core::db::RequestOrigin;
use jobforge_core::export;
use jobforge_core::model::{AuditEvent, User};
use serde_json::json;

#[derive(Clone, Copy)]
enum Kind {
    Json,
    Zip,
}

pub async fn export_json(
    auth: AuthSession,
    State(app): State<AppState>,
    request: Request,
) -> Response {
    download(auth, app, origin(&request), Kind::Json).await
}

pub async fn export_zip(
    auth: AuthSession,
    State(app): State<AppState>,
    request: Request,
) -> Response {
    download(auth, app, origin(&request), Kind::Zip).await
}

fn origin(request: &Request) -> RequestOrigin {
    jobforge_app::request::origin_of(request.extensions(), request.headers())
}

async fn download(auth: AuthSession, app: AppState, origin: RequestOrigin, kind: Kind) -> Response {
    let Some(user) = auth.user.map(|u| u.user) else {
        return Redirect::to("/login?next=/settings").into_response();
    };
    match build(&app, &user, kind).await {
        Ok((bytes, content_type, extension)) => {
            let detail = json!({ "format": extension });
            if let Err(err) = app
                .store
                .audit(AuditEvent::Exported, Some(user.id), &origin, detail)
                .await
            {
                tracing::error!("audit log write failed: {err}");
            }
            let day = time::OffsetDateTime::now_utc().date();
            let disposition = format!("attachment; filename=\"jobforge-export-{day}.{extension}\"");
            let mut response = bytes.into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            if let Ok(value) = HeaderValue::from_str(&disposition) {
                headers.insert(header::CONTENT_DISPOSITION, value);
            }
            response
        }
        Err(err) => {
            tracing::error!(user_id = user.id, "export failed: {err}");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "the export failed; please try again",
            )
                .into_response()
        }
    }
}

async fn build(
    app: &AppState,
    user: &User,
    kind: Kind,
) -> Result<(Vec<u8>, &'static str, &'static str), export::ExportError> {
    let data = export::collect(app.store.as_ref(), &app.settings.data_dir, user).await?;
    Ok(match kind {
        Kind::Json => (export::to_json(&data), "application/json", "json"),
        Kind::Zip => (
            export::zip(data, &app.settings.data_dir).await?,
            "application/zip",
            "zip",
        ),
    })
}
