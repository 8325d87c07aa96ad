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
