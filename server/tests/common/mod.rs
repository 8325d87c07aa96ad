//! Shared pieces of the server's integration tests.

use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::body::Body;
use http::{Request, Response};
use http_body_util::BodyExt;
use jobforge::config::ServeArgs;
use jobforge::web;
use jobforge_core::AppState;
use jobforge_core::keys::InstanceKey;
use jobforge_core::settings::Settings;
use jobforge_core::testing::TestDb;
use tower::ServiceExt;

/// The whole application on `db`, with a throwaway data folder.
pub fn app(db: &TestDb, data_dir: &tempfile::TempDir) -> Router {
    let state = AppState {
        store: db.store.clone(),
        settings: Arc::new(Settings {
            data_dir: data_dir.path().to_owned(),
            database_url: db.url.clone(),
        }),
        key: InstanceKey::load_or_create(data_dir.path()).expect("instance key"),
        started_at: Instant::now(),
    };
    let args = ServeArgs {
        addr: "127.0.0.1:0".parse().expect("address"),
        site_root: data_dir.path().join("site"),
    };
    web::router(state, web::leptos_options(&args))
}

pub async fn send(app: &Router, request: Request<Body>) -> Response<Body> {
    app.clone()
        .oneshot(request)
        .await
        .expect("the router answers")
}

pub async fn get(app: &Router, uri: &str) -> Response<Body> {
    send(app, Request::get(uri).body(Body::empty()).expect("request")).await
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
