//! Markdown that users and job pages write (descriptions, notes, letters).
//! On the server, `to_safe_html` renders it with pulldown-cmark and sanitises it
//! with ammonia, so no script, style, event handler or `javascript:` link
//! survives, whatever was pasted. `tree` reads it into plain blocks and spans
//! (no HTML at all), which the browser's live preview draws as elements and the
//! PDF template typesets; it compiles for both.

pub mod tree;

#[cfg(feature = "server")]
use pulldown_cmark::{Options, Parser, html};

/// Safe HTML of `markdown`; links open in a new tab without the referrer.
#[cfg(feature = "server")]
pub fn to_safe_html(markdown: &str) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, Parser::new_ext(markdown, options));
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into())
        .link_rel(Some("noopener noreferrer nofollow"))
        .set_tag_attribute_value("a", "target", "_blank")
        .clean(&raw)
        .to_string()
}

#[cfg(all(test, feature = "server"))]
mod tests {
    use super::to_safe_html;

    #[test]
    fn markdown_is_rendered_and_scripts_are_not() {
        let html = to_safe_html(
            "# Backend Engineer\n\n- **Rust**\n- SQL\n\n<script>alert(1)</script>\n\
             [x](javascript:alert(1)) [site](https://example.com) <img src=x onerror=alert(1)>",
        );
        assert!(html.contains("<h1>Backend Engineer</h1>"), "{html}");
        assert!(html.contains("<li><strong>Rust</strong></li>"), "{html}");
        assert!(
            !html.contains("<script") && !html.contains("onerror"),
            "{html}"
        );
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("href=\"https://example.com\""), "{html}");
        assert!(
            html.contains("rel=\"noopener noreferrer nofollow\""),
            "{html}"
        );
    }
}
