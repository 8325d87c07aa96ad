//! Cache-Control for every response that does not set its own: pages are private
//! and revalidated, the browser bundle is revalidated by Last-Modified, and other
//! public files may be cached for a day.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

pub async fn cache_control(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    if response.headers().contains_key(header::CACHE_CONTROL) {
        return response;
    }
    let value = policy(&path, response.headers().get(header::CONTENT_TYPE));
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

fn policy(path: &str, content_type: Option<&HeaderValue>) -> &'static str {
    let is_html_or_json = content_type
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html") || t.starts_with("application/json"));
    if is_html_or_json || path.starts_with("/api/") {
        "no-store"
    } else if path.starts_with("/pkg/") {
        // Not content-hashed: keep a copy but ask the server (304 when unchanged).
        "public, no-cache"
    } else {
        "public, max-age=86400"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_never_stored_and_bundles_revalidated() {
        let html = HeaderValue::from_static("text/html; charset=utf-8");
        assert_eq!(policy("/", Some(&html)), "no-store");
        assert_eq!(policy("/pkg/jobforge_bg.wasm", None), "public, no-cache");
        assert_eq!(policy("/favicon.svg", None), "public, max-age=86400");
        assert_eq!(policy("/api/create_job", None), "no-store");
    }
}
