//! The parts: contact details, names, degrees, roles, skills, the clean JSON
//! Resume document.

use super::super::*;

#[test]
fn contact_details_in_many_shapes() {
    let phones = [
        ("Phone: +44 7700 900123", Some("+44 7700 900123")),
        ("(512) 555-0198", Some("(512) 555-0198")),
        ("Cell: 602-555-0147.", Some("602-555-0147")),
        ("هاتف: 0791234567", Some("0791234567")),
        ("+971 50 123 4567 | x@y.com", Some("+971 50 123 4567")),
        ("2014 - 2016", None),
        ("Phoenix, AZ 85004", None),
        ("PIN 11A2345E", None),
        ("03/2019 - 06/2021", None),
    ];
    for (text, want) in phones {
        assert_eq!(contact::phone(text).as_deref(), want, "{text}");
    }
    assert_eq!(
        contact::emails("Email: first_last+cv@mail.example.co.uk. Or a@b"),
        ["first_last+cv@mail.example.co.uk"]
    );
    let urls = contact::urls(
        "linkedin.com/in/jane-doe | https://github.com/jdoe/ | jane.dev | Node.js | www.jane.dev",
        true,
    );
    assert_eq!(
        urls,
        [
            "linkedin.com/in/jane-doe",
            "https://github.com/jdoe/",
            "www.jane.dev"
        ]
    );
    let p = contact::profile("https://www.linkedin.com/in/Jane-Doe/").expect("profile");
    assert_eq!(
        (p.network.as_str(), p.username.as_deref()),
        ("LinkedIn", Some("Jane-Doe"))
    );
    assert!(contact::profile("https://jane.dev").is_none());
}

#[test]
fn names_places_and_roles() {
    for name in [
        "Jane Doe",
        "MARÍA JOSÉ DE LA CRUZ",
        "Michael O'Connor",
        "سارة عبدالله القحطاني",
        "Ahmed bin Zayed",
    ] {
        assert!(header::name_like(name), "{name}");
    }
    for text in [
        "Senior Nurse",
        "Acme Corp",
        "EXPERIENCE",
        "Austin, TX",
        "jane@x.com",
        "Jane",
        "Room 101",
    ] {
        assert!(!header::name_like(text), "{text}");
    }
    let loc = places::location("Montreal, QC, Canada");
    assert_eq!(
        (
            loc.city.as_deref(),
            loc.region.as_deref(),
            loc.country_code.as_deref()
        ),
        (Some("Montreal"), Some("QC"), Some("CA"))
    );
    assert_eq!(
        places::location("14 Elm Row, Bristol BS1 5TR, UK")
            .city
            .as_deref(),
        Some("Bristol")
    );
    let role = |lines: &[&str]| {
        let h = roles::heading(&lines.iter().map(|l| l.to_string()).collect::<Vec<_>>());
        (
            h.position.unwrap_or_default(),
            h.name.unwrap_or_default(),
            h.location.unwrap_or_default(),
        )
    };
    let r = |a: &str, b: &str, c: &str| (a.to_owned(), b.to_owned(), c.to_owned());
    assert_eq!(
        role(&["Senior Nurse, St Mary's Hospital, London"]),
        r("Senior Nurse", "St Mary's Hospital", "London")
    );
    assert_eq!(
        role(&["Software Engineer at Acme"]),
        r("Software Engineer", "Acme", "")
    );
    assert_eq!(
        role(&["Acme — Backend Engineer"]),
        r("Backend Engineer", "Acme", "")
    );
    assert_eq!(
        role(&["Acme Corp, Berlin", "Backend Engineer"]),
        r("Backend Engineer", "Acme Corp", "Berlin")
    );
    assert_eq!(
        role(&["Backend Engineer", "Initech"]),
        r("Backend Engineer", "Initech", "")
    );
    assert_eq!(role(&["Nurse | Remote"]), r("Nurse", "", "Remote"));
    assert_eq!(
        role(&["محاسب أول في شركة الأفق للتجارة"]),
        r("محاسب أول", "شركة الأفق للتجارة", "")
    );
    assert_eq!(
        role(&["مدرسة النور – جدة", "معلمة رياضيات"]),
        r("معلمة رياضيات", "مدرسة النور", "جدة")
    );
}

