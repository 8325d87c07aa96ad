//! `GET /lang/{code}?next=/path`: remembers the UI language in a cookie and goes back.
//! A plain link, so switching works without JavaScript.

use axum::extract::{Path, Query};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use jobforge_app::i18n::{Lang, lang_cookie};
use jobforge_app::redirect::is_local_path;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

pub async fn switch_language(Path(code): Path<String>, Query(query): Query<Next>) -> Response {
    let Some(lang) = Lang::from_code(&code) else {
        return (
            StatusCode::NOT_FOUND,
            format!("unknown language '{code}': use one of en, ar"),
        )
            .into_response();
    };
    let target = query
        .next
        .as_deref()
        .filter(|next| is_local_path(next))
        .unwrap_or("/");
    let cookie = lang_cookie(lang);
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    if let (Ok(location), Ok(cookie)) = (
        HeaderValue::from_str(target),
        HeaderValue::from_str(&cookie),
    ) {
        headers.insert(header::LOCATION, location);
        headers.insert(header::SET_COOKIE, cookie);
    }
    response
}
