//! Small text tools of the offline engine: HTML to text, dates as resumes write
//! them, stop words, and content keywords.

use std::collections::HashMap;

/// The visible text of an HTML page (scripts and styles dropped, tags become
/// spaces, common entities decoded). Plain text passes through unchanged.
pub fn html_to_text(input: &str) -> String {
    let looks_like_html = input
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'));
    if !looks_like_html {
        return input.to_owned();
    }
    let mut out = String::with_capacity(input.len());
    let lower = input.to_ascii_lowercase();
    let mut i = 0;
    while i < input.len() {
        let rest = &lower[i..];
        if rest.starts_with("<script") || rest.starts_with("<style") {
            let close = if rest.starts_with("<script") {
                "</script>"
            } else {
                "</style>"
            };
            i += rest.find(close).map_or(rest.len(), |end| end + close.len());
            out.push(' ');
        } else if rest.starts_with('<') {
            let end = rest.find('>').map_or(rest.len(), |e| e + 1);
            let tag = &rest[..end];
            let block = [
                "<br", "<p", "</p", "<li", "<div", "</div", "<h", "</h", "<tr",
            ]
            .iter()
            .any(|b| tag.starts_with(b));
            out.push(if block { '\n' } else { ' ' });
            i += end;
        } else {
            let next = rest.find('<').map_or(input.len(), |n| i + n);
            out.push_str(&input[i..next]);
            i = next;
        }
    }
    out.replace("&amp;", "&")
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// A date as (year, month) from `2021-03-15`, `2021-03`, `2021`, `03/2021`,
/// `Mar 2021`, `March 2021`; "present", "current" or "now" give `None` with
/// `ongoing = true`.
pub fn parse_month(text: &str) -> Option<(i32, u32)> {
    let t = text.trim().to_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let numbers: Vec<i64> = t
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    let year = numbers
        .iter()
        .find(|n| (1950..=2100).contains(*n))
        .copied()?;
    let year = i32::try_from(year).ok()?;
    let named = months
        .iter()
        .position(|m| t.contains(m))
        .and_then(|i| u32::try_from(i + 1).ok());
    let numeric = numbers
        .iter()
        .find(|n| (1..=12).contains(*n))
        .and_then(|n| u32::try_from(*n).ok());
    Some((year, named.or(numeric).unwrap_or(1)))
}

/// Whether a date field means "until now".
pub fn is_ongoing(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    t.is_empty()
        || [
            "present",
            "current",
            "now",
            "today",
            "ongoing",
            "حتى الآن",
            "الآن",
            "حاليا",
            "حاليًا",
        ]
        .iter()
        .any(|w| t.contains(w))
}

const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "across",
    "after",
    "all",
    "also",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "being",
    "both",
    "but",
    "by",
    "can",
    "could",
    "do",
    "does",
    "each",
    "etc",
    "for",
    "from",
    "had",
    "has",
    "have",
    "how",
    "if",
    "in",
    "including",
    "into",
    "is",
    "it",
    "its",
    "job",
    "may",
    "more",
    "most",
    "must",
    "new",
    "no",
    "not",
    "of",
    "on",
    "one",
    "or",
    "other",
    "our",
    "out",
    "over",
    "per",
    "plus",
    "role",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "under",
    "up",
    "us",
    "use",
    "using",
    "very",
    "we",
    "well",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "will",
    "with",
    "within",
    "work",
    "would",
    "you",
    "your",
    "years",
    "year",
    "experience",
    "ability",
    "strong",
    "skills",
    "team",
    "join",
    "looking",
    "candidate",
    "required",
    "requirements",
    "preferred",
    "responsibilities",
    "qualifications",
    "apply",
    "company",
    "opportunity",
    "including",
    "knowledge",
    "excellent",
    "good",
    "great",
    "working",
    "based",
    "level",
    "least",
    "plus",
    "degree",
    "bonus",
    "nice",
    "help",
    "make",
    "في",
    "من",
    "على",
    "إلى",
    "عن",
    "مع",
    "هذا",
    "هذه",
    "التي",
    "الذي",
    "أن",
    "او",
    "أو",
    "و",
    "ذات",
    "لدى",
    "كل",
    "غير",
    "بين",
    "عند",
    "قد",
    "كما",
    "خبرة",
    "سنوات",
    "مهارات",
    "العمل",
];

pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

/// The content words of `text` (no stop words, no numbers, at least 3 letters)
/// with how often each occurs, most frequent first, ties alphabetical.
pub fn keywords(text: &str, limit: usize) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for token in super::taxonomy::tokens(text) {
        let word = token.to_lowercase();
        if word.chars().count() < 3
            || is_stop_word(&word)
            || word.chars().all(|c| c.is_ascii_digit())
        {
            continue;
        }
        *counts.entry(word).or_default() += 1;
    }
    let mut list: Vec<(String, usize)> = counts.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list.truncate(limit);
    list
}

/// (year, month) now, for "present" in resume dates.
pub fn this_month() -> (i32, u32) {
    let today = time::OffsetDateTime::now_utc().date();
    (today.year(), u32::from(u8::from(today.month())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_text() {
        let html = "<html><head><style>p{}</style><script>var x=1;</script></head>\
                    <body><h1>Backend Engineer</h1><p>Rust &amp; SQL</p><ul><li>5+ years</li></ul></body></html>";
        let text = html_to_text(html);
        assert!(text.contains("Backend Engineer"));
        assert!(text.contains("Rust & SQL"));
        assert!(!text.contains("var x"));
        assert_eq!(html_to_text("plain < text"), "plain < text");
    }

    #[test]
    fn dates_in_common_shapes() {
        assert_eq!(parse_month("2021-03-15"), Some((2021, 3)));
        assert_eq!(parse_month("2021-03"), Some((2021, 3)));
        assert_eq!(parse_month("2019"), Some((2019, 1)));
        assert_eq!(parse_month("03/2020"), Some((2020, 3)));
        assert_eq!(parse_month("Sept 2018"), Some((2018, 9)));
        assert_eq!(parse_month("December 2017"), Some((2017, 12)));
        assert_eq!(parse_month("Present"), None);
        assert!(is_ongoing("Present") && is_ongoing("") && !is_ongoing("2020"));
    }

    #[test]
    fn keywords_skip_stop_words() {
        let words = keywords(
            "We build payments. Payments platform for payments and billing.",
            3,
        );
        assert_eq!(words[0], ("payments".to_owned(), 3));
        assert!(words.iter().all(|(w, _)| w != "for" && w != "and"));
    }
}
