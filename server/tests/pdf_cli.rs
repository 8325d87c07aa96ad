//! `jobforge pdf`: a JSON Resume typeset in each template, English and Arabic,
//! read back with poppler's pdftotext; bad arguments are refused clearly.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_jobforge");

fn pdf(args: &[&str]) -> (bool, serde_json::Value, String) {
    let output = Command::new(BIN)
        .arg("pdf")
        .args(args)
        .env("JOBFORGE_LOG", "warn")
        .output()
        .expect("run jobforge pdf");
    (
        output.status.success(),
        serde_json::from_slice(&output.stdout).unwrap_or(serde_json::Value::Null),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn pdftotext(path: &std::path::Path) -> String {
    jobforge_core::testing::pdftotext(&std::fs::read(path).expect("the PDF was written"))
}

const RESUME: &str = r#"{"basics":{"name":"Ada Lovelace","label":"Engineer","email":"ada@example.com"},
 "work":[{"name":"Analytical Engines","position":"Engineer","startDate":"2019-03","highlights":["Built the mill in Rust."]}],
 "skills":[{"name":"Languages","keywords":["Rust","SQL"]}]}"#;

const ARABIC: &str = r#"{"basics":{"name":"سارة القحطاني","label":"مهندسة برمجيات"},
 "work":[{"name":"مصرف الراجحي","position":"مهندسة برمجيات أولى","startDate":"2021-01"}],
 "meta":{"language":"ar"}}"#;

#[test]
fn resumes_become_pdfs_in_every_template() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("resume.json");
    std::fs::write(&input, RESUME).expect("write");
    for template in ["classic", "modern", "compact"] {
        let output = dir.path().join(format!("{template}.pdf"));
        let (ok, out, err) = pdf(&[
            &input.to_string_lossy(),
            "--template",
            template,
            "-o",
            &output.to_string_lossy(),
        ]);
        assert!(ok, "{template}: {err}");
        assert_eq!(out["template"], template);
        assert_eq!(out["lang"], "en");
        assert_eq!(out["pages"], 1);
        let text = pdftotext(&output);
        assert!(text.contains("Ada Lovelace"), "{template}: {text}");
        assert!(
            text.contains("Built the mill in Rust."),
            "{template}: {text}"
        );
    }
    let arabic = dir.path().join("ar.json");
    std::fs::write(&arabic, ARABIC).expect("write");
    let output = dir.path().join("ar.pdf");
    let (ok, out, err) = pdf(&[&arabic.to_string_lossy(), "-o", &output.to_string_lossy()]);
    assert!(ok, "{err}");
    assert_eq!(out["lang"], "ar");
    let text = pdftotext(&output);
    assert!(text.contains("سارة القحطاني"), "{text}");
    assert!(text.contains("مهندسة برمجيات أولى"), "{text}");
    assert!(text.contains("الخبرة العملية"), "{text}");
}

#[test]
fn markdown_letters_become_pdfs_in_their_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text, lang, needle) in [
        (
            "letter.md",
            "Dear Hiring Team,\n\nI built **payment APIs** in Rust.\n\n- Led four engineers",
            "en",
            "I built payment APIs in Rust.",
        ),
        (
            "رسالة.md",
            "حضرات السادة المحترمين،\n\nأتقدّم بطلب لشغل وظيفة مهندسة برمجيات.",
            "ar",
            "حضرات السادة المحترمين،",
        ),
    ] {
        let input = dir.path().join(name);
        std::fs::write(&input, text).expect("write");
        let output = dir.path().join(format!("{lang}.pdf"));
        let (ok, out, err) = pdf(&[&input.to_string_lossy(), "-o", &output.to_string_lossy()]);
        assert!(ok, "{name}: {err}");
        assert_eq!(
            (out["template"].as_str(), out["lang"].as_str()),
            (Some("document"), Some(lang))
        );
        let read = pdftotext(&output);
        assert!(read.contains(needle), "{name}: {read}");
    }
}

#[test]
fn bad_arguments_are_refused_clearly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("resume.json");
    std::fs::write(&input, RESUME).expect("write");
    let out = dir.path().join("x.pdf");
    let (ok, _, err) = pdf(&[
        &input.to_string_lossy(),
        "--template",
        "fancy",
        "-o",
        &out.to_string_lossy(),
    ]);
    assert!(!ok && err.contains("unknown template 'fancy'"), "{err}");
    let (ok, _, err) = pdf(&[
        &input.to_string_lossy(),
        "--lang",
        "fr",
        "-o",
        &out.to_string_lossy(),
    ]);
    assert!(!ok && err.contains("not en or ar"), "{err}");
    std::fs::write(&input, "[1, 2]").expect("write");
    let (ok, _, err) = pdf(&[&input.to_string_lossy(), "-o", &out.to_string_lossy()]);
    assert!(!ok && err.contains("JSON object"), "{err}");
    assert!(!out.exists());
}
