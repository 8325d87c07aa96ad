//! The page's Content-Security-Policy. It is sent from inside the render because it
//! names this response's nonce: inline scripts (the hydration loader and streamed
//! resources) run only with it, and the wasm module may compile ('wasm-unsafe-eval').

/// The policy for an HTML page whose inline scripts carry `nonce`.
pub fn page_policy(nonce: Option<&str>, live_reload: bool) -> String {
    let nonce = nonce.map(|n| format!(" 'nonce-{n}'")).unwrap_or_default();
    // `cargo leptos watch` reloads the page over a websocket on another port.
    let connect = if live_reload { " ws:" } else { "" };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{nonce}; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; \
         connect-src 'self'{connect}; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// Adds the policy to the response being rendered.
#[cfg(feature = "ssr")]
pub fn send_page_policy() {
    use leptos::prelude::use_context;
    let Some(response) = use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    let nonce = leptos::nonce::use_nonce().map(|n| n.to_string());
    let live_reload = std::env::var_os("LEPTOS_WATCH").is_some();
    if let Ok(value) = http::HeaderValue::from_str(&page_policy(nonce.as_deref(), live_reload)) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

#[cfg(test)]
mod tests {
    use super::page_policy;

    #[test]
    fn inline_scripts_need_the_nonce() {
        let policy = page_policy(Some("abc"), false);
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval' 'nonce-abc';"));
        assert!(!policy.contains("unsafe-inline"));
        assert!(policy.contains("frame-ancestors 'none'"));
        assert!(!policy.contains("ws:"));
        assert!(page_policy(None, true).contains("connect-src 'self' ws:"));
    }
}
