//! Dates as resumes write them, and the span of a line they take: "Jan 2020 –
//! Present", "2018-03 to 2020-11", "03/2019 - 06/2021", "2019 – 2021",
//! "Summer 2017", "since 2020", "يناير 2021 - حتى الآن", "من 2019 إلى الآن",
//! "أيلول 2015 – حزيران 2019".

use super::lexer::{Atom, Tok, Token, atom, lex, word};
use super::lexicon::List;

/// A date as JSON Resume writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Date {
    pub year: u16,
    pub month: Option<u8>,
}

impl Date {
    /// `YYYY-MM` or `YYYY`.
    pub(super) fn iso(self) -> String {
        match self.month {
            Some(m) => format!("{:04}-{:02}", self.year, m),
            None => format!("{:04}", self.year),
        }
    }
}

/// The dates of one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Span {
    pub start: Date,
    /// `None` with `ongoing` for "until now", or with `single` for one date.
    pub end: Option<Date>,
    pub ongoing: bool,
    /// One date, not a range.
    pub single: bool,
    /// Byte range of the dates in the line.
    pub at: (usize, usize),
}

static CONNECTORS: List = List::new("to|till|until|through|thru|إلى|الى|حتى|لغاية");
static LEADS: List = List::new("from|since|من|منذ|between");

fn connector(tok: &Tok) -> bool {
    match tok {
        Tok::Punct(c) => matches!(
            c,
            '-' | '–' | '—' | '−' | '‐' | '‑' | '~' | '→' | '/' | '＿'
        ),
        Tok::Word(w) => CONNECTORS.has(w),
        Tok::Num(..) => false,
    }
}

/// A date range at token `i`: the span and the token after it.
fn range_at(toks: &[Token], i: usize) -> Option<(Span, usize)> {
    let (first, mut j) = atom(toks, i)?;
    if first == Atom::Ongoing {
        return None;
    }
    let mut joined = 0;
    while joined < 2 && toks.get(j).is_some_and(|t| connector(&t.tok)) {
        j += 1;
        joined += 1;
    }
    if joined == 0 {
        return None;
    }
    let start_at = toks[i].start;
    // "2020 –" at the end of a line: still going.
    let to_date = || {
        toks.get(j)
            .and_then(|t| word(&t.tok))
            .filter(|w| *w == "date")
            .map(|_| (Atom::Ongoing, j + 1))
    };
    let Some((second, next)) = atom(toks, j).or_else(to_date) else {
        let trailing = j >= toks.len() && !matches!(first, Atom::Month(_));
        return match first {
            Atom::Date(d) if trailing => Some((
                Span {
                    start: d,
                    end: None,
                    ongoing: true,
                    single: false,
                    at: (start_at, toks[j - 1].end),
                },
                j,
            )),
            _ => None,
        };
    };
    let end_at = toks[next - 1].end;
    let (start, end, ongoing) = match (first, second) {
        (Atom::Date(a), Atom::Date(b)) => (a, Some(b), false),
        (Atom::Date(a), Atom::Ongoing) => (a, None, true),
        (Atom::Month(m), Atom::Date(b)) => (
            Date {
                year: b.year,
                month: Some(m),
            },
            Some(b),
            false,
        ),
        _ => return None,
    };
    Some((
        Span {
            start,
            end,
            ongoing,
            single: false,
            at: (start_at, end_at),
        },
        next,
    ))
}

/// Takes a leading "from", "since", "من" into the span; "since 2020" alone
/// means until now.
fn with_lead(toks: &[Token], i: usize, mut span: Span) -> Span {
    if i > 0
        && let Some(w) = word(&toks[i - 1].tok)
        && LEADS.has(w)
    {
        span.at.0 = toks[i - 1].start;
        if span.single && w != "from" && w != "between" {
            span.single = false;
            span.ongoing = true;
            span.end = None;
        }
    }
    span
}

/// A span that starts and ends at word boundaries ("CLINICAL2019" holds no
/// date); a glued Arabic "م" (Gregorian: "2017م") goes with it.
fn bounded(line: &str, mut span: Span) -> Option<Span> {
    let before = line.get(..span.at.0)?.chars().next_back();
    let mut after = line.get(span.at.1..)?.chars();
    let glued = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if glued(before) {
        return None;
    }
    match after.next() {
        Some('م') if !glued(after.next()) => span.at.1 += 'م'.len_utf8(),
        next if glued(next) => return None,
        _ => {}
    }
    Some(span)
}

/// The dates of `line`: the first range, else the first single date.
pub(super) fn find(line: &str) -> Option<Span> {
    let toks = lex(line);
    let range = (0..toks.len()).find_map(|i| {
        let (span, _) = range_at(&toks, i)?;
        bounded(line, with_lead(&toks, i, span))
    });
    range.or_else(|| {
        (0..toks.len()).find_map(|i| match atom(&toks, i)? {
            (Atom::Date(d), next) => {
                let span = Span {
                    start: d,
                    end: Some(d),
                    ongoing: false,
                    single: true,
                    at: (toks[i].start, toks[next - 1].end),
                };
                bounded(line, with_lead(&toks, i, span))
            }
            _ => None,
        })
    })
}

/// Whether `value` is a JSON Resume date: `YYYY` or `YYYY-MM`.
pub(super) fn is_iso(value: &str) -> bool {
    let b = value.as_bytes();
    let year_ok = b.len() >= 4
        && b[..4].iter().all(u8::is_ascii_digit)
        && value[..4]
            .parse::<u16>()
            .is_ok_and(|y| (1900..=2100).contains(&y));
    match b.len() {
        4 => year_ok,
        7 => {
            year_ok
                && b[4] == b'-'
                && b[5..].iter().all(u8::is_ascii_digit)
                && value[5..]
                    .parse::<u8>()
                    .is_ok_and(|m| (1..=12).contains(&m))
        }
        _ => false,
    }
}
