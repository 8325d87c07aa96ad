//! Mending model output that is almost JSON: a Markdown fence around it, prose
//! before it, or an answer cut off by the token limit (open strings, arrays and
//! objects are closed; a dangling key or comma is dropped). Anything that still
//! does not parse is left for the caller to ask again.

/// The JSON text inside `raw`, mended if it needs it; `None` if there is none.
pub fn repair_json(raw: &str) -> Option<String> {
    let text = strip_fence(raw.trim());
    let start = text.find(['{', '['])?;
    let candidate = &text[start..];
    if serde_json::from_str::<serde_json::Value>(candidate).is_ok() {
        return Some(candidate.to_owned());
    }
    // A complete value followed by prose: cut at the end of the first value.
    let mut stream = serde_json::Deserializer::from_str(candidate).into_iter::<serde_json::Value>();
    if let Some(Ok(value)) = stream.next() {
        return Some(value.to_string());
    }
    let closed = close_open(candidate);
    serde_json::from_str::<serde_json::Value>(&closed)
        .ok()
        .map(|_| closed)
}

fn strip_fence(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("```") else {
        return text;
    };
    // Drop the info string (`json`) up to the end of the first line.
    let body = rest.split_once('\n').map_or("", |(_, body)| body);
    body.trim_end().strip_suffix("```").unwrap_or(body).trim()
}

/// Closes what a cut-off JSON text left open.
fn close_open(text: &str) -> String {
    let mut stack = Vec::new();
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' => stack.push('}'),
            '[' => stack.push(']'),
            '}' | ']' => {
                stack.pop();
            }
            _ => {}
        }
    }
    let mut out = text.to_owned();
    if escaped {
        out.pop();
    }
    if in_string {
        out.push('"');
    }
    loop {
        let trimmed = out.trim_end().to_owned();
        if let Some(rest) = trimmed.strip_suffix(',') {
            out = rest.to_owned();
        } else if trimmed.ends_with(':') {
            // A key with no value: drop the key too.
            let without_colon = &trimmed[..trimmed.len() - 1];
            let key_start = without_colon
                .trim_end()
                .rfind('"')
                .and_then(|end| without_colon[..end].rfind('"'));
            out = key_start.map_or(without_colon.to_owned(), |i| without_colon[..i].to_owned());
        } else {
            out = trimmed;
            break;
        }
    }
    while let Some(closer) = stack.pop() {
        out.push(closer);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::repair_json;
    use serde_json::{Value, json};

    fn mended(raw: &str) -> Option<Value> {
        repair_json(raw).and_then(|t| serde_json::from_str(&t).ok())
    }

    #[test]
    fn fences_and_prose_are_removed() {
        assert_eq!(mended("```json\n{\"a\": 1}\n```"), Some(json!({ "a": 1 })));
        assert_eq!(
            mended("Here it is: {\"a\": [1, 2]} Hope that helps!"),
            Some(json!({ "a": [1, 2] }))
        );
        assert_eq!(mended("{\"a\": 1}"), Some(json!({ "a": 1 })));
    }

    #[test]
    fn cut_off_answers_are_closed() {
        assert_eq!(
            mended(r#"{"skills": ["Rust", "SQ"#),
            Some(json!({ "skills": ["Rust", "SQ"] }))
        );
        assert_eq!(
            mended(r#"{"skills": ["Rust"], "score": "#),
            Some(json!({ "skills": ["Rust"] }))
        );
        assert_eq!(
            mended(r#"{"a": {"b": [1, 2,"#),
            Some(json!({ "a": { "b": [1, 2] } }))
        );
        assert_eq!(
            mended(r#"{"text": "line \"#),
            Some(json!({ "text": "line " }))
        );
    }

    #[test]
    fn no_json_at_all_is_not_invented() {
        assert_eq!(repair_json("I cannot help with that."), None);
        assert_eq!(repair_json(""), None);
    }
}
