//! The router as a browser or a load balancer sees it, on both databases.

mod common;

use axum::body::Body;
use common::{TestApp, body_json, body_text};
use http::{Request, StatusCode, header};
use jobforge_core::testing::TestDb;

async fn check_readyz(db: TestDb, backend: &str) {
    let app = TestApp::on(db).await;
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), StatusCode::OK);
    let json = body_json(response).await;
    assert_eq!(json["ready"], true, "{json}");
    assert_eq!(json["database"]["backend"], backend);
    assert_eq!(json["database"]["reachable"], true);
    assert_eq!(
        json["database"]["migrations"]["pending"],
        serde_json::json!([])
    );
    app.cleanup().await;
}

#[tokio::test]
async fn readyz_reports_a_ready_sqlite() {
    check_readyz(TestDb::sqlite().await, "sqlite").await;
}

#[tokio::test]
async fn readyz_reports_a_ready_postgres() {
    check_readyz(TestDb::postgres().await, "postgres").await;
}

#[tokio::test]
async fn readyz_is_503_while_migrations_are_pending() {
    for db in [
        TestDb::sqlite_with(false).await,
        TestDb::postgres_with(false).await,
    ] {
        let app = TestApp::on(db).await;
        let response = app.get("/readyz").await;
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        let json = body_json(response).await;
        assert_eq!(json["ready"], false);
        let error = json["database"]["error"].as_str().unwrap_or_default();
        assert!(error.contains("pending"), "{json}");
        app.cleanup().await;
    }
}

#[tokio::test]
async fn readyz_is_503_when_the_database_is_gone() {
    let app = TestApp::sqlite().await;
    app.db.store.close().await;
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    let json = body_json(response).await;
    assert_eq!(json["database"]["reachable"], false, "{json}");
}

#[tokio::test]
async fn healthz_answers_with_the_version() {
    let app = TestApp::sqlite().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers().contains_key("x-request-id"));
    let json = body_json(response).await;
    assert_eq!(json["status"], "ok");
    assert_eq!(json["version"], env!("CARGO_PKG_VERSION"));
}

