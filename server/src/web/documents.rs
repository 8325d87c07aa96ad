//! Document files over plain HTTP: `GET /documents/{id}/document.pdf[?version=N]`
//! (typeset with typst, in the document's language), `GET
//! /documents/{id}/document.md[?version=N]` (the Markdown as written),
//! `GET /documents/{id}/original` (an uploaded file as it came) and `POST
//! /documents/upload` (a document from a file, with the upload rules of
//! resumes). Another user's document answers 404; a visitor is sent to sign in.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jobforge_core::AppState;
use jobforge_core::auth::AuthSession;
use jobforge_core::documents::{self, DocumentError, UploadInput};

use super::resume_files::{VersionQuery, attachment, read_upload, saved_as};

fn sign_in(id: i64) -> Response {
    Redirect::to(&format!("/login?next=/documents/{id}")).into_response()
}

/// A failed download: 404 for a document that is not the user's (or not
/// there), else a logged 500 that says `what` went wrong.
fn failed(err: DocumentError, user_id: i64, id: i64, what: &str) -> Response {
    if matches!(err, DocumentError::NotFound) {
        return (StatusCode::NOT_FOUND, "no such document").into_response();
    }
    tracing::error!(user_id, document_id = id, "{what}: {err}");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        format!("{what}; please try again"),
    )
        .into_response()
}

/// A file name made of the document's title.
fn file_name(title: &str, extension: &str) -> String {
    let stem: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let stem = if stem.is_empty() {
        "document".into()
    } else {
        stem
    };
    format!("{}.{extension}", stem.chars().take(80).collect::<String>())
}

pub async fn document_pdf(
    auth: AuthSession,
    State(app): State<AppState>,
    Path(id): Path<i64>,
    Query(query): Query<VersionQuery>,
) -> Response {
    let Some(user) = auth.user.map(|u| u.user) else {
        return sign_in(id);
    };
    match documents::pdf(app.store.as_ref(), user.id, id, query.version).await {
        Ok((pdf, title)) => {
            attachment(pdf, "application/pdf", &saved_as(&file_name(&title, "pdf")))
        }
        Err(err) => failed(err, user.id, id, "the PDF could not be made"),
    }
}

pub async fn document_markdown(
    auth: AuthSession,
    State(app): State<AppState>,
    Path(id): Path<i64>,
    Query(query): Query<VersionQuery>,
) -> Response {
    let Some(user) = auth.user.map(|u| u.user) else {
        return sign_in(id);
    };
    match documents::text(app.store.as_ref(), user.id, id, query.version).await {
        Ok((markdown, title, _)) => attachment(
            markdown.into_bytes(),
            "text/markdown; charset=utf-8",
            &saved_as(&file_name(&title, "md")),
        ),
        Err(err) => failed(err, user.id, id, "the download failed"),
    }
}

pub async fn original(
    auth: AuthSession,
    State(app): State<AppState>,
    Path(id): Path<i64>,
) -> Response {
    let Some(user) = auth.user.map(|u| u.user) else {
        return sign_in(id);
    };
    match documents::original(&app, user.id, id).await {
        Ok((file, bytes)) => attachment(
            bytes,
            jobforge_core::extract::Kind::named(&file.kind)
                .unwrap_or(jobforge_core::extract::Kind::Text)
                .media_type(),
            &saved_as(&file.name),
        ),
        Err(err) => failed(err, user.id, id, "the download failed"),
    }
}

/// The page an upload goes back to with an error code (shown in the user's
/// language there).
fn refused(code: &str) -> Response {
    Redirect::to(&format!("/documents?upload_error={code}")).into_response()
}

/// `POST /documents/upload` (multipart: `upload_title`, `upload_kind`,
/// `upload_job`, `file`): the file
/// is counted while it streams in and refused past the limit, then read on a
/// guarded thread. Goes on to the new document, or back to `/documents` with
/// `?upload_error=CODE`.
pub async fn upload(
    auth: AuthSession,
    State(app): State<AppState>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    let Some(user) = auth.user.map(|u| u.user) else {
        return Redirect::to("/login?next=/documents").into_response();
    };
    let mut form = match read_upload(multipart, app.settings.max_upload_bytes, user.id).await {
        Ok(form) => form,
        Err(code) => return refused(code),
    };
    let job_id = match form.field("upload_job").trim() {
        "" => None,
        id => match id.parse() {
            Ok(job) => Some(job),
            Err(_) => return refused("bad_job"),
        },
    };
    let Some((name, bytes)) = form.file.take() else {
        return refused("no_file");
    };
    let input = UploadInput {
        title: form.field("upload_title").to_owned(),
        kind: match form.field("upload_kind") {
            "" => "other".to_owned(),
            kind => kind.to_owned(),
        },
        job_id,
        name,
    };
    match documents::upload(&app, user.id, &input, bytes).await {
        Ok(id) => Redirect::to(&format!("/documents/{id}")).into_response(),
        Err(DocumentError::File(err)) => {
            tracing::info!(user_id = user.id, "upload refused: {err}");
            refused(err.code())
        }
        Err(DocumentError::Invalid { field, .. }) => refused(match field {
            "title" => "title_too_long",
            _ => "bad_kind",
        }),
        Err(DocumentError::NoJob) => refused("bad_job"),
        Err(err) => {
            tracing::error!(user_id = user.id, "upload failed: {err}");
            refused("server")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn download_names_come_from_titles() {
        assert_eq!(
            file_name("Cover letter — Backend Engineer at Ledgerly", "pdf"),
            "Cover-letter-Backend-Engineer-at-Ledgerly.pdf"
        );
        assert_eq!(file_name("رسالة تغطية", "md"), "رسالة-تغطية.md");
        assert_eq!(file_name("../..", "md"), "document.md");
    }
}
