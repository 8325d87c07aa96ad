//! The router as a browser or a load balancer sees it, on both databases.

mod common;

use axum::body::Body;
use common::{app, body_json, body_text, get, send};
use http::{Request, StatusCode, header};
use jobforge_core::testing::TestDb;

async fn check_readyz(db: TestDb, backend: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = app(&db, &dir);
    let response = get(&app, "/readyz").await;
    assert_eq!(response.status(), StatusCode::OK);
    let json = body_json(response).await;
    assert_eq!(json["ready"], true, "{json}");
    assert_eq!(json["database"]["backend"], backend);
    assert_eq!(json["database"]["reachable"], true);
    assert_eq!(
        json["database"]["migrations"]["pending"],
        serde_json::json!([])
    );
    db.cleanup().await;
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
        let dir = tempfile::tempdir().expect("temp dir");
        let response = get(&app(&db, &dir), "/readyz").await;
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        let json = body_json(response).await;
        assert_eq!(json["ready"], false);
        let error = json["database"]["error"].as_str().unwrap_or_default();
        assert!(error.contains("pending"), "{json}");
        db.cleanup().await;
    }
}

#[tokio::test]
async fn readyz_is_503_when_the_database_is_gone() {
    let db = TestDb::sqlite().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let app = app(&db, &dir);
    db.store.close().await;
    let response = get(&app, "/readyz").await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    let json = body_json(response).await;
    assert_eq!(json["database"]["reachable"], false, "{json}");
}

#[tokio::test]
async fn healthz_answers_with_the_version() {
    let db = TestDb::sqlite().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let response = get(&app(&db, &dir), "/healthz").await;
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
    let db = TestDb::sqlite().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let app = app(&db, &dir);

    let english = body_text(send(&app, page("/", &[])).await).await;
    assert!(
        english.contains(r#"<html lang="en" dir="ltr""#),
        "{english}"
    );
    assert!(english.contains("Everything a job search needs"));

    let by_header = send(
        &app,
        page("/", &[("accept-language", "fr;q=0.9, ar;q=0.8")]),
    )
    .await;
    assert_eq!(by_header.status(), StatusCode::OK);
    let arabic = body_text(by_header).await;
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl""#), "{arabic}");
    assert!(arabic.contains("كل ما يحتاجه البحث عن عمل"));

    let by_cookie = body_text(
        send(
            &app,
            page("/", &[("cookie", "jf_lang=en"), ("accept-language", "ar")]),
        )
        .await,
    )
    .await;
    assert!(by_cookie.contains(r#"lang="en""#), "the cookie wins");
}

#[tokio::test]
async fn switching_language_sets_a_cookie_and_goes_back() {
    let db = TestDb::sqlite().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let app = app(&db, &dir);

    let response = get(&app, "/lang/ar?next=/some/page").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[header::LOCATION], "/some/page");
    let cookie = response.headers()[header::SET_COOKIE]
        .to_str()
        .expect("ascii");
    assert!(cookie.starts_with("jf_lang=ar;"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");

    let offsite = get(&app, "/lang/en?next=//evil.example/").await;
    assert_eq!(offsite.headers()[header::LOCATION], "/", "no open redirect");

    let unknown = get(&app, "/lang/xx").await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    assert!(!unknown.headers().contains_key(header::SET_COOKIE));
    assert!(body_text(unknown).await.contains("unknown language 'xx'"));
}

#[tokio::test]
async fn unknown_pages_get_a_404_page_in_the_right_language() {
    let db = TestDb::sqlite().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let app = app(&db, &dir);

    let response = get(&app, "/no/such/page").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let html = body_text(response).await;
    assert!(html.contains("Page not found"), "{html}");

    let arabic = send(&app, page("/missing", &[("cookie", "jf_lang=ar")])).await;
    assert_eq!(arabic.status(), StatusCode::NOT_FOUND);
    assert!(body_text(arabic).await.contains("الصفحة غير موجودة"));
}

#[tokio::test]
async fn pages_are_compressed_and_never_cached() {
    let db = TestDb::sqlite().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let app = app(&db, &dir);
    for encoding in ["gzip", "br"] {
        let response = send(&app, page("/", &[("accept-encoding", encoding)])).await;
        assert_eq!(response.headers()[header::CONTENT_ENCODING], encoding);
        assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
    }
}

#[tokio::test]
async fn static_files_are_served_with_cache_headers() {
    let db = TestDb::sqlite().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let pkg = dir.path().join("site/pkg");
    std::fs::create_dir_all(&pkg).expect("pkg dir");
    std::fs::write(pkg.join("jobforge.css"), "body{}").expect("css");
    std::fs::write(dir.path().join("site/favicon.svg"), "<svg/>").expect("icon");
    let app = app(&db, &dir);

    let css = get(&app, "/pkg/jobforge.css").await;
    assert_eq!(css.status(), StatusCode::OK);
    assert_eq!(css.headers()[header::CACHE_CONTROL], "public, no-cache");
    assert!(css.headers().contains_key(header::LAST_MODIFIED));

    let icon = get(&app, "/favicon.svg").await;
    assert_eq!(icon.status(), StatusCode::OK);
    assert_eq!(
        icon.headers()[header::CACHE_CONTROL],
        "public, max-age=86400"
    );

    let outside = get(&app, "/../instance.key").await;
    assert_ne!(outside.status(), StatusCode::OK, "no path traversal");
}
