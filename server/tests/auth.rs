//! Signing up, in and out through the real server functions, on both databases.

mod common;

use axum::body::Body;
use common::{TestApp, body_json, body_text};
use http::{Request, Response, StatusCode, header};
use jobforge_core::testing::TestDb;

/// A form post as a browser without JavaScript sends it from our own pages.
fn form(path: &str, body: &str, cookie: Option<&str>) -> Request<Body> {
    post(path, body, cookie, "text/html,application/xhtml+xml")
}

/// The same post as the hydrated app sends it.
fn call(path: &str, body: &str, cookie: Option<&str>) -> Request<Body> {
    post(path, body, cookie, "application/json")
}

fn post(path: &str, body: &str, cookie: Option<&str>, accept: &str) -> Request<Body> {
    let mut request = Request::post(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "http://127.0.0.1:3000")
        .header("sec-fetch-site", "same-origin")
        .header(header::ACCEPT, accept)
        .header(header::REFERER, "http://127.0.0.1:3000/login");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    request.body(Body::from(body.to_owned())).expect("request")
}

/// The `jf_session=…` pair a response sets, if any.
fn session_cookie(response: &Response<Body>) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("jf_session="))
        .map(|c| c.split(';').next().unwrap_or_default().to_owned())
}

async fn who(app: &TestApp, cookie: &str) -> serde_json::Value {
    let response = app.send(call("/api/current_user", "", Some(cookie))).await;
    assert_eq!(response.status(), StatusCode::OK);
    body_json(response).await
}

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
    let app = TestApp::on(db);
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
    assert_eq!(registered.headers()[header::LOCATION], "/");
    let cookie = session_cookie(&registered).expect("a session after sign-up");
    let set = registered.headers()[header::SET_COOKIE]
        .to_str()
        .expect("ascii");
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Lax"),
        "{set}"
    );
    let me = who(&app, &cookie).await;
    assert_eq!(me["email"], "ada@example.com");
    assert_eq!(me["role"], "admin", "the first account is the admin");

    // Signing out deletes the session on the server.
    let out = app.send(form("/api/logout", "", Some(&cookie))).await;
    assert!(out.status().is_redirection());
    assert_eq!(who(&app, &cookie).await, serde_json::Value::Null);

    // A session that existed before sign-in (planted, say, by an attacker who knows
    // its id) is replaced at sign-in: the old id is worthless afterwards.
    let planted = plant_anonymous_session(&app).await;
    let signed_in = app
        .send(form(
            "/api/login",
            "email=ada%40example.com&password=analytical+engine",
            Some(&planted),
        ))
        .await;
    assert!(signed_in.status().is_redirection());
    let fresh = session_cookie(&signed_in).expect("a new session id");
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

async fn sign_up(app: &TestApp, email: &str) -> String {
    let body = format!("email={email}&password=a+long+and+uncommon+phrase&display_name=");
    let response = app.send(form("/api/register", &body, None)).await;
    assert!(response.status().is_redirection(), "{}", response.status());
    session_cookie(&response).expect("signed in after sign-up")
}

async fn admin_disables_a_user(db: TestDb) {
    let app = TestApp::on(db);
    let ada = sign_up(&app, "ada%40example.com").await;
    let grace = sign_up(&app, "grace%40example.com").await;
    let ada_id = who(&app, &ada).await["id"].as_i64().expect("id");
    let grace_id = who(&app, &grace).await["id"].as_i64().expect("id");
    let disable = |id: i64| format!("user_id={id}&disabled=true");

    // A user, or a visitor, finds no such function.
    let by_user = app
        .send(call(
            "/api/admin/set_user_disabled",
            &disable(ada_id),
            Some(&grace),
        ))
        .await;
    assert_eq!(by_user.status(), StatusCode::NOT_FOUND);
    let by_visitor = app
        .send(call("/api/admin/set_user_disabled", &disable(ada_id), None))
        .await;
    assert_eq!(by_visitor.status(), StatusCode::NOT_FOUND);
    assert_eq!(who(&app, &ada).await["disabled"], false, "nothing changed");

    // The admin cannot lock themselves out, and unknown accounts are 404.
    let self_lock = app
        .send(call(
            "/api/admin/set_user_disabled",
            &disable(ada_id),
            Some(&ada),
        ))
        .await;
    assert_eq!(self_lock.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let unknown = app
        .send(call(
            "/api/admin/set_user_disabled",
            &disable(ada_id + 999),
            Some(&ada),
        ))
        .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);

    // Disabling ends the user's session at once and stops new sign-ins.
    let done = app
        .send(call(
            "/api/admin/set_user_disabled",
            &disable(grace_id),
            Some(&ada),
        ))
        .await;
    assert_eq!(done.status(), StatusCode::OK);
    assert_eq!(who(&app, &grace).await, serde_json::Value::Null);
    let login = "email=grace%40example.com&password=a+long+and+uncommon+phrase";
    let refused = app.send(call("/api/login", login, None)).await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);

    // Enabled again, she can sign in.
    let enable = format!("user_id={grace_id}&disabled=false");
    let done = app
        .send(call("/api/admin/set_user_disabled", &enable, Some(&ada)))
        .await;
    assert_eq!(done.status(), StatusCode::OK);
    let back = app.send(form("/api/login", login, None)).await;
    assert!(session_cookie(&back).is_some());
    app.cleanup().await;
}

