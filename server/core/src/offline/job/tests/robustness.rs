//! Broken, cut-off and huge input; the schema models are given; the prompts.

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

fn assert_sound(text: &str) {
    let input = JobParseInput {
        text: text.to_owned(),
        url: None,
    };
    let job = parse_job(&input);
    let problems = JobParseTask::check(&job, &input);
    let shown: String = text.chars().take(80).collect();
    assert!(problems.is_empty(), "{shown:?}: {problems:?}");
}

#[test]
fn never_panics_and_never_invents_on_broken_input() {
    let empty = parse_job(&JobParseInput {
        text: String::new(),
        url: None,
    });
    assert_eq!((empty.title.as_str(), empty.language.as_str()), ("", "en"));
    assert_eq!(empty.company, None);
    let garbage = [
        "<",
        "<<<<>>>>",
        "<div",
        "<p><p><p></ul></li>",
        "<script type=\"application/ld+json\">",
        "<script type=application/ld+json>{{{{[[[,,,]]]</script><h1>x</h1>",
        "<script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":",
        "<script type=\"application/ld+json\">{\"@type\":[\"JobPosting\"],\"baseSalary\":{\"value\":\"abc\"},\"jobLocation\":[[],{},null,7]}</script>",
        "<div itemscope itemtype=\"https://schema.org/JobPosting\"><span itemprop=\"title\">",
        "&#xFFFFFFFF; &#0; &#55296; &bogus; &",
        "\u{0}\u{1}\u{7f}\u{feff}",
        "Salary: 99999999999999999999999 - 1 USD",
        "$$$ - $$$ k k 1k- -1k ١٢٣ ٫٬",
        "Company:\nLocation:\nSalary:\n",
        "# \n## \n- \n* \n",
        "تعلن عن\nالشركة:\nالراتب: من إلى ريال",
        "is hiring is hiring at at About About",
    ];
    for text in garbage {
        assert_sound(text);
    }
    let deep = format!(
        "<script type=\"application/ld+json\">{}</script>{}",
        "[".repeat(50_000),
        "<div>".repeat(20_000)
    );
    assert_sound(&deep);
    let props = format!(
        "<div itemscope itemtype=\"http://schema.org/JobPosting\">{}</div>",
        "<span itemprop=\"title\" itemscope>x".repeat(3_000)
    );
    assert_sound(&props);
    for name in fixture_names() {
        let text = fixture(&name).text;
        for cut in cuts(&text, 60) {
            assert_sound(cut);
        }
    }
}

#[test]
fn huge_pages_are_read_in_reasonable_time() {
    let page = fixture("jsonld_backend.html").text;
    let huge = page.repeat(3_000_000 / page.len() + 1);
    let lines = "Salary: $1 - $2 per hour, remote is hiring\n".repeat(60_000);
    let started = std::time::Instant::now();
    let job = parse_job(&JobParseInput {
        text: huge,
        url: None,
    });
    assert_eq!(job.title, "Senior Backend Engineer (Rust)");
    assert!(job.description.len() <= MAX_DESCRIPTION);
    assert_sound(&lines);
    assert!(started.elapsed().as_secs() < 60, "{:?}", started.elapsed());
}

/// Whether `value` fits `schema` (types, properties, `$ref`s, `anyOf`).
fn fits(value: &Value, schema: &Value, root: &Value) -> bool {
    if let Some(path) = schema.get("$ref").and_then(Value::as_str) {
        let target = path
            .trim_start_matches("#/")
            .split('/')
            .try_fold(root, |node, key| node.get(key));
        return target.is_some_and(|t| fits(value, t, root));
    }
    if let Some(Value::Array(options)) = schema.get("anyOf") {
        return options.iter().any(|o| fits(value, o, root));
    }
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => return true,
    };
    let type_ok = types.iter().any(|t| match *t {
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => false,
    });
    let inner_ok = match value {
        Value::Object(map) => {
            let props = schema.get("properties").and_then(Value::as_object);
            props.is_none_or(|props| {
                let mut keys: Vec<&String> = map.keys().collect();
                let mut want: Vec<&String> = props.keys().collect();
                keys.sort();
                want.sort();
                keys == want && map.iter().all(|(k, v)| fits(v, &props[k], root))
            })
        }
        Value::Array(items) => schema
            .get("items")
            .is_none_or(|s| items.iter().all(|i| fits(i, s, root))),
        _ => true,
    };
    type_ok && inner_ok
}

#[test]
fn offline_answers_fit_the_schema_given_to_models() {
    let schema = schema_for::<ParsedJob>();
    let props = schema["properties"].as_object().expect("properties");
    let names: Vec<&str> = props.keys().map(String::as_str).collect();
    for field in [
        "title",
        "company",
        "location",
        "work_mode",
        "job_type",
        "salary_min",
        "salary_max",
        "salary_currency",
        "description",
        "requirements",
        "language",
        "source_url",
        "deadline",
    ] {
        assert!(names.contains(&field), "{field} not in {names:?}");
    }
    assert_eq!(names.len(), 13);
    for name in fixture_names() {
        let job = serde_json::to_value(parse_job(&fixture(&name))).expect("json");
        assert!(fits(&job, &schema, &schema), "{name}: {job}");
    }
    let empty = serde_json::to_value(ParsedJob::default()).expect("json");
    assert!(fits(&empty, &schema, &schema));
}

#[test]
fn prompts_render_in_both_languages_with_the_page_condensed() {
    use crate::ai::prompts::placeholders;
    let example = JobParseTask::example();
    for lang in [OutputLang::En, OutputLang::Ar] {
        let prompt = JobParseTask::prompt(&example, lang).expect("renders");
        assert!(!prompt.system.contains("{{") && !prompt.user.contains("{{"));
        assert!(
            prompt.user.contains("Northwind Analytics"),
            "{}",
            prompt.user
        );
        assert!(
            prompt.user.contains("https://jobs.example.com/"),
            "{}",
            prompt.user
        );
    }
    let ar = JobParseTask::prompt(&example, OutputLang::Ar).expect("ar");
    assert!(
        ar.system
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    );
    fn names(template: &str) -> Vec<&str> {
        let mut found = placeholders(template);
        found.sort_unstable();
        found
    }
    assert_eq!(
        names(JobParseTask::TEMPLATES.en),
        names(JobParseTask::TEMPLATES.ar)
    );
    // An HTML page is shown as its structured data and readable text.
    let page = fixture("jsonld_backend.html");
    let values = JobParseTask::values(&page);
    let shown = &values.iter().find(|(n, _)| *n == "page").expect("page").1;
    assert!(shown.contains("[JSON-LD]") && shown.contains("\"JobPosting\""));
    assert!(shown.contains("### What you will do"));
    assert!(!shown.contains("dataLayer") && !shown.contains("cookies"));
    let offline = JobParseTask::offline(&page, OutputLang::Ar).expect("offline");
    assert_eq!(offline.language, "en");
}
