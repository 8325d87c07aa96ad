//! Resumes over HTTP: a JSON Resume comes back exactly as it went in, as a
//! download; pasted text is read into sections; nobody else can download it.

mod common;

use common::{TestApp, body_text, call, get_as, location, sign_up};
use http::StatusCode;
use jobforge_core::testing::TestDb;

const RESUME: &str = r#"{"basics":{"name":"Ada Lovelace","label":"Engineer","x-pronouns":"she/her"},"work":[{"name":"Analytical Engines","position":"Engineer","startDate":"2019-03","highlights":["Built the mill in Rust."]}],"meta":{"language":"en"},"x-extra":{"kept":[1,2]}}"#;

fn encode(text: &str) -> String {
    jobforge_app::components::signed_in::urlencoding(text)
}

/// Ada and Bea signed up, and Ada's resume (RESUME) imported: their cookies and
/// the resume's page.
async fn ada_with_a_resume(app: &TestApp) -> (String, String, String) {
    let ada = sign_up(app, "ada%40example.com").await;
    let bea = sign_up(app, "bea%40example.com").await;
    let response = app
        .send(call(
            "/api/resumes/import",
            &format!("text={}", encode(RESUME)),
            Some(&ada),
        ))
        .await;
    (ada, bea, location(&response))
}

async fn resumes_download_exactly_and_stay_private(db: TestDb) {
    let app = TestApp::on(db).await;
    let (ada, bea, location) = ada_with_a_resume(&app).await;
    assert!(location.starts_with("/resumes/"), "{location}");
    let download = format!("{location}/resume.json");

    let response = get_as(&app, &download, &ada).await;
    assert_eq!(response.status(), StatusCode::OK);
    let got: serde_json::Value = serde_json::from_str(&body_text(response).await).expect("JSON");
    let sent: serde_json::Value = serde_json::from_str(RESUME).expect("JSON");
    assert_eq!(got, sent, "a round trip loses nothing");

    assert_eq!(
        get_as(&app, &download, &bea).await.status(),
        StatusCode::NOT_FOUND
    );
    let visitor = app.get(&download).await;
    assert_eq!(visitor.status(), StatusCode::SEE_OTHER);

    // A JSON that is not a resume says why; nothing is added.
    let response = app
        .send(call(
            "/api/resumes/import",
            "text=%7B%22work%22%3A+5%7D",
            Some(&ada),
        ))
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(response).await.contains("must be a list"));
    let list = body_text(app.send(call("/api/resumes/list", "", Some(&ada))).await).await;
    assert_eq!(list.matches("\"id\"").count(), 1, "{list}");
    app.cleanup().await;
}
on_both_databases!(resumes_download_exactly_and_stay_private);

/// A multipart upload as a browser sends the upload form.
fn upload(name: &str, bytes: &[u8], cookie: &str) -> http::Request<axum::body::Body> {
    let boundary = "----jobforge-test-boundary";
    let mut body = Vec::new();
    body.extend(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend(format!("\r\n--{boundary}--\r\n").as_bytes());
    http::Request::post("/resumes/upload")
        .header(
            http::header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(http::header::HOST, "127.0.0.1:3000")
        .header(http::header::ORIGIN, "http://127.0.0.1:3000")
        .header("sec-fetch-site", "same-origin")
        .header(http::header::COOKIE, cookie)
        .body(axum::body::Body::from(body))
        .expect("request")
}

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/core/tests/fixtures/resumes/files/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every file under the data folder's `files/`.
fn stored_files(app: &TestApp) -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if entry.path().is_dir() {
                walk(&entry.path(), out);
            } else {
                out.push(entry.path());
            }
        }
    }
    let mut out = Vec::new();
    walk(&app.data_dir.path().join("files"), &mut out);
    out
}

