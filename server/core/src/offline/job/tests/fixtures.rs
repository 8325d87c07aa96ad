//! Each fixture page parses to the fields it shows.

use super::super::*;
use super::{fixture, fixture_names};

/// What one fixture must parse to.
struct Expected {
    file: &'static str,
    title: &'static str,
    company: Option<&'static str>,
    location: Option<&'static str>,
    work_mode: Option<&'static str>,
    job_type: Option<&'static str>,
    salary: (Option<i64>, Option<i64>, Option<&'static str>),
    language: &'static str,
    deadline: Option<&'static str>,
    skills: &'static [&'static str],
}

const EXPECTED: &[Expected] = &[
    Expected {
        file: "jsonld_backend.html",
        title: "Senior Backend Engineer (Rust)",
        company: Some("Northwind Analytics"),
        location: Some("Berlin, Germany"),
        work_mode: Some("hybrid"),
        job_type: Some("full_time"),
        salary: (Some(75_000), Some(95_000), Some("EUR")),
        language: "en",
        deadline: Some("2027-01-31"),
        skills: &["Rust", "PostgreSQL", "Kubernetes", "Apache Kafka"],
    },
    Expected {
        file: "jsonld_graph_contract.html",
        title: "Data Engineer",
        company: Some("Bluefin Labs"),
        location: Some("United States"),
        work_mode: Some("remote"),
        job_type: Some("contract"),
        salary: (Some(70), Some(90), Some("USD")),
        language: "en",
        deadline: Some("2026-12-15"),
        skills: &["Python", "Airflow", "Spark", "dbt", "SQL"],
    },
    Expected {
        file: "microdata_nurse.html",
        title: "Registered Nurse - Intensive Care Unit",
        company: Some("St Catherine's Hospital"),
        location: Some("Manchester, Greater Manchester, United Kingdom"),
        work_mode: Some("onsite"),
        job_type: Some("full_time"),
        salary: (Some(35_964), Some(43_780), Some("GBP")),
        language: "en",
        deadline: Some("2026-12-20"),
        skills: &["Patient Care", "IV Therapy", "Basic Life Support"],
    },
    Expected {
        file: "opengraph_designer.html",
        title: "Product Designer",
        company: Some("Lumen Health"),
        location: Some("Lisbon, Portugal"),
        work_mode: Some("hybrid"),
        job_type: Some("full_time"),
        salary: (Some(60_000), Some(70_000), Some("EUR")),
        language: "en",
        deadline: None,
        skills: &["Figma", "User Research", "Prototyping"],
    },
    Expected {
        file: "email_frontend.txt",
        title: "Frontend Developer (React)",
        company: Some("Cedar & Pine Studio"),
        location: Some("Remote (US or Canada time zones)"),
        work_mode: Some("remote"),
        job_type: Some("full_time"),
        salary: (Some(120_000), Some(150_000), Some("USD")),
        language: "en",
        deadline: None,
        skills: &["React", "TypeScript", "Jest", "GraphQL"],
    },
    Expected {
        file: "markdown_devops.md",
        title: "DevOps Engineer",
        company: Some("Atlas Freight"),
        location: Some("Dubai, United Arab Emirates"),
        work_mode: Some("onsite"),
        job_type: Some("full_time"),
        salary: (Some(25_000), Some(32_000), Some("AED")),
        language: "en",
        deadline: Some("2026-12-31"),
        skills: &["Kubernetes", "Terraform", "Ansible", "Prometheus"],
    },
    Expected {
        file: "arabic_accountant.txt",
        title: "محاسب أول",
        company: Some("شركة الأفق للتجارة"),
        location: Some("الرياض، المملكة العربية السعودية"),
        work_mode: None,
        job_type: Some("full_time"),
        salary: (Some(8_000), Some(12_000), Some("SAR")),
        language: "ar",
        deadline: Some("2026-12-15"),
        skills: &["Accounting", "Microsoft Excel", "SAP"],
    },
    Expected {
        file: "arabic_jsonld_remote.html",
        title: "مطور واجهات خلفية (Node.js)",
        company: Some("سحابة للحلول الرقمية"),
        location: Some("القاهرة، مصر"),
        work_mode: Some("remote"),
        job_type: Some("part_time"),
        salary: (Some(30_000), Some(45_000), Some("EGP")),
        language: "ar",
        deadline: Some("2026-12-05"),
        skills: &["Node.js", "PostgreSQL", "Docker"],
    },
    Expected {
        file: "electrician_contract.txt",
        title: "INDUSTRIAL ELECTRICIAN",
        company: Some("Gulf Power Services"),
        location: Some("Jubail Industrial City, Saudi Arabia"),
        work_mode: Some("onsite"),
        job_type: Some("contract"),
        salary: (Some(15_000), Some(20_000), Some("SAR")),
        language: "en",
        deadline: None,
        skills: &[
            "Electrical Troubleshooting",
            "Preventive Maintenance",
            "Power Distribution",
        ],
    },
    Expected {
        file: "internship_plain.txt",
        title: "Data Analyst Intern",
        company: Some("Riverbend Bank"),
        location: Some("Toronto, ON"),
        work_mode: Some("hybrid"),
        job_type: Some("internship"),
        salary: (Some(25), Some(28), Some("CAD")),
        language: "en",
        deadline: Some("2027-01-15"),
        skills: &["SQL", "Python", "Tableau"],
    },
    Expected {
        file: "broken_jsonld_teacher.html",
        title: "Part-time Chemistry Teacher",
        company: Some("Maplewood Academy"),
        location: Some("Leeds, GB"),
        work_mode: None,
        job_type: Some("part_time"),
        salary: (Some(18_000), Some(24_000), Some("GBP")),
        language: "en",
        deadline: None,
        skills: &[],
    },
];

