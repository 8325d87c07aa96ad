//! The structured editor's model, run by the browser for the live editor and by
//! the server for the same form without JavaScript: the fields of every JSON
//! Resume section, a field addressed by its form name (`basics.location.city`,
//! `work.0.highlights`), how a field reads in the form and how what was typed
//! is written back, the operations on entries (add, remove, move up or down),
//! and the problems that stop a save.
//!
//! A field left as it was shown is not written, so whatever the form does not
//! show (other keys, numbers, odd spacing) survives an edit exactly.

use serde_json::{Map, Value};

/// How a field is typed in and stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One line of text.
    Text,
    /// Paragraphs.
    Long,
    /// A list of strings, typed one per line.
    Lines,
    /// YYYY, YYYY-MM or YYYY-MM-DD.
    Date,
    Email,
    Url,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Field {
    /// The key in the entry; a dot reaches into an object (`location.city`).
    pub key: &'static str,
    pub kind: Kind,
}

/// A list of entries: its path from the document's root and its entries' fields.
#[derive(Debug, PartialEq, Eq)]
pub struct Section {
    pub key: &'static str,
    pub fields: &'static [Field],
}

const fn f(key: &'static str, kind: Kind) -> Field {
    Field { key, kind }
}

use Kind::{Date, Email, Lines, Long, Text, Url};

/// The fields of `basics` outside its profiles.
pub const BASICS: &[Field] = &[
    f("name", Text),
    f("label", Text),
    f("email", Email),
    f("phone", Text),
    f("url", Url),
    f("image", Url),
    f("summary", Long),
    f("location.address", Text),
    f("location.postalCode", Text),
    f("location.city", Text),
    f("location.region", Text),
    f("location.countryCode", Text),
];

/// Every list of the JSON Resume schema, in the order the editor shows them. An
/// entry's heading is made of its first two fields when they are one-line text.
pub const SECTIONS: &[Section] = &[
    Section {
        key: "basics.profiles",
        fields: &[f("network", Text), f("username", Text), f("url", Url)],
    },
    Section {
        key: "work",
        fields: &[
            f("position", Text),
            f("name", Text),
            f("location", Text),
            f("url", Url),
            f("startDate", Date),
            f("endDate", Date),
            f("summary", Long),
            f("highlights", Lines),
        ],
    },
    Section {
        key: "volunteer",
        fields: &[
            f("position", Text),
            f("organization", Text),
            f("url", Url),
            f("startDate", Date),
            f("endDate", Date),
            f("summary", Long),
            f("highlights", Lines),
        ],
    },
    Section {
        key: "education",
        fields: &[
            f("institution", Text),
            f("area", Text),
            f("studyType", Text),
            f("startDate", Date),
            f("endDate", Date),
            f("score", Text),
            f("url", Url),
            f("courses", Lines),
        ],
    },
    Section {
        key: "awards",
        fields: &[
            f("title", Text),
            f("awarder", Text),
            f("date", Date),
            f("summary", Long),
        ],
    },
    Section {
        key: "certificates",
        fields: &[
            f("name", Text),
            f("issuer", Text),
            f("date", Date),
            f("url", Url),
        ],
    },
    Section {
        key: "publications",
        fields: &[
            f("name", Text),
            f("publisher", Text),
            f("releaseDate", Date),
            f("url", Url),
            f("summary", Long),
        ],
    },
    Section {
        key: "skills",
        fields: &[f("name", Text), f("level", Text), f("keywords", Lines)],
    },
    Section {
        key: "languages",
        fields: &[f("language", Text), f("fluency", Text)],
    },
    Section {
        key: "interests",
        fields: &[f("name", Text), f("keywords", Lines)],
    },
    Section {
        key: "references",
        fields: &[f("name", Text), f("reference", Long)],
    },
    Section {
        key: "projects",
        fields: &[
            f("name", Text),
            f("entity", Text),
            f("type", Text),
            f("startDate", Date),
            f("endDate", Date),
            f("url", Url),
            f("description", Long),
            f("highlights", Lines),
            f("keywords", Lines),
            f("roles", Lines),
        ],
    },
];

