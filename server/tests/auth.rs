//! Signing up, in and out through the real server functions, on both databases.

mod common;

use axum::body::Body;
use common::{TestApp, body_text, call, form, session_cookie, who};
use http::{Request, StatusCode, header};
use jobforge_core::testing::TestDb;

/// Stores a session with no one signed in and returns its cookie pair.
async fn plant_anonymous_session(app: &TestApp) -> String {
    use tower_sessions::session::{Id, Record};
    use tower_sessions::session_store::SessionStore;
    let store = jobforge_core::auth::DbSessionStore::new(app.db.store.clone());
    let mut record = Record {
        id: Id::default(),
        data: Default::default(),
        expiry_date: time::OffsetDateTime::now_utc() + time::Duration::hours(1),
    };
    store.create(&mut record).await.expect("plant a session");
    format!("jf_session={}", record.id)
}

/// Ada's account, made through the sign-up form.
async fn register_ada(app: &TestApp) {
    let response = app
        .send(form(
            "/api/register",
            "email=ada%40example.com&password=analytical+engine&display_name=",
            None,
        ))
        .await;
    assert!(response.status().is_redirection(), "{}", response.status());
}

async fn sign_up_in_and_out(db: TestDb) {
    let app = TestApp::on(db).await;
    let registered = app
        .send(form(
            "/api/register",
            "email=Ada%40Example.com&password=analytical+engine&display_name=Ada",
            None,
        ))
        .await;
    assert!(
        registered.status().is_redirection(),
        "{}",
        registered.status()
    );
    assert_eq!(registered.headers()[header::LOCATION], "/register?sent=1");
    assert!(session_cookie(&registered).is_none(), "not signed in yet");
    let mail = app.mail.wait_for("ada@example.com", 1).await;
    assert!(mail.link("/verify-email").is_some(), "{}", mail.text());

    let signed_in = app
        .send(form(
            "/api/login",
            "email=ada%40example.com&password=analytical+engine",
            None,
        ))
        .await;
    let cookie = session_cookie(&signed_in).expect("a session after sign-in");
    let set = signed_in
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("jf_session="))
        .expect("session cookie");
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Lax"),
        "{set}"
    );
    let me = who(&app, &cookie).await;
    assert_eq!(me["email"], "ada@example.com");
    assert_eq!(me["role"], "admin", "the first account is the admin");
    assert_eq!(me["email_verified"], false);

    // Signing out deletes the session on the server.
    let out = app.send(form("/api/logout", "", Some(&cookie))).await;
    assert!(out.status().is_redirection());
    assert_eq!(who(&app, &cookie).await, serde_json::Value::Null);

    // A session that existed before sign-in (planted, say, by an attacker who knows
    // its id) is replaced at sign-in: the old id is worthless afterwards.
    let planted = plant_anonymous_session(&app).await;
    let again = app
        .send(form(
            "/api/login",
            "email=ada%40example.com&password=analytical+engine",
            Some(&planted),
        ))
        .await;
    assert!(again.status().is_redirection());
    let fresh = session_cookie(&again).expect("a new session id");
    assert_ne!(fresh, planted);
    assert_eq!(who(&app, &planted).await, serde_json::Value::Null);
    assert_eq!(who(&app, &fresh).await["email"], "ada@example.com");

    // Each step is in the audit log, newest first.
    let events: Vec<String> = app
        .db
        .store
        .audit_recent(10)
        .await
        .expect("audit log")
        .into_iter()
        .map(|e| e.event)
        .collect();
    assert_eq!(events, ["sign_in", "sign_out", "sign_in", "registered"]);
    app.cleanup().await;
}

#[tokio::test]
async fn sign_up_in_and_out_on_sqlite() {
    sign_up_in_and_out(TestDb::sqlite().await).await;
}

#[tokio::test]
async fn sign_up_in_and_out_on_postgres() {
    sign_up_in_and_out(TestDb::postgres().await).await;
}

#[tokio::test]
async fn a_wrong_password_or_unknown_email_gets_the_same_answer() {
    let app = TestApp::sqlite().await;
    register_ada(&app).await;
    let mut answers = Vec::new();
    for body in [
        "email=ada%40example.com&password=wrong+password",
        "email=nobody%40example.com&password=analytical+engine",
    ] {
        let response = app.send(call("/api/login", body, None)).await;
        assert!(session_cookie(&response).is_none(), "no session on failure");
        answers.push((response.status(), body_text(response).await));
    }
    assert_eq!(answers[0], answers[1], "no hint which accounts exist");
    assert_eq!(answers[0].0, StatusCode::UNAUTHORIZED);
    let failed = app.db.store.audit_recent(2).await.expect("audit log");
    assert!(failed.iter().all(|e| e.event == "sign_in_failed"));
    assert!(
        failed[0].detail.contains("nobody@example.com"),
        "{failed:?}"
    );
    assert!(
        !failed.iter().any(|e| e.detail.contains("password")),
        "no secrets"
    );
    assert!(answers[0].1.contains("BadCredentials"), "{:?}", answers[0]);
}