async fn uploads_are_read_limited_and_private(db: TestDb) {
    let app = TestApp::on(db).await;
    let ada = sign_up(&app, "ada%40example.com").await;
    let bea = sign_up(&app, "bea%40example.com").await;

    let pdf = fixture("classic_caps_software.sidebar.pdf");
    let response = app.send(upload("Daniel CV.pdf", &pdf, &ada)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = location(&response);
    assert!(page.starts_with("/resumes/"), "{page}");
    let json = body_text(get_as(&app, &format!("{page}/resume.json"), &ada).await).await;
    assert!(json.contains("Lonestar Payments"), "{json}");
    let original = get_as(&app, &format!("{page}/original"), &ada).await;
    assert_eq!(original.status(), StatusCode::OK);
    assert_eq!(original.headers()["content-type"], "application/pdf");
    let disposition = original.headers()["content-disposition"]
        .to_str()
        .expect("ascii");
    assert!(disposition.contains("Daniel CV.pdf"), "{disposition}");
    assert_eq!(body_bytes(original).await, pdf);
    assert_eq!(
        get_as(&app, &format!("{page}/original"), &bea)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("{page}/original")).await.status(),
        StatusCode::SEE_OTHER
    );

    // Refused files come back to the list with a code, and leave nothing.
    let before = stored_files(&app);
    assert_eq!(before.len(), 1);
    let too_big = vec![b'a'; 10 * 1024 * 1024 + 1];
    for (name, bytes, code) in [
        ("big.txt", too_big.as_slice(), "too_large"),
        ("photo.pdf", &b"\x89PNG\r\n\x1a\n rest"[..], "wrong_type"),
        (
            "locked.pdf",
            &fixture("hostile/encrypted.pdf")[..],
            "encrypted",
        ),
        ("empty.pdf", &b""[..], "no_file"),
    ] {
        let response = app.send(upload(name, bytes, &ada)).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{name}");
        assert_eq!(
            location(&response),
            format!("/resumes?upload_error={code}"),
            "{name}"
        );
    }
    assert_eq!(stored_files(&app), before);
    let list = body_text(app.send(call("/api/resumes/list", "", Some(&ada))).await).await;
    assert_eq!(list.matches("\"id\"").count(), 1, "{list}");

    // A visitor is sent to sign in; a cross-site post is refused.
    let mut visitor = upload("a.txt", b"Jane Doe", "");
    visitor.headers_mut().remove(http::header::COOKIE);
    let response = app.send(visitor).await;
    assert!(location(&response).starts_with("/login"));
    let mut forged = upload("a.txt", b"Jane Doe", &ada);
    forged.headers_mut().insert(
        "sec-fetch-site",
        http::HeaderValue::from_static("cross-site"),
    );
    forged.headers_mut().insert(
        http::header::ORIGIN,
        http::HeaderValue::from_static("https://evil.example"),
    );
    assert_eq!(app.send(forged).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(stored_files(&app), before);
    app.cleanup().await;
}
on_both_databases!(uploads_are_read_limited_and_private);

async fn body_bytes(response: http::Response<axum::body::Body>) -> Vec<u8> {
    use http_body_util::BodyExt;
    response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec()
}

async fn pdfs_are_typeset_for_their_owner_only(db: TestDb) {
    let app = TestApp::on(db).await;
    let (ada, bea, page) = ada_with_a_resume(&app).await;
    for template in ["classic", "modern", "compact"] {
        let response = get_as(
            &app,
            &format!("{page}/resume.pdf?template={template}"),
            &ada,
        )
        .await;
        assert_eq!(response.status(), StatusCode::OK, "{template}");
        assert_eq!(response.headers()["content-type"], "application/pdf");
        let body = body_bytes(response).await;
        assert!(body.starts_with(b"%PDF-"), "{template}");
    }
    let response = get_as(&app, &format!("{page}/resume.pdf?template=fancy"), &ada).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(body_text(response).await.contains("unknown template"));
    let response = get_as(&app, &format!("{page}/resume.pdf?lang=fr"), &ada).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        get_as(&app, &format!("{page}/resume.pdf"), &bea)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("{page}/resume.pdf")).await.status(),
        StatusCode::SEE_OTHER
    );
    app.cleanup().await;
}
on_both_databases!(pdfs_are_typeset_for_their_owner_only);
