//! Documents over HTTP: a cover letter written for a job from the resume, its
//! PDF and Markdown downloads, edits as versions, uploads with the resume
//! upload's rules; nobody else reaches any of it.

mod common;

use common::{
    TestApp, body_bytes, body_text, call, get_as, location, multipart, sign_up, stored_files,
};
use http::StatusCode;
use jobforge_core::testing::{TestDb, pdftotext};

const RESUME: &str = r#"{"basics":{"name":"Ada Lovelace","label":"Backend Engineer"},"work":[{"name":"Analytical Engines","position":"Backend Engineer","startDate":"2019-03","highlights":["Built payment APIs in Rust and PostgreSQL."]}],"skills":[{"name":"Backend","keywords":["Rust","PostgreSQL"]}]}"#;

fn encode(text: &str) -> String {
    jobforge_app::components::signed_in::urlencoding(text)
}

/// Ada's job "Backend Engineer" at Ledgerly; its id.
async fn ada_job(app: &TestApp, ada: &str) -> i64 {
    let response = app
        .send(call(
            "/api/tracker/create",
            "form[title]=Backend+Engineer&form[company]=Ledgerly&form[description]=Rust+and+PostgreSQL+and+Kubernetes",
            Some(ada),
        ))
        .await;
    location(&response)
        .strip_prefix("/jobs/")
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("a job: {}", location(&response)))
}

async fn cover_letters_are_written_edited_and_downloaded(db: TestDb) {
    let app = TestApp::on(db).await;
    let ada = sign_up(&app, "ada%40example.com").await;
    let bea = sign_up(&app, "bea%40example.com").await;
    let job = ada_job(&app, &ada).await;

    // No resume yet: the letter is refused, saying why.
    let ask = format!("job={job}&tone=professional&length=short&language=en");
    let response = app
        .send(call("/api/documents/cover_letter", &ask, Some(&ada)))
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(response).await.contains("resume"));
    app.send(call(
        "/api/resumes/import",
        &format!("text={}", encode(RESUME)),
        Some(&ada),
    ))
    .await;
    for (bad, field) in [
        (format!("job={job}&tone=rude&length=short"), "tone"),
        (format!("job={job}&tone=formal&length=epic"), "length"),
        (
            format!("job={job}&tone=formal&length=short&language=fr"),
            "language",
        ),
    ] {
        let response = app
            .send(call("/api/documents/cover_letter", &bad, Some(&ada)))
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(body_text(response).await.contains(field), "{bad}");
    }

    let response = app
        .send(call("/api/documents/cover_letter", &ask, Some(&ada)))
        .await;
    let page = location(&response);
    assert!(page.starts_with("/documents/"), "{page}");
    let id: i64 = page["/documents/".len()..].parse().expect("an id");
    let seen: serde_json::Value = serde_json::from_str(
        &body_text(
            app.send(call("/api/documents/view", &format!("id={id}"), Some(&ada)))
                .await,
        )
        .await,
    )
    .expect("JSON");
    assert_eq!(seen["summary"]["kind"], "cover_letter");
    assert_eq!(seen["summary"]["job_id"], job);
    let letter = seen["markdown"].as_str().expect("text").to_owned();
    assert!(
        letter.contains("Ledgerly") && letter.contains("Ada Lovelace"),
        "{letter}"
    );

    // The job's page lists it.
    let linked = body_text(
        app.send(call(
            "/api/documents/for_job",
            &format!("job={job}"),
            Some(&ada),
        ))
        .await,
    )
    .await;
    assert!(linked.contains(&format!("\"id\":{id}")), "{linked}");

    // An edit is a new version; the downloads follow the version asked for.
    let edited = format!("{letter}\n\nP.S. I can start in March.");
    let response = app
        .send(call(
            "/api/documents/save",
            &format!("id={id}&markdown={}&note=ps", encode(&edited)),
            Some(&ada),
        ))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let markdown = get_as(&app, &format!("{page}/document.md"), &ada).await;
    assert_eq!(markdown.status(), StatusCode::OK);
    assert!(
        markdown.headers()["content-disposition"]
            .to_str()
            .expect("ascii")
            .contains("Cover-letter-Backend-Engineer-at-Ledgerly.md")
    );
    assert_eq!(body_text(markdown).await, edited);
    let first = body_text(get_as(&app, &format!("{page}/document.md?version=1"), &ada).await).await;
    assert_eq!(first, letter);
    let pdf = get_as(&app, &format!("{page}/document.pdf"), &ada).await;
    assert_eq!(pdf.status(), StatusCode::OK);
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    let text = pdftotext(&body_bytes(pdf).await);
    assert!(text.contains("I can start in March."), "{text}");

    // Bea gets nothing and changes nothing; a visitor is sent to sign in.
    for path in ["document.pdf", "document.md", "original"] {
        let response = get_as(&app, &format!("{page}/{path}"), &bea).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        let response = app.get(&format!("{page}/{path}")).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
    }
    let response = app
        .send(call(
            "/api/documents/save",
            &format!("id={id}&markdown=mine"),
            Some(&bea),
        ))
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let history = body_text(
        app.send(call("/api/documents/view", &format!("id={id}"), Some(&ada)))
            .await,
    )
    .await;
    assert_eq!(history.matches("\"number\"").count(), 2, "{history}");
    app.cleanup().await;
}
on_both_databases!(cover_letters_are_written_edited_and_downloaded);

