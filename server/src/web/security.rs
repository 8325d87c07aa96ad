//! Request forgery guard and security headers, for every route.

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Refuses a state-changing request that a browser sent from another site. Leptos
/// server functions have no CSRF protection of their own; this covers them all.
///
/// Browsers mark cross-site requests with `Sec-Fetch-Site` and `Origin`; a request
/// with neither comes from a non-browser client, which carries no victim's cookies.
pub async fn csrf_guard(request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if safe || is_same_site_request(request.headers()) {
        return next.run(request).await;
    }
    tracing::warn!(
        method = %request.method(),
        path = %request.uri().path(),
        origin = ?request.headers().get(header::ORIGIN),
        "refused a cross-site request"
    );
    (
        StatusCode::FORBIDDEN,
        "cross-site request refused: send this form from Jobforge's own pages",
    )
        .into_response()
}

fn is_same_site_request(headers: &HeaderMap) -> bool {
    let text = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    match text("sec-fetch-site") {
        Some("same-origin" | "none") => return true,
        Some(_) => return false,
        None => {}
    }
    match (text(header::ORIGIN.as_str()), text(header::HOST.as_str())) {
        (None, _) => true,
        (Some(origin), Some(host)) => {
            origin.split_once("://").is_some_and(|(scheme, authority)| {
                matches!(scheme, "http" | "https") && authority.eq_ignore_ascii_case(host)
            })
        }
        (Some(_), None) => false,
    }
}

/// Headers every response carries. Pages send their own Content-Security-Policy
/// (it names the nonce of their inline scripts); anything else gets a closed one.
pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(
            "default-src 'none'; frame-ancestors 'none'",
        ));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn fetch_metadata_decides_first() {
        assert!(is_same_site_request(&headers(&[(
            "sec-fetch-site",
            "same-origin"
        )])));
        assert!(is_same_site_request(&headers(&[(
            "sec-fetch-site",
            "none"
        )])));
        assert!(!is_same_site_request(&headers(&[(
            "sec-fetch-site",
            "same-site"
        )])));
        assert!(!is_same_site_request(&headers(&[
            ("sec-fetch-site", "cross-site"),
            ("origin", "http://app.test"),
            ("host", "app.test"),
        ])));
    }

    #[test]
    fn origin_must_match_host() {
        let ours = [
            ("origin", "http://127.0.0.1:3000"),
            ("host", "127.0.0.1:3000"),
        ];
        assert!(is_same_site_request(&headers(&ours)));
        let other_port = [
            ("origin", "http://127.0.0.1:4000"),
            ("host", "127.0.0.1:3000"),
        ];
        assert!(!is_same_site_request(&headers(&other_port)));
        let evil = [
            ("origin", "https://evil.example"),
            ("host", "127.0.0.1:3000"),
        ];
        assert!(!is_same_site_request(&headers(&evil)));
        let opaque = [("origin", "null"), ("host", "127.0.0.1:3000")];
        assert!(!is_same_site_request(&headers(&opaque)));
        let suffix = [
            ("origin", "http://127.0.0.1:3000.evil"),
            ("host", "127.0.0.1:3000"),
        ];
        assert!(!is_same_site_request(&headers(&suffix)));
    }

    #[test]
    fn clients_without_browser_headers_pass() {
        assert!(is_same_site_request(&headers(&[(
            "host",
            "127.0.0.1:3000"
        )])));
    }
}
