use serde_json::json;

use super::*;

/// A document that uses every section, with things the form does not show.
fn full() -> Value {
    json!({
        "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        "basics": {
            "name": "  Ada Lovelace ", "label": "Engineer", "email": "ada@example.com",
            "phone": "+44 20 7946 0000", "url": "https://ada.dev", "summary": "Builds engines.\n\nAnd tools.",
            "location": {"city": "London", "countryCode": "GB", "x-floor": 3},
            "profiles": [{"network": "GitHub", "username": "ada", "url": "https://github.com/ada"}]
        },
        "work": [
            {"name": "Analytical Engines", "position": "Engineer", "startDate": "2019-03",
             "highlights": ["Built the mill.", "Cut costs by 30%."], "x-team": {"size": 4}},
            {"name": "Difference Ltd", "position": "Intern", "startDate": "2017", "endDate": "2018-06"}
        ],
        "volunteer": [{"organization": "Code Club", "position": "Mentor", "startDate": "2016"}],
        "education": [{"institution": "University of London", "area": "Mathematics", "studyType": "BSc",
            "score": 3.9, "courses": ["Analysis", "Algebra"]}],
        "awards": [{"title": "Medal", "date": "2020-05-01", "awarder": "Society"}],
        "certificates": [{"name": "AWS SAA", "issuer": "Amazon", "date": "2021"}],
        "publications": [{"name": "Notes", "publisher": "Taylor", "releaseDate": "1843"}],
        "skills": [{"name": "Languages", "level": "Expert", "keywords": ["Rust", "SQL"]}],
        "languages": [{"language": "French", "fluency": "Fluent"}],
        "interests": [{"name": "Music", "keywords": ["Piano"]}],
        "references": [{"name": "Charles", "reference": "Ada is brilliant."}],
        "projects": [{"name": "Engine", "roles": ["Lead"], "entity": "Self", "type": "application"}],
        "meta": {"language": "en", "version": "v1.0.0"}
    })
}

/// Every field the form shows for `doc`, by name, as it shows it.
fn form_of(doc: &Value) -> Vec<(String, String)> {
    let mut form: Vec<(String, String)> = BASICS
        .iter()
        .map(|field| {
            let a = Address {
                section: None,
                index: 0,
                field,
            };
            (a.name(), shown(doc, &a))
        })
        .collect();
    for section in SECTIONS {
        for index in 0..entries(doc, section).len() {
            for field in section.fields {
                let a = Address {
                    section: Some(section),
                    index,
                    field,
                };
                form.push((a.name(), shown(doc, &a)));
            }
        }
    }
    form
}

#[test]
fn names_address_fields_and_nothing_else() {
    let a = address("basics.location.city").expect("a basics field");
    assert_eq!((a.section, a.field.key), (None, "location.city"));
    let a = address("basics.profiles.1.url").expect("a profile field");
    assert_eq!(
        (a.section.map(|s| s.key), a.index, a.field.key),
        (Some("basics.profiles"), 1, "url")
    );
    let a = address("work.0.highlights").expect("a work field");
    assert_eq!(a.field.kind, Kind::Lines);
    // Every field's name reads back to the same field.
    for (name, _) in form_of(&full()) {
        assert_eq!(
            address(&name).map(|a| a.name()),
            Some(name.clone()),
            "{name}"
        );
    }
    for name in [
        "doc",
        "note",
        "basics",
        "basics.profiles",
        "basics.nope",
        "work.x.name",
        "work.0.nope",
        "work.0",
        "work.200.name",
        "worker.0.name",
        "basics.location",
    ] {
        assert_eq!(address(name), None, "{name}");
    }
}

#[test]
fn a_form_sent_back_unchanged_changes_nothing() {
    let original = full();
    let mut doc = original.clone();
    for (name, text) in form_of(&original) {
        assert!(!set(&mut doc, &name, &text), "{name} was written");
    }
    assert_eq!(doc, original);
    // Only spacing changed: still nothing written.
    assert!(!set(&mut doc, "basics.name", "Ada   Lovelace"));
    assert!(!set(
        &mut doc,
        "work.0.highlights",
        "Built the mill.\r\n\r\n  Cut costs by 30%.  "
    ));
    assert_eq!(doc, original);
}

