//! `jobforge serve`: open the store, migrate, and serve until SIGTERM or Ctrl-C.

use std::sync::Arc;
use std::time::Instant;

use jobforge_core::AppState;
use jobforge_core::keys::InstanceKey;
use tokio::net::TcpListener;

use jobforge_core::jobs::{Registry, Runner};

use crate::config::{CommonArgs, ServeArgs, WorkerArgs, WorkerCmd};
use crate::error::ServerError;
use crate::web;

pub async fn serve(common: CommonArgs, args: ServeArgs) -> Result<(), ServerError> {
    let started_at = Instant::now();
    let mut settings = common.settings(Some(args.public_url()), args.mail.settings());
    settings.signups_per_hour = args.signups_per_hour;
    settings.max_upload_bytes = args.max_upload_mb as usize * 1024 * 1024;
    settings.ai = args.ai.settings()?;
    settings.ai_prices = args.ai.ai_prices.clone();
    let state = build_state(settings, started_at).await?;
    let (stop_schedules, schedules_stopped) = tokio::sync::watch::channel(false);
    let schedules = start_schedules(state.store.clone(), schedules_stopped).await?;
    let workers = spawn_workers(&state, &args.workers);
    let router = web::router(state.clone(), web::leptos_options(&args));
    let listener = TcpListener::bind(args.addr)
        .await
        .map_err(|source| ServerError::Bind {
            addr: args.addr,
            source,
        })?;
    tracing::info!(
        addr = %args.addr,
        backend = state.store.backend().as_str(),
        startup_ms = started_at.elapsed().as_millis() as u64,
        "jobforge is listening on http://{}",
        args.addr
    );
    // The peer address reaches handlers (and the audit log) as ConnectInfo.
    let served = axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await;
    let _ = stop_schedules.send(true);
    let _ = schedules.await;
    if let Some(workers) = workers {
        workers.stop().await;
    }
    state.store.close().await;
    tracing::info!("jobforge stopped");
    served.map_err(ServerError::Serve)
}

/// Creates the data folder and the instance key, opens and migrates the store.
pub async fn build_state(
    settings: jobforge_core::settings::Settings,
    started_at: Instant,
) -> Result<AppState, ServerError> {
    std::fs::create_dir_all(&settings.data_dir).map_err(|e| {
        ServerError::Config(format!(
            "JOBFORGE_DATA_DIR: cannot create {}: {e}",
            settings.data_dir.display()
        ))
    })?;
    let key = InstanceKey::load_or_create(&settings.data_dir)?;
    let store = jobforge_core::db::connect_and_migrate(&settings.database_url).await?;
    let host = settings
        .public_url
        .as_deref()
        .and_then(|url| url.split_once("://"))
        .map(|(_, host)| host.split(':').next().unwrap_or(host).to_owned());
    let mailer =
        jobforge_core::mail::Mailer::new(&settings.mail, &settings.data_dir, host.as_deref())?;
    if mailer.uses_outbox() {
        tracing::info!(
            "no SMTP server configured: mail goes to {}",
            settings.data_dir.join("outbox").display()
        );
    }
    let ai = jobforge_core::ai::backend(&settings.ai, jobforge_core::ai::RetryPolicy::default())
        .map_err(|e| ServerError::Config(e.to_string()))?;
    tracing::info!(
        provider = settings.ai.kind.as_str(),
        model = settings.ai.model,
        "language model"
    );
    Ok(AppState {
        store,
        mailer,
        ai: std::sync::Arc::from(ai),
        settings: Arc::new(settings),
        key,
        started_at,
    })
}

/// The job runner of this process, and the switch that stops it.
struct Workers {
    stop: tokio::sync::watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl Workers {
    /// Lets jobs in hand finish for up to 30 s; past that, their leases run out
    /// and another process takes them.
    async fn stop(self) {
        let _ = self.stop.send(true);
        if tokio::time::timeout(std::time::Duration::from_secs(30), self.task)
            .await
            .is_err()
        {
            tracing::warn!("jobs still running at shutdown are left to other workers");
        }
    }
}

fn spawn_workers(state: &AppState, args: &WorkerArgs) -> Option<Workers> {
    if args.workers == 0 {
        tracing::info!("no background workers in this process (--workers 0)");
        return None;
    }
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let runner = Runner::new(
        state.store.clone(),
        Registry::for_app(state),
        args.runner_config(),
    );
    Some(Workers {
        stop,
        task: tokio::spawn(runner.run(stopped)),
    })
}

/// `jobforge worker`: runs background jobs until SIGTERM or Ctrl-C.
pub async fn work(common: CommonArgs, cmd: WorkerCmd) -> Result<(), ServerError> {
    if cmd.workers.workers == 0 {
        return Err(ServerError::Config(
            "JOBFORGE_WORKERS: a worker process needs at least 1".into(),
        ));
    }
    let mut settings = common.settings(cmd.public_url.clone(), cmd.mail.settings());
    settings.ai = cmd.ai.settings()?;
    settings.ai_prices = cmd.ai.ai_prices.clone();
    let state = build_state(settings, Instant::now()).await?;
    let workers = spawn_workers(&state, &cmd.workers);
    shutdown_signal().await;
    if let Some(workers) = workers {
        workers.stop().await;
    }
    state.store.close().await;
    Ok(())
}

/// Defines the built-in schedules and ticks them every 30 s until `stop`. Every
/// process does this; each due time still enqueues one job.
async fn start_schedules(
    store: std::sync::Arc<dyn jobforge_core::db::Store>,
    stop: tokio::sync::watch::Receiver<bool>,
) -> Result<tokio::task::JoinHandle<()>, ServerError> {
    use jobforge_core::jobs::SESSIONS_CLEANUP_KIND;
    use jobforge_core::jobs::schedule::{Scheduler, SystemClock};
    let scheduler = Scheduler::new(store, std::sync::Arc::new(SystemClock));
    scheduler
        .define(
            SESSIONS_CLEANUP_KIND,
            "17 * * * *",
            "UTC",
            SESSIONS_CLEANUP_KIND,
            &serde_json::json!({}),
        )
        .await
        .map_err(|e| ServerError::Config(format!("built-in schedule: {e}")))?;
    scheduler
        .define(
            jobforge_core::interviews::REMIND_KIND,
            "5 * * * *",
            "UTC",
            jobforge_core::interviews::REMIND_KIND,
            &serde_json::json!({}),
        )
        .await
        .map_err(|e| ServerError::Config(format!("built-in schedule: {e}")))?;
    Ok(tokio::spawn(
        scheduler.run(std::time::Duration::from_secs(30), stop),
    ))
}

/// Resolves on SIGTERM (service managers) or Ctrl-C; in-flight requests finish first.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::warn!("cannot listen for Ctrl-C: {err}");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::warn!("cannot listen for SIGTERM: {err}");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
