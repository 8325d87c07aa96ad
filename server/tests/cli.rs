//! The real `jobforge` binary: settings checks, `migrate`, and `serve` with a
//! graceful stop on SIGTERM.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_jobforge");

fn jobforge(data_dir: &std::path::Path) -> Command {
    let mut command = Command::new(BIN);
    command
        .env_remove("DATABASE_URL")
        .env("JOBFORGE_DATA_DIR", data_dir)
        .env("JOBFORGE_LOG", "warn");
    command
}

/// Runs `jobforge` with one extra variable; asserts it fails and returns stderr.
fn fails_with(data_dir: &std::path::Path, var: (&str, &str), args: &[&str]) -> String {
    let output = jobforge(data_dir)
        .env(var.0, var.1)
        .args(args)
        .output()
        .expect("run jobforge");
    assert!(
        !output.status.success(),
        "jobforge accepted {}={}",
        var.0,
        var.1
    );
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn an_unknown_setting_stops_start_up_and_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stderr = fails_with(dir.path(), ("JOBFORGE_ADRR", "127.0.0.1:1"), &["migrate"]);
    assert!(stderr.contains("JOBFORGE_ADRR"), "{stderr}");
    assert!(
        !dir.path().join("jobforge.db").exists(),
        "nothing is created when settings are wrong"
    );
}

#[test]
fn an_invalid_address_is_refused_naming_the_setting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stderr = fails_with(dir.path(), ("JOBFORGE_ADDR", "not-an-address"), &[]);
    assert!(stderr.contains("--addr"), "{stderr}");
    assert!(stderr.contains("not-an-address"), "{stderr}");
}

#[test]
fn an_unsupported_database_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stderr = fails_with(
        dir.path(),
        ("DATABASE_URL", "mysql://localhost/db"),
        &["migrate"],
    );
    assert!(
        stderr.contains("DATABASE_URL") && stderr.contains("mysql"),
        "{stderr}"
    );
}

#[test]
fn migrate_creates_the_database_and_prints_json() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = jobforge(dir.path()).arg("migrate").output().expect("run");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("migrate prints JSON");
    assert_eq!(json["backend"], "sqlite");
    assert_eq!(json["migrations"]["pending"], serde_json::json!([]));
    assert!(dir.path().join("jobforge.db").exists());
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(data_dir: &std::path::Path, port: u16) -> Server {
    let child = jobforge(data_dir)
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start jobforge serve");
    Server(child)
}

/// Polls `/readyz` with a raw HTTP/1.1 request until it answers 200.
fn wait_ready(port: u16) -> Duration {
    use std::io::{Read, Write};
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(20) {
        if let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            let _ = stream
                .write_all(b"GET /readyz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            let mut reply = String::new();
            let _ = stream.read_to_string(&mut reply);
            if reply.starts_with("HTTP/1.1 200") && reply.contains(r#""ready":true"#) {
                return started.elapsed();
            }
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    panic!("jobforge did not become ready on port {port}");
}

#[test]
fn serve_keeps_its_key_and_stops_gracefully_on_sigterm() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key_file = dir.path().join("instance.key");
    let mut first_key = String::new();
    for round in 0..2 {
        let port = free_port();
        let mut server = start(dir.path(), port);
        wait_ready(port);
        let key = std::fs::read_to_string(&key_file).expect("the key is written");
        if round == 0 {
            first_key = key;
        } else {
            assert_eq!(key, first_key, "the key is never regenerated");
        }
        let pid = server.0.id().to_string();
        let killed = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill");
        assert!(killed.success());
        let deadline = Instant::now() + Duration::from_secs(10);
        let status = loop {
            if let Some(status) = server.0.try_wait().expect("wait") {
                break status;
            }
            assert!(Instant::now() < deadline, "jobforge ignored SIGTERM");
            std::thread::sleep(Duration::from_millis(20));
        };
        assert!(status.success(), "a clean exit after SIGTERM: {status}");
    }
}

#[test]
fn admin_create_makes_an_admin_with_a_generated_password() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = jobforge(dir.path())
        .args([
            "admin",
            "create",
            "--email",
            "Root@Example.com",
            "--name",
            "Root",
        ])
        .output()
        .expect("run");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["email"], "root@example.com");
    assert_eq!(json["role"], "admin");
    let password = json["password"].as_str().expect("a generated password");
    assert_eq!(password.chars().count(), 20);

    // The same email again is refused, and says why.
    let again = jobforge(dir.path())
        .args(["admin", "create", "--email", "root@example.com"])
        .output()
        .expect("run");
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
}

#[test]
fn admin_create_reads_the_password_from_stdin_and_applies_the_policy() {
    use std::io::Write;
    let dir = tempfile::tempdir().expect("temp dir");
    let run = |password: &str| {
        let mut child = jobforge(dir.path())
            .args([
                "admin",
                "create",
                "--email",
                "ops@example.com",
                "--password-stdin",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(password.as_bytes())
            .expect("write");
        child.wait_with_output().expect("wait")
    };
    let weak = run("password\n");
    assert!(!weak.status.success());
    let stderr = String::from_utf8_lossy(&weak.stderr);
    assert!(
        stderr.contains("password:") && stderr.contains("common"),
        "{stderr}"
    );

    let strong = run("a long and uncommon phrase\n");
    assert!(
        strong.status.success(),
        "{}",
        String::from_utf8_lossy(&strong.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&strong.stdout).expect("JSON");
    assert_eq!(json["role"], "admin");
    assert!(
        json.get("password").is_none(),
        "a chosen password is never printed"
    );
}

#[test]
fn a_model_provider_without_a_model_is_refused_naming_the_setting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stderr = fails_with(dir.path(), ("JOBFORGE_AI_PROVIDER", "openai"), &[]);
    assert!(stderr.contains("JOBFORGE_AI_MODEL"), "{stderr}");
    let stderr = fails_with(dir.path(), ("JOBFORGE_AI_PROVIDER", "skynet"), &[]);
    assert!(stderr.contains("offline, openai or anthropic"), "{stderr}");
}

#[test]
fn a_bad_price_table_is_refused_naming_the_entry() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stderr = fails_with(dir.path(), ("JOBFORGE_AI_PRICES", "gpt-4o=cheap/0.6"), &[]);
    assert!(stderr.contains("cheap"), "{stderr}");
}