impl Section {
    /// The id of the section's part of the editor page.
    pub fn anchor(&self) -> String {
        format!("section-{}", self.key.replace('.', "-"))
    }
}

/// No section takes more entries than this through the form.
pub const MAX_ENTRIES: usize = 200;

/// Where a form field writes: a field of `basics` (no section) or of one entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Address {
    pub section: Option<&'static Section>,
    pub index: usize,
    pub field: &'static Field,
}

pub fn section(key: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.key == key)
}

impl Address {
    /// The field's form name, as `address` reads it back.
    pub fn name(&self) -> String {
        match self.section {
            None => format!("basics.{}", self.field.key),
            Some(section) => format!("{}.{}.{}", section.key, self.index, self.field.key),
        }
    }
}

/// The field a form name stands for; `None` for any other name.
pub fn address(name: &str) -> Option<Address> {
    if let Some(field) = name
        .strip_prefix("basics.")
        .and_then(|rest| BASICS.iter().find(|f| f.key == rest))
    {
        return Some(Address {
            section: None,
            index: 0,
            field,
        });
    }
    SECTIONS.iter().find_map(|section| {
        let rest = name.strip_prefix(section.key)?.strip_prefix('.')?;
        let (index, key) = rest.split_once('.')?;
        let index = index.parse::<usize>().ok().filter(|i| *i < MAX_ENTRIES)?;
        let field = section.fields.iter().find(|f| f.key == key)?;
        Some(Address {
            section: Some(section),
            index,
            field,
        })
    })
}

/// A step of a path: a key of an object or a place in a list.
#[derive(Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    At(usize),
}

fn steps(a: &Address) -> Vec<Step<'static>> {
    let mut steps = Vec::new();
    match a.section {
        None => steps.push(Step::Key("basics")),
        Some(section) => {
            steps.extend(section.key.split('.').map(Step::Key));
            steps.push(Step::At(a.index));
        }
    }
    steps.extend(a.field.key.split('.').map(Step::Key));
    steps
}

fn get<'a>(doc: &'a Value, a: &Address) -> Option<&'a Value> {
    steps(a).into_iter().try_fold(doc, |v, step| match step {
        Step::Key(k) => v.get(k),
        Step::At(i) => v.get(i),
    })
}

/// The text a field shows in the form.
pub fn shown(doc: &Value, a: &Address) -> String {
    let as_text = |v: &Value| match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    match get(doc, a) {
        None => String::new(),
        Some(Value::Array(items)) if a.field.kind == Lines => {
            items.iter().map(as_text).collect::<Vec<_>>().join("\n")
        }
        Some(v) => as_text(v),
    }
}

/// What typed text stores as: `Null` when there is nothing.
fn typed(kind: Kind, raw: &str) -> Value {
    let raw = raw.replace("\r\n", "\n").replace('\r', "\n");
    match kind {
        Lines => {
            let lines: Vec<Value> = raw
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| Value::String(l.to_owned()))
                .collect();
            if lines.is_empty() {
                Value::Null
            } else {
                Value::Array(lines)
            }
        }
        Long => match raw.trim() {
            "" => Value::Null,
            text => Value::String(text.to_owned()),
        },
        _ => match raw.split_whitespace().collect::<Vec<_>>().join(" ") {
            text if text.is_empty() => Value::Null,
            text => Value::String(text),
        },
    }
}

/// `value` as an object, replacing whatever else it was.
fn object(value: &mut Value) -> &mut Map<String, Value> {
    if !value.is_object() {
        *value = Value::Object(Map::new());
    }
    match value {
        Value::Object(map) => map,
        _ => unreachable!("made an object just above"),
    }
}

/// `value` as a list, replacing whatever else it was.
fn array(value: &mut Value) -> &mut Vec<Value> {
    if !value.is_array() {
        *value = Value::Array(Vec::new());
    }
    match value {
        Value::Array(items) => items,
        _ => unreachable!("made a list just above"),
    }
}

