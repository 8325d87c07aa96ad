//! Just enough HTML for job pages: a forgiving tag scanner, entity decoding, and
//! HTML to Markdown-ish text (headings as `#` lines, list items as `- ` lines).
//! Malformed markup never fails; it only reads less.

/// One tag of a page. Byte offsets are into the page as given.
#[derive(Clone, Debug)]
pub(super) struct Tag {
    /// Lower case.
    pub name: String,
    pub attrs: Vec<(String, String)>,
    /// Offset of `<`.
    pub start: usize,
    /// Offset just after `>`.
    pub end: usize,
    pub closing: bool,
    /// For `script` and `style`: their raw content.
    pub raw: Option<(usize, usize)>,
}

impl Tag {
    /// An attribute's decoded value (names compare in lower case).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn is_void(&self) -> bool {
        VOID.contains(&self.name.as_str())
    }
}

const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose tags mark a text as HTML.
const HTML_ELEMENTS: &str = "html head body div span p a br hr ul ol li h1 h2 h3 h4 h5 h6 table \
    tr td th tbody thead script style meta link title main article section header footer nav \
    aside strong em b i u img dl dt dd pre code blockquote form button input label iframe \
    noscript svg time small font center template";

/// Whether `text` holds HTML tags (`<p>`, `</div>`, `<!DOCTYPE html>`), not
/// just angle brackets (`<maya@example.com>`, `5 < 6`).
pub(super) fn looks_like_html(text: &str) -> bool {
    text.match_indices('<').any(|(at, _)| {
        let rest = &text[at + 1..];
        if rest
            .get(..8)
            .is_some_and(|d| d.eq_ignore_ascii_case("!doctype"))
            || rest.starts_with("!--")
        {
            return true;
        }
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        let name_len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
        let name = rest[..name_len].to_ascii_lowercase();
        let after = rest[name_len..].chars().next();
        HTML_ELEMENTS.split_whitespace().any(|e| e == name)
            && after.is_some_and(|c| c.is_ascii_whitespace() || c == '>' || c == '/')
    })
}

/// Every tag of `html`, in order; comments and doctypes are skipped and the
/// content of `script` and `style` is not scanned.
pub(super) fn tags(html: &str) -> Vec<Tag> {
    let lower = html.to_ascii_lowercase();
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(found) = html[i..].find('<') {
        let start = i + found;
        let rest = &lower[start..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(html.len(), |e| start + e + 3);
            continue;
        }
        let next = bytes.get(start + 1).copied().unwrap_or(b' ');
        if next == b'!' || next == b'?' {
            i = rest.find('>').map_or(html.len(), |e| start + e + 1);
            continue;
        }
        let closing = next == b'/';
        let name_at = start + 1 + usize::from(closing);
        if !bytes.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
            i = start + 1;
            continue;
        }
        let name_end = lower[name_at..]
            .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
            .map_or(html.len(), |e| name_at + e);
        let name = lower[name_at..name_end].to_owned();
        let (attrs, end) = attributes(html, name_end);
        let mut tag = Tag {
            name,
            attrs,
            start,
            end,
            closing,
            raw: None,
        };
        i = end;
        if !closing && (tag.name == "script" || tag.name == "style") {
            let close = format!("</{}", tag.name);
            let content_end = lower[end..].find(&close).map_or(html.len(), |e| end + e);
            tag.raw = Some((end, content_end));
            i = content_end;
        }
        out.push(tag);
    }
    out
}

/// The attributes of a tag whose name ends at `from`, and the offset after `>`.
fn attributes(html: &str, from: usize) -> (Vec<(String, String)>, usize) {
    let bytes = html.as_bytes();
    let mut attrs = Vec::new();
    let mut i = from;
    loop {
        while bytes
            .get(i)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
        {
            i += 1;
        }
        match bytes.get(i) {
            None => return (attrs, html.len()),
            Some(b'>') => return (attrs, i + 1),
            Some(_) => {}
        }
        let name_end = html[i..]
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>' || c == '/')
            .map_or(html.len(), |e| i + e);
        let name = html[i..name_end].to_ascii_lowercase();
        i = name_end;
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        let mut value = String::new();
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            match bytes.get(i) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    let end = html[i + 1..]
                        .find(char::from(q))
                        .map_or(html.len(), |e| i + 1 + e);
                    value = decode_entities(&html[i + 1..end]);
                    i = (end + 1).min(html.len());
                }
                _ => {
                    let end = html[i..]
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .map_or(html.len(), |e| i + e);
                    value = decode_entities(&html[i..end]);
                    i = end;
                }
            }
        }
        if !name.is_empty() {
            attrs.push((name, value));
        }
    }
}

/// The index of the tag that closes `tags[at]` (nesting counted), or `None`
/// for void, self-closing and never-closed elements.
pub(super) fn closing_of(tags: &[Tag], at: usize) -> Option<usize> {
    let open = tags.get(at)?;
    if open.closing || open.is_void() {
        return None;
    }
    let mut depth = 0usize;
    for (i, tag) in tags.iter().enumerate().skip(at + 1) {
        if tag.name != open.name {
            continue;
        }
        if !tag.closing {
            depth += 1;
        } else if depth == 0 {
            return Some(i);
        } else {
            depth -= 1;
        }
    }
    None
}

/// The byte range of the content of `tags[at]`: up to its closing tag, else up
/// to the next tag.
pub(super) fn content_range(tags: &[Tag], at: usize, len: usize) -> (usize, usize) {
    let Some(open) = tags.get(at) else {
        return (len, len);
    };
    let end = closing_of(tags, at)
        .or_else(|| (at + 1 < tags.len()).then_some(at + 1))
        .and_then(|i| tags.get(i))
        .map_or(len, |t| t.start);
    (open.end.min(end), end)
}

/// `&amp;`, `&#39;`, `&#x2013;` and the common named entities decoded.
pub(super) fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let decoded = after
            .find(';')
            .filter(|end| *end <= 10)
            .and_then(|end| entity(&after[..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "bull" => '•',
        "middot" => '·',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "laquo" => '«',
        "raquo" => '»',
        "times" => '×',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "szlig" => 'ß',
        _ => return None,
    })
}
