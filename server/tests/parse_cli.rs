//! `jobforge parse job`: files, stdin and a page served over HTTP by the test;
//! private addresses are refused unless JOBFORGE_ALLOW_PRIVATE_FETCH=1.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_jobforge");

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("core/tests/fixtures/jobs")
        .join(name)
}

fn parse(
    source: &str,
    stdin: Option<&str>,
    allow_private: bool,
) -> (bool, serde_json::Value, String) {
    parse_as("job", source, stdin, allow_private)
}

/// `jobforge parse KIND SOURCE`: (success, JSON on stdout, stderr).
fn parse_as(
    kind: &str,
    source: &str,
    stdin: Option<&str>,
    allow_private: bool,
) -> (bool, serde_json::Value, String) {
    let mut command = Command::new(BIN);
    command
        .args(["parse", kind, source])
        .env("JOBFORGE_LOG", "warn")
        .env_remove("JOBFORGE_ALLOW_PRIVATE_FETCH")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if allow_private {
        command.env("JOBFORGE_ALLOW_PRIVATE_FETCH", "1");
    }
    let mut child = command.spawn().expect("run jobforge parse");
    if let Some(text) = stdin
        && let Some(mut pipe) = child.stdin.take()
    {
        pipe.write_all(text.as_bytes()).expect("stdin");
    }
    let output = child.wait_with_output().expect("wait");
    (
        output.status.success(),
        serde_json::from_slice(&output.stdout).unwrap_or(serde_json::Value::Null),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn files_and_stdin_are_read() {
    let path = fixture("jsonld_backend.html");
    let (ok, job, err) = parse(path.to_str().expect("path"), None, false);
    assert!(ok, "{err}");
    assert_eq!(job["title"], "Senior Backend Engineer (Rust)");
    assert_eq!(job["company"], "Northwind Analytics");
    assert_eq!(job["salary_currency"], "EUR");
    for field in [
        "location",
        "work_mode",
        "job_type",
        "salary_min",
        "salary_max",
        "description",
        "requirements",
        "language",
        "source_url",
    ] {
        assert!(job.get(field).is_some(), "{field} missing: {job}");
    }
    let (ok, job, err) = parse(
        "-",
        Some(
            "Staff Nurse\nCompany: St Mary's Clinic\nLocation: Leeds\nFull-time, on-site.\nNMC registration and 2+ years of ward experience.",
        ),
        false,
    );
    assert!(ok, "{err}");
    assert_eq!(job["title"], "Staff Nurse");
    assert_eq!(job["company"], "St Mary's Clinic");
    assert_eq!(job["job_type"], "full_time");
    let (ok, _, err) = parse("/no/such/file.html", None, false);
    assert!(!ok && err.contains("SOURCE /no/such/file.html"), "{err}");
}

#[test]
fn pages_are_fetched_only_from_allowed_addresses() {
    let page = std::fs::read_to_string(fixture("jsonld_backend.html")).expect("fixture");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(1) {
            let Ok(mut stream) = stream else { continue };
            let mut buffer = [0u8; 4096];
            let _ = std::io::Read::read(&mut stream, &mut buffer);
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                page.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(page.as_bytes());
        }
    });
    let url = format!("http://127.0.0.1:{port}/jobs/42");
    let (ok, _, err) = parse(&url, None, false);
    assert!(!ok, "a local address must be refused");
    assert!(err.contains("private or local"), "{err}");
    let (ok, job, err) = parse(&url, None, true);
    assert!(ok, "{err}");
    assert_eq!(job["company"], "Northwind Analytics");
    assert_eq!(job["source_url"], url);
}

fn parse_resume(path: &str, stdin: Option<&str>) -> (bool, serde_json::Value, String) {
    parse_as("resume", path, stdin, false)
}

#[test]
fn resumes_become_json_resume() {
    let text = "Omar Haddad\nRegistered Nurse\nomar.haddad@example.com | +44 7700 900123\n\nEXPERIENCE\nStaff Nurse, St James's University Hospital\nJan 2020 – Present\n- Cared for 8 patients per shift\n\nEDUCATION\nBSc Nursing, University of Leeds, 2016 – 2019\n";
    let (ok, resume, err) = parse_resume("-", Some(text));
    assert!(ok, "{err}");
    assert_eq!(resume["basics"]["name"], "Omar Haddad");
    assert_eq!(resume["basics"]["email"], "omar.haddad@example.com");
    assert_eq!(resume["work"][0]["name"], "St James's University Hospital");
    assert_eq!(resume["work"][0]["startDate"], "2020-01");
    assert!(resume["work"][0].get("endDate").is_none(), "{resume}");
    // A JSON Resume comes back exactly.
    let json = r#"{"basics":{"name":"Ada"},"x-mine":{"kept":true}}"#;
    let (ok, resume, err) = parse_resume("-", Some(json));
    assert!(ok, "{err}");
    assert_eq!(
        resume,
        serde_json::from_str::<serde_json::Value>(json).expect("JSON")
    );
    let (ok, _, err) = parse_resume("-", Some(r#"{"work": 1}"#));
    assert!(!ok && err.contains("\"work\" must be a list"), "{err}");
}

#[test]
fn resume_files_are_read_by_their_bytes() {
    let dir = format!(
        "{}/core/tests/fixtures/resumes/files",
        env!("CARGO_MANIFEST_DIR")
    );
    for (file, name) in [
        ("nurse.single.pdf", "Grace Nakamura-Reid"),
        ("classic_caps_software.sidebar.pdf", "DANIEL OKAFOR"),
        ("teacher.docx", "Michael O'Connor"),
    ] {
        let (ok, resume, err) = parse_resume(&format!("{dir}/{file}"), None);
        assert!(ok, "{file}: {err}");
        let got = resume["basics"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_uppercase();
        assert!(got.starts_with(&name.to_uppercase()), "{file}: {got}");
        assert!(
            resume["work"].as_array().is_some_and(|w| !w.is_empty()),
            "{file}: {resume}"
        );
    }
    let (ok, _, err) = parse_resume(&format!("{dir}/hostile/encrypted.pdf"), None);
    assert!(!ok && err.contains("password"), "{err}");
    let png = tempfile::NamedTempFile::new().expect("temp");
    std::fs::write(png.path(), b"\x89PNG\r\n\x1a\nrest").expect("write");
    let (ok, _, err) = parse_resume(&png.path().to_string_lossy(), None);
    assert!(!ok && err.contains("PNG image"), "{err}");
}