/// Writes what was typed into the field named `name`; `false` when the name is no
/// field or the text is what the field already shows (then nothing changes).
pub fn set(doc: &mut Value, name: &str, raw: &str) -> bool {
    let Some(a) = address(name) else {
        return false;
    };
    let new = typed(a.field.kind, raw);
    if typed(a.field.kind, &shown(doc, &a)) == new {
        return false;
    }
    let steps = steps(&a);
    let Some((Step::Key(last), path)) = steps.split_last().map(|(l, p)| (*l, p)) else {
        return false;
    };
    if new.is_null() {
        // Nothing typed: the key goes, and so does an object it leaves empty
        // (`location`), never the entry itself.
        let keys: Vec<&str> = a.field.key.split('.').collect();
        let Some(holder) = walk_mut(doc, &path[..path.len() + 1 - keys.len()]) else {
            return true;
        };
        if let Some(map) =
            walk_mut(holder, &path[path.len() + 1 - keys.len()..]).and_then(Value::as_object_mut)
        {
            map.remove(last);
        }
        if let [outer, _, ..] = keys.as_slice()
            && holder
                .get(*outer)
                .and_then(Value::as_object)
                .is_some_and(Map::is_empty)
            && let Some(map) = holder.as_object_mut()
        {
            map.remove(*outer);
        }
        return true;
    }
    let mut place = &mut *doc;
    for step in path {
        place = match step {
            Step::Key(k) => object(place).entry(k.to_owned()).or_insert(Value::Null),
            Step::At(i) => {
                let items = array(place);
                while items.len() <= *i {
                    items.push(Value::Object(Map::new()));
                }
                &mut items[*i]
            }
        };
    }
    object(place).insert(last.to_owned(), new);
    true
}

fn walk_mut<'a>(doc: &'a mut Value, steps: &[Step<'_>]) -> Option<&'a mut Value> {
    steps.iter().try_fold(doc, |v, step| match step {
        Step::Key(k) => v.get_mut(*k),
        Step::At(i) => v.get_mut(*i),
    })
}

/// The entries of `section` in `doc`.
pub fn entries<'a>(doc: &'a Value, section: &Section) -> &'a [Value] {
    section
        .key
        .split('.')
        .try_fold(doc, |v, k| v.get(k))
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

fn entries_mut<'a>(doc: &'a mut Value, section: &Section) -> &'a mut Vec<Value> {
    let place = section.key.split('.').fold(doc, |v, k| {
        object(v).entry(k.to_owned()).or_insert(Value::Null)
    });
    array(place)
}

/// An entry's heading: its first two fields, when they are one-line text.
pub fn heading(section: &Section, entry: &Value) -> String {
    section
        .fields
        .iter()
        .take(2)
        .filter(|f| f.kind == Text)
        .filter_map(|f| entry.get(f.key).and_then(Value::as_str))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// What a button does to the entries of a section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Add(&'static Section),
    Remove(&'static Section, usize),
    Up(&'static Section, usize),
    Down(&'static Section, usize),
}

impl Op {
    /// Reads a button's value: `add:work`, `remove:work:2`, `up:…`, `down:…`.
    pub fn parse(value: &str) -> Option<Op> {
        let mut parts = value.splitn(3, ':');
        let verb = parts.next()?;
        let section = section(parts.next()?)?;
        if verb == "add" {
            return parts.next().is_none().then_some(Op::Add(section));
        }
        let index = parts.next()?.parse::<usize>().ok()?;
        match verb {
            "remove" => Some(Op::Remove(section, index)),
            "up" => Some(Op::Up(section, index)),
            "down" => Some(Op::Down(section, index)),
            _ => None,
        }
    }

    pub fn section(&self) -> &'static Section {
        match *self {
            Op::Add(s) | Op::Remove(s, _) | Op::Up(s, _) | Op::Down(s, _) => s,
        }
    }

    /// The button value `parse` reads back.
    pub fn value(&self) -> String {
        match self {
            Op::Add(s) => format!("add:{}", s.key),
            Op::Remove(s, i) => format!("remove:{}:{i}", s.key),
            Op::Up(s, i) => format!("up:{}:{i}", s.key),
            Op::Down(s, i) => format!("down:{}:{i}", s.key),
        }
    }

    /// Does it to `doc`; `false` when there was nothing to do (no such entry, the
    /// first moving up, a full section).
    pub fn apply(&self, doc: &mut Value) -> bool {
        match *self {
            Op::Add(s) => {
                let items = entries_mut(doc, s);
                if items.len() >= MAX_ENTRIES {
                    return false;
                }
                items.push(Value::Object(Map::new()));
                true
            }
            Op::Remove(s, i) => {
                let len = entries(doc, s).len();
                (i < len) && {
                    entries_mut(doc, s).remove(i);
                    true
                }
            }
            Op::Up(s, i) => {
                let len = entries(doc, s).len();
                (i > 0 && i < len) && {
                    entries_mut(doc, s).swap(i - 1, i);
                    true
                }
            }
            Op::Down(s, i) => {
                let len = entries(doc, s).len();
                (i + 1 < len) && {
                    entries_mut(doc, s).swap(i, i + 1);
                    true
                }
            }
        }
    }
}

/// Drops entries that were added and left empty.
pub fn tidy(doc: &mut Value) {
    for section in SECTIONS {
        if entries(doc, section).iter().any(is_blank) {
            entries_mut(doc, section).retain(|e| !is_blank(e));
        }
    }
}

fn is_blank(entry: &Value) -> bool {
    entry.as_object().is_some_and(Map::is_empty)
}

/// Why a field cannot be saved as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not YYYY, YYYY-MM or YYYY-MM-DD.
    Date,
    /// Not an address with one `@` and a domain.
    Email,
    /// Spaces, or neither a scheme nor a domain.
    Url,
    /// The end date comes before the start date.
    EndsBeforeStart,
}

impl Problem {
    /// The code the pages translate.
    pub fn code(self) -> &'static str {
        match self {
            Problem::Date => "date",
            Problem::Email => "email",
            Problem::Url => "url",
            Problem::EndsBeforeStart => "ends_before_start",
        }
    }
}

