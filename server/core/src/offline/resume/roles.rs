//! Who and where in an entry's heading lines: "Senior Nurse, St Mary's
//! Hospital, London", "Software Engineer at Acme", "Acme — Backend Engineer",
//! "Acme Corp, Berlin" over "Backend Engineer".

use super::norm::has_text;
use super::places::{city_like, is_place};
use super::segments::{commas, strong, tidy};
use super::words::{Role, role};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Forced {
    Title,
    Company,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    No,
    /// The last comma part, a city-like word or two ("…, Leeds").
    Weak,
    /// "City, ST", "City, Country", a country, "Remote".
    Strong,
}

#[derive(Clone, Debug)]
struct Seg {
    text: String,
    role: Role,
    place: Place,
    forced: Option<Forced>,
}

impl Seg {
    fn new(text: &str, place: Place, forced: Option<Forced>) -> Seg {
        let text = tidy(text);
        Seg {
            role: role(&text),
            text,
            place,
            forced,
        }
    }
}

/// What an entry's heading says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Heading {
    pub position: Option<String>,
    pub name: Option<String>,
    pub location: Option<String>,
}

/// The text after the `count`-th comma outside brackets.
fn after_commas(text: &str, count: usize) -> &str {
    let mut depth = 0i32;
    let mut seen = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            ',' | '،' | ';' | '؛' if depth == 0 => {
                seen += 1;
                if seen == count {
                    return &text[i + c.len_utf8()..];
                }
            }
            _ => {}
        }
    }
    ""
}

/// A part's comma parts, the place at their end taken off.
fn with_place(text: &str, out: &mut Vec<Seg>, first: Option<Forced>) {
    let parts = commas(text);
    let n = parts.len();
    let mut place = None;
    for tail in (1..n.min(4)).rev() {
        let candidate = after_commas(text, n - tail);
        if is_place(candidate) {
            place = Some((n - tail, candidate, Place::Strong));
            break;
        }
    }
    if place.is_none()
        && n >= 2
        && let Some(last) = parts.last()
        && city_like(last)
    {
        place = Some((n - 1, last.as_str(), Place::Weak));
    }
    let heads = place.map_or(n, |(at, _, _)| at);
    for (i, part) in parts.iter().take(heads).enumerate() {
        out.push(Seg::new(part, Place::No, if i == 0 { first } else { None }));
    }
    if let Some((_, text, kind)) = place {
        out.push(Seg::new(text, kind, None));
    }
}

/// "Engineer at Acme", "مهندس في شركة أرامكو", "Nurse @ St Mary's".
fn at_split(text: &str) -> Option<(&str, &str)> {
    // ASCII case only, so byte offsets stay those of `text`.
    let lower = text.to_ascii_lowercase();
    for sep in [" at ", " @ ", " لدى ", " في "] {
        if let Some(i) = lower.find(sep) {
            let (before, after) = (&text[..i], &text[i + sep.len()..]);
            let ok = !before.trim().is_empty()
                && !after.trim().is_empty()
                && before.split_whitespace().count() <= 8
                && (sep != " في " || role(after).company > 0);
            if ok {
                return Some((before, after));
            }
        }
    }
    None
}

fn segments(lines: &[String]) -> Vec<Seg> {
    let mut segs = Vec::new();
    for line in lines {
        for part in strong(line) {
            if is_place(&part) {
                segs.push(Seg::new(&part, Place::Strong, None));
            } else if let Some((before, after)) = at_split(&part) {
                segs.push(Seg::new(before, Place::No, Some(Forced::Title)));
                with_place(after, &mut segs, Some(Forced::Company));
            } else {
                with_place(&part, &mut segs, None);
            }
        }
    }
    segs.retain(|s| has_text(&s.text));
    segs
}

/// The position, employer and place an entry's heading lines name.
pub(super) fn heading(lines: &[String]) -> Heading {
    let segs = segments(lines);
    let mut used = vec![false; segs.len()];
    let free = |used: &[bool], i: usize| !used[i] && segs[i].place == Place::No;
    let forced = |f: Forced| segs.iter().position(|s| s.forced == Some(f));
    let best = |used: &[bool], score: &dyn Fn(&Seg) -> i32| {
        (0..segs.len())
            .filter(|i| free(used, *i) && score(&segs[*i]) > 0)
            .max_by_key(|i| (score(&segs[*i]), std::cmp::Reverse(*i)))
    };
    let position = forced(Forced::Title).or_else(|| {
        best(&used, &|s| {
            2 * i32::from(s.role.title) - i32::from(s.role.company)
        })
    });
    if let Some(p) = position {
        used[p] = true;
    }
    let name = forced(Forced::Company).or_else(|| best(&used, &|s| i32::from(s.role.company)));
    if let Some(n) = name {
        used[n] = true;
    }
    let position = position.or_else(|| {
        let p = (0..segs.len())
            .find(|i| free(&used, *i) && segs[*i].role.company == 0)
            .or_else(|| (0..segs.len()).find(|i| free(&used, *i)));
        if let Some(p) = p {
            used[p] = true;
        }
        p
    });
    let name = name.or_else(|| {
        let n = (0..segs.len())
            .find(|i| free(&used, *i))
            .or_else(|| (0..segs.len()).find(|i| !used[*i] && segs[*i].place == Place::Weak));
        if let Some(n) = n {
            used[n] = true;
        }
        n
    });
    let location = (0..segs.len())
        .find(|i| !used[*i] && segs[*i].place != Place::No)
        .or_else(|| (0..segs.len()).find(|i| !used[*i] && city_like(&segs[*i].text)));
    let text = |i: Option<usize>| i.map(|i| segs[i].text.clone());
    Heading {
        position: text(position),
        name: text(name),
        location: text(location),
    }
}
