// Each test binary uses a different part of this module.
#![allow(dead_code)]

//! Shared pieces of the server's integration tests.

use axum::Router;
use axum::body::Body;
use http::{Request, Response, StatusCode, header};
use http_body_util::BodyExt;
use jobforge::config::{MailArgs, ServeArgs};
use jobforge::web;
use jobforge_core::testing::{self, SmtpCatcher, TestDb};
use tower::ServiceExt;

/// The whole application on a test database, with a throwaway data folder and a
/// local SMTP server that catches the mail it sends.
pub struct TestApp {
    pub router: Router,
    pub db: TestDb,
    pub data_dir: tempfile::TempDir,
    pub mail: SmtpCatcher,
}

impl TestApp {
    pub async fn sqlite() -> Self {
        Self::on(TestDb::sqlite().await).await
    }

    pub async fn on(db: TestDb) -> Self {
        Self::reached_at(db, None).await
    }

    /// The app as served behind `public_url` (an `https://` one makes cookies secure).
    pub async fn reached_at(db: TestDb, public_url: Option<&str>) -> Self {
        let data_dir = tempfile::tempdir().expect("temp dir");
        let mail = SmtpCatcher::start().await;
        let mut state = testing::app_state(&db, data_dir.path(), &mail);
        if let Some(url) = public_url {
            let mut settings = (*state.settings).clone();
            settings.public_url = Some(url.to_owned());
            state.settings = std::sync::Arc::new(settings);
        }
        let args = ServeArgs {
            addr: "127.0.0.1:0".parse().expect("address"),
            site_root: data_dir.path().join("site"),
            public_url: None,
            signups_per_hour: 10,
            max_upload_mb: 10,
            mail: MailArgs::outbox(),
            workers: jobforge::config::WorkerArgs {
                workers: 0,
                job_lease_secs: 30,
            },
            ai: jobforge::config::AiArgs {
                ai_provider: jobforge_core::ai::ProviderKind::Offline,
                ai_base_url: None,
                ai_model: None,
                ai_api_key: None,
                ai_timeout_secs: 60,
                ai_prices: jobforge_core::ai::PriceTable::default(),
            },
        };
        let router = web::router(state, web::leptos_options(&args));
        Self {
            router,
            db,
            data_dir,
            mail,
        }
    }

    pub async fn send(&self, request: Request<Body>) -> Response<Body> {
        self.router
            .clone()
            .oneshot(request)
            .await
            .expect("the router answers")
    }

    pub async fn get(&self, uri: &str) -> Response<Body> {
        self.send(Request::get(uri).body(Body::empty()).expect("request"))
            .await
    }

    pub async fn cleanup(self) {
        self.db.cleanup().await;
    }
}

pub async fn body_text(response: Response<Body>) -> String {
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("read the body")
        .to_bytes();
    String::from_utf8(bytes.to_vec()).expect("UTF-8 body")
}

pub async fn body_json(response: Response<Body>) -> serde_json::Value {
    serde_json::from_str(&body_text(response).await).expect("JSON body")
}

// Requests as the browser sends them, and what they leave behind.

/// A form post as a browser without JavaScript sends it from our own pages.
pub fn form(path: &str, body: &str, cookie: Option<&str>) -> Request<Body> {
    post(path, body, cookie, "text/html,application/xhtml+xml")
}

/// The same post as the hydrated app sends it.
pub fn call(path: &str, body: &str, cookie: Option<&str>) -> Request<Body> {
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

/// Where a response sends the browser (empty without a `Location`).
pub fn location(response: &Response<Body>) -> String {
    response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// The `jf_session=…` pair a response sets, if any.
pub fn session_cookie(response: &Response<Body>) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("jf_session="))
        .map(|c| c.split(';').next().unwrap_or_default().to_owned())
}

pub async fn who(app: &TestApp, cookie: &str) -> serde_json::Value {
    let response = app.send(call("/api/current_user", "", Some(cookie))).await;
    assert_eq!(response.status(), StatusCode::OK);
    body_json(response).await
}

