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

async fn resumes_download_exactly_and_stay_private(db: TestDb) {
    let app = TestApp::on(db).await;
    let ada = sign_up(&app, "ada%40example.com").await;
    let bea = sign_up(&app, "bea%40example.com").await;
    let response = app
        .send(call(
            "/api/resumes/import",
            &format!("text={}", encode(RESUME)),
            Some(&ada),
        ))
        .await;
    let location = location(&response);
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
