use super::*;

mod check;
pub(crate) mod fixtures;
mod headings;
mod robustness;
mod units;

pub(super) fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/resumes/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

pub(super) fn fixture_names() -> Vec<String> {
    let dir = format!("{}/tests/fixtures/resumes", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt") || n.ends_with(".md"))
        .collect();
    names.sort();
    names
}

/// The input of a fixture.
pub(super) fn input(name: &str) -> ResumeParseInput {
    ResumeParseInput {
        text: fixture(name),
    }
}

#[test]
#[ignore = "prints every fixture's parse"]
fn dump() {
    for name in fixture_names() {
        let parsed = parse_resume(&fixture(&name));
        let json = serde_json::to_string_pretty(&to_json_resume(&parsed)).unwrap_or_default();
        println!("===== {name}\n{json}");
    }
}
