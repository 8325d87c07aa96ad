//! A line as tokens for reading dates (words folded, numbers, single marks,
//! each with its byte range), and the dates they spell: "Jan 2020",
//! "2018-03", "03/2019", "Summer 2017", "أيلول 2015", "Present".

use std::sync::OnceLock;

use super::dates::Date;
use super::lexicon::List;
use super::norm::{fold, key};

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Tok {
    Word(String),
    Num(u32, usize),
    Punct(char),
}

#[derive(Clone, Debug)]
pub(super) struct Token {
    pub tok: Tok,
    pub start: usize,
    pub end: usize,
}

pub(super) fn lex(line: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = line.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = at + c.len_utf8();
        if c.is_ascii_digit() {
            while let Some((i, d)) = chars.peek().copied().filter(|(_, d)| d.is_ascii_digit()) {
                end = i + d.len_utf8();
                chars.next();
            }
            let digits = &line[at..end];
            let value = if digits.len() <= 6 {
                digits.parse().unwrap_or(u32::MAX)
            } else {
                u32::MAX
            };
            out.push(Token {
                tok: Tok::Num(value, digits.len()),
                start: at,
                end,
            });
        } else if c.is_alphabetic() {
            while let Some((i, d)) = chars.peek().copied().filter(|(_, d)| d.is_alphabetic()) {
                end = i + d.len_utf8();
                chars.next();
            }
            out.push(Token {
                tok: Tok::Word(fold(&line[at..end])),
                start: at,
                end,
            });
        } else {
            out.push(Token {
                tok: Tok::Punct(c),
                start: at,
                end,
            });
        }
    }
    out
}

pub(super) fn year(tok: &Tok) -> Option<u16> {
    match tok {
        Tok::Num(v, 4) if (1950..=2100).contains(v) => u16::try_from(*v).ok(),
        _ => None,
    }
}

pub(super) fn word(tok: &Tok) -> Option<&str> {
    match tok {
        Tok::Word(w) => Some(w),
        _ => None,
    }
}

pub(super) fn adjacent(toks: &[Token], i: usize) -> bool {
    i > 0 && toks.get(i).is_some_and(|t| t.start == toks[i - 1].end)
}

pub(super) fn date_sep(tok: &Tok) -> bool {
    matches!(tok, Tok::Punct('-' | '/' | '.'))
}

/// Month names by month, parted by `;`, spellings by `|`: English, Egyptian
/// and Gulf Arabic, Maghrebi and Levantine.
const MONTHS: &str = "jan|january|يناير|جانفي|كانون الثاني;feb|february|فبراير|فيفري|شباط;\
     mar|march|مارس|آذار;apr|april|أبريل|إبريل|أفريل|نيسان;may|مايو|ماي|أيار;\
     jun|june|يونيو|يونيه|جوان|حزيران;jul|july|يوليو|يوليه|جويلية|تموز;\
     aug|august|أغسطس|أوت|آب;sep|sept|september|سبتمبر|أيلول;oct|october|أكتوبر|تشرين الأول;\
     nov|november|نوفمبر|تشرين الثاني;dec|december|ديسمبر|كانون الأول";
static SEASONS: List = List::new("spring|summer|fall|autumn|winter|صيف|الصيف|شتاء|ربيع|خريف");
static ONGOING: List =
    List::new("present|current|currently|now|today|ongoing|الآن|حاليا|حاليًا|تاريخه|اليوم");
/// Each month's names, folded, split into words.
fn months() -> &'static [Vec<Vec<String>>] {
    static MONTH_NAMES: OnceLock<Vec<Vec<Vec<String>>>> = OnceLock::new();
    MONTH_NAMES.get_or_init(|| {
        MONTHS
            .split(';')
            .map(|names| {
                names
                    .split('|')
                    .map(|n| key(n).split(' ').map(str::to_owned).collect())
                    .collect()
            })
            .collect()
    })
}

