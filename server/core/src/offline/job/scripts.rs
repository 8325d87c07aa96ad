//! The JSON-LD scripts of a page, parsed leniently: several values in one
//! script, comment wrappers, raw line breaks in strings, trailing commas and
//! cut-off text are all read.

use serde_json::Value;

use super::html::{Tag, decode_entities};
use super::jsonld::MAX_DEPTH;

/// The JSON-LD blocks of a page that parse (after mending what is commonly
/// broken: comment wrappers, raw line breaks in strings, trailing commas).
pub(super) fn blocks(html: &str, tags: &[Tag]) -> Vec<Value> {
    tags.iter()
        .filter(|t| !t.closing && t.name == "script")
        .filter(|t| {
            t.attr("type")
                .is_some_and(|ty| ty.to_ascii_lowercase().contains("ld+json"))
        })
        .filter_map(|t| t.raw)
        .filter_map(|(from, to)| html.get(from..to))
        .flat_map(parse_block)
        .collect()
}

fn parse_block(raw: &str) -> Vec<Value> {
    let mut text = raw.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
    ] {
        if let Some(inner) = text.strip_prefix(open) {
            text = inner.trim_end().strip_suffix(close).unwrap_or(inner).trim();
        }
    }
    let mut values = Vec::new();
    for value in serde_json::Deserializer::from_str(text).into_iter::<Value>() {
        match value {
            Ok(value) => values.push(value),
            Err(_) => break,
        }
    }
    if values.is_empty() {
        let mended = mend(text);
        let parsed = serde_json::from_str::<Value>(&mended).ok().or_else(|| {
            crate::ai::repair::repair_json(&mended).and_then(|t| serde_json::from_str(&t).ok())
        });
        values.extend(parsed);
    }
    values
}

/// Raw control characters inside strings escaped, trailing commas dropped.
fn mend(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                (false, '\n') => {
                    out.push_str("\\n");
                    continue;
                }
                (false, c) if c.is_control() => {
                    out.push(' ');
                    continue;
                }
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
        } else if c == '}' || c == ']' {
            let kept = out.trim_end().len();
            if out[..kept].ends_with(',') {
                out.truncate(kept - 1);
            }
        }
        out.push(c);
    }
    out
}

/// Every string of the blocks, for checking that a claim is on the page.
pub(super) fn strings(values: &[Value]) -> String {
    fn walk(value: &Value, out: &mut String, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        match value {
            Value::String(s) => {
                out.push_str(&decode_entities(s));
                out.push('\n');
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, out, depth + 1)),
            Value::Object(map) => map.values().for_each(|v| walk(v, out, depth + 1)),
            _ => {}
        }
    }
    let mut out = String::new();
    values.iter().for_each(|v| walk(v, &mut out, 0));
    out
}
