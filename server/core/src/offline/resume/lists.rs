//! Skills and languages: lists split on commas, bars and bullets, skills put
//! under the taxonomy's names, levels and fluency kept as written.

use super::lexicon::List;
use super::lines::{GAP, Line};
use super::model::{Language, Skill};
use super::norm::{bare_arabic, has_text, key, words};
use super::segments::{split_outside, tidy};
use super::words::is_level;
use crate::offline::taxonomy::{Taxonomy, tokens};

const MAX_GROUPS: usize = 50;
const MAX_KEYWORDS: usize = 120;
const MAX_LANGUAGES: usize = 30;

/// How list items are parted.
const ITEM_SEPS: &[&str] = &[",", "،", ";", "؛", "|", "•", "·", "▪", "●", "◆", GAP, " / "];

/// Arabic names of languages, without "ال".
static ARABIC_LANGUAGES: List = List::new(
    "عربية|إنجليزية|إنكليزية|فرنسية|ألمانية|إسبانية|تركية|أوردية|هندية|صينية|إيطالية|روسية|\
     فارسية|يابانية|كورية|برتغالية|ملايوية|بنغالية",
);

fn is_language_name(name: &str) -> bool {
    let taxonomy = Taxonomy::builtin();
    let plain = name
        .trim_start_matches("اللغة ")
        .trim_start_matches("اللغه ")
        .trim();
    if let Some(id) = taxonomy.lookup(plain).or_else(|| taxonomy.lookup(name)) {
        return taxonomy.skill(id).category == "spoken-language";
    }
    let w = words(plain);
    w.len() == 1 && ARABIC_LANGUAGES.has(bare_arabic(&w[0]))
        || w.len() == 2 && w[0] == "لغه" && ARABIC_LANGUAGES.has(bare_arabic(&w[1]))
}

/// A language item as its name and fluency: "English (native)", "French –
/// Native", "الإنجليزية: ممتازة", "Spanish B2".
fn language_item(item: &str) -> (String, Option<String>) {
    for sep in [" – ", " - ", " — ", " ― ", ":", "："] {
        if let Some((name, fluency)) = item.split_once(sep) {
            let (name, fluency) = (tidy(name), tidy(fluency));
            if !name.is_empty() {
                return (name, Some(fluency).filter(|f| !f.is_empty()));
            }
        }
    }
    if let Some((name, rest)) = item.split_once(['(', '（']) {
        let fluency = tidy(rest.trim_end_matches([')', '）']));
        let name = tidy(name);
        if !name.is_empty() {
            return (name, Some(fluency).filter(|f| !f.is_empty()));
        }
    }
    let parts: Vec<&str> = item.split_whitespace().collect();
    for cut in 1..parts.len() {
        let (name, fluency) = (parts[..cut].join(" "), parts[cut..].join(" "));
        if is_level(&fluency) && is_language_name(&name) {
            return (name, Some(fluency));
        }
    }
    (tidy(item), None)
}

/// Whether a list names spoken languages (most of its items do).
pub(super) fn spoken(text: &str) -> bool {
    let items = split_outside(text, ITEM_SEPS);
    let known = items
        .iter()
        .filter(|i| {
            let (name, fluency) = language_item(i);
            is_language_name(&name) || fluency.is_some_and(|f| is_level(&f))
        })
        .count();
    !items.is_empty() && known * 2 > items.len()
}

/// The languages of a section's lines.
pub(super) fn languages(lines: &[Line]) -> Vec<Language> {
    let mut out: Vec<Language> = Vec::new();
    for line in lines {
        for item in split_outside(&line.text, ITEM_SEPS) {
            let (name, fluency) = language_item(&item);
            if is_level(&name) {
                if let Some(last) = out.last_mut()
                    && last.fluency.is_none()
                {
                    last.fluency = Some(name);
                }
                continue;
            }
            let words = name.split_whitespace().count();
            if !has_text(&name)
                || words > 4
                || name.chars().any(|c| c.is_ascii_digit())
                || out.iter().any(|l| key(&l.language) == key(&name))
            {
                continue;
            }
            out.push(Language {
                language: name,
                fluency,
            });
        }
    }
    out.truncate(MAX_LANGUAGES);
    out
}

