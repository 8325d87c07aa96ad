//! The skill taxonomy: canonical names, aliases ("JS" → JavaScript), kind (hard or
//! soft), category and Arabic names, shipped as data in `data/taxonomy/*.tsv`
//! (`canonical⇥kind⇥category⇥alias|alias⇥arabic⇥flags`). Finding skills in text
//! matches whole tokens, longest phrase first. Names of one or two letters ("R",
//! "Go") and one-word names of entries flagged `cs` ("HR", "Spark") match only
//! when their first letter has the same case as written ("spark" is a word).

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

const FILES: [(&str, &str); 4] = [
    ("tech", include_str!("../../data/taxonomy/tech.tsv")),
    ("business", include_str!("../../data/taxonomy/business.tsv")),
    (
        "health_education",
        include_str!("../../data/taxonomy/health_education.tsv"),
    ),
    (
        "trades_soft_languages",
        include_str!("../../data/taxonomy/trades_soft_languages.tsv"),
    ),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SkillKind {
    Hard,
    Soft,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Skill {
    pub name: String,
    pub kind: SkillKind,
    pub category: String,
    pub aliases: Vec<String>,
    pub arabic: Option<String>,
}

/// An index into `Taxonomy::skills`.
pub type SkillId = usize;

/// One skill found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub skill: SkillId,
    /// Token offsets where it occurs.
    pub at: Vec<usize>,
}

#[derive(Debug, Default)]
pub struct Taxonomy {
    skills: Vec<Skill>,
    /// Lower-cased token phrases, by first token.
    phrases: HashMap<String, Vec<(Vec<String>, SkillId)>>,
    /// Exact-case phrases (flag `cs`), by first token.
    exact: HashMap<String, Vec<(Vec<String>, SkillId)>>,
    by_name: HashMap<String, SkillId>,
    /// Every folded Arabic token of the index, to strip clitics against.
    arabic_vocab: std::collections::HashSet<String>,
}

/// A token as the index compares it: lower case; for Arabic, one form of alef,
/// yeh and teh marbuta, and no diacritics or tatweel.
fn fold(token: &str) -> String {
    token
        .to_lowercase()
        .chars()
        .filter(|c| !('\u{064B}'..='\u{0652}').contains(c) && *c != '\u{0640}')
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            other => other,
        })
        .collect()
}

/// A token for case-sensitive names: whether it starts with a capital, then the
/// folded token. "Spark" and "SPARK" match the name Spark; "spark" does not;
/// "Javascript" still matches JavaScript.
fn case_key(token: &str) -> String {
    let capital = token.chars().next().is_some_and(char::is_uppercase);
    format!("{}{}", if capital { '^' } else { '_' }, fold(token))
}

/// Splits text into tokens: letters and digits (any script), with `+` and `#`
/// kept inside (C++, C#). Everything else separates.
pub fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '+' || c == '#'))
        .filter(|t| !t.is_empty() && t.chars().any(char::is_alphanumeric))
        .collect()
}

