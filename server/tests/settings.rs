//! The settings page's server functions and downloads, on both databases: profile,
//! sessions, export and deletion.

mod common;

use std::io::Read;

use common::{
    PASSWORD, TestApp, body_json, body_text, call, form, get_as, sign_in, sign_up, user_id, who,
};
use http::{StatusCode, header};
use http_body_util::BodyExt;
use jobforge_core::testing::TestDb;

const PROFILE: &str =
    "display_name=Ada+Lovelace&headline=Analyst&location=London&ui_lang=ar&output_lang=en";

async fn editing_the_profile(db: TestDb) {
    let app = TestApp::on(db).await;
    let cookie = sign_up(&app, "ada%40example.com").await;
    let long = "x".repeat(151);
    for (body, field) in [
        (PROFILE.replace("ui_lang=ar", "ui_lang=fr"), "ui_lang"),
        (
            PROFILE.replace("output_lang=en", "output_lang="),
            "output_lang",
        ),
        (
            PROFILE.replace("headline=Analyst", &format!("headline={long}")),
            "headline",
        ),
    ] {
        let refused = app
            .send(call("/api/settings/update_profile", &body, Some(&cookie)))
            .await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(body_text(refused).await.contains(field), "{field}");
    }
    assert_eq!(who(&app, &cookie).await["headline"], "", "nothing changed");

    let saved = app
        .send(form("/api/settings/update_profile", PROFILE, Some(&cookie)))
        .await;
    assert_eq!(saved.headers()[header::LOCATION], "/settings?profile=saved");
    let lang_cookie = saved
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|c| c.starts_with("jf_lang=ar"));
    assert!(lang_cookie, "the page language follows the profile");
    let me = who(&app, &cookie).await;
    assert_eq!(me["display_name"], "Ada Lovelace");
    assert_eq!(me["headline"], "Analyst");
    assert_eq!(me["location"], "London");
    assert_eq!(me["ui_lang"], "ar");
    assert_eq!(me["output_lang"], "en");
    let visitor = app
        .send(call("/api/settings/update_profile", PROFILE, None))
        .await;
    assert_eq!(visitor.status(), StatusCode::UNAUTHORIZED);
    app.cleanup().await;
}
on_both_databases!(editing_the_profile);

async fn listing_and_ending_sessions(db: TestDb) {
    let app = TestApp::on(db).await;
    let laptop = sign_up(&app, "ada%40example.com").await;
    let phone = sign_in(&app, "ada%40example.com", PASSWORD).await;
    let listed = body_json(
        app.send(call("/api/settings/sessions", "", Some(&laptop)))
            .await,
    )
    .await;
    let sessions = listed.as_array().expect("a list");
    assert_eq!(sessions.len(), 2);
    assert_eq!(sessions.iter().filter(|s| s["current"] == true).count(), 1);
    let text = listed.to_string();
    for cookie in [&laptop, &phone] {
        let id = cookie.trim_start_matches("jf_session=");
        assert!(!text.contains(id), "session ids never leave the server");
    }
    let other = sessions
        .iter()
        .find(|s| s["current"] == false)
        .and_then(|s| s["handle"].as_str())
        .expect("the phone's handle");

    let unknown = app
        .send(call(
            "/api/settings/end_session",
            "handle=abc",
            Some(&laptop),
        ))
        .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let ended = app
        .send(form(
            "/api/settings/end_session",
            &format!("handle={other}"),
            Some(&laptop),
        ))
        .await;
    assert_eq!(ended.headers()[header::LOCATION], "/settings?session=ended");
    assert_eq!(who(&app, &phone).await, serde_json::Value::Null);
    assert_eq!(who(&app, &laptop).await["email"], "ada@example.com");
    app.cleanup().await;
}
on_both_databases!(listing_and_ending_sessions);

async fn exporting_everything(db: TestDb) {
    let app = TestApp::on(db).await;
    let cookie = sign_up(&app, "ada%40example.com").await;
    app.send(form("/api/settings/update_profile", PROFILE, Some(&cookie)))
        .await;
    let id = user_id(&app, &cookie).await;
    let files = jobforge_core::files::user_dir(app.data_dir.path(), id);
    std::fs::create_dir_all(files.join("resumes")).expect("files folder");
    std::fs::write(files.join("resumes/cv.pdf"), b"%PDF-1.7 test").expect("a file");

    let visitor = app.get("/settings/export.json").await;
    assert!(visitor.status().is_redirection());
    assert_eq!(visitor.headers()[header::LOCATION], "/login?next=/settings");

    let json = get_as(&app, "/settings/export.json", &cookie).await;
    assert_eq!(json.status(), StatusCode::OK);
    assert_eq!(json.headers()[header::CACHE_CONTROL], "no-store");
    let disposition = json.headers()[header::CONTENT_DISPOSITION]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert!(
        disposition.starts_with("attachment; filename=\"jobforge-export-"),
        "{disposition}"
    );
    let data = body_json(json).await;
    assert_eq!(data["format"], "jobforge-export");
    assert_eq!(data["version"], 1);
    assert_eq!(data["account"]["email"], "ada@example.com");
    assert_eq!(data["account"]["headline"], "Analyst");
    assert_eq!(data["files"][0]["path"], "files/resumes/cv.pdf");
    assert!(
        data["audit_log"]
            .as_array()
            .is_some_and(|log| log.iter().any(|e| e["event"] == "profile_changed"))
    );
    assert!(!data.to_string().contains("argon2"), "no password hash");
    assert!(data["ai_calls"].is_array());

    let zip = get_as(&app, "/settings/export.zip", &cookie).await;
    assert_eq!(zip.status(), StatusCode::OK);
    assert_eq!(zip.headers()[header::CONTENT_TYPE], "application/zip");
    assert_eq!(zip.headers()[header::CACHE_CONTROL], "no-store");
    let bytes = zip.into_body().collect().await.expect("body").to_bytes();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("a zip");
    let mut inner = String::new();
    archive
        .by_name("export.json")
        .expect("export.json")
        .read_to_string(&mut inner)
        .expect("read");
    assert!(inner.contains("\"jobforge-export\""));
    let mut pdf = Vec::new();
    archive
        .by_name("files/resumes/cv.pdf")
        .expect("the uploaded file")
        .read_to_end(&mut pdf)
        .expect("read");
    assert_eq!(pdf, b"%PDF-1.7 test");
    let exported = app.db.store.audit_recent(1).await.expect("audit");
    assert_eq!(exported[0].event, "exported");
    app.cleanup().await;
}
on_both_databases!(exporting_everything);

