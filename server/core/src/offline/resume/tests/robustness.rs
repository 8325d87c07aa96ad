//! Empty, broken, cut-off and huge input; the schema models are given; the
//! prompts.

use serde_json::Value;

use super::super::*;
use super::{fixture, fixture_names};
use crate::ai::task::schema_for;

/// Cuts `text` at `n` places, each at a character boundary.
fn cuts(text: &str, n: usize) -> Vec<&str> {
    (1..n)
        .map(|k| {
            let mut at = text.len() * k / n;
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            &text[..at]
        })
        .collect()
}

/// Parses `text` and asserts that nothing in the answer is made up: the
/// check passes, and the name, headline, contact details, languages and
/// projects are all in the text.
fn assert_sound(text: &str) -> ParsedResume {
    let input = ResumeParseInput {
        text: text.to_owned(),
    };
    let parsed = parse_resume(text);
    let shown: String = text.chars().take(200).collect();
    let problems = ResumeParseTask::check(&parsed, &input);
    assert!(problems.is_empty(), "{shown:?}: {problems:?}");
    let folded = format!(" {} ", norm::key(text));
    let b = &parsed.basics;
    let mut claims: Vec<&str> = [&b.name, &b.label, &b.email, &b.phone, &b.url]
        .into_iter()
        .filter_map(|v| v.as_deref())
        .collect();
    claims.extend(parsed.languages.iter().map(|l| l.language.as_str()));
    claims.extend(parsed.projects.iter().map(|p| p.name.as_str()));
    claims.extend(parsed.awards.iter().map(|a| a.title.as_str()));
    claims.extend(parsed.work.iter().filter_map(|w| w.location.as_deref()));
    for claim in claims {
        let k = norm::key(claim);
        assert!(
            folded.contains(&format!(" {k} ")),
            "{shown:?}: '{claim}' is not in the text"
        );
    }
    assert!(matches!(parsed.meta.language.as_str(), "en" | "ar"));
    parsed
}

#[test]
fn never_panics_and_never_invents_on_broken_input() {
    let empty = assert_sound("");
    assert_eq!(empty.basics.name, None);
    assert!(empty.work.is_empty() && empty.skills.is_empty());
    assert_eq!(
        to_json_resume(&empty),
        serde_json::json!({"meta": {"language": "en"}})
    );
    let garbage = [
        " ",
        "\n\n\n",
        "EXPERIENCE",
        "EXPERIENCE\n\nEDUCATION\nSKILLS:\nLANGUAGES:",
        "- \n* \n• \n1. \n(2)",
        "2019 – 2021",
        "Jan – \n – Present\n2020 -\n- 2020\n—",
        "@@@ @ a@b @.com x@y.z",
        "+ + ( ) 555 -- 00 ++44",
        "Skills: , , ; | • ·",
        "Languages: (((( ]]]] ))",
        "\u{0}\u{1}\u{7f}\u{feff}\u{200f}\u{202e}",
        "الخبرات\nحتى الآن\nمن إلى",
        "# \n## \n### x\n**\n__\n[](\n[a](b",
        "https:// www. .com linkedin.com/ github.com/in/",
        "Senior Engineer at\n at Acme\n2020 – 2021\n•",
        "E X P E R I E N C E\nA B C D E\n1 2 3 4 5",
    ];
    for text in garbage {
        assert_sound(text);
    }
    let binary: String = (0u8..=255).cycle().take(20_000).map(char::from).collect();
    assert_sound(&binary);
    let lossy = String::from_utf8_lossy(&(0u8..=255).cycle().take(20_000).collect::<Vec<u8>>())
        .into_owned();
    assert_sound(&lossy);
    for name in fixture_names() {
        let text = fixture(&name);
        for cut in cuts(&text, 60) {
            assert_sound(cut);
        }
    }
}

#[test]
fn huge_input_is_read_in_reasonable_time() {
    let text = fixture("classic_caps_software.txt");
    let huge = text.repeat((2 << 20) / text.len() + 1);
    let one_line = "Python, SQL, 2019 – 2021, Acme Corp | ".repeat(60_000);
    let started = std::time::Instant::now();
    let parsed = assert_sound(&huge);
    assert_eq!(parsed.basics.name.as_deref(), Some("Daniel Okafor"));
    assert!(parsed.work.len() <= 60 && !parsed.work.is_empty());
    assert_sound(&one_line);
    assert_sound(&"EXPERIENCE\n".repeat(100_000));
    assert_sound(&"• x\n".repeat(200_000));
    assert!(started.elapsed().as_secs() < 60, "{:?}", started.elapsed());
}

/// The properties of the schema node (following `$ref`s) that `value` sits in.
fn resolve<'a>(schema: &'a Value, root: &'a Value) -> &'a Value {
    if let Some(path) = schema.get("$ref").and_then(Value::as_str) {
        let target = path
            .trim_start_matches("#/")
            .split('/')
            .try_fold(root, |node, key| node.get(key));
        return target.map_or(schema, |t| resolve(t, root));
    }
    if let Some(Value::Array(options)) = schema.get("anyOf").or_else(|| schema.get("oneOf")) {
        return options
            .iter()
            .map(|o| resolve(o, root))
            .find(|o| o.get("properties").is_some() || o.get("items").is_some())
            .unwrap_or(schema);
    }
    schema
}

