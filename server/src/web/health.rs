//! `/healthz`: the process answers. `/readyz`: the database answers and its schema
//! is current. Both JSON.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use jobforge_core::AppState;
use jobforge_core::model::{DatabaseReadiness, Readiness};
use serde_json::json;

pub async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    Json(json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "uptime_seconds": state.started_at.elapsed().as_secs(),
    }))
}

pub async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    let readiness = check(&state).await;
    let status = if readiness.ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, Json(readiness))
}

async fn check(state: &AppState) -> Readiness {
    let store = &state.store;
    let mut database = DatabaseReadiness {
        backend: store.backend(),
        reachable: false,
        latency_ms: None,
        migrations: None,
        error: None,
    };
    match store.ping().await {
        Ok(latency) => {
            database.reachable = true;
            database.latency_ms = Some(latency.as_secs_f64() * 1000.0);
        }
        Err(err) => {
            tracing::warn!("readiness: database unreachable: {err}");
            database.error = Some(err.to_string());
        }
    }
    if database.reachable {
        match store.migration_status().await {
            Ok(status) => {
                if !status.is_current() {
                    database.error = Some(format!(
                        "{} migration(s) pending: {:?}",
                        status.pending.len(),
                        status.pending
                    ));
                }
                database.migrations = Some(status);
            }
            Err(err) => database.error = Some(err.to_string()),
        }
    }
    Readiness {
        ready: database.reachable && database.error.is_none(),
        database,
    }
}