#[test]
fn each_fixture_parses_to_its_fields() {
    assert!(EXPECTED.len() >= 8);
    for want in EXPECTED {
        let input = fixture(want.file);
        let job = parse_job(&input);
        let f = want.file;
        assert_eq!(job.title, want.title, "{f}: title");
        assert_eq!(job.company.as_deref(), want.company, "{f}: company");
        assert_eq!(job.location.as_deref(), want.location, "{f}: location");
        assert_eq!(job.work_mode.as_deref(), want.work_mode, "{f}: work_mode");
        assert_eq!(job.job_type.as_deref(), want.job_type, "{f}: job_type");
        let salary = (
            job.salary_min,
            job.salary_max,
            job.salary_currency.as_deref(),
        );
        assert_eq!(salary, want.salary, "{f}: salary");
        assert_eq!(job.language, want.language, "{f}: language");
        assert_eq!(job.deadline.as_deref(), want.deadline, "{f}: deadline");
        for skill in want.skills {
            assert!(
                job.requirements.skills.iter().any(|s| s == skill),
                "{f}: {skill} not in {:?}",
                job.requirements.skills
            );
        }
        // The offline answer passes the check a model's answer must pass.
        assert_eq!(
            JobParseTask::check(&job, &input),
            Vec::<String>::new(),
            "{f}"
        );
    }
    // Every fixture on disk has its expectations.
    assert_eq!(fixture_names().len(), EXPECTED.len());
}

#[test]
fn requirements_years_and_degree_come_from_the_text() {
    let job = parse_job(&fixture("jsonld_backend.html"));
    assert_eq!(job.requirements.years, Some(5));
    assert_eq!(
        job.requirements.education.as_deref(),
        Some("Bachelor's degree")
    );
    let arabic = parse_job(&fixture("arabic_accountant.txt"));
    assert_eq!(arabic.requirements.years, Some(3));
    let back: Requirements = job.requirements.clone().into();
    assert_eq!(ParsedRequirements::from(back), job.requirements);
}

#[test]
fn descriptions_keep_headings_and_bullets_but_not_page_chrome() {
    let backend = parse_job(&fixture("jsonld_backend.html")).description;
    assert!(
        backend.contains("### What you will do\n\n- Design and build"),
        "{backend}"
    );
    assert!(
        backend.contains("in Rust\n- Own our PostgreSQL"),
        "{backend}"
    );
    let designer = parse_job(&fixture("opengraph_designer.html")).description;
    assert!(designer.starts_with("# Product Designer"), "{designer}");
    assert!(
        designer.contains("## What you'll do\n\n- Lead design"),
        "{designer}"
    );
    for chrome in ["Open roles", "Culture", "Privacy", "font-family"] {
        assert!(!designer.contains(chrome), "{chrome} in {designer}");
    }
    let email = parse_job(&fixture("email_frontend.txt")).description;
    assert!(email.starts_with("Hi Sam,"), "{email}");
    assert!(email.contains("\n- Build new features in React"), "{email}");
    let graph = parse_job(&fixture("jsonld_graph_contract.html")).description;
    assert!(
        graph.contains("## Responsibilities\n\n- Build batch"),
        "{graph}"
    );
    assert!(!graph.contains("&lt;"), "{graph}");
}

#[test]
fn the_given_url_wins_over_the_pages_own() {
    let mut input = fixture("jsonld_backend.html");
    let own = parse_job(&input).source_url;
    assert_eq!(
        own.as_deref(),
        Some("https://careers.northwind-analytics.de/jobs/senior-backend-engineer-rust")
    );
    input.url = Some(" https://example.com/saved ".into());
    assert_eq!(
        parse_job(&input).source_url.as_deref(),
        Some("https://example.com/saved")
    );
}
