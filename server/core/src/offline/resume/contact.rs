//! Contact details as resumes write them: e-mail addresses, phone numbers in
//! international and local shapes, web addresses and profiles.

use super::lexicon::List;
use super::model::Profile;

/// Characters of an address's local part and domain.
fn local_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn domain_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-')
}

/// The e-mail addresses in `text`, in order.
pub(super) fn emails(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (at, _) in text.match_indices('@') {
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| local_char(*c))
            .last()
            .map_or(at, |(i, _)| i);
        let end = text[at + 1..]
            .char_indices()
            .take_while(|(_, c)| domain_char(*c))
            .last()
            .map_or(at + 1, |(i, c)| at + 1 + i + c.len_utf8());
        let local = text[start..at].trim_start_matches('.');
        let domain = text[at + 1..end].trim_end_matches(['.', '-']);
        let tld_ok = domain.rsplit_once('.').is_some_and(|(host, tld)| {
            !host.is_empty() && tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic())
        });
        // Glued to a letter an address may not hold: not an address.
        let glued = text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            || text[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        if !local.is_empty() && tld_ok && !glued {
            let email = format!("{local}@{domain}");
            if !out.contains(&email) {
                out.push(email);
            }
        }
    }
    out
}

/// Whether a run of digits and separators is a date range or a year rather
/// than a phone number.
fn dateish(run: &str) -> bool {
    let groups: Vec<&str> = run
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    run.contains('/')
        || groups
            .iter()
            .all(|g| g.len() == 4 && g.parse::<u32>().is_ok_and(|y| (1950..=2100).contains(&y)))
}

/// The first phone number in `text`: 7 to 15 digits with spaces, dashes,
/// dots and brackets, "+44 7700 900123", "(512) 555-0198", "0791234567".
pub(super) fn phone(text: &str) -> Option<String> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let starts = c.is_ascii_digit() || c == '+' || c == '(';
        let glued = i > 0 && chars[i - 1].1.is_alphanumeric();
        if !starts || glued {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() {
            let c = chars[j].1;
            let next_space = chars.get(j + 1).is_some_and(|(_, n)| *n == ' ');
            let ok = c.is_ascii_digit()
                || matches!(c, '-' | '.' | '(' | ')' | '/' | '+' | '–')
                || (c == ' ' && !next_space);
            if !ok || (c == '+' && j > i) {
                break;
            }
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |(e, _)| *e);
        let run = text[start..end].trim_end_matches(|c: char| !c.is_ascii_digit() && c != ')');
        let digits = run.chars().filter(char::is_ascii_digit).count();
        let letter_after = chars.get(j).is_some_and(|(_, c)| c.is_alphabetic());
        if (7..=15).contains(&digits) && !dateish(run) && !letter_after {
            return Some(run.trim().to_owned());
        }
        i = j.max(i + 1);
    }
    None
}

/// Top-level domains accepted in addresses written without `http`.
static TLDS: List = List::new(
    "com|org|net|io|dev|me|co|ca|uk|ie|design|app|ai|info|tech|site|page|xyz|sa|ae|eg|de|fr|pt|\
     ng|in|au|us|es|it|nl|online|blog|website|jo|qa|kw|bh|om|ma|tn",
);

const NETWORKS: &[(&str, &str)] = &[
    ("linkedin.com", "LinkedIn"),
    ("github.com", "GitHub"),
    ("gitlab.com", "GitLab"),
    ("bitbucket.org", "Bitbucket"),
    ("behance.net", "Behance"),
    ("dribbble.com", "Dribbble"),
    ("twitter.com", "Twitter"),
    ("x.com", "X"),
    ("stackoverflow.com", "Stack Overflow"),
    ("medium.com", "Medium"),
    ("kaggle.com", "Kaggle"),
    ("instagram.com", "Instagram"),
    ("facebook.com", "Facebook"),
    ("youtube.com", "YouTube"),
];

/// An address without its scheme and `www.`, lower case, no trailing slash.
fn bare_url(url: &str) -> String {
    let lower = url.to_lowercase();
    let t = lower
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    t.trim_end_matches('/').to_owned()
}

/// An address as written, without its scheme and `www.`.
fn without_scheme(url: &str) -> &str {
    let lower = url.to_ascii_lowercase();
    let mut start = ["https://", "http://"]
        .iter()
        .find(|p| lower.starts_with(**p))
        .map_or(0, |p| p.len());
    if lower[start..].starts_with("www.") {
        start += 4;
    }
    &url[start..]
}

fn host(url: &str) -> String {
    bare_url(url)
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// Whether a word is a web address; `bare` also accepts "name.dev" without
/// `http` or `www.`.
fn is_url(token: &str, bare: bool) -> bool {
    let lower = token.to_lowercase();
    if token.contains('@') || token.len() < 4 {
        return false;
    }
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return token.len() > 10;
    }
    if lower.starts_with("www.") {
        return token.len() > 7;
    }
    let h = host(token);
    if NETWORKS
        .iter()
        .any(|(d, _)| h == *d || h.ends_with(&format!(".{d}")))
    {
        return true;
    }
    let labels: Vec<&str> = h.split('.').collect();
    bare && labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels[0].chars().any(|c| c.is_ascii_alphabetic())
        && labels.last().is_some_and(|t| TLDS.has(t))
}

/// The web addresses in `text`, in order, each once (the longest spelling).
pub(super) fn urls(text: &str, bare: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for token in text.split(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '|' | ',' | ';' | '(' | ')' | '[' | ']' | '<' | '>' | '"' | '•' | '·' | '،'
            )
    }) {
        let token = token.trim_end_matches(['.', ':', '!', '?']);
        if !is_url(token, bare) {
            continue;
        }
        match out.iter_mut().find(|u| bare_url(u) == bare_url(token)) {
            Some(seen) if token.len() > seen.len() => *seen = token.to_owned(),
            Some(_) => {}
            None => out.push(token.to_owned()),
        }
    }
    out
}

/// The profile an address is, if it is on a known network.
pub(super) fn profile(url: &str) -> Option<Profile> {
    let h = host(url);
    let (_, network) = NETWORKS
        .iter()
        .find(|(d, _)| h == *d || h.ends_with(&format!(".{d}")))?;
    let path: Vec<&str> = without_scheme(url)
        .split(['/', '?', '#'])
        .skip(1)
        .filter(|p| !p.is_empty())
        .collect();
    let username = match path.as_slice() {
        ["in" | "company" | "u" | "user" | "users", name, ..] => Some(*name),
        [name, ..] => Some(*name),
        [] => None,
    }
    .map(|n| n.trim_start_matches('@').to_owned());
    Some(Profile {
        network: (*network).to_owned(),
        username,
        url: url.to_owned(),
    })
}
