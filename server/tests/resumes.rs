//! Resumes over HTTP: a JSON Resume comes back exactly as it went in, as a
//! download; pasted text is read into sections; nobody else can download it.

mod common;

use common::{TestApp, body_bytes, body_text, call, get_as, location, sign_up, stored_files};
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
    common::multipart("/resumes/upload", &[], (name, bytes), cookie)
}

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/core/tests/fixtures/resumes/files/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
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

/// The structured editor's form, as a browser without JavaScript posts it.
fn editor_form(
    location: &str,
    pairs: &[(&str, &str)],
    cookie: &str,
) -> http::Request<axum::body::Body> {
    let body: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    common::form(&format!("{location}/draft"), &body.join("&"), Some(cookie))
}

/// A server function's answer about the resume at `location`, as JSON.
async fn ask(app: &TestApp, endpoint: &str, location: &str, cookie: &str) -> serde_json::Value {
    let id = location.trim_start_matches("/resumes/");
    let text = body_text(
        app.send(call(endpoint, &format!("id={id}"), Some(cookie)))
            .await,
    )
    .await;
    serde_json::from_str(&text).expect("JSON")
}

async fn version_count(app: &TestApp, location: &str, cookie: &str) -> usize {
    ask(app, "/api/resumes/view", location, cookie).await["history"]
        .as_array()
        .map_or(0, Vec::len)
}

async fn draft(app: &TestApp, location: &str, cookie: &str) -> serde_json::Value {
    ask(app, "/api/resumes/draft", location, cookie).await
}

async fn the_editor_keeps_drafts_and_saves_versions(db: TestDb) {
    let app = TestApp::on(db).await;
    let (ada, bea, location) = ada_with_a_resume(&app).await;

    // Without JavaScript, "add" posts the form: the entry is kept in a draft, the
    // typed change with it, and no version is made.
    let response = app
        .send(editor_form(
            &location,
            &[
                ("doc", RESUME),
                ("basics.label", "Senior Engineer"),
                (
                    "work.0.highlights",
                    "Built the mill in Rust.\r\nCut costs by 30%.",
                ),
                ("op", "add:work"),
            ],
            &ada,
        ))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        common::location(&response),
        format!("{location}/edit#section-work")
    );
    assert_eq!(version_count(&app, &location, &ada).await, 1);
    let kept = draft(&app, &location, &ada).await;
    assert!(kept["draft_at"].is_i64(), "{kept}");
    let doc: serde_json::Value =
        serde_json::from_str(kept["json"].as_str().unwrap_or_default()).expect("JSON");
    assert_eq!(doc["basics"]["label"], "Senior Engineer");
    assert_eq!(doc["work"].as_array().map(Vec::len), Some(2));
    assert_eq!(doc["work"][1], serde_json::json!({}));
    let draft_text = serde_json::to_string(&doc).expect("JSON");

    // A bad date is refused with the draft kept; still one version.
    let response = app
        .send(editor_form(
            &location,
            &[
                ("doc", &draft_text),
                ("work.1.position", "Intern"),
                ("work.1.startDate", "March 2017"),
                ("op", "save"),
            ],
            &ada,
        ))
        .await;
    assert_eq!(
        common::location(&response),
        format!("{location}/edit?refused=1#problems")
    );
    assert_eq!(version_count(&app, &location, &ada).await, 1);
    let kept = draft(&app, &location, &ada).await;
    assert!(
        kept["json"]
            .as_str()
            .unwrap_or_default()
            .contains("March 2017")
    );

    // Bea cannot post to Ada's resume, or see her draft.
    let response = app
        .send(editor_form(
            &location,
            &[("doc", "{}"), ("basics.name", "Mallory"), ("op", "save")],
            &bea,
        ))
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let response = app
        .send(editor_form(&location, &[("op", "preview")], &bea))
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let id = location.trim_start_matches("/resumes/");
    let response = app
        .send(call("/api/resumes/draft", &format!("id={id}"), Some(&bea)))
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    // A visitor is sent to sign in.
    let response = app
        .send(common::form(&format!("{location}/draft"), "op=save", None))
        .await;
    assert!(common::location(&response).starts_with("/login"));
    // A form with a broken document or an unknown button says so and changes nothing.
    for (pairs, says) in [
        (
            &[("doc", "{not json"), ("op", "save")][..],
            "cannot be read",
        ),
        (&[("doc", "[1]"), ("op", "save")][..], "JSON object"),
        (&[("op", "jump:work:0")][..], "op:"),
    ] {
        let response = app.send(editor_form(&location, pairs, &ada)).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert!(body_text(response).await.contains(says));
    }

    // Fixed, the save makes version 2: Ada's edits, every key the form does not
    // show, the empty entry gone once filled; the draft is gone.
    let kept = draft(&app, &location, &ada).await;
    let response = app
        .send(editor_form(
            &location,
            &[
                ("doc", kept["json"].as_str().unwrap_or_default()),
                ("work.1.startDate", "2017-03"),
                ("note", "Added the internship"),
                ("op", "save"),
            ],
            &ada,
        ))
        .await;
    assert_eq!(common::location(&response), location);
    let history = ask(&app, "/api/resumes/view", &location, &ada).await["history"].clone();
    assert_eq!(history.as_array().map(Vec::len), Some(2));
    assert_eq!(history[0]["note"], "Added the internship");
    let saved = get_as(&app, &format!("{location}/resume.json"), &ada).await;
    let saved: serde_json::Value = serde_json::from_str(&body_text(saved).await).expect("JSON");
    let mut expected: serde_json::Value = serde_json::from_str(RESUME).expect("JSON");
    expected["basics"]["label"] = "Senior Engineer".into();
    expected["work"][0]["highlights"] =
        serde_json::json!(["Built the mill in Rust.", "Cut costs by 30%."]);
    if let Some(work) = expected["work"].as_array_mut() {
        work.push(serde_json::json!({"position": "Intern", "startDate": "2017-03"}));
    }
    assert_eq!(saved, expected);
    assert!(draft(&app, &location, &ada).await["draft_at"].is_null());

    // Saving again unchanged adds no version; a kept draft can be discarded.
    let response = app
        .send(editor_form(&location, &[("op", "save")], &ada))
        .await;
    assert_eq!(common::location(&response), location);
    assert_eq!(version_count(&app, &location, &ada).await, 2);
    app.send(editor_form(
        &location,
        &[("basics.name", "Ada King"), ("op", "preview")],
        &ada,
    ))
    .await;
    let kept = draft(&app, &location, &ada).await;
    assert!(
        kept["json"]
            .as_str()
            .unwrap_or_default()
            .contains("Ada King")
    );
    let response = app
        .send(editor_form(&location, &[("op", "discard")], &ada))
        .await;
    assert_eq!(common::location(&response), format!("{location}/edit"));
    let opened = draft(&app, &location, &ada).await;
    assert!(opened["draft_at"].is_null());
    assert!(
        !opened["json"]
            .as_str()
            .unwrap_or_default()
            .contains("Ada King")
    );
    app.cleanup().await;
}
on_both_databases!(the_editor_keeps_drafts_and_saves_versions);
