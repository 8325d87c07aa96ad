//! Resume files over plain HTTP: `GET /resumes/{id}/resume.json[?version=N]` (a
//! JSON Resume download, exactly as stored), `GET /resumes/{id}/resume.pdf` (typeset
//! in one of three templates, English or Arabic), `POST /resumes/upload` (a resume
//! from a file) and `GET /resumes/{id}/original` (the uploaded file). Another
//! user's resume answers 404; a visitor is sent to sign in.

use axum::extract::multipart::{MultipartError, MultipartRejection};
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use jobforge_core::AppState;
use jobforge_core::auth::AuthSession;
use jobforge_core::resumes::{self, ResumeError};
use jobforge_core::typeset::resume::Template;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct VersionQuery {
    pub(super) version: Option<i32>,
}

#[derive(Deserialize)]
pub struct PdfQuery {
    version: Option<i32>,
    template: Option<String>,
    lang: Option<String>,
}

/// `GET /resumes/{id}/resume.pdf[?template=classic|modern|compact&lang=en|ar&version=N]`:
/// a version typeset with typst in-process.
pub async fn resume_pdf(
    auth: AuthSession,
    State(app): State<AppState>,
    Path(id): Path<i64>,
    Query(query): Query<PdfQuery>,
) -> Response {
    let Some(user) = auth.user.map(|u| u.user) else {
        return Redirect::to(&format!("/login?next=/resumes/{id}")).into_response();
    };
    let template = match Template::parse(query.template.as_deref().unwrap_or("classic")) {
        Ok(template) => template,
        Err(err) => return (StatusCode::BAD_REQUEST, err.to_string()).into_response(),
    };
    let lang = query.lang.as_deref().filter(|l| !l.is_empty());
    if lang.is_some_and(|l| !matches!(l, "en" | "ar")) {
        return (StatusCode::BAD_REQUEST, "lang must be en or ar").into_response();
    }
    match resumes::pdf(
        app.store.as_ref(),
        user.id,
        id,
        query.version,
        template,
        lang,
    )
    .await
    {
        Ok((pdf, _pages)) => attachment(
            pdf,
            "application/pdf",
            &format!(
                "attachment; filename=\"resume-{id}-{}.pdf\"",
                template.name()
            ),
        ),
        Err(err) => failed(err, user.id, id, "the PDF could not be made"),
    }
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
        Ok(document) => attachment(
            serde_json::to_vec_pretty(&document).unwrap_or_default(),
            "application/json",
            &format!("attachment; filename=\"resume-{id}.json\""),
        ),
        Err(err) => failed(err, user.id, id, "the download failed"),
    }
}