#[test]
fn degrees_as_type_and_field() {
    let d = |t: &str| degrees::degree(t).map(|(k, f)| (k, f.unwrap_or_default()));
    let s = |a: &str, b: &str| Some((a.to_owned(), b.to_owned()));
    assert_eq!(d("B.S. in Computer Science"), s("B.S.", "Computer Science"));
    assert_eq!(
        d("Bachelor of Science in Nursing"),
        s("Bachelor of Science", "Nursing")
    );
    assert_eq!(
        d("BSc (Hons) Adult Nursing"),
        s("BSc (Hons)", "Adult Nursing")
    );
    assert_eq!(d("MBA"), s("MBA", ""));
    assert_eq!(
        d("Master of Education (M.Ed.)"),
        s("Master of Education (M.Ed.)", "")
    );
    assert_eq!(
        d("Bachelor of Commerce (Marketing)"),
        s("Bachelor of Commerce", "Marketing")
    );
    assert_eq!(d("High School Diploma"), s("High School Diploma", ""));
    assert_eq!(d("بكالوريوس في المحاسبة"), s("بكالوريوس", "المحاسبة"));
    assert_eq!(d("ماجستير إدارة الأعمال"), s("ماجستير", "إدارة الأعمال"));
    assert_eq!(d("University of Ghana"), None);
    assert_eq!(d("ma and pa shop"), None);
}

#[test]
fn a_resume_without_headings_still_gives_its_jobs() {
    let text = "Omar Farouk\nomar@example.com · +20 100 123 4567\n\nCivil Engineer — Orascom Construction\n\
                2017 – Present\n• Supervised site works.\n\nSite Engineer — Hassan Allam Holding\n2014 – 2017\n";
    let r = parse_resume(text);
    assert_eq!(r.basics.name.as_deref(), Some("Omar Farouk"));
    assert_eq!(r.basics.phone.as_deref(), Some("+20 100 123 4567"));
    let names: Vec<&str> = r.work.iter().filter_map(|w| w.name.as_deref()).collect();
    assert_eq!(names, ["Orascom Construction", "Hassan Allam Holding"]);
    assert_eq!(r.work[0].end_date, None);
}

#[test]
fn skills_come_only_from_skills_sections_under_taxonomy_names() {
    let text = "Jo Lee\n\nEXPERIENCE\nEngineer — Acme\n2020 – 2021\n• Built things in Kubernetes and Terraform.\n\n\
                SKILLS\nJS, Python (Advanced), Excel – Expert\nCloud: AWS | GCP\n";
    let r = parse_resume(text);
    let all: Vec<&str> = r
        .skills
        .iter()
        .flat_map(|s| &s.keywords)
        .map(String::as_str)
        .collect();
    assert!(
        all.contains(&"JavaScript") && all.contains(&"Python"),
        "{all:?}"
    );
    assert!(!all.contains(&"Kubernetes"), "a skill from prose: {all:?}");
    let python = r
        .skills
        .iter()
        .find(|s| s.name.as_deref() == Some("Python"))
        .expect("python");
    assert_eq!(python.level.as_deref(), Some("Advanced"));
    assert!(
        r.skills
            .iter()
            .any(|s| s.name.as_deref() == Some("Cloud") && s.keywords.len() == 2)
    );
}

#[test]
fn the_clean_document_has_no_nulls_or_empty_lists() {
    let r = parse_resume(&super::fixture("teacher.txt"));
    let doc = to_json_resume(&r);
    assert_eq!(doc["basics"]["name"], "Michael O'Connor");
    assert_eq!(doc["volunteer"][0]["organization"], "CoderDojo Summer Camp");
    assert!(doc.get("projects").is_none() && doc.get("awards").is_none());
    assert!(doc["work"][0].get("endDate").is_none());
    assert!(doc["basics"]["location"].get("region").is_none());
    fn walk(v: &serde_json::Value) {
        match v {
            serde_json::Value::Null => panic!("null"),
            serde_json::Value::Array(a) => {
                assert!(!a.is_empty());
                a.iter().for_each(walk);
            }
            serde_json::Value::Object(m) => {
                assert!(!m.is_empty());
                m.values().for_each(walk);
            }
            _ => {}
        }
    }
    walk(&doc);
}