impl Taxonomy {
    /// The taxonomy shipped with Jobforge, loaded once.
    pub fn builtin() -> &'static Taxonomy {
        static BUILTIN: OnceLock<Taxonomy> = OnceLock::new();
        BUILTIN.get_or_init(|| Taxonomy::from_tsv(FILES.iter().map(|(_, text)| *text)))
    }

    /// Reads taxonomy files; a later file never overrides an earlier name or alias.
    pub fn from_tsv<'a>(files: impl Iterator<Item = &'a str>) -> Taxonomy {
        let mut taxonomy = Taxonomy::default();
        for text in files {
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                let cols: Vec<&str> = line.split('\t').collect();
                let [name, kind, category, aliases, arabic, flags] = cols[..] else {
                    continue;
                };
                let name = name.trim();
                if name.is_empty() || taxonomy.by_name.contains_key(&name.to_lowercase()) {
                    continue;
                }
                let kind = if kind.trim() == "soft" {
                    SkillKind::Soft
                } else {
                    SkillKind::Hard
                };
                let exact = flags.split(',').any(|f| f.trim() == "cs");
                let id = taxonomy.skills.len();
                let mut kept = Vec::new();
                let arabic = Some(arabic.trim()).filter(|a| !a.is_empty());
                let mut names = vec![name];
                names.extend(aliases.split('|').map(str::trim).filter(|a| !a.is_empty()));
                names.extend(arabic);
                for (n, variant) in names.iter().enumerate() {
                    let key = variant.to_lowercase();
                    if n > 0 && taxonomy.by_name.contains_key(&key) {
                        continue;
                    }
                    taxonomy.by_name.insert(key, id);
                    if n > 0 && Some(*variant) != arabic {
                        kept.push((*variant).to_owned());
                    }
                    // Short names ("R", "Go", "JS") and, for entries flagged `cs`, any
                    // one-word name ("HR", "Spark") match only when capitalised as
                    // written; longer names match in any case.
                    let letters = variant.chars().filter(|c| c.is_alphanumeric()).count();
                    let one_word = tokens(variant).len() == 1;
                    taxonomy.index(variant, id, letters <= 2 || (exact && one_word));
                }
                taxonomy.skills.push(Skill {
                    name: name.to_owned(),
                    kind,
                    category: category.trim().to_owned(),
                    aliases: kept,
                    arabic: arabic.map(str::to_owned),
                });
            }
        }
        for list in taxonomy
            .phrases
            .values_mut()
            .chain(taxonomy.exact.values_mut())
        {
            // Longest phrases first, so "Machine Learning Engineering" beats "Machine Learning".
            list.sort_by_key(|(phrase, _)| std::cmp::Reverse(phrase.len()));
        }
        taxonomy
    }

    fn index(&mut self, variant: &str, id: SkillId, exact: bool) {
        let parts: Vec<String> = tokens(variant)
            .into_iter()
            .map(|t| if exact { case_key(t) } else { fold(t) })
            .collect();
        for part in &parts {
            if part.chars().next().is_some_and(is_arabic) {
                self.arabic_vocab.insert(part.clone());
            }
        }
        let Some(first) = parts.first().cloned() else {
            return;
        };
        let map = if exact {
            &mut self.exact
        } else {
            &mut self.phrases
        };
        map.entry(first).or_default().push((parts, id));
    }

    pub fn len(&self) -> usize {
        self.skills.len()
    }

    pub fn is_empty(&self) -> bool {
        self.skills.is_empty()
    }

    pub fn skill(&self, id: SkillId) -> &Skill {
        &self.skills[id]
    }

    pub fn skills(&self) -> &[Skill] {
        &self.skills
    }

    /// The skill a name or alias stands for (any case).
    pub fn lookup(&self, name: &str) -> Option<SkillId> {
        self.by_name.get(&name.trim().to_lowercase()).copied()
    }

    /// A text token as the index knows it: folded, and for Arabic without a
    /// leading conjunction or preposition (و ف ب ل ك) when the rest is a known word
    /// ("ومهارات" → "مهارات", "للتواصل" → "التواصل").
    fn normalize(&self, token: &str) -> String {
        let folded = fold(token);
        if !folded.chars().next().is_some_and(is_arabic) || self.arabic_vocab.contains(&folded) {
            return folded;
        }
        let mut chars = folded.chars();
        let first = chars.next();
        let rest: String = chars.collect();
        if let Some(stripped) = rest.strip_prefix('ل').filter(|_| first == Some('ل')) {
            let with_article = format!("ال{stripped}");
            if self.arabic_vocab.contains(&with_article) {
                return with_article;
            }
        }
        if matches!(first, Some('و' | 'ف' | 'ب' | 'ل' | 'ك')) && self.arabic_vocab.contains(&rest)
        {
            return rest;
        }
        folded
    }

    /// Every skill in `text`, in order of first appearance.
    pub fn find(&self, text: &str) -> Vec<Found> {
        let original = tokens(text);
        let normalized: Vec<String> = original.iter().map(|t| self.normalize(t)).collect();
        let folded: Vec<&str> = normalized.iter().map(String::as_str).collect();
        let case_keys: Vec<String> = original.iter().map(|t| case_key(t)).collect();
        let cased: Vec<&str> = case_keys.iter().map(String::as_str).collect();
        let mut found: Vec<Found> = Vec::new();
        let mut index: HashMap<SkillId, usize> = HashMap::new();
        let mut i = 0;
        while i < original.len() {
            let matched = Self::longest(&self.exact, &cased, i)
                .into_iter()
                .chain(Self::longest(&self.phrases, &folded, i))
                .max_by_key(|(len, _)| *len);
            match matched {
                Some((len, id)) => {
                    match index.get(&id) {
                        Some(&slot) => found[slot].at.push(i),
                        None => {
                            index.insert(id, found.len());
                            found.push(Found {
                                skill: id,
                                at: vec![i],
                            });
                        }
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        found
    }

    fn longest(
        map: &HashMap<String, Vec<(Vec<String>, SkillId)>>,
        tokens: &[&str],
        at: usize,
    ) -> Option<(usize, SkillId)> {
        let candidates = map.get(tokens[at])?;
        candidates.iter().find_map(|(phrase, id)| {
            let end = at + phrase.len();
            (end <= tokens.len() && phrase.iter().zip(&tokens[at..end]).all(|(p, t)| p == t))
                .then_some((phrase.len(), *id))
        })
    }
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Taxonomy {
        Taxonomy::from_tsv(
            [
                "JavaScript\thard\tprogramming\tJS|ECMAScript\t\t\n\
                 Machine Learning\thard\tml\tML\tتعلم الآلة\t\n\
                 Machine Learning Engineering\thard\tml\t\t\t\n\
                 R\thard\tprogramming\t\t\tcs\n\
                 C++\thard\tprogramming\tCPP\t\t\n\
                 Communication\tsoft\tsoft\tCommunication Skills\tمهارات التواصل\t",
                "JavaScript\thard\tweb\tJavaScript ES6\t\t\n\
                 Node.js\thard\tweb\tNode|NodeJS|JS\t\t",
            ]
            .into_iter(),
        )
    }

    fn names(t: &Taxonomy, text: &str) -> Vec<String> {
        t.find(text)
            .into_iter()
            .map(|f| t.skill(f.skill).name.clone())
            .collect()
    }

    #[test]
    fn aliases_phrases_and_case() {
        let t = sample();
        assert_eq!(t.len(), 7, "the second JavaScript is skipped");
        assert_eq!(
            names(&t, "Built APIs in JS and node.js; C++ too."),
            ["JavaScript", "Node.js", "C++"]
        );
        assert_eq!(
            names(&t, "machine learning engineering and ML"),
            ["Machine Learning Engineering", "Machine Learning"]
        );
        assert_eq!(names(&t, "Statistics in R."), ["R"]);
        assert!(
            names(&t, "r and d").is_empty(),
            "a short name matches only its exact case"
        );
        assert_eq!(
            names(&t, "لدي خبرة في تعلم الآلة ومهارات التواصل"),
            ["Machine Learning", "Communication"]
        );
        assert_eq!(t.lookup("ecmascript"), t.lookup("JavaScript"));
        assert_eq!(
            t.lookup("JS"),
            t.lookup("JavaScript"),
            "a later alias never takes a name"
        );
        let found = t.find("JS, JS and more JS");
        assert_eq!(found[0].at, [0, 1, 4]);
    }
}

#[cfg(test)]
mod builtin_tests {
    use super::*;

    #[test]
    fn the_builtin_taxonomy_covers_many_fields_in_two_languages() {
        let t = Taxonomy::builtin();
        assert!(t.len() >= 1500, "only {} skills", t.len());
        let arabic = t.skills().iter().filter(|s| s.arabic.is_some()).count();
        assert!(arabic >= 400, "only {arabic} Arabic names");
        for category in [
            "programming",
            "cloud",
            "finance",
            "accounting",
            "marketing",
            "nursing",
            "education",
            "welding",
            "electrical",
            "soft",
            "spoken-language",
        ] {
            assert!(
                t.skills().iter().any(|s| s.category == category),
                "no skill in {category}"
            );
        }
        let name = |alias: &str| t.lookup(alias).map(|id| t.skill(id).name.as_str());
        assert_eq!(name("JS"), Some("JavaScript"));
        assert_eq!(name("k8s"), Some("Kubernetes"));
        assert_eq!(name("SEO"), Some("Search Engine Optimization"));
        let soft = t
            .skills()
            .iter()
            .filter(|s| s.kind == SkillKind::Soft)
            .count();
        assert!(soft >= 60, "only {soft} soft skills");
    }
}
