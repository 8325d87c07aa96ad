//! What a job asks for, read from its text: the skills the taxonomy knows, the
//! years of experience, the degree and the other frequent terms.

use super::score::{degree_level, required_years};
use super::taxonomy::{SkillKind, Taxonomy};
use super::text::{html_to_text, keywords};
use crate::model::tracker::Requirements;

const DEGREES: [&str; 5] = [
    "",
    "Diploma or associate degree",
    "Bachelor's degree",
    "Master's degree",
    "Doctorate",
];

/// The requirements of a job's text (plain, Markdown or HTML).
pub fn requirements(taxonomy: &Taxonomy, job: &str) -> Requirements {
    let text = html_to_text(job);
    let mut skills: Vec<String> = Vec::new();
    let mut soft: Vec<String> = Vec::new();
    for found in taxonomy.find(&text) {
        let skill = taxonomy.skill(found.skill);
        let list = match skill.kind {
            SkillKind::Hard => &mut skills,
            SkillKind::Soft => &mut soft,
        };
        if !list.contains(&skill.name) {
            list.push(skill.name.clone());
        }
    }
    let known: Vec<String> = skills
        .iter()
        .chain(&soft)
        .map(|s| s.to_lowercase())
        .collect();
    let mut terms: Vec<String> = soft;
    terms.extend(
        keywords(&text, 40)
            .into_iter()
            .filter(|(word, count)| *count > 1 && !known.contains(word))
            .map(|(word, _)| word)
            .take(12),
    );
    let years = required_years(&text).map(|y| y.round() as u32);
    let level = usize::from(degree_level(&text));
    Requirements {
        skills,
        years,
        education: (level > 0).then(|| DEGREES[level.min(4)].to_owned()),
        keywords: terms,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skills_years_degree_and_terms_are_read() {
        let job = "Backend Engineer\nYou have 5+ years with Rust and PostgreSQL, a \
                   bachelor's degree in computer science and strong communication. \
                   Payments experience; payments at scale.";
        let found = requirements(Taxonomy::builtin(), job);
        assert!(found.skills.contains(&"Rust".to_owned()), "{found:?}");
        assert!(found.skills.contains(&"PostgreSQL".to_owned()), "{found:?}");
        assert_eq!(found.years, Some(5));
        assert_eq!(found.education.as_deref(), Some("Bachelor's degree"));
        assert!(
            found.keywords.contains(&"Communication".to_owned()),
            "{found:?}"
        );
        assert!(found.keywords.contains(&"payments".to_owned()), "{found:?}");
        let none = requirements(Taxonomy::builtin(), "We are hiring.");
        assert_eq!((none.years, none.education), (None, None));
    }
}