/// The password `sign_up` gives every account, form-encoded.
pub const PASSWORD: &str = "a+long+and+uncommon+phrase";

/// Signs up through the form (which does not sign in).
pub async fn sign_up_only(app: &TestApp, email: &str) {
    let body = format!("email={email}&password={PASSWORD}&display_name=");
    let response = app.send(form("/api/register", &body, None)).await;
    assert!(response.status().is_redirection(), "{}", response.status());
    assert_eq!(
        session_cookie(&response),
        None,
        "registering does not sign in"
    );
}

/// Signs up through the form, then signs in; returns the session cookie pair.
pub async fn sign_up(app: &TestApp, email: &str) -> String {
    sign_up_only(app, email).await;
    sign_in(app, email, PASSWORD).await
}

/// Signs in through the form; returns the session cookie pair.
pub async fn sign_in(app: &TestApp, email: &str, password: &str) -> String {
    let body = format!("email={email}&password={password}");
    let response = app.send(form("/api/login", &body, None)).await;
    assert!(response.status().is_redirection(), "{}", response.status());
    session_cookie(&response).expect("signed in")
}

/// Runs `async fn story(db: TestDb)` once on SQLite and once on PostgreSQL, as
/// `story::sqlite` and `story::postgres`.
#[macro_export]
macro_rules! on_both_databases {
    ($story:ident) => {
        mod $story {
            #[tokio::test]
            async fn sqlite() {
                super::$story(jobforge_core::testing::TestDb::sqlite().await).await;
            }

            #[tokio::test]
            async fn postgres() {
                super::$story(jobforge_core::testing::TestDb::postgres().await).await;
            }
        }
    };
}

/// The id of the account signed in with `cookie`.
pub async fn user_id(app: &TestApp, cookie: &str) -> i64 {
    who(app, cookie).await["id"].as_i64().expect("signed in")
}

/// The token at the end of a mailed link.
pub fn token_of(link: &str) -> String {
    link.split_once("token=")
        .map(|(_, t)| t.to_owned())
        .expect("a token in the link")
}

/// A GET with the session cookie, as a browser sends it.
pub async fn get_as(app: &TestApp, uri: &str, cookie: &str) -> Response<Body> {
    app.send(
        Request::get(uri)
            .header(header::COOKIE, cookie)
            .body(Body::empty())
            .expect("request"),
    )
    .await
}

/// A multipart form post as a browser sends it: text `fields`, then the `file`
/// field with its name and bytes.
pub fn multipart(
    path: &str,
    fields: &[(&str, &str)],
    file: (&str, &[u8]),
    cookie: &str,
) -> Request<Body> {
    let boundary = "----jobforge-test-boundary";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    body.extend(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n",
            file.0
        )
        .as_bytes(),
    );
    body.extend_from_slice(file.1);
    body.extend(format!("\r\n--{boundary}--\r\n").as_bytes());
    Request::post(path)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "http://127.0.0.1:3000")
        .header("sec-fetch-site", "same-origin")
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .expect("request")
}

pub async fn body_bytes(response: Response<Body>) -> Vec<u8> {
    response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec()
}

/// Every file under the data folder's `files/`.
pub fn stored_files(app: &TestApp) -> Vec<std::path::PathBuf> {
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

/// Runs queued jobs with a real runner (the application's job kinds) until job
/// `id` has ended; returns it.
pub async fn run_until_done(state: &jobforge_core::AppState, id: i64) -> jobforge_core::db::JobRow {
    use jobforge_core::jobs::{Registry, Runner, RunnerConfig};
    let mut config = RunnerConfig::new(1);
    config.idle_poll = std::time::Duration::from_millis(20);
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let runner = Runner::new(state.store.clone(), Registry::for_app(state), config);
    let task = tokio::spawn(runner.run(stopped));
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(30);
    let job = loop {
        let job = state.store.job_get(id).await.expect("read").expect("job");
        if job
            .state()
            .is_some_and(jobforge_core::model::JobState::is_final)
        {
            break job;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "job still {}",
            job.state
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    };
    let _ = stop.send(true);
    task.await.expect("runner stops");
    job
}
