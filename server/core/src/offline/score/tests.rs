use serde_json::json;

use super::*;

fn taxonomy() -> Taxonomy {
    Taxonomy::from_tsv(
        ["JavaScript\thard\tprogramming\tJS\t\t\n\
             TypeScript\thard\tprogramming\tTS\t\tcs\n\
             React\thard\tweb\tReact.js|ReactJS\t\t\n\
             Kubernetes\thard\tdevops\tK8s\t\t\n\
             PostgreSQL\thard\tdatabase\tPostgres\t\t\n\
             GraphQL\thard\tweb\t\t\t\n\
             Communication\tsoft\tsoft\tCommunication Skills\tمهارات التواصل\t\n\
             Leadership\tsoft\tsoft\t\tالقيادة\t"]
        .into_iter(),
    )
}

const JOB: &str = "Senior Frontend Engineer\n\
    We are building a payments dashboard for merchants.\n\
    Requirements:\n\
    - 5+ years building web apps with JavaScript and React\n\
    - TypeScript and PostgreSQL\n\
    - Clear communication with merchants and designers\n\
    Nice to have:\n\
    - GraphQL, Kubernetes\n\
    Bachelor's degree in computer science. Payments or merchants experience.";

fn resume(skills: &[&str], highlights: &[&str], years: (i32, i32)) -> Value {
    json!({
        "basics": { "name": "Ada", "label": "Frontend Engineer" },
        "work": [{
            "name": "Shop", "position": "Frontend Engineer",
            "startDate": format!("{}-01", years.0), "endDate": format!("{}-01", years.1),
            "highlights": highlights,
        }],
        "education": [{ "institution": "Uni", "studyType": "Bachelor", "area": "Computer Science" }],
        "skills": [{ "name": "Skills", "keywords": skills }],
    })
}

const NOW: (i32, u32) = (2026, 11);

#[test]
fn skills_shown_in_work_beat_skills_only_listed() {
    let t = taxonomy();
    let shown = resume(
        &[],
        &["Built the merchant payments dashboard in React and TypeScript (JS) on Postgres"],
        (2019, 2026),
    );
    let listed = resume(
        &["React", "TypeScript", "JavaScript", "PostgreSQL"],
        &["Built dashboards"],
        (2019, 2026),
    );
    let a = score(&t, &shown, JOB, None, NOW);
    let b = score(&t, &listed, JOB, None, NOW);
    assert!(
        a.breakdown.hard_skills.score > b.breakdown.hard_skills.score,
        "{a:?}\n{b:?}"
    );
    assert!(a.score > b.score);
    assert!(
        a.matched_keywords.contains(&"JavaScript".to_owned()),
        "JS meets JavaScript: {a:?}"
    );
}

#[test]
fn stuffing_keywords_does_not_win() {
    let t = taxonomy();
    let honest = resume(
        &["React"],
        &["Shipped a React and TypeScript payments app for merchants"],
        (2020, 2026),
    );
    let stuffed_list: Vec<&str> = std::iter::repeat_n(
        [
            "React",
            "TypeScript",
            "Kubernetes",
            "GraphQL",
            "PostgreSQL",
            "JavaScript",
        ],
        20,
    )
    .flatten()
    .collect();
    let stuffed = resume(&stuffed_list, &["Did various things"], (2020, 2026));
    let h = score(&t, &honest, JOB, None, NOW);
    let s = score(&t, &stuffed, JOB, None, NOW);
    // Listing everything twenty times is worth no more than listing it once.
    let once = resume(
        &[
            "React",
            "TypeScript",
            "Kubernetes",
            "GraphQL",
            "PostgreSQL",
            "JavaScript",
        ],
        &["Did various things"],
        (2020, 2026),
    );
    assert_eq!(score(&t, &once, JOB, None, NOW).score, s.score);
    assert!(s.breakdown.hard_skills.score <= 60, "{s:?}");
    assert!(h.breakdown.hard_skills.score > 0);
}

#[test]
fn years_degree_and_missing_skills() {
    let t = taxonomy();
    let junior = resume(&[], &["React and JavaScript"], (2025, 2026));
    let senior = resume(&[], &["React and JavaScript"], (2016, 2026));
    let j = score(&t, &junior, JOB, None, NOW);
    let s = score(&t, &senior, JOB, None, NOW);
    assert_eq!(s.breakdown.seniority.score, 100);
    assert!(j.breakdown.seniority.score < 30, "{j:?}");
    assert_eq!(j.breakdown.education.score, 100);
    assert!(j.missing_keywords.contains(&"TypeScript".to_owned()));
    assert!(j.missing_keywords.contains(&"PostgreSQL".to_owned()));
    assert!(j.explanation.contains("5 years"), "{}", j.explanation);
    // Weights of applicable parts add up to 1.
    let b = &j.breakdown;
    let sum = b.hard_skills.weight
        + b.soft_skills.weight
        + b.title.weight
        + b.seniority.weight
        + b.education.weight
        + b.keywords.weight;
    assert!((sum - 1.0).abs() < 0.01, "{sum}");
}

#[test]
fn nice_to_have_skills_weigh_less() {
    let t = taxonomy();
    let core = resume(
        &[],
        &["JavaScript, React, TypeScript, PostgreSQL"],
        (2019, 2026),
    );
    let extras = resume(&[], &["GraphQL and Kubernetes"], (2019, 2026));
    assert!(
        score(&t, &core, JOB, None, NOW).breakdown.hard_skills.score
            > score(&t, &extras, JOB, None, NOW)
                .breakdown
                .hard_skills
                .score
    );
}

#[test]
fn overlapping_jobs_count_once() {
    let work = vec![
        json!({ "startDate": "2018-01", "endDate": "2020-01" }),
        json!({ "startDate": "2019-01", "endDate": "2021-01" }),
        json!({ "startDate": "2023-01", "endDate": "Present" }),
    ];
    let years = work_years(&work, (2025, 1));
    assert!(
        (years - (3.0 + 2.0 + 1.0 / 12.0 * 2.0)).abs() < 0.2,
        "{years}"
    );
}