/// A download: the bytes with their type, never cached, saved as `disposition`
/// says.
pub(super) fn attachment(bytes: Vec<u8>, media_type: &'static str, disposition: &str) -> Response {
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(value) = HeaderValue::from_str(disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// A failed download: 404 for a resume that is not the user's (or not there),
/// else a logged 500 that says `what` went wrong.
pub(super) fn failed(err: ResumeError, user_id: i64, id: i64, what: &str) -> Response {
    if matches!(err, ResumeError::NotFound) {
        return (StatusCode::NOT_FOUND, "no such resume").into_response();
    }
    tracing::error!(user_id, resume_id = id, "{what}: {err}");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        format!("{what}; please try again"),
    )
        .into_response()
}

/// The page an upload goes back to with an error code (shown in the user's
/// language there).
fn refused(code: &str) -> Response {
    Redirect::to(&format!("/resumes?upload_error={code}")).into_response()
}

/// `POST /resumes/upload` (multipart: `title`, `file`): a resume from a PDF, Word,
/// JSON Resume, Markdown or text file. The file is counted while it streams in
/// and refused past the limit; then read on a blocking thread (see
/// `jobforge_core::extract`). Goes on to the new resume, or back to `/resumes`
/// with `?upload_error=CODE`; a plain form does it all without JavaScript.
pub async fn upload(
    auth: AuthSession,
    State(app): State<AppState>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    let Some(user) = auth.user.map(|u| u.user) else {
        return Redirect::to("/login?next=/resumes").into_response();
    };
    let form = match read_upload(multipart, app.settings.max_upload_bytes, user.id).await {
        Ok(form) => form,
        Err(code) => return refused(code),
    };
    let title = form.field("title").to_owned();
    let Some((name, bytes)) = form.file else {
        return refused("no_file");
    };
    match resumes::upload::upload(&app, user.id, &title, &name, bytes).await {
        Ok(id) => Redirect::to(&format!("/resumes/{id}")).into_response(),
        Err(ResumeError::File(err)) => {
            tracing::info!(user_id = user.id, "upload refused: {err}");
            refused(err.code())
        }
        Err(ResumeError::NotJsonResume(reason)) => {
            tracing::info!(user_id = user.id, "upload refused: {reason}");
            refused("not_json_resume")
        }
        Err(ResumeError::Invalid { .. }) => refused("title_too_long"),
        Err(err) => {
            tracing::error!(user_id = user.id, "upload failed: {err}");
            refused("server")
        }
    }
}

/// An upload form as it arrived: its text fields (each cut at 1,000
/// characters) and its file (name and bytes), if one came that is not empty.
pub(super) struct UploadForm {
    fields: Vec<(String, String)>,
    pub file: Option<(String, Vec<u8>)>,
}

impl UploadForm {
    /// A text field's value ("" when it did not come).
    pub fn field(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

/// Reads a multipart upload, counting the file's bytes as they stream in and
/// refusing it as soon as they pass `max`; an error is the code the upload page
/// words.
pub(super) async fn read_upload(
    multipart: Result<Multipart, MultipartRejection>,
    max: usize,
    user_id: i64,
) -> Result<UploadForm, &'static str> {
    let mut multipart = multipart.map_err(|err| {
        tracing::info!(user_id, "upload refused: {err}");
        "no_file"
    })?;
    let mut form = UploadForm {
        fields: Vec::new(),
        file: None,
    };
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|err| multipart_code(&err))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            let file_name = field.file_name().unwrap_or_default().to_owned();
            let bytes = read_limited(field, max).await?;
            form.file = (!bytes.is_empty()).then_some((file_name, bytes));
        } else {
            let text = field.text().await.map_err(|err| multipart_code(&err))?;
            form.fields.push((name, text.chars().take(1_000).collect()));
        }
    }
    Ok(form)
}

/// A field's bytes, refused as soon as they pass `max`.
async fn read_limited(
    mut field: axum::extract::multipart::Field<'_>,
    max: usize,
) -> Result<Vec<u8>, &'static str> {
    let mut bytes = Vec::new();
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                if bytes.len() + chunk.len() > max {
                    return Err("too_large");
                }
                bytes.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(bytes),
            Err(err) => return Err(multipart_code(&err)),
        }
    }
}

fn multipart_code(err: &MultipartError) -> &'static str {
    if err.status() == StatusCode::PAYLOAD_TOO_LARGE {
        "too_large"
    } else {
        "no_file"
    }
}

/// `GET /resumes/{id}/original`: the file a resume was read from, as uploaded.
pub async fn original(
    auth: AuthSession,
    State(app): State<AppState>,
    Path(id): Path<i64>,
) -> Response {
    let Some(user) = auth.user.map(|u| u.user) else {
        return Redirect::to(&format!("/login?next=/resumes/{id}")).into_response();
    };
    match resumes::upload::original(&app, user.id, id).await {
        Ok((row, bytes)) => attachment(
            bytes,
            jobforge_core::extract::Kind::named(&row.kind)
                .unwrap_or(jobforge_core::extract::Kind::Text)
                .media_type(),
            &saved_as(&row.name),
        ),
        Err(err) => failed(err, user.id, id, "the download failed"),
    }
}

/// A download's Content-Disposition for a file called `name`: an ASCII name for
/// old clients and the exact name, percent-encoded, for the rest.
pub(super) fn saved_as(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_ ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{}",
        jobforge_app::components::signed_in::urlencoding(name)
    )
}
