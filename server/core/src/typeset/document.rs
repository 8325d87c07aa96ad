//! A Markdown document (a cover letter, say) as a PDF: the text is read into
//! blocks and spans by `markdown::tree` and handed to `templates/document.typ`
//! as JSON, so a letter's words are only ever text. Arabic documents are set
//! right to left in Noto Naskh Arabic.

use serde::Serialize;

use super::TypesetError;
use crate::markdown::tree::{Block, blocks};

#[derive(Serialize)]
struct Doc<'a> {
    title: &'a str,
    lang: &'a str,
    rtl: bool,
    fonts: Vec<&'static str>,
    blocks: Vec<Block>,
}

/// `markdown` as a PDF titled `title`, in `lang` (`ar` is right to left); the
/// bytes and the number of pages.
pub fn render(markdown: &str, title: &str, lang: &str) -> Result<(Vec<u8>, usize), TypesetError> {
    let rtl = lang == "ar";
    let doc = Doc {
        title,
        lang: if rtl { "ar" } else { "en" },
        rtl,
        fonts: if rtl {
            vec!["Noto Naskh Arabic", "Noto Serif"]
        } else {
            vec!["Noto Serif", "Noto Naskh Arabic"]
        },
        blocks: blocks(markdown),
    };
    let data = serde_json::to_vec(&doc).map_err(|e| TypesetError::Compile(e.to_string()))?;
    super::pdf(
        include_str!("templates/document.typ"),
        vec![("/document.json", data)],
    )
}

/// `render` on a blocking thread, for async callers.
pub async fn render_blocking(
    markdown: String,
    title: String,
    lang: String,
) -> Result<(Vec<u8>, usize), TypesetError> {
    tokio::task::spawn_blocking(move || render(&markdown, &title, &lang))
        .await
        .map_err(|e| TypesetError::Compile(e.to_string()))?
}