/// YYYY, YYYY-MM or YYYY-MM-DD with a real month and day.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str, len: usize, max: u32| {
        s.len() == len
            && s.bytes().all(|b| b.is_ascii_digit())
            && s.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n))
    };
    match parts.as_slice() {
        [y] => number(y, 4, 9999),
        [y, m] => number(y, 4, 9999) && number(m, 2, 12),
        [y, m, d] => number(y, 4, 9999) && number(m, 2, 12) && number(d, 2, 31),
        _ => false,
    }
}

fn is_email(text: &str) -> bool {
    match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !text.contains(char::is_whitespace)
        }
        None => false,
    }
}

fn is_url(text: &str) -> bool {
    !text.contains(char::is_whitespace) && (text.contains("://") || text.contains('.'))
}

fn problem_of(kind: Kind, text: &str) -> Option<Problem> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    match kind {
        Date if !is_date(text) => Some(Problem::Date),
        Email if !is_email(text) => Some(Problem::Email),
        Url if !is_url(text) => Some(Problem::Url),
        _ => None,
    }
}

/// Every field that stops a save, by form name, in the order of the form.
pub fn problems(doc: &Value) -> Vec<(String, Problem)> {
    let mut found = Vec::new();
    for field in BASICS {
        let a = Address {
            section: None,
            index: 0,
            field,
        };
        if let Some(p) = problem_of(field.kind, &shown(doc, &a)) {
            found.push((a.name(), p));
        }
    }
    for section in SECTIONS {
        for index in 0..entries(doc, section).len() {
            let at = |field| Address {
                section: Some(section),
                index,
                field,
            };
            let text = |key: &str| {
                section
                    .fields
                    .iter()
                    .find(|f| f.key == key)
                    .map(|field| shown(doc, &at(field)))
            };
            for field in section.fields {
                let a = at(field);
                if let Some(p) = problem_of(field.kind, &shown(doc, &a)) {
                    found.push((a.name(), p));
                }
            }
            if let (Some(start), Some(end)) = (text("startDate"), text("endDate")) {
                let (start, end) = (start.trim(), end.trim());
                let common = start.len().min(end.len());
                if is_date(start) && is_date(end) && end[..common] < start[..common] {
                    found.push((
                        format!("{}.{index}.endDate", section.key),
                        Problem::EndsBeforeStart,
                    ));
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests;
