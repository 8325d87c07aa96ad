//! The request being rendered or served, as server code reads it: one header, or
//! one cookie. Server only; the browser has no request.

use http::header::{COOKIE, HeaderName};
use leptos::prelude::use_context;

/// The value of header `name` in the current request, if it is there and text.
pub fn header(name: HeaderName) -> Option<String> {
    let parts = use_context::<http::request::Parts>()?;
    parts.headers.get(name)?.to_str().ok().map(str::to_owned)
}

/// The value of cookie `name` in the current request.
pub fn cookie(name: &str) -> Option<String> {
    header(COOKIE).and_then(|cookies| crate::i18n::cookie_value(&cookies, name).map(str::to_owned))
}

/// Who sent a request, for the audit log: the TCP peer's address (from axum's
/// `ConnectInfo`) and the user agent, cut to 512 characters.
pub fn origin_of(
    extensions: &http::Extensions,
    headers: &http::HeaderMap,
) -> jobforge_core::db::RequestOrigin {
    let ip = extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|axum::extract::ConnectInfo(addr)| addr.ip().to_string());
    let user_agent = headers
        .get(http::header::USER_AGENT)
        .and_then(|ua| ua.to_str().ok())
        .map(|ua| ua.chars().take(512).collect());
    jobforge_core::db::RequestOrigin { ip, user_agent }
}
