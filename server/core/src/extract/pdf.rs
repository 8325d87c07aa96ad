//! Text from a PDF: pdf-extract interprets the content streams and hands over
//! each glyph with its position; `layout` puts them in reading order. Encrypted
//! files that open with the empty password (permissions only) are read; others
//! are refused. A PDF with pages but no text is a scan: OCR when it is installed.

use pdf_extract::{Document, MediaBox, OutputDev, OutputError, Transform};

use super::layout::{Glyph, page_text};
use super::{ExtractError, Limits, ocr};

/// Collects each page's glyphs and turns them into text at the page's end.
struct Pages {
    height: f64,
    width: f64,
    glyphs: Vec<Glyph>,
    text: String,
    pages: usize,
    max_pages: usize,
    /// Where the reader put the last glyph, before any estimate moved it.
    raw: Option<(f64, f64)>,
}

impl OutputDev for Pages {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.pages += 1;
        if self.pages > self.max_pages {
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        self.height = media_box.ury - media_box.lly;
        self.width = media_box.urx - media_box.llx;
        self.glyphs.clear();
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        let text = page_text(std::mem::take(&mut self.glyphs));
        if !text.trim().is_empty() {
            if !self.text.is_empty() {
                self.text.push('\n');
            }
            self.text.push_str(&text);
        }
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        let scale = (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt();
        let size = font_size * scale;
        let (x, y) = (trm.m31, self.height - trm.m32);
        // Text off the page is not on the page.
        let margin = size.max(1.0);
        if x < -margin || y < -margin || x > self.width + margin || y > self.height + margin {
            return Ok(());
        }
        let guessed = width == 0.0;
        let text = plain(text);
        let mut glyph = Glyph {
            x,
            y,
            width: if guessed {
                estimated_width(&text, size)
            } else {
                width * size
            },
            size,
            order: self.glyphs.len(),
            guessed,
            text,
        };
        // Some fonts' widths are not read (they come out as 0), and the pen does
        // not move: glyphs then pile up at one spot. Move them on by an estimate,
        // in the order they are drawn.
        if let (Some(last), Some((raw_x, raw_y))) = (self.glyphs.last(), self.raw)
            && last.guessed
            && (raw_y - glyph.y).abs() < 0.1
            && (raw_x - glyph.x).abs() < size * 0.1
        {
            glyph.x = last.x + estimated_width(&last.text, last.size);
        }
        self.raw = Some((x, y));
        self.glyphs.push(glyph);
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// How wide a glyph probably is when its font's widths cannot be read.
fn estimated_width(text: &str, size: f64) -> f64 {
    let narrow = text.chars().all(|c| {
        c == ' '
            || matches!(
                c,
                'i' | 'l' | 'j' | 't' | 'f' | '.' | ',' | ':' | ';' | '\'' | '|' | '!'
            )
    });
    let marks = text
        .chars()
        .all(|c| matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0300}'..='\u{036F}'));
    if marks {
        0.0
    } else if narrow {
        size * 0.28
    } else if text
        .chars()
        .any(|c| c.is_uppercase() || matches!(c, 'm' | 'w' | 'M' | 'W'))
    {
        size * 0.65
    } else {
        size * 0.5
    }
}

/// A glyph's text with presentation forms (Arabic letter shapes, ligatures such
/// as "ﬁ") turned back into the letters they show.
fn plain(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let shaped = |c: char| matches!(c, '\u{FB00}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}');
    if text.chars().any(shaped) {
        text.chars()
            .flat_map(|c| {
                if shaped(c) {
                    c.to_string().nfkc().collect::<Vec<char>>()
                } else {
                    vec![c]
                }
            })
            .collect()
    } else {
        text.to_owned()
    }
}

/// The text of a PDF, in reading order.
pub fn text(bytes: &[u8], limits: &Limits) -> Result<(String, bool), ExtractError> {
    let mut doc = Document::load_mem(bytes)
        .map_err(|e| ExtractError::Corrupt(format!("the PDF cannot be read ({e})")))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(ExtractError::Encrypted);
    }
    let page_count = doc.get_pages().len();
    if page_count == 0 {
        return Err(ExtractError::Corrupt("the PDF has no pages".into()));
    }
    if page_count > limits.max_pages {
        return Err(ExtractError::TooManyPages {
            max: limits.max_pages,
        });
    }
    let mut pages = Pages {
        height: 842.0,
        width: 595.0,
        glyphs: Vec::new(),
        text: String::new(),
        pages: 0,
        max_pages: limits.max_pages,
        raw: None,
    };
    pdf_extract::output_doc(&doc, &mut pages)
        .map_err(|e| ExtractError::Corrupt(format!("the PDF's pages cannot be read ({e})")))?;
    let letters = pages.text.chars().filter(|c| c.is_alphanumeric()).count();
    if letters >= 20 {
        return Ok((pages.text, false));
    }
    // No text layer: a scan.
    match ocr::pdf(bytes, page_count, limits)? {
        Some(text) => Ok((text, true)),
        None => Err(ExtractError::NoText),
    }
}