/// Every object of `value` has exactly the properties the schema names.
fn same_names(value: &Value, schema: &Value, root: &Value, path: &str) {
    let schema = resolve(schema, root);
    match value {
        Value::Object(map) => {
            let props = schema
                .get("properties")
                .and_then(Value::as_object)
                .unwrap_or_else(|| panic!("{path}: no properties in {schema}"));
            let mut keys: Vec<&String> = map.keys().collect();
            let mut want: Vec<&String> = props.keys().collect();
            keys.sort();
            want.sort();
            assert_eq!(keys, want, "{path}");
            for (k, v) in map {
                same_names(v, &props[k], root, &format!("{path}.{k}"));
            }
        }
        Value::Array(items) => {
            if let Some(item) = schema.get("items") {
                for (i, v) in items.iter().enumerate() {
                    same_names(v, item, root, &format!("{path}[{i}]"));
                }
            }
        }
        _ => {}
    }
}

#[test]
fn offline_answers_have_the_property_names_of_the_schema() {
    let schema = schema_for::<ParsedResume>();
    let top: Vec<&str> = schema["properties"]
        .as_object()
        .map(|p| p.keys().map(String::as_str).collect())
        .unwrap_or_default();
    for field in [
        "basics",
        "work",
        "volunteer",
        "education",
        "awards",
        "certificates",
        "skills",
        "languages",
        "projects",
        "meta",
    ] {
        assert!(top.contains(&field), "{field} not in {top:?}");
    }
    let camel = serde_json::to_string(&schema).unwrap_or_default();
    for name in ["startDate", "endDate", "studyType", "countryCode"] {
        assert!(camel.contains(&format!("\"{name}\"")), "{name}");
    }
    for name in fixture_names() {
        let parsed = serde_json::to_value(parse_resume(&fixture(&name))).unwrap_or(Value::Null);
        same_names(&parsed, &schema, &schema, &name);
        // The clean document only drops things.
        let clean = to_json_resume(&parse_resume(&fixture(&name)));
        assert!(
            clean["work"].as_array().is_some_and(|w| !w.is_empty()),
            "{name}"
        );
        assert!(!clean.to_string().contains("null"), "{name}");
    }
    let empty = serde_json::to_value(ParsedResume::default()).unwrap_or(Value::Null);
    same_names(&empty, &schema, &schema, "default");
}

#[test]
fn prompts_render_in_both_languages_with_the_resume_as_data() {
    use crate::ai::prompts::placeholders;
    let example = ResumeParseTask::example();
    for lang in [OutputLang::En, OutputLang::Ar] {
        let prompt = ResumeParseTask::prompt(&example, lang).expect("renders");
        assert!(!prompt.system.contains("{{") && !prompt.user.contains("{{"));
        assert!(
            prompt.user.contains("Analytical Engines Ltd"),
            "{}",
            prompt.user
        );
        assert!(
            prompt.system.contains(lang.english_name()),
            "{}",
            prompt.system
        );
        let offline = ResumeParseTask::offline(&example, lang).expect("offline");
        assert_eq!(offline.basics.name.as_deref(), Some("Ada Lovelace"));
        assert!(ResumeParseTask::check(&offline, &example).is_empty());
    }
    let ar = ResumeParseTask::prompt(&example, OutputLang::Ar).expect("ar");
    assert!(
        ar.system
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    );
    let names = |t: &'static str| {
        let mut found = placeholders(t);
        found.sort_unstable();
        found
    };
    assert_eq!(
        names(ResumeParseTask::TEMPLATES.en),
        names(ResumeParseTask::TEMPLATES.ar)
    );
    // A resume that writes `{{language}}` is not filled in, and a long one is cut.
    let sneaky = ResumeParseInput {
        text: format!("{{{{language}}}} {}", "x".repeat(200_000)),
    };
    let prompt = ResumeParseTask::prompt(&sneaky, OutputLang::En).expect("renders");
    assert!(prompt.user.contains("{{language}}"));
    assert!(prompt.user.len() < 70_000);
    let bad = serde_json::json!({"text": "x", "url": "y"});
    assert!(serde_json::from_value::<ResumeParseInput>(bad).is_err());
}

#[test]
fn the_schema_is_strict_and_the_example_is_an_object() {
    let schema = schema_for::<ParsedResume>();
    crate::ai::registry::tests::assert_strict("ParsedResume", &schema);
    assert!(serde_json::to_value(ResumeParseTask::example()).is_ok_and(|v| v.is_object()));
    let input = schemars::schema_for!(ResumeParseInput).to_value();
    assert_eq!(input["additionalProperties"], Value::Bool(false));
}

#[test]
fn shuffled_and_mangled_resumes_never_break_the_parser() {
    let lines: Vec<String> = fixture_names()
        .iter()
        .flat_map(|n| fixture(n).lines().map(str::to_owned).collect::<Vec<_>>())
        .collect();
    let odd = [
        "İ", "ẞ", "ﷺ", "\u{301}", "(", ")", "—", "•", "@", "|", "2019", "Present", "حتى", "\t",
        "  ",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(seed >> 33).unwrap_or(0) % n.max(1)
    };
    for _ in 0..400 {
        let mut text = String::new();
        for _ in 0..next(40) {
            let mut line = lines[next(lines.len())].clone();
            while next(2) == 0 {
                let at = line
                    .char_indices()
                    .map(|(i, _)| i)
                    .nth(next(line.chars().count() + 1))
                    .unwrap_or(line.len());
                line.insert_str(at, odd[next(odd.len())]);
            }
            if next(4) == 0 && !line.is_empty() {
                let cut = line
                    .char_indices()
                    .map(|(i, _)| i)
                    .nth(next(line.chars().count()))
                    .unwrap_or(0);
                line.truncate(cut);
            }
            text.push_str(&line);
            text.push(if next(5) == 0 { ' ' } else { '\n' });
        }
        assert_sound(&text);
    }
}