/// How many tokens of `toks` from `at` the skill's name or an alias covers.
fn matched_len(taxonomy: &Taxonomy, id: usize, toks: &[&str], at: usize) -> usize {
    let skill = taxonomy.skill(id);
    std::iter::once(skill.name.as_str())
        .chain(skill.aliases.iter().map(String::as_str))
        .chain(skill.arabic.as_deref())
        .map(tokens)
        .filter(|v| {
            toks.get(at..at + v.len())
                .is_some_and(|t| t.iter().zip(v).all(|(a, b)| key(a) == key(b)))
        })
        .map(|v| v.len())
        .max()
        .unwrap_or(1)
}

/// Words that join skills in one item ("Python and SQL").
static JOINERS: List = List::new("and|&|with|of|in|for|the|و|مع|في");

/// A listed skill under the taxonomy's names: itself when it is a name or
/// alias; the skills it is made of when they cover it ("Python (pandas)");
/// else as written.
fn normalise(taxonomy: &Taxonomy, item: &str) -> Vec<String> {
    let item = tidy(item.trim_end_matches('.'));
    if item.is_empty() {
        return Vec::new();
    }
    if let Some(id) = taxonomy.lookup(&item) {
        return vec![taxonomy.skill(id).name.clone()];
    }
    let toks = tokens(&item);
    let counted = toks
        .iter()
        .filter(|t| !t.chars().all(|c| c.is_ascii_digit()) && !JOINERS.has(&key(t)))
        .count();
    let found = taxonomy.find(&item);
    let covered: usize = found
        .iter()
        .filter_map(|f| Some(matched_len(taxonomy, f.skill, &toks, *f.at.first()?)))
        .sum();
    let names = found.iter().map(|f| taxonomy.skill(f.skill).name.clone());
    if !found.is_empty() && covered >= counted {
        names.collect()
    } else if counted > 8 {
        // A sentence in a skills section: the skills it names.
        names.collect()
    } else {
        vec![item]
    }
}

/// Skill groups the heading names only by being the skills section.
static GENERIC: List = List::new(
    "skills|key skills|core skills|skills summary|skill set|skillset|مهارات|المهارات|\
     المهارات الأساسية",
);

fn push_unique(list: &mut Vec<String>, names: Vec<String>) {
    for name in names {
        if list.len() < MAX_KEYWORDS && !list.iter().any(|k| key(k) == key(&name)) {
            list.push(name);
        }
    }
}

/// "Python (Advanced)", "Excel – Expert": the item and its level.
fn with_level(item: &str) -> (String, Option<String>) {
    if let Some((name, rest)) = item.split_once('(') {
        let level = rest.trim_end_matches(')');
        if is_level(level) {
            return (tidy(name), Some(tidy(level)));
        }
    }
    for sep in [" – ", " - ", " — ", ":"] {
        if let Some((name, level)) = item.rsplit_once(sep)
            && is_level(level)
        {
            return (tidy(name), Some(tidy(level)));
        }
    }
    (item.to_owned(), None)
}

/// The skills of a section: groups for "Category: a, b" lines, one entry per
/// skill that has a level, and the other items in one group.
pub(super) fn skills(title: &str, lines: &[Line]) -> Vec<Skill> {
    let taxonomy = Taxonomy::builtin();
    let mut groups: Vec<Skill> = Vec::new();
    let mut loose: Vec<String> = Vec::new();
    for line in lines {
        let (group, rest) = match line.text.split_once([':', '：']) {
            Some((head, rest))
                if head.split_whitespace().count() <= 4
                    && !head.chars().any(|c| c.is_ascii_digit())
                    && !rest.trim().is_empty()
                    && !is_level(rest) =>
            {
                (Some(tidy(head)), rest)
            }
            _ => (None, line.text.as_str()),
        };
        let mut keywords = Vec::new();
        for item in split_outside(rest, ITEM_SEPS) {
            let (name, level) = with_level(&item);
            let names = normalise(taxonomy, &name);
            match level {
                Some(level) if names.len() == 1 => groups.push(Skill {
                    name: names.first().cloned(),
                    level: Some(level),
                    keywords: names,
                }),
                _ => push_unique(&mut keywords, names),
            }
        }
        match group {
            Some(name) if !keywords.is_empty() => groups.push(Skill {
                name: Some(name),
                level: None,
                keywords,
            }),
            _ => push_unique(&mut loose, keywords),
        }
    }
    if !loose.is_empty() {
        let name = Some(title.to_owned()).filter(|t| {
            let k = key(t);
            !k.is_empty() && !GENERIC.has(&k)
        });
        groups.insert(
            0,
            Skill {
                name,
                level: None,
                keywords: loose,
            },
        );
    }
    groups.truncate(MAX_GROUPS);
    groups
}
