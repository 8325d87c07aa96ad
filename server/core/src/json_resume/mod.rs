//! JSON Resume documents, on the server and in the browser: the few accessors
//! every reader of one needs (the preview, the PDF templates, the quality check),
//! forgiving of missing or mistyped fields; the preview; and the structured
//! editor's model (`edit`).

pub mod edit;
pub mod preview;

use serde_json::Value;

/// A string field, trimmed; empty when missing or not a string.
pub fn text(value: &Value, key: &str) -> String {
    value
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// A list field; empty when missing or not a list.
pub fn list<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The non-empty strings of a list field, trimmed.
pub fn strings(value: &Value, key: &str) -> Vec<String> {
    list(value, key)
        .iter()
        .filter_map(Value::as_str)
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The non-empty parts joined with `separator`.
pub fn joined(parts: &[String], separator: &str) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(separator)
}

/// The contact lines of `basics`: email, phone, place (city, region, country),
/// web site, then each profile (its address, else "network: username").
pub fn contact(basics: &Value) -> Vec<String> {
    let location = basics.get("location").cloned().unwrap_or(Value::Null);
    let place = joined(
        &[
            text(&location, "city"),
            text(&location, "region"),
            text(&location, "countryCode"),
        ],
        ", ",
    );
    let mut lines = vec![
        text(basics, "email"),
        text(basics, "phone"),
        place,
        text(basics, "url"),
    ];
    lines.extend(list(basics, "profiles").iter().map(|p| {
        let url = text(p, "url");
        if url.is_empty() {
            joined(&[text(p, "network"), text(p, "username")], ": ")
        } else {
            url
        }
    }));
    lines.retain(|c| !c.is_empty());
    lines
}
