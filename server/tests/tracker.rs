//! The job tracker over HTTP, as the pages call it: a pasted posting fills the
//! form, a private address is refused with a message that says so, and a bad
//! form names each bad field.

mod common;

use common::{TestApp, body_text, call, location, sign_up};
use http::StatusCode;
use jobforge_core::testing::TestDb;

async fn postings_fill_the_form_and_bad_input_is_named(db: TestDb) {
    let app = TestApp::on(db).await;
    let ada = sign_up(&app, "ada%40example.com").await;

    let pasted = "Senior+Data+Engineer%0ACompany%3A+Globex%0ALocation%3A+Berlin%0AFull-time%2C+remote.%0A5%2B+years+of+Python+and+Spark.";
    let response = app
        .send(call(
            "/api/tracker/parse_posting",
            &format!("text={pasted}"),
            Some(&ada),
        ))
        .await;
    let location = location(&response);
    assert!(
        location.starts_with("/jobs/new?draft=offline"),
        "{location}"
    );
    assert!(
        location.contains("title=Senior%20Data%20Engineer"),
        "{location}"
    );
    assert!(location.contains("company=Globex"), "{location}");
    assert!(location.contains("job_type=full_time"), "{location}");

    let response = app
        .send(call("/api/tracker/parse_posting", "text=+", Some(&ada)))
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(response).await.contains("Required"));

    // Loopback, the metadata address and odd notations are refused, and the answer says why.
    for url in [
        "http%3A%2F%2F127.0.0.1%2Fjob",
        "http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data",
        "http%3A%2F%2F0x7f000001%2F",
        "http%3A%2F%2Flocalhost%3A3000%2F",
        "file%3A%2F%2F%2Fetc%2Fpasswd",
    ] {
        let response = app
            .send(call(
                "/api/tracker/import_posting",
                &format!("url={url}"),
                Some(&ada),
            ))
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{url}");
        let text = body_text(response).await;
        assert!(text.contains("Unreadable"), "{url}: {text}");
    }

    let response = app
        .send(call(
            "/api/tracker/create",
            "form[title]=&form[salary_min]=9&form[salary_max]=1&form[deadline]=tomorrow",
            Some(&ada),
        ))
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let text = body_text(response).await;
    for field in ["title", "salary_min", "deadline"] {
        assert!(text.contains(&format!("\"{field}\"")), "{field}: {text}");
    }
    let board = body_text(app.send(call("/api/tracker/board", "", Some(&ada))).await).await;
    assert!(board.ends_with(",[]]"), "nothing was saved: {board}");
    app.cleanup().await;
}
on_both_databases!(postings_fill_the_form_and_bad_input_is_named);
