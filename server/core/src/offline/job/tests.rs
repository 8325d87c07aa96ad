use super::*;

mod fixtures;
mod robustness;

pub(super) fn fixture(name: &str) -> JobParseInput {
    let path = format!("{}/tests/fixtures/jobs/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    JobParseInput { text, url: None }
}

pub(super) fn fixture_names() -> Vec<String> {
    let dir = format!("{}/tests/fixtures/jobs", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_check_refuses_invented_titles_and_companies() {
    let input = fixture("email_frontend.txt");
    let good = parse_job(&input);
    let mut answer = good.clone();
    answer.title = "frontend   DEVELOPER (react)".into();
    assert!(JobParseTask::check(&answer, &input).is_empty());
    answer.title = "Staff Frontend Engineer".into();
    answer.company = Some("Google".into());
    let problems = JobParseTask::check(&answer, &input);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("title") && problems[1].contains("company"));

    // Names only in JSON-LD or meta tags are on the page too.
    let page = JobParseInput {
        text: r#"<html><head><meta property="og:site_name" content="Kestrel &amp; Sons">
            <script type="application/ld+json">{"@type":"JobPosting","title":"Welder \u2013 Night Shift",
            "hiringOrganization":{"name":"Kestrel Works"}}</script></head><body><p>Apply now.</p></body></html>"#
            .into(),
        url: None,
    };
    let mut answer = parse_job(&page);
    assert_eq!(answer.title, "Welder – Night Shift");
    assert!(JobParseTask::check(&answer, &page).is_empty());
    answer.company = Some("Kestrel & Sons".into());
    assert!(JobParseTask::check(&answer, &page).is_empty());
    answer.company = Some("Kestrel Holdings".into());
    assert_eq!(JobParseTask::check(&answer, &page).len(), 1);
}

#[test]
fn the_check_refuses_values_outside_the_closed_lists() {
    let input = fixture("markdown_devops.md");
    let mut answer = parse_job(&input);
    answer.work_mode = Some("wfh".into());
    answer.job_type = Some("fulltime".into());
    answer.salary_currency = Some("Dirhams".into());
    answer.salary_min = Some(40_000);
    answer.language = "fr".into();
    answer.deadline = Some("31/12/2026".into());
    let problems = JobParseTask::check(&answer, &input);
    assert_eq!(problems.len(), 6, "{problems:?}");
    for field in [
        "work_mode",
        "job_type",
        "salary_currency",
        "salary_min",
        "language",
        "deadline",
    ] {
        assert!(
            problems.iter().any(|p| p.contains(field)),
            "{field}: {problems:?}"
        );
    }
}

/// A salary as (min, max, currency).
type Range = (Option<i64>, Option<i64>, Option<&'static str>);

#[test]
fn salaries_in_common_shapes() {
    let cases: &[(&str, Option<Range>)] = &[
        (
            "Salary: $120,000 - $150,000",
            Some((Some(120_000), Some(150_000), Some("USD"))),
        ),
        (
            "Pay: 120k–150k USD",
            Some((Some(120_000), Some(150_000), Some("USD"))),
        ),
        (
            "€60.000 – €70.000 per year",
            Some((Some(60_000), Some(70_000), Some("EUR"))),
        ),
        (
            "15,000 - 20,000 SAR per month",
            Some((Some(15_000), Some(20_000), Some("SAR"))),
        ),
        (
            "الراتب: من 8000 إلى 12000 ريال",
            Some((Some(8_000), Some(12_000), Some("SAR"))),
        ),
        (
            "الراتب: ٩٠٠٠ - ١١٠٠٠ درهم",
            Some((Some(9_000), Some(11_000), Some("AED"))),
        ),
        (
            "Salary: up to £45k",
            Some((None, Some(45_000), Some("GBP"))),
        ),
        ("Rate: $35/hour", Some((Some(35), Some(35), Some("USD")))),
        (
            "Compensation: 90 000 - 110 000 EGP monthly",
            Some((Some(90_000), Some(110_000), Some("EGP"))),
        ),
        ("You have 3-5 years of experience", None),
        ("Salary: competitive, plus 401(k) and 25 days off", None),
        ("We raised $20M in 2024", None),
        ("Salary: 2024 - 2026", None),
    ];
    for (text, want) in cases {
        let found = super::salary::in_segment(text, super::salary::mentions_pay(text))
            .map(|s| (s.min, s.max, s.currency));
        let want = want.map(|(a, b, c)| (a, b, c.map(str::to_owned)));
        assert_eq!(found, want, "{text}");
    }
}

#[test]
fn work_modes_and_job_types_in_english_and_arabic() {
    use super::modes::{job_type_in, work_mode_in};
    let mode = |t: &str| work_mode_in(t, false).map(|(_, m)| m.as_str());
    assert_eq!(mode("العمل عن بعد بالكامل"), Some("remote"));
    assert_eq!(mode("نظام عمل هجين"), Some("hybrid"));
    assert_eq!(mode("Hybrid: three days on-site"), Some("hybrid"));
    assert_eq!(mode("You will use remote patient monitoring tools"), None);
    assert_eq!(mode("We run a hybrid cloud"), None);
    assert_eq!(
        mode("This is not a remote role; on-site in Riyadh"),
        Some("onsite")
    );
    let kind = |t: &str, loose| job_type_in(t, loose).map(|(_, k)| k.as_str());
    assert_eq!(kind("وظيفة بدوام كامل", false), Some("full_time"));
    assert_eq!(kind("دوام جزئي", false), Some("part_time"));
    assert_eq!(kind("عقد لمدة سنة", true), Some("contract"));
    assert_eq!(kind("تدريب صيفي للطلاب", false), Some("internship"));
    assert_eq!(
        kind("We offer training and contract management", false),
        None
    );
    assert_eq!(
        kind("Internal tools team, freelance", false),
        Some("contract")
    );
}

#[test]
fn dates_in_common_shapes() {
    use super::dates::date;
    assert_eq!(date("January 15, 2027").as_deref(), Some("2027-01-15"));
    assert_eq!(date("15 ديسمبر 2026").as_deref(), Some("2026-12-15"));
    assert_eq!(date("31/12/2026").as_deref(), Some("2026-12-31"));
    assert_eq!(date("2026-12-31T10:00Z").as_deref(), Some("2026-12-31"));
    assert_eq!(date("03/04/2026"), None);
    assert_eq!(date("soon"), None);
}

#[test]
fn the_input_refuses_unknown_fields() {
    let bad = serde_json::json!({"text": "x", "url": null, "html": true});
    assert!(serde_json::from_value::<JobParseInput>(bad).is_err());
    let good = serde_json::json!({"text": "x", "url": null});
    assert!(serde_json::from_value::<JobParseInput>(good).is_ok());
}

#[test]
fn postings_without_structure_are_read_from_their_prose() {
    let parse = |text: &str| {
        parse_job(&JobParseInput {
            text: text.into(),
            url: None,
        })
    };
    let summary = parse(
        "Senior Product Manager\nAcme Corp · San Francisco, CA (Hybrid)\n\nAbout the job\n\
         We want 6+ years. Salary: competitive.",
    );
    assert_eq!(summary.title, "Senior Product Manager");
    assert_eq!(summary.location.as_deref(), Some("San Francisco, CA"));
    assert_eq!(summary.work_mode.as_deref(), Some("hybrid"));
    assert_eq!((summary.company, summary.salary_min), (None, None));

    let prose = parse(
        "Hello!\nNorth Star Robotics is looking for a Mechanical Engineer to join the team at \
         our Austin facility.\nThis is an on-site position.\n\nSalary range: USD 95,000 to \
         120,000 per year",
    );
    assert_eq!(prose.title, "Mechanical Engineer");
    assert_eq!(prose.company.as_deref(), Some("North Star Robotics"));
    assert_eq!(prose.work_mode.as_deref(), Some("onsite"));
    assert_eq!(
        (prose.salary_min, prose.salary_max),
        (Some(95_000), Some(120_000))
    );

    let at = parse(
        "We're hiring: Backend Engineer (Go) – Remote\n\nAt Zentrix, we build payment rails.\n\
         Compensation: €80k–€100k + equity",
    );
    assert_eq!(at.title, "Backend Engineer (Go)");
    assert_eq!(at.company.as_deref(), Some("Zentrix"));
    assert_eq!(at.work_mode.as_deref(), Some("remote"));
    let team = parse("Platform Engineer\nThe Platform Team is hiring an engineer.");
    assert_eq!(team.company, None);

    let arabic = parse(
        "وظيفة شاغرة: ممرضة\nمستشفى الشفاء التخصصي بمدينة جدة يعلن عن حاجته لممرضات.\n\
         الراتب: ٦٠٠٠ - ٩٠٠٠ ريال سعودي\nالعمل حضوري في المستشفى.",
    );
    assert_eq!(arabic.title, "ممرضة");
    assert_eq!(arabic.company.as_deref(), Some("مستشفى الشفاء التخصصي"));
    assert_eq!(arabic.location.as_deref(), Some("جدة"));
    assert_eq!(arabic.work_mode.as_deref(), Some("onsite"));
    assert_eq!(
        (arabic.salary_min, arabic.salary_max),
        (Some(6_000), Some(9_000))
    );

    let table = parse(
        "<html><body><h1>Warehouse Associate</h1><dl><dt>Company</dt><dd>Pacific Logistics \
         Inc.</dd><dt>Location</dt><dd>Reno, NV</dd><dt>Job Type</dt><dd>Part-time</dd>\
         <dt>Pay</dt><dd>$18.50 - $21.75 an hour</dd></dl><p>Lift up to 50 pounds.</p></body></html>",
    );
    assert_eq!(table.company.as_deref(), Some("Pacific Logistics Inc."));
    assert_eq!(table.location.as_deref(), Some("Reno, NV"));
    assert_eq!(table.job_type.as_deref(), Some("part_time"));
    assert_eq!((table.salary_min, table.salary_max), (Some(18), Some(22)));
}
