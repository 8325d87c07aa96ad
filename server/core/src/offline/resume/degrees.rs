//! Degrees as resumes write them: "B.S. in Computer Science", "BSc (Hons)
//! Adult Nursing", "Bachelor of Commerce (Marketing)", "بكالوريوس علوم الحاسب",
//! "دبلوم عالٍ في أساليب التدريس".

use super::lexicon::List;
use super::norm::{bare_arabic, key};
use super::segments::tidy;

/// Degree words written out.
static DEGREE_WORDS: List = List::new(
    "bachelor|bachelors|bachelor's|master|masters|master's|doctor|doctorate|associate|\
     associates|associate's|diploma|certificate|postgraduate|undergraduate",
);
/// Degree abbreviations, without dots; matched only when written with a capital.
static DEGREE_ABBR: List = List::new(
    "bsc|msc|ba|ma|bs|ms|md|jd|bed|med|beng|meng|bba|mba|bcom|mcom|phd|bfa|mfa|llb|llm|bsn|msn|\
     dnp|aas|pgce|pgde|pme|hnd|hnc|nvq|ged|gcse|gcses|igcse|btec|mphil|dphil|mres|bpharm|pharmd|\
     dds|dvm|mbbs|barch|bds|bsba|mpa|mph|edd|dba|aa|bcs|mcs|bit|mit",
);
/// Arabic degree words, without "ال".
static DEGREE_AR: List = List::new("بكالوريوس|ماجستير|دكتوراه|دبلوم|ليسانس|زمالة");
/// Degrees named by a phrase.
pub(super) static DEGREE_PHRASES: List = List::new(
    "high school diploma|a levels|a level|foundation degree|leaving certificate|\
     secondary school certificate|الثانوية العامة|شهادة الثانوية|الشهادة الثانوية",
);
/// Words after an Arabic degree that belong to it ("دبلوم عالٍ").
static DEGREE_AR_MODIFIERS: List = List::new("عالي|عال|العالي|متوسط|مهني");
static HONOURS: List = List::new(
    "honours|honors|distinction|merit|cum laude|first class|second class|upper second|\
     lower second|summa|magna|امتياز|جيد جدا|مرتبة الشرف",
);

/// Whether `phrase` (folded) is in `text` as whole words.
fn has_phrase(text: &str, list: &List) -> bool {
    let padded = format!(" {} ", key(text));
    list.iter().any(|p| padded.contains(&format!(" {p} ")))
}

/// Whether a text names a degree by a phrase ("High School Diploma").
pub(super) fn is_degree_phrase(text: &str) -> bool {
    has_phrase(text, &DEGREE_PHRASES)
}

pub(super) fn is_degree_token(token: &str) -> bool {
    let t = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
    let plain: String = t.chars().filter(|c| *c != '.').collect();
    let lower = plain.to_lowercase();
    DEGREE_WORDS.has(&lower)
        || (DEGREE_ABBR.has(&lower) && plain.chars().next().is_some_and(char::is_uppercase))
        || DEGREE_AR.has(bare_arabic(&key(t)))
}

/// A degree as its type and field: "B.S. in Computer Science" → ("B.S.",
/// "Computer Science"); "BSc (Hons) Adult Nursing" → ("BSc (Hons)", "Adult
/// Nursing"); "Bachelor of Commerce (Marketing)" → ("Bachelor of Commerce",
/// "Marketing").
pub(super) fn degree(part: &str) -> Option<(String, Option<String>)> {
    let tokens = word_spans(part);
    let at = tokens.iter().position(|(_, t)| is_degree_token(t));
    let phrase = is_degree_phrase(part);
    if at.is_none() && !phrase {
        return None;
    }
    let lower = part.to_ascii_lowercase();
    let from = at.map_or(0, |a| tokens[a].0);
    for sep in [" in ", " في "] {
        if let Some(i) = lower[from..].find(sep).map(|i| i + from) {
            let (kind, field) = (tidy(&part[..i]), tidy(&part[i + sep.len()..]));
            if !kind.is_empty() && !field.is_empty() {
                return Some((kind, Some(field)));
            }
        }
    }
    if let Some(a) = at {
        let (start, word) = tokens[a];
        let of = tokens
            .get(a + 1)
            .is_some_and(|(_, t)| t.eq_ignore_ascii_case("of"));
        let short = word.chars().filter(|c| c.is_alphabetic()).count() <= 6 || !word.is_ascii();
        if short && !of {
            let mut end = start + word.len();
            let mut next = a + 1;
            while let Some((s, t)) = tokens.get(next) {
                let modifier = DEGREE_AR_MODIFIERS.has(&key(t));
                if t.starts_with('(') || modifier {
                    let close = if modifier {
                        Some(t.len())
                    } else {
                        part[*s..].find(')').map(|c| c + 1)
                    };
                    let Some(close) = close else { break };
                    end = s + close;
                    next = tokens
                        .iter()
                        .position(|(p, _)| *p >= end)
                        .unwrap_or(tokens.len());
                } else {
                    break;
                }
            }
            let kind = tidy(&part[..end]);
            let field = tidy(&part[end..]);
            return Some((kind, Some(field).filter(|f| !f.is_empty())));
        }
    }
    if let Some(open) = part.rfind('(')
        && part.trim_end().ends_with(')')
    {
        let inner = &part[open + 1..part.trim_end().len() - 1];
        let abbreviation = is_degree_token(inner)
            || inner
                .chars()
                .all(|c| c.is_uppercase() || c == '.' || c == ' ');
        if !abbreviation && !is_honours(inner) {
            return Some((
                tidy(&part[..open]),
                Some(tidy(inner)).filter(|f| !f.is_empty()),
            ));
        }
    }
    Some((tidy(part), None))
}

/// The words of `text` with their byte offsets.
fn word_spans(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

pub(super) fn is_honours(text: &str) -> bool {
    has_phrase(text, &HONOURS)
}