/// The month a word (or two, "كانون الثاني") names, and how many tokens it takes.
fn month(toks: &[Token], i: usize) -> Option<(u8, usize)> {
    let first = word(&toks.get(i)?.tok)?;
    let second = toks.get(i + 1).and_then(|t| word(&t.tok));
    months().iter().enumerate().find_map(|(m, names)| {
        let n = u8::try_from(m + 1).ok()?;
        names.iter().find_map(|name| match name.as_slice() {
            [a, b] => (first == a.as_str() && second == Some(b.as_str())).then_some((n, 2)),
            [a] => (first == a.as_str()).then_some((n, 1)),
            _ => None,
        })
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Atom {
    Date(Date),
    /// A month with its year still to come ("Jan – Mar 2020").
    Month(u8),
    Ongoing,
}

/// The date that starts at token `i`, and the token after it.
pub(super) fn atom(toks: &[Token], i: usize) -> Option<(Atom, usize)> {
    let (atom, next) = atom_at(toks, i)?;
    // "2017م": the Arabic mark of a Gregorian year.
    let marked = matches!(atom, Atom::Date(_))
        && adjacent(toks, next)
        && toks.get(next).and_then(|t| word(&t.tok)) == Some("م");
    Some((atom, if marked { next + 1 } else { next }))
}

fn atom_at(toks: &[Token], i: usize) -> Option<(Atom, usize)> {
    let tok = &toks.get(i)?.tok;
    if let Some((m, n)) = month(toks, i) {
        let mut j = i + n;
        if toks
            .get(j)
            .is_some_and(|t| matches!(t.tok, Tok::Punct('.' | ',' | '،')))
        {
            j += 1;
        }
        return match toks.get(j).and_then(|t| year(&t.tok)) {
            Some(y) => Some((
                Atom::Date(Date {
                    year: y,
                    month: Some(m),
                }),
                j + 1,
            )),
            None => Some((Atom::Month(m), i + n)),
        };
    }
    if let Some(w) = word(tok) {
        if SEASONS.has(w)
            && let Some(y) = toks.get(i + 1).and_then(|t| year(&t.tok))
        {
            return Some((
                Atom::Date(Date {
                    year: y,
                    month: None,
                }),
                i + 2,
            ));
        }
        if ONGOING.has(w) {
            return Some((Atom::Ongoing, i + 1));
        }
        return None;
    }
    let small = |k: usize| match toks.get(k).map(|t| &t.tok) {
        Some(Tok::Num(v, len)) if *len <= 2 && (1..=12).contains(v) => u8::try_from(*v).ok(),
        _ => None,
    };
    let sep = |k: usize| toks.get(k).is_some_and(|t| date_sep(&t.tok)) && adjacent(toks, k);
    if let Some(y) = year(tok) {
        // 2018-03, 2018/03, 2018-03-15
        if sep(i + 1)
            && adjacent(toks, i + 2)
            && let Some(m) = small(i + 2)
        {
            let mut j = i + 3;
            if sep(j)
                && adjacent(toks, j + 1)
                && matches!(toks.get(j + 1).map(|t| &t.tok), Some(Tok::Num(_, 1..=2)))
            {
                j += 2;
            }
            return Some((
                Atom::Date(Date {
                    year: y,
                    month: Some(m),
                }),
                j,
            ));
        }
        return Some((
            Atom::Date(Date {
                year: y,
                month: None,
            }),
            i + 1,
        ));
    }
    // 03/2019, 3-2019, 15/03/2019
    if let Tok::Num(first, 1..=2) = tok
        && sep(i + 1)
        && adjacent(toks, i + 2)
    {
        if let Some(y) = toks.get(i + 2).and_then(|t| year(&t.tok)) {
            let m = small(i)?;
            return Some((
                Atom::Date(Date {
                    year: y,
                    month: Some(m),
                }),
                i + 3,
            ));
        }
        if let Tok::Num(second, 1..=2) = toks.get(i + 2)?.tok
            && sep(i + 3)
            && adjacent(toks, i + 4)
            && let Some(y) = toks.get(i + 4).and_then(|t| year(&t.tok))
        {
            // Day and month: the one above 12 is the day; else day first.
            let m = if *first > 12 || second <= 12 {
                second
            } else {
                *first
            };
            let m = u8::try_from(m).ok().filter(|m| (1..=12).contains(m))?;
            return Some((
                Atom::Date(Date {
                    year: y,
                    month: Some(m),
                }),
                i + 5,
            ));
        }
    }
    None
}