async fn document_uploads_follow_the_upload_rules(db: TestDb) {
    let app = TestApp::on(db).await;
    let ada = sign_up(&app, "ada%40example.com").await;
    let bea = sign_up(&app, "bea%40example.com").await;
    let job = ada_job(&app, &ada).await;
    let upload = |fields: Vec<(&'static str, String)>, name: &str, bytes: &[u8], cookie: &str| {
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        multipart("/documents/upload", &fields, (name, bytes), cookie)
    };
    let text = b"# Case study\n\nHow the ledger was built.";
    let response = app
        .send(upload(
            vec![
                ("upload_title", "Ledger case study".into()),
                ("upload_kind", "portfolio".into()),
                ("upload_job", job.to_string()),
            ],
            "case.md",
            text,
            &ada,
        ))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = location(&response);
    assert!(page.starts_with("/documents/"), "{page}");
    let original = get_as(&app, &format!("{page}/original"), &ada).await;
    assert_eq!(original.status(), StatusCode::OK);
    assert_eq!(body_bytes(original).await, text);
    assert_eq!(
        get_as(&app, &format!("{page}/original"), &bea)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let before = stored_files(&app);
    assert_eq!(before.len(), 1);

    // Refusals come back with a code and leave nothing behind.
    let too_big = vec![b'a'; 10 * 1024 * 1024 + 1];
    for (fields, name, bytes, code) in [
        (vec![], "big.txt", too_big.as_slice(), "too_large"),
        (
            vec![],
            "photo.pdf",
            &b"\x89PNG\r\n\x1a\n rest"[..],
            "wrong_type",
        ),
        (vec![], "empty.md", &b""[..], "no_file"),
        (
            vec![("upload_kind", "memo".to_owned())],
            "a.md",
            &b"text"[..],
            "bad_kind",
        ),
        (
            vec![("upload_job", "x".to_owned())],
            "a.md",
            &b"text"[..],
            "bad_job",
        ),
    ] {
        let response = app.send(upload(fields, name, bytes, &ada)).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{name}");
        assert_eq!(
            location(&response),
            format!("/documents?upload_error={code}"),
            "{name}"
        );
    }
    // Bea cannot link her upload to Ada's job.
    let response = app
        .send(upload(
            vec![("upload_job", job.to_string())],
            "b.md",
            b"Bea's text",
            &bea,
        ))
        .await;
    assert_eq!(location(&response), "/documents?upload_error=bad_job");
    assert_eq!(stored_files(&app), before);
    let list = body_text(app.send(call("/api/documents/list", "", Some(&bea))).await).await;
    assert_eq!(list, "[]");

    // Deleting the document deletes its file.
    let id = &page["/documents/".len()..];
    let response = app
        .send(call(
            "/api/documents/delete",
            &format!("id={id}"),
            Some(&ada),
        ))
        .await;
    assert_eq!(location(&response), "/documents");
    assert!(stored_files(&app).is_empty());
    app.cleanup().await;
}
on_both_databases!(document_uploads_follow_the_upload_rules);