#[tokio::test]
async fn a_bad_registration_names_the_field_and_creates_nothing() {
    let app = TestApp::sqlite().await;
    let response = app
        .send(call(
            "/api/register",
            "email=ada%40example.com&password=password1&display_name=",
            None,
        ))
        .await;
    assert!(session_cookie(&response).is_none());
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let text = body_text(response).await;
    assert!(
        text.contains("password") && text.contains("CommonPassword"),
        "{text}"
    );
    assert_eq!(app.db.store.count_users().await.expect("count"), 0);
}

#[tokio::test]
async fn a_failed_form_post_without_javascript_goes_back_with_the_error() {
    let app = TestApp::sqlite().await;
    let response = app
        .send(form(
            "/api/login",
            "email=ada%40example.com&password=wrong+password",
            None,
        ))
        .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let location = response.headers()[header::LOCATION]
        .to_str()
        .expect("ascii");
    assert!(
        location.starts_with("http://127.0.0.1:3000/login?"),
        "{location}"
    );
    assert!(location.contains("__err="), "{location}");
}

#[tokio::test]
async fn repeated_failures_lock_the_email_whether_or_not_it_exists() {
    let app = TestApp::sqlite().await;
    register_ada(&app).await;
    for email in ["ada%40example.com", "nobody%40example.com"] {
        for _ in 0..10 {
            let body = format!("email={email}&password=wrong+password");
            let response = app.send(call("/api/login", &body, None)).await;
            assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        }
    }
    // The eleventh try is refused before the password is looked at, even the right one.
    let locked = app
        .send(call(
            "/api/login",
            "email=ada%40example.com&password=analytical+engine",
            None,
        ))
        .await;
    assert_eq!(locked.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(session_cookie(&locked).is_none());
    let unknown = app
        .send(call(
            "/api/login",
            "email=nobody%40example.com&password=x",
            None,
        ))
        .await;
    assert_eq!(
        unknown.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "same answer"
    );
    assert_eq!(body_text(locked).await, body_text(unknown).await);
    // Another account is not locked by someone else's failures.
    let other = app
        .send(call(
            "/api/register",
            "email=grace%40example.com&password=compiler+pioneer&display_name=",
            None,
        ))
        .await;
    assert_eq!(other.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_sign_in_from_another_site_is_refused() {
    let app = TestApp::sqlite().await;
    let request = Request::post("/api/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "https://evil.example")
        .body(Body::from("email=a%40b.co&password=x"))
        .expect("request");
    assert_eq!(app.send(request).await.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn registering_a_taken_address_answers_as_for_a_new_one() {
    let app = TestApp::sqlite().await;
    let mut answers = Vec::new();
    for (email, name) in [
        ("ada%40example.com", "Ada"),
        ("ADA%40example.com", "Mallory"),
    ] {
        let body = format!("email={email}&password=analytical+engine&display_name={name}");
        let response = app.send(form("/api/register", &body, None)).await;
        assert!(session_cookie(&response).is_none());
        answers.push((
            response.status(),
            response.headers().get(header::LOCATION).cloned(),
        ));
        let json = app
            .send(call("/api/register", &body.replace("ada", "grace"), None))
            .await;
        answers.push((json.status(), None));
    }
    assert_eq!(answers[0], answers[2], "same answer for a taken address");
    assert_eq!(answers[1], answers[3], "same answer with JavaScript too");
    assert_eq!(app.db.store.count_users().await.expect("count"), 2);
    // The owner learns of it; the first account keeps its name.
    let notice = app.mail.wait_for("ada@example.com", 2).await;
    assert_eq!(
        notice.header("Subject").as_deref(),
        Some("You already have a Jobforge account")
    );
    let (ada, _) = app
        .db
        .store
        .credentials_by_email("ada@example.com")
        .await
        .expect("read")
        .expect("ada");
    assert_eq!(ada.display_name, "Ada");
}

#[tokio::test]
async fn over_https_the_session_cookie_is_secure_and_host_bound() {
    let app = TestApp::reached_at(TestDb::sqlite().await, Some("https://jobs.example.test")).await;
    common::sign_up_only(&app, "ada%40example.com").await;
    let signed_in = app
        .send(form(
            "/api/login",
            &format!("email=ada%40example.com&password={}", common::PASSWORD),
            None,
        ))
        .await;
    let cookie = signed_in
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("__Host-jf_session="))
        .expect("a __Host- session cookie")
        .to_owned();
    for part in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(part), "{part} missing: {cookie}");
    }
    assert!(!cookie.contains("Domain"), "{cookie}");
    // The plain name is not accepted in its place.
    let pair = cookie.split(';').next().expect("pair");
    let plain = pair.replace("__Host-jf_session", "jf_session");
    assert_eq!(who(&app, &plain).await, serde_json::Value::Null);
    assert_eq!(who(&app, pair).await["email"], "ada@example.com");
}