#[test]
fn typed_text_is_stored_by_kind() {
    let mut doc = full();
    assert!(set(&mut doc, "work.0.highlights", "One\r\n\r\n Two \n"));
    assert_eq!(doc["work"][0]["highlights"], json!(["One", "Two"]));
    assert_eq!(
        doc["work"][0]["x-team"],
        json!({"size": 4}),
        "other keys stay"
    );
    assert!(set(&mut doc, "basics.summary", "  First.\r\n\r\nSecond.  "));
    assert_eq!(doc["basics"]["summary"], "First.\n\nSecond.");
    assert!(set(&mut doc, "basics.label", " Senior\nEngineer "));
    assert_eq!(doc["basics"]["label"], "Senior Engineer");
    assert!(set(&mut doc, "education.0.score", "4.0"));
    assert_eq!(doc["education"][0]["score"], "4.0");
    // Emptied: the key goes, and the location only once nothing is left in it.
    assert!(set(&mut doc, "basics.location.city", ""));
    assert_eq!(
        doc["basics"]["location"],
        json!({"countryCode": "GB", "x-floor": 3})
    );
    let mut bare = json!({"basics": {"location": {"city": "Paris"}}});
    assert!(set(&mut bare, "basics.location.city", " "));
    assert_eq!(bare, json!({"basics": {}}));
    assert!(set(&mut doc, "work.1.highlights", "New"));
    assert!(set(&mut doc, "work.1.highlights", ""));
    assert_eq!(doc["work"][1].get("highlights"), None);
}

#[test]
fn fields_of_entries_not_there_yet_make_them() {
    let mut doc = json!("not an object");
    assert!(set(&mut doc, "basics.profiles.1.network", "GitLab"));
    assert_eq!(
        doc,
        json!({"basics": {"profiles": [{}, {"network": "GitLab"}]}})
    );
    let mut doc = json!({"work": "mistyped"});
    assert!(set(&mut doc, "work.0.name", "Acme"));
    assert_eq!(doc, json!({"work": [{"name": "Acme"}]}));
    assert!(!set(&mut doc, "work.0.unknown", "x"));
}

#[test]
fn buttons_add_remove_and_move_entries() {
    let work = section("work").expect("work");
    let mut doc = full();
    for op in [
        Op::Add(work),
        Op::Remove(work, 1),
        Op::Up(work, 1),
        Op::Down(work, 0),
    ] {
        assert_eq!(Op::parse(&op.value()), Some(op));
    }
    for bad in [
        "add",
        "add:nope",
        "add:work:1",
        "remove:work",
        "remove:work:x",
        "jump:work:1",
    ] {
        assert_eq!(Op::parse(bad), None, "{bad}");
    }
    assert!(Op::Down(work, 0).apply(&mut doc));
    assert_eq!(heading(work, &doc["work"][0]), "Intern · Difference Ltd");
    assert!(Op::Up(work, 1).apply(&mut doc));
    assert_eq!(
        heading(work, &doc["work"][0]),
        "Engineer · Analytical Engines"
    );
    assert!(!Op::Up(work, 0).apply(&mut doc));
    assert!(!Op::Down(work, 1).apply(&mut doc));
    assert!(!Op::Remove(work, 2).apply(&mut doc));
    assert!(Op::Add(work).apply(&mut doc));
    assert_eq!(doc["work"][2], json!({}));
    assert!(Op::Remove(work, 0).apply(&mut doc));
    assert_eq!(entries(&doc, work).len(), 2);
    let mut empty = json!({});
    assert!(Op::Add(section("basics.profiles").expect("profiles")).apply(&mut empty));
    assert_eq!(empty, json!({"basics": {"profiles": [{}]}}));
}

#[test]
fn tidy_drops_only_blank_entries() {
    let mut doc =
        json!({"work": [{}, {"name": "Acme"}, {}], "skills": [], "awards": [{"x": null}]});
    tidy(&mut doc);
    assert_eq!(
        doc,
        json!({"work": [{"name": "Acme"}], "skills": [], "awards": [{"x": null}]})
    );
}

#[test]
fn problems_name_the_field() {
    assert_eq!(problems(&full()), []);
    let doc = json!({
        "basics": {"email": "ada at example", "url": "my site"},
        "work": [
            {"startDate": "March 2020"},
            {"startDate": "2020-13"},
            {"startDate": "2021-05", "endDate": "2020-01"},
            {"startDate": "2021-05", "endDate": "2021"},
            {"startDate": "2021-02-30", "endDate": ""}
        ],
        "awards": [{"date": "05/2020"}]
    });
    let found: Vec<(String, &str)> = problems(&doc)
        .into_iter()
        .map(|(name, p)| (name, p.code()))
        .collect();
    let expected: Vec<(String, &str)> = [
        ("basics.email", "email"),
        ("basics.url", "url"),
        ("work.0.startDate", "date"),
        ("work.1.startDate", "date"),
        ("work.2.endDate", "ends_before_start"),
        ("awards.0.date", "date"),
    ]
    .into_iter()
    .map(|(name, p)| (name.to_owned(), p))
    .collect();
    assert_eq!(found, expected);
}
