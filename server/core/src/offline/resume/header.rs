//! The top of a resume (and its contact section): the name, the headline,
//! contact details, profiles and the place the person lives.

use super::contact::{emails, phone, profile, urls};
use super::lexicon::List;
use super::lines::{Line, one_line};
use super::model::{Basics, Location};
use super::norm::{has_arabic, has_text, key};
use super::places::{is_mode, is_place, location};
use super::sections::lookup;
use super::segments::{commas, strong};
use super::words::{is_school, role};

/// How many lines from the top the name may be on.
const NAME_LINES: usize = 6;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    Name,
    Email,
    Phone,
    Place,
    Web,
    Headline,
}

/// Labels of contact details, parted by `|`.
const LABELS: &[(Label, &str)] = &[
    (Label::Name, "name|full name|الاسم"),
    (
        Label::Email,
        "email|e-mail|mail|البريد الإلكتروني|البريد|الإيميل",
    ),
    (
        Label::Phone,
        "phone|tel|telephone|mobile|cell|whatsapp|phone number|mob|الهاتف|هاتف|الجوال|جوال|\
         الموبايل|رقم الهاتف|رقم الجوال",
    ),
    (
        Label::Place,
        "address|location|city|based in|العنوان|المدينة|الموقع|مكان الإقامة",
    ),
    (
        Label::Web,
        "linkedin|github|website|web|portfolio|لينكدإن|لينكد إن|الموقع الإلكتروني",
    ),
    (
        Label::Headline,
        "title|job title|headline|profession|current position|المسمى الوظيفي|المسمى|الوظيفة|المهنة",
    ),
];

/// "Email: x" → (Email, "x").
fn labelled(seg: &str) -> Option<(Label, &str)> {
    let (head, rest) = seg.split_once([':', '：'])?;
    let k = key(head);
    let (label, _) = LABELS
        .iter()
        .find(|(_, names)| names.split('|').any(|n| key(n) == k))?;
    Some((*label, rest.trim()))
}

/// Small words inside names ("Maria de la Cruz").
static PARTICLES: List =
    List::new("de|van|von|al|bin|bint|el|da|di|la|le|du|del|der|ibn|abu|dos|das|y");

/// Whether a text reads as a person's name.
pub(super) fn name_like(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if !(2..=5).contains(&words.len())
        || text.contains(['@', '/', ':', '|'])
        || text.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    let r = role(text);
    if r.title > 0 || r.company > 0 || is_school(text) || lookup(text).is_some() || is_place(text) {
        return false;
    }
    if has_arabic(text) {
        return words.iter().all(|w| w.chars().all(|c| c.is_alphabetic()));
    }
    words.iter().all(|w| {
        let letters_ok = w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-' | '"' | '“' | '”'));
        let first = w.chars().find(|c| c.is_alphabetic());
        letters_ok && (first.is_some_and(char::is_uppercase) || PARTICLES.has(&w.to_lowercase()))
    })
}

/// "DANIEL O'BRIEN" → "Daniel O'Brien"; names with small letters stay.
fn title_case(name: &str) -> String {
    if name.chars().any(char::is_lowercase) || !name.chars().any(char::is_uppercase) {
        return name.to_owned();
    }
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if c.is_alphabetic() {
            if start {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = true;
        }
    }
    out
}

/// A part of the top: contact detail, place, or text.
fn is_contact(seg: &str) -> bool {
    labelled(seg).is_some()
        || !emails(seg).is_empty()
        || !urls(seg, true).is_empty()
        || phone(seg).is_some_and(|p| {
            p.chars().filter(char::is_ascii_digit).count() * 2
                >= seg.chars().filter(|c| !c.is_whitespace()).count()
        })
}

/// The person's name in a line: the line, or its first part ("Priya Raman,
/// ACA", "Jane Doe | Nurse").
fn name_in(line: &str) -> Option<(String, usize)> {
    let parts = strong(line);
    let first = parts.first()?;
    if let Some((Label::Name, value)) = labelled(first) {
        return has_text(value).then(|| (value.to_owned(), 1));
    }
    let candidate = commas(first).into_iter().next()?;
    name_like(&candidate).then_some((title_case(&candidate), 1))
}

/// The basics from the top lines, the summary section and the whole text.
pub(super) fn basics(top: &[&Line], summary: Option<String>, all: &str) -> Basics {
    let mut b = Basics {
        summary,
        ..Basics::default()
    };
    let mut name_line = None;
    for (i, line) in top.iter().enumerate().take(NAME_LINES) {
        if let Some((name, _)) = name_in(&line.text) {
            b.name = Some(name);
            name_line = Some(i);
            break;
        }
    }
    let mut prose = Vec::new();
    let mut place: Option<Location> = None;
    for (i, line) in top.iter().enumerate() {
        let parts = strong(&line.text);
        let mut texts = Vec::new();
        for (n, part) in parts.iter().enumerate() {
            if Some(i) == name_line && n == 0 {
                continue;
            }
            match labelled(part) {
                Some((Label::Name, value)) if b.name.is_none() && has_text(value) => {
                    b.name = Some(value.to_owned());
                }
                Some((Label::Place, value)) if place.is_none() && !value.is_empty() => {
                    place = Some(location(value));
                }
                Some((Label::Phone, value)) if b.phone.is_none() => b.phone = phone(value),
                Some((Label::Headline, value)) if b.label.is_none() && has_text(value) => {
                    b.label = Some(value.to_owned());
                }
                Some(_) => {}
                None if is_place(part) && !is_mode(part) && !is_contact(part) => {
                    place.get_or_insert_with(|| location(part));
                }
                None if !is_contact(part) => texts.push(part.clone()),
                None => {}
            }
            if b.phone.is_none() && !part.contains('@') && urls(part, true).is_empty() {
                b.phone = phone(part);
            }
        }
        let whole = texts.len() == parts.len() - usize::from(Some(i) == name_line);
        let after_name = name_line.is_some_and(|n| i >= n && i <= n + 3);
        if b.label.is_none() && after_name && !texts.is_empty() {
            let text = if whole && Some(i) != name_line {
                one_line(&line.text)
            } else {
                texts[0].clone()
            };
            if text.split_whitespace().count() <= 14 && !text.ends_with('.') {
                b.label = Some(text);
                continue;
            }
        }
        if texts
            .iter()
            .map(|t| t.split_whitespace().count())
            .sum::<usize>()
            > 12
        {
            prose.push(one_line(&line.text));
        }
    }
    let text: String = top
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    b.email = emails(&text)
        .into_iter()
        .next()
        .or_else(|| emails(all).into_iter().next());
    for url in urls(&text, true) {
        match profile(&url) {
            Some(p) => b.profiles.push(p),
            None if b.url.is_none() => b.url = Some(url),
            None => {}
        }
    }
    if b.summary.is_none() && !prose.is_empty() {
        b.summary = Some(prose.join(" "));
    }
    b.location = place.unwrap_or_default();
    b
}