fn page(uri: &str, headers: &[(&str, &str)]) -> Request<Body> {
    let mut request = Request::get(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.body(Body::empty()).expect("request")
}

#[tokio::test]
async fn the_landing_page_speaks_the_visitors_language() {
    let app = TestApp::sqlite().await;

    let english = body_text(app.send(page("/", &[])).await).await;
    assert!(
        english.contains(r#"<html lang="en" dir="ltr""#),
        "{english}"
    );
    assert!(english.contains("Everything a job search needs"));

    let by_header = app
        .send(page("/", &[("accept-language", "fr;q=0.9, ar;q=0.8")]))
        .await;
    assert_eq!(by_header.status(), StatusCode::OK);
    let arabic = body_text(by_header).await;
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl""#), "{arabic}");
    assert!(arabic.contains("كل ما يحتاجه البحث عن عمل"));

    let by_cookie = body_text(
        app.send(page(
            "/",
            &[("cookie", "jf_lang=en"), ("accept-language", "ar")],
        ))
        .await,
    )
    .await;
    assert!(by_cookie.contains(r#"lang="en""#), "the cookie wins");
}

#[tokio::test]
async fn switching_language_sets_a_cookie_and_goes_back() {
    let app = TestApp::sqlite().await;

    let response = app.get("/lang/ar?next=/some/page").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[header::LOCATION], "/some/page");
    let cookie = response.headers()[header::SET_COOKIE]
        .to_str()
        .expect("ascii");
    assert!(cookie.starts_with("jf_lang=ar;"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");

    let offsite = app.get("/lang/en?next=//evil.example/").await;
    assert_eq!(offsite.headers()[header::LOCATION], "/", "no open redirect");

    let unknown = app.get("/lang/xx").await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    assert!(!unknown.headers().contains_key(header::SET_COOKIE));
    assert!(body_text(unknown).await.contains("unknown language 'xx'"));
}

#[tokio::test]
async fn unknown_pages_get_a_404_page_in_the_right_language() {
    let app = TestApp::sqlite().await;

    let response = app.get("/no/such/page").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let html = body_text(response).await;
    assert!(html.contains("Page not found"), "{html}");

    let arabic = app
        .send(page("/missing", &[("cookie", "jf_lang=ar")]))
        .await;
    assert_eq!(arabic.status(), StatusCode::NOT_FOUND);
    assert!(body_text(arabic).await.contains("الصفحة غير موجودة"));
}

#[tokio::test]
async fn pages_are_compressed_and_never_cached() {
    let app = TestApp::sqlite().await;
    for encoding in ["gzip", "br"] {
        let response = app.send(page("/", &[("accept-encoding", encoding)])).await;
        assert_eq!(response.headers()[header::CONTENT_ENCODING], encoding);
        assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
    }
}

#[tokio::test]
async fn static_files_are_served_with_cache_headers() {
    let app = TestApp::sqlite().await;
    let site = app.data_dir.path().join("site");
    std::fs::create_dir_all(site.join("pkg")).expect("pkg dir");
    std::fs::write(site.join("pkg/jobforge.css"), "body{}").expect("css");
    std::fs::write(site.join("favicon.svg"), "<svg/>").expect("icon");

    let css = app.get("/pkg/jobforge.css").await;
    assert_eq!(css.status(), StatusCode::OK);
    assert_eq!(css.headers()[header::CACHE_CONTROL], "public, no-cache");
    assert!(css.headers().contains_key(header::LAST_MODIFIED));

    let icon = app.get("/favicon.svg").await;
    assert_eq!(icon.status(), StatusCode::OK);
    assert_eq!(
        icon.headers()[header::CACHE_CONTROL],
        "public, max-age=86400"
    );

    let outside = app.get("/../instance.key").await;
    assert_ne!(outside.status(), StatusCode::OK, "no path traversal");
}

fn post(uri: &str, headers: &[(&str, &str)]) -> Request<Body> {
    let mut request =
        Request::post(uri).header("content-type", "application/x-www-form-urlencoded");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.body(Body::from("a=1")).expect("request")
}

#[tokio::test]
async fn a_post_from_another_site_is_refused() {
    let app = TestApp::sqlite().await;
    let host = ("host", "127.0.0.1:3000");
    for attack in [
        post("/api/anything", &[host, ("origin", "https://evil.example")]),
        post("/api/anything", &[host, ("sec-fetch-site", "cross-site")]),
        post("/api/anything", &[host, ("origin", "null")]),
    ] {
        let response = app.send(attack).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        assert!(
            body_text(response)
                .await
                .contains("cross-site request refused")
        );
    }
    // The same request from our own pages gets through the guard (to a 404 here,
    // since no server function has that name).
    let ours = app
        .send(post(
            "/api/anything",
            &[
                host,
                ("origin", "http://127.0.0.1:3000"),
                ("sec-fetch-site", "same-origin"),
            ],
        ))
        .await;
    assert_ne!(ours.status(), StatusCode::FORBIDDEN);
    // Reading is never refused.
    let read = app
        .send(page("/", &[host, ("origin", "https://evil.example")]))
        .await;
    assert_eq!(read.status(), StatusCode::OK);
}

#[tokio::test]
async fn pages_carry_security_headers_and_a_nonce_policy() {
    let app = TestApp::sqlite().await;
    let response = app.get("/").await;
    let headers = response.headers().clone();
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(headers[header::X_FRAME_OPTIONS], "DENY");
    assert!(headers.contains_key(header::REFERRER_POLICY));
    let policy = headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
    assert!(!policy.contains("unsafe-inline"), "{policy}");

    // Every inline script in the page carries the nonce the policy names.
    let nonce = policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("the policy names a nonce");
    let html = body_text(response).await;
    let scripts = html.matches("<script").count();
    assert!(scripts >= 1, "the hydration loader is inline");
    let with_nonce = html.matches(&format!(r#"nonce="{nonce}""#)).count();
    assert!(
        with_nonce >= scripts,
        "{with_nonce} of {scripts} scripts carry the nonce"
    );

    // Each response gets a fresh nonce.
    let again = app.get("/").await;
    let second = again.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .expect("ascii");
    assert!(!second.contains(nonce));

    // JSON answers get a closed policy.
    let json = app.get("/healthz").await;
    assert_eq!(
        json.headers()[header::CONTENT_SECURITY_POLICY],
        "default-src 'none'; frame-ancestors 'none'"
    );
}

/// Pages and files served at once over a real socket: every page keeps its own
/// policy (with the nonce of its scripts), every file gets the closed one. Leptos's
/// file handler once let a page lose its policy this way, now and then.
#[tokio::test]
async fn pages_keep_their_policy_while_files_are_served_alongside() {
    let app = TestApp::sqlite().await;
    let site = app.data_dir.path().join("site");
    std::fs::create_dir_all(site.join("pkg")).expect("site folder");
    std::fs::write(site.join("pkg/jobforge.css"), "body{color:#111}").expect("css");
    std::fs::write(
        site.join("favicon.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    )
    .expect("icon");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    let router = app.router.clone();
    let server = tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
    });
    let client = reqwest::Client::new();
    let mut tasks = Vec::new();
    for round in 0..60 {
        let (client, path) = match round % 3 {
            0 => (client.clone(), "/"),
            1 => (client.clone(), "/pkg/jobforge.css"),
            _ => (client.clone(), "/favicon.svg"),
        };
        tasks.push(tokio::spawn(async move {
            let response = client
                .get(format!("http://{address}{path}"))
                .send()
                .await
                .expect("answer");
            let status = response.status().as_u16();
            let policy = response
                .headers()
                .get("content-security-policy")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned();
            (path, status, policy)
        }));
    }
    for task in tasks {
        let (path, status, policy) = task.await.expect("task");
        assert_eq!(status, 200, "{path}");
        if path == "/" {
            assert!(
                policy.contains("script-src") && policy.contains("nonce-"),
                "{path}: {policy}"
            );
        } else {
            assert!(policy.starts_with("default-src 'none'"), "{path}: {policy}");
        }
    }
    let missing = client
        .get(format!("http://{address}/no/such/page"))
        .send()
        .await
        .expect("answer");
    assert_eq!(missing.status().as_u16(), 404);
    server.abort();
    app.cleanup().await;
}
