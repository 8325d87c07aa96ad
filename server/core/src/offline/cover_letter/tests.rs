use serde_json::json;

use super::*;

fn resume() -> Value {
    json!({
        "basics": {"name": "Ada Lovelace", "label": "Backend Engineer"},
        "work": [
            {"name": "Analytical Engines", "position": "Senior Backend Engineer", "startDate": "2019-03",
             "highlights": [
                 "Mentored four engineers.",
                 "Built payment APIs in Rust and PostgreSQL serving 2M requests a day.",
                 "Moved the services to Kubernetes, cutting costs by 30%."
             ]},
            {"name": "Difference Ltd", "position": "Developer", "startDate": "2015-01", "endDate": "2019-02",
             "highlights": ["Wrote reports in Excel."]}
        ],
        "skills": [{"name": "Backend", "keywords": ["Rust", "PostgreSQL", "Kubernetes"]}]
    })
}

const JOB: &str =
    "<h1>Platform Engineer</h1><p>You know Rust, PostgreSQL and Kubernetes. Go is a plus.</p>";

fn letter(tone: Tone, length: Length, lang: &str) -> CoverLetter {
    write(
        &resume(),
        "Platform Engineer",
        "Northwind",
        tone,
        length,
        lang,
    )
}

fn write(
    resume: &Value,
    job_title: &str,
    company: &str,
    tone: Tone,
    length: Length,
    lang: &str,
) -> CoverLetter {
    cover_letter(
        Taxonomy::builtin(),
        &LetterInput {
            resume,
            job: JOB,
            job_title,
            company,
            tone,
            length,
            lang,
            now: (2026, 11),
        },
    )
}

#[test]
fn the_letter_tells_the_resume_facts_that_fit_the_job() {
    let l = letter(Tone::Professional, Length::Medium, "en");
    let md = &l.markdown;
    assert!(md.starts_with("Dear Hiring Manager,"), "{md}");
    assert!(
        md.contains("Platform Engineer position at Northwind"),
        "{md}"
    );
    assert!(
        md.contains("Senior Backend Engineer at Analytical Engines"),
        "{md}"
    );
    // The two highlights that name the job's skills, not the mentoring one.
    assert!(
        md.contains("- Built payment APIs in Rust and PostgreSQL"),
        "{md}"
    );
    assert!(md.contains("- Moved the services to Kubernetes"), "{md}");
    assert!(!md.contains("Mentored"), "{md}");
    // Only skills the resume has: Go is asked for, but Ada does not claim it.
    assert!(!md.contains("Go,") && !md.contains(" Go "), "{md}");
    assert!(md.trim_end().ends_with("Ada Lovelace"), "{md}");
    assert_eq!(
        l.word_count,
        md.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    );
    assert_eq!(l.read_minutes, 1);
}

#[test]
fn a_past_role_is_not_called_current_and_old_unrelated_work_stays_out() {
    let mut past = resume();
    past["work"][0]["endDate"] = "2026-06".into();
    let l = write(
        &past,
        "Platform Engineer",
        "Northwind",
        Tone::Professional,
        Length::Long,
        "en",
    );
    assert!(
        l.markdown
            .contains("In my most recent role as Senior Backend Engineer")
    );
    assert!(!l.markdown.contains("current role"));
    // Long: the latest job's other highlight comes in, the old Excel one does not.
    assert!(l.markdown.contains("- Mentored four engineers."));
    assert!(!l.markdown.contains("Excel"), "{}", l.markdown);
}

#[test]
fn tones_and_lengths_differ() {
    let short = letter(Tone::Professional, Length::Short, "en");
    let medium = letter(Tone::Professional, Length::Medium, "en");
    let long = letter(Tone::Professional, Length::Long, "en");
    assert!(short.word_count < medium.word_count && medium.word_count < long.word_count);
    let formal = letter(Tone::Formal, Length::Medium, "en").markdown;
    let keen = letter(Tone::Enthusiastic, Length::Medium, "en").markdown;
    assert!(formal.starts_with("Dear Sir or Madam,") && formal.contains("Yours faithfully,"));
    assert!(keen.contains("excited"));
}

#[test]
fn arabic_letters_use_arabic_phrases_and_the_resume_facts() {
    let md = letter(Tone::Formal, Length::Medium, "ar").markdown;
    assert!(md.starts_with("حضرات السادة المحترمين،"), "{md}");
    assert!(md.contains("وظيفة Platform Engineer لدى Northwind"), "{md}");
    assert!(md.contains("- Built payment APIs"), "{md}");
}

#[test]
fn an_empty_resume_still_gets_a_letter_without_invented_facts() {
    let empty = json!({});
    let l = write(&empty, "", "", Tone::Professional, Length::Long, "en");
    assert!(
        l.markdown.contains("the open position at your company"),
        "{}",
        l.markdown
    );
    assert!(
        !l.markdown.contains("Rust") && !l.markdown.contains("- "),
        "{}",
        l.markdown
    );
}