async fn deleting_the_account(db: TestDb) {
    let app = TestApp::on(db).await;
    let cookie = sign_up(&app, "ada%40example.com").await;
    let other = sign_in(&app, "ada%40example.com", PASSWORD).await;
    let grace = sign_up(&app, "grace%40example.com").await;
    let id = user_id(&app, &cookie).await;
    let files = jobforge_core::files::user_dir(app.data_dir.path(), id);
    std::fs::create_dir_all(&files).expect("files folder");
    std::fs::write(files.join("cv.pdf"), b"%PDF").expect("a file");

    let wrong = app
        .send(call(
            "/api/settings/delete_account",
            "password=not+my+password",
            Some(&cookie),
        ))
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(wrong).await.contains("Incorrect"));
    assert_eq!(who(&app, &cookie).await["id"], id, "nothing changed");

    let deleted = app
        .send(form(
            "/api/settings/delete_account",
            &format!("password={PASSWORD}"),
            Some(&cookie),
        ))
        .await;
    assert_eq!(deleted.headers()[header::LOCATION], "/?account=deleted");
    assert_eq!(who(&app, &cookie).await, serde_json::Value::Null);
    assert_eq!(who(&app, &other).await, serde_json::Value::Null);
    assert!(!files.exists(), "the user's files are gone");
    assert!(app.db.store.user_by_id(id).await.expect("read").is_none());
    let login = app
        .send(call(
            "/api/login",
            &format!("email=ada%40example.com&password={PASSWORD}"),
            None,
        ))
        .await;
    assert_eq!(login.status(), StatusCode::UNAUTHORIZED);
    // Others are untouched; the audit trail keeps the event without the account.
    assert_eq!(who(&app, &grace).await["email"], "grace@example.com");
    let recent = app.db.store.audit_recent(5).await.expect("audit");
    let entry = recent
        .iter()
        .find(|e| e.event == "deleted")
        .expect("a deletion entry");
    assert_eq!(entry.user_id, None);
    assert!(entry.detail.contains(&id.to_string()));
    assert!(
        app.db
            .store
            .audit_of_user(id, 10)
            .await
            .expect("audit")
            .is_empty(),
        "no entry points at the deleted account"
    );
    app.cleanup().await;
}
on_both_databases!(deleting_the_account);

async fn bringing_your_own_model_key(db: TestDb) {
    let app = TestApp::on(db).await;
    let cookie = sign_up(&app, "ada%40example.com").await;
    let none = body_json(app.send(call("/api/settings/ai", "", Some(&cookie))).await).await;
    assert_eq!(
        none,
        serde_json::Value::Null,
        "the instance's model until one is saved"
    );
    let bad = app
        .send(call(
            "/api/settings/save_ai",
            "provider=openai&base_url=localhost%3A11434&model=llama3.1&api_key=",
            Some(&cookie),
        ))
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(bad).await.contains("base_url"));
    let saved = app
        .send(form(
            "/api/settings/save_ai",
            "provider=openai&base_url=&model=gpt-4o-mini&api_key=sk-proj-secret-7777",
            Some(&cookie),
        ))
        .await;
    assert_eq!(saved.headers()[header::LOCATION], "/settings?ai=saved");
    let shown = app.send(call("/api/settings/ai", "", Some(&cookie))).await;
    let text = body_text(shown).await;
    assert!(text.contains("…7777") && !text.contains("secret"), "{text}");
    let id = user_id(&app, &cookie).await;
    let row = app
        .db
        .store
        .user_ai_get(id)
        .await
        .expect("read")
        .expect("saved");
    assert!(
        row.api_key_sealed
            .as_deref()
            .is_some_and(|s| !s.contains("secret")),
        "sealed at rest"
    );
    // The export shows no key either.
    let export = body_text(get_as(&app, "/settings/export.json", &cookie).await).await;
    assert!(!export.contains("sk-proj"), "no key in the export");
    let cleared = app
        .send(call("/api/settings/clear_ai", "", Some(&cookie)))
        .await;
    assert_eq!(cleared.status(), StatusCode::OK);
    assert!(app.db.store.user_ai_get(id).await.expect("read").is_none());
    app.cleanup().await;
}
on_both_databases!(bringing_your_own_model_key);
