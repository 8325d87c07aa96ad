//! The axum router: health endpoints, the language switch, Leptos pages and server
//! functions, static files, and the layers around them all.

mod cache;
mod documents;
mod export;
mod health;
mod interviews;
mod lang;
mod resume_editor;
mod resume_files;
mod security;
mod tailor;

use std::time::Duration;

use axum::Router;
use axum::extract::FromRef;
use axum::handler::Handler;
use axum::routing::get;
use http::{HeaderName, Request};
use jobforge_app::{App, shell};
use jobforge_core::AppState;
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{LeptosRoutes, file_and_error_handler_with_context, generate_route_list};
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

use crate::config::ServeArgs;

mod auth;

/// The name Leptos gives the browser bundle: `/pkg/jobforge.js`, `jobforge_bg.wasm`,
/// `jobforge.css`.
pub const OUTPUT_NAME: &str = "jobforge";

/// Room in an upload's body for the multipart framing and the other fields.
const UPLOAD_OVERHEAD: usize = 64 * 1024;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The router's state: the service layer plus what Leptos needs to render.
#[derive(Clone, Debug)]
pub struct WebState {
    pub app: AppState,
    pub leptos: LeptosOptions,
}

impl FromRef<WebState> for LeptosOptions {
    fn from_ref(state: &WebState) -> Self {
        state.leptos.clone()
    }
}

impl FromRef<WebState> for AppState {
    fn from_ref(state: &WebState) -> Self {
        state.app.clone()
    }
}

pub fn leptos_options(args: &ServeArgs) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name(OUTPUT_NAME)
        .site_root(args.site_root.display().to_string())
        .site_pkg_dir("pkg")
        .site_addr(args.addr)
        .build()
}

/// Builds the whole application; tests drive it with `tower::ServiceExt::oneshot`.
pub fn router(app: AppState, leptos: LeptosOptions) -> Router {
    let upload_limit = app.settings.max_upload_bytes + UPLOAD_OVERHEAD;
    let state = WebState {
        app: app.clone(),
        leptos: leptos.clone(),
    };
    let context = move || provide_context(app.clone());
    let routes = generate_route_list(App);
    // Static files (the bundle under `/pkg`, `favicon.svg`, …) come straight from
    // the site folder; anything not there goes to Leptos's not-found page. Leptos's
    // own file handler is not used for files: with it, a page rendered alongside
    // could lose the Content-Security-Policy it set (its answer then carried the
    // closed policy of a file, and the browser refused the page's own bundle).
    let not_found = file_and_error_handler_with_context::<WebState, _>(context.clone(), shell)
        .with_state(state.clone());
    let files = tower_http::services::ServeDir::new(leptos.site_root.as_ref())
        .append_index_html_on_directories(false)
        .fallback(not_found);
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/lang/{code}", get(lang::switch_language))
        .route("/settings/export.json", get(export::export_json))
        .route("/settings/export.zip", get(export::export_zip))
        .route("/resumes/{id}/resume.json", get(resume_files::resume_json))
        .route("/resumes/{id}/original", get(resume_files::original))
        .route("/resumes/{id}/resume.pdf", get(resume_files::resume_pdf))
        .route(
            "/resumes/{id}/draft",
            // The form carries the document twice (fields and hidden copy), encoded.
            axum::routing::post(resume_editor::submit)
                .layer(axum::extract::DefaultBodyLimit::max(8 << 20)),
        )
        .route(
            "/resumes/{id}/tailor/{job}/accept",
            axum::routing::post(tailor::accept),
        )
        .route("/interviews/{id}/interview.ics", get(interviews::ics))
        .route("/calendar/{file}", get(interviews::feed))
        .route("/documents/{id}/document.pdf", get(documents::document_pdf))
        .route(
            "/documents/{id}/document.md",
            get(documents::document_markdown),
        )
        .route("/documents/{id}/original", get(documents::original))
        .route(
            "/documents/upload",
            axum::routing::post(documents::upload)
                .layer(axum::extract::DefaultBodyLimit::max(upload_limit)),
        )
        .route(
            "/resumes/upload",
            axum::routing::post(resume_files::upload)
                .layer(axum::extract::DefaultBodyLimit::max(upload_limit)),
        )
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let leptos = leptos.clone();
            move || shell(leptos.clone())
        })
        .fallback_service(files)
        .layer(auth::layer(&state.app))
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
                .layer(
                    TraceLayer::new_for_http()
                        .make_span_with(request_span)
                        .on_response(
                            tower_http::trace::DefaultOnResponse::new()
                                .level(tracing::Level::INFO)
                                .latency_unit(tower_http::LatencyUnit::Micros),
                        ),
                )
                .layer(PropagateRequestIdLayer::new(REQUEST_ID))
                .layer(axum::middleware::from_fn(security::security_headers))
                .layer(axum::middleware::from_fn(security::csrf_guard))
                .layer(axum::middleware::from_fn(cache::cache_control))
                .layer(CompressionLayer::new())
                .layer(tower_http::timeout::TimeoutLayer::with_status_code(
                    http::StatusCode::REQUEST_TIMEOUT,
                    Duration::from_secs(30),
                )),
        )
        .with_state(state)
}

fn request_span<B>(request: &Request<B>) -> tracing::Span {
    let id = request
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-");
    tracing::info_span!(
        "request",
        request_id = %id,
        method = %request.method(),
        path = %request.uri().path(),
    )
}