#[tokio::test]
async fn an_admin_disables_a_user_on_sqlite() {
    admin_disables_a_user(TestDb::sqlite().await).await;
}

#[tokio::test]
async fn an_admin_disables_a_user_on_postgres() {
    admin_disables_a_user(TestDb::postgres().await).await;
}

async fn changing_the_password_ends_other_sessions(db: TestDb) {
    let app = TestApp::on(db);
    let laptop = sign_up(&app, "ada%40example.com").await;
    let login = "email=ada%40example.com&password=a+long+and+uncommon+phrase";
    let phone =
        session_cookie(&app.send(form("/api/login", login, None)).await).expect("a second session");
    let change =
        |current: &str, new: &str| format!("current_password={current}&new_password={new}");

    // A wrong current password or a weak new one is refused, naming the field.
    for (body, field) in [
        (
            change("wrong+phrase+here", "difference+engine"),
            "current_password",
        ),
        (
            change("a+long+and+uncommon+phrase", "password1"),
            "new_password",
        ),
    ] {
        let response = app
            .send(call("/api/settings/change_password", &body, Some(&laptop)))
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(body_text(response).await.contains(field));
    }
    assert_eq!(
        who(&app, &phone).await["email"],
        "ada@example.com",
        "nothing changed"
    );

    let changed = app
        .send(form(
            "/api/settings/change_password",
            &change("a+long+and+uncommon+phrase", "difference+engine"),
            Some(&laptop),
        ))
        .await;
    assert_eq!(
        changed.headers()[header::LOCATION],
        "/settings?password=changed"
    );
    assert_eq!(
        who(&app, &laptop).await["email"],
        "ada@example.com",
        "this session stays"
    );
    assert_eq!(
        who(&app, &phone).await,
        serde_json::Value::Null,
        "the other one ends"
    );
    let old = app.send(call("/api/login", login, None)).await;
    assert_eq!(old.status(), StatusCode::UNAUTHORIZED);
    let new = app
        .send(form(
            "/api/login",
            "email=ada%40example.com&password=difference+engine",
            None,
        ))
        .await;
    let tablet = session_cookie(&new).expect("the new password works");

    // Signing out everywhere ends this session too.
    let out = app
        .send(form("/api/settings/sign_out_everywhere", "", Some(&laptop)))
        .await;
    assert!(out.status().is_redirection());
    assert_eq!(who(&app, &laptop).await, serde_json::Value::Null);
    assert_eq!(who(&app, &tablet).await, serde_json::Value::Null);
    let events: Vec<String> = app
        .db
        .store
        .audit_recent(3)
        .await
        .expect("audit")
        .into_iter()
        .map(|e| e.event)
        .collect();
    assert_eq!(events, ["sign_out", "sign_in", "sign_in_failed"]);
    app.cleanup().await;
}

#[tokio::test]
async fn changing_the_password_ends_other_sessions_on_sqlite() {
    changing_the_password_ends_other_sessions(TestDb::sqlite().await).await;
}

#[tokio::test]
async fn changing_the_password_ends_other_sessions_on_postgres() {
    changing_the_password_ends_other_sessions(TestDb::postgres().await).await;
}

#[tokio::test]
async fn settings_functions_need_a_signed_in_user() {
    let app = TestApp::sqlite().await;
    for path in [
        "/api/settings/change_password",
        "/api/settings/sign_out_everywhere",
    ] {
        let response = app
            .send(call(path, "current_password=a&new_password=b", None))
            .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{path}");
    }
}
