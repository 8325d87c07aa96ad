//! Background jobs: enqueue work, and run it in workers that may live in several
//! processes. A worker claims a job with a lease and renews it while the job runs;
//! if the worker dies, the lease runs out and another worker takes the job again.
//! A result is accepted only from the worker that holds the job, so each job
//! finishes once. Failures are retried with exponential backoff and jitter.

mod ai_run;
mod cleanup;
pub mod cron;
mod echo;
pub mod schedule;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use serde_json::Value;
use thiserror::Error;
use tokio::sync::watch;

use crate::db::{JobRow, NewJob, Store, StoreError};
use crate::model::JobEvent;

pub use ai_run::{AI_RUN_KIND, AiRun};
pub use cleanup::{SESSIONS_CLEANUP_KIND, SessionsCleanup};
pub use echo::{ECHO_KIND, Echo};

/// Unix milliseconds now.
pub fn now_ms() -> i64 {
    i64::try_from(time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000)
        .unwrap_or(i64::MAX)
}

/// How a job's run ended badly.
#[derive(Debug, Error)]
pub enum JobError {
    /// Worth another attempt (a timeout, a 503): retried while attempts remain.
    #[error("{0}")]
    Transient(String),
    /// Will fail again the same way (bad input): the job fails now.
    #[error("{0}")]
    Permanent(String),
}

/// The work behind one job kind.
#[async_trait]
pub trait JobHandler: Send + Sync {
    async fn run(&self, ctx: &JobContext, payload: Value) -> Result<Value, JobError>;
}

/// What a running job can do besides its work: report progress, add to its
/// timeline, and notice that it was cancelled.
pub struct JobContext {
    store: Arc<dyn Store>,
    worker: String,
    pub job_id: i64,
    pub user_id: Option<i64>,
    pub attempt: i32,
    kind: String,
    cancelled: Arc<AtomicBool>,
}

impl JobContext {
    /// Sets progress (0–100) and a short message the user sees.
    pub async fn progress(&self, percent: i32, message: &str) -> Result<(), StoreError> {
        self.store
            .job_progress(
                self.job_id,
                &self.worker,
                now_ms(),
                percent.clamp(0, 100),
                message,
            )
            .await
            .map(|_| ())
    }

    /// Adds an entry to the job's timeline.
    pub async fn event(&self, level: &str, message: &str, data: Value) -> Result<(), StoreError> {
        add_event(
            self.store.as_ref(),
            self.job_id,
            level,
            &self.kind,
            message,
            data,
        )
        .await
    }

    /// The store, for the job's own work.
    pub fn store(&self) -> &dyn Store {
        self.store.as_ref()
    }

    /// Whether the job was cancelled (or lost to another worker) while running.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
}

async fn add_event(
    store: &dyn Store,
    job_id: i64,
    level: &str,
    source: &str,
    message: &str,
    data: Value,
) -> Result<(), StoreError> {
    store
        .job_event_add(
            job_id,
            &JobEvent {
                at: now_ms(),
                level: level.to_owned(),
                source: source.to_owned(),
                message: message.to_owned(),
                data: data.to_string(),
            },
        )
        .await
}

/// A job to enqueue, built with `Job::new(kind, payload)`.
#[derive(Clone, Debug)]
pub struct Job {
    new: NewJob,
}

impl Job {
    pub fn new(kind: &str, payload: &Value) -> Self {
        Job {
            new: NewJob {
                user_id: None,
                kind: kind.to_owned(),
                payload: payload.to_string(),
                max_attempts: 3,
                run_after: 0,
                idempotency_key: None,
            },
        }
    }

    pub fn for_user(mut self, user_id: i64) -> Self {
        self.new.user_id = Some(user_id);
        self
    }

    pub fn max_attempts(mut self, attempts: i32) -> Self {
        self.new.max_attempts = attempts.max(1);
        self
    }

    pub fn idempotency_key(mut self, key: &str) -> Self {
        self.new.idempotency_key = Some(key.to_owned());
        self
    }

    /// Not before `at` (unix milliseconds).
    pub fn run_after(mut self, at: i64) -> Self {
        self.new.run_after = at;
        self
    }

    /// Stores the job; returns its id, and `false` if it already existed (same
    /// user, kind and idempotency key).
    pub async fn enqueue(mut self, store: &dyn Store) -> Result<(i64, bool), StoreError> {
        let now = now_ms();
        if self.new.run_after == 0 {
            self.new.run_after = now;
        }
        let (id, created) = store.job_insert(&self.new, now).await?;
        if created {
            add_event(store, id, "info", "queue", "queued", Value::Null).await?;
        }
        Ok((id, created))
    }
}

/// The wait before attempt `attempt + 1`: 2 s doubling per attempt, at most ten
/// minutes, with ±20 % jitter so that failed jobs do not return all at once.
pub fn backoff(attempt: i32, base: Duration) -> Duration {
    let attempt = u32::try_from(attempt).unwrap_or(0);
    crate::backoff::exponential(attempt, base, Duration::from_secs(600), (0.8, 1.2))
}

/// Which handler runs which kind.
#[derive(Clone, Default)]
pub struct Registry {
    handlers: HashMap<String, Arc<dyn JobHandler>>,
}

impl Registry {
    /// The kinds every instance runs.
    pub fn with_builtins() -> Self {
        let mut registry = Registry::default();
        registry.register(ECHO_KIND, Echo);
        registry.register(SESSIONS_CLEANUP_KIND, SessionsCleanup);
        registry.register(
            crate::tracker::rescore::RESCORE_KIND,
            crate::tracker::rescore::Rescore,
        );
        registry
    }

    /// The built-in kinds and those that need the whole application (AI tasks).
    pub fn for_app(state: &crate::AppState) -> Self {
        let mut registry = Self::with_builtins();
        registry.register(
            AI_RUN_KIND,
            AiRun {
                state: state.clone(),
            },
        );
        registry.register(
            crate::interviews::REMIND_KIND,
            crate::interviews::Remind {
                state: state.clone(),
            },
        );
        registry.register(
            crate::tailor::TAILOR_KIND,
            crate::tailor::Tailor {
                state: state.clone(),
            },
        );
        registry
    }

    pub fn register(&mut self, kind: &str, handler: impl JobHandler + 'static) {
        self.handlers.insert(kind.to_owned(), Arc::new(handler));
    }
}

/// How a runner works.
#[derive(Clone, Debug)]
pub struct RunnerConfig {
    /// Names this worker in the database (host, process, random part).
    pub worker_id: String,
    /// Jobs run at once by this process.
    pub concurrency: usize,
    /// How long a claim holds without a heartbeat.
    pub lease: Duration,
    /// How long to wait when the queue is empty.
    pub idle_poll: Duration,
    /// The first retry's wait; later ones double.
    pub retry_base: Duration,
}

impl RunnerConfig {
    pub fn new(concurrency: usize) -> Self {
        let mut random = [0u8; 4];
        let _ = getrandom::fill(&mut random);
        RunnerConfig {
            worker_id: format!("{}-{}", std::process::id(), hex::encode(random)),
            concurrency: concurrency.max(1),
            lease: Duration::from_secs(30),
            idle_poll: Duration::from_millis(500),
            retry_base: Duration::from_secs(2),
        }
    }
}

/// Claims and runs jobs until told to stop.
pub struct Runner {
    store: Arc<dyn Store>,
    registry: Registry,
    config: RunnerConfig,
}

impl Runner {
    pub fn new(store: Arc<dyn Store>, registry: Registry, config: RunnerConfig) -> Self {
        Runner {
            store,
            registry,
            config,
        }
    }

    /// Runs until `stop` turns true; jobs in hand finish first. Dropping the future
    /// (or killing the process) abandons them: their leases run out and another
    /// worker takes them again.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        let this = Arc::new(self);
        let lease_ms = duration_ms(this.config.lease);
        let mut running = tokio::task::JoinSet::new();
        let mut last_sweep = None;
        tracing::info!(
            worker = this.config.worker_id,
            concurrency = this.config.concurrency,
            "job runner started"
        );
        while !*stop.borrow() {
            while running.try_join_next().is_some() {}
            if running.len() >= this.config.concurrency {
                tokio::select! {
                    _ = running.join_next() => {}
                    _ = stop.changed() => {}
                }
                continue;
            }
            let now = now_ms();
            // Sweeping jobs abandoned with no attempt left is a write: once per lease
            // period is enough, not once per claim.
            if last_sweep.is_none_or(|at: std::time::Instant| at.elapsed() >= this.config.lease) {
                last_sweep = Some(std::time::Instant::now());
                if let Err(err) = this.store.jobs_fail_abandoned(now).await {
                    tracing::warn!("cannot fail abandoned jobs: {err}");
                }
            }
            let wait = match this
                .store
                .job_claim(&this.config.worker_id, now, lease_ms)
                .await
            {
                Ok(Some(job)) => {
                    let runner = this.clone();
                    running.spawn(async move { runner.execute(job).await });
                    continue;
                }
                Ok(None) => this.config.idle_poll,
                Err(err) => {
                    tracing::warn!("cannot claim a job: {err}");
                    this.config.idle_poll * 4
                }
            };
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = stop.changed() => {}
                Some(_) = running.join_next(), if !running.is_empty() => {}
            }
        }
        while running.join_next().await.is_some() {}
        tracing::info!(worker = this.config.worker_id, "job runner stopped");
    }

    async fn execute(&self, job: JobRow) {
        let store = self.store.clone();
        let worker = self.config.worker_id.clone();
        let lease_ms = duration_ms(self.config.lease);
        let cancelled = Arc::new(AtomicBool::new(false));
        let ctx = JobContext {
            store: store.clone(),
            worker: worker.clone(),
            job_id: job.id,
            user_id: job.user_id,
            attempt: job.attempts,
            kind: job.kind.clone(),
            cancelled: cancelled.clone(),
        };
        let _ = add_event(
            store.as_ref(),
            job.id,
            "info",
            "queue",
            &format!("attempt {} of {} started", job.attempts, job.max_attempts),
            serde_json::json!({ "worker": worker }),
        )
        .await;
        let outcome = match self.registry.handlers.get(&job.kind) {
            None => Err(JobError::Permanent(format!(
                "no handler for job kind '{}'",
                job.kind
            ))),
            Some(handler) => match serde_json::from_str::<Value>(&job.payload) {
                Err(err) => Err(JobError::Permanent(format!("payload is not JSON: {err}"))),
                Ok(payload) => {
                    let work = handler.run(&ctx, payload);
                    let heartbeat =
                        keep_lease(store.clone(), job.id, worker.clone(), lease_ms, cancelled);
                    tokio::select! {
                        outcome = work => outcome,
                        () = heartbeat => Err(JobError::Permanent("cancelled".into())),
                    }
                }
            },
        };
        self.record(&job, outcome, ctx.is_cancelled()).await;
    }

    async fn record(&self, job: &JobRow, outcome: Result<Value, JobError>, cancelled: bool) {
        let store = self.store.as_ref();
        let worker = &self.config.worker_id;
        let now = now_ms();
        if cancelled {
            let _ = add_event(
                store,
                job.id,
                "warn",
                "queue",
                "stopped: cancelled or taken over",
                Value::Null,
            )
            .await;
            return;
        }
        let (level, message) = match &outcome {
            Ok(_) => ("info", "succeeded".to_owned()),
            Err(err) => ("error", format!("attempt failed: {err}")),
        };
        let event = JobEvent {
            at: now,
            level: level.to_owned(),
            source: "queue".to_owned(),
            message: message.clone(),
            data: Value::Null.to_string(),
        };
        let written = match &outcome {
            Ok(result) => {
                store
                    .job_succeed(job.id, worker, now, &result.to_string(), &event)
                    .await
            }
            Err(JobError::Transient(message)) if job.attempts < job.max_attempts => {
                let wait = backoff(job.attempts, self.config.retry_base);
                store
                    .job_fail(
                        job.id,
                        worker,
                        now,
                        message,
                        Some(now + duration_ms(wait)),
                        &event,
                    )
                    .await
            }
            Err(err) => {
                store
                    .job_fail(job.id, worker, now, &err.to_string(), None, &event)
                    .await
            }
        };
        // The outcome's event went in with the outcome; a write that did not
        // take is noted on its own.
        let (level, message) = match written {
            Ok(true) => {
                tracing::info!(job_id = job.id, kind = job.kind, level, "{message}");
                return;
            }
            Ok(false) => (
                "warn",
                "result dropped: the job is no longer ours".to_owned(),
            ),
            Err(err) => ("error", format!("cannot record the outcome: {err}")),
        };
        tracing::info!(job_id = job.id, kind = job.kind, level, "{message}");
        let _ = add_event(store, job.id, level, "queue", &message, Value::Null).await;
    }
}

/// Renews the lease every third of it; returns when the job is no longer ours.
async fn keep_lease(
    store: Arc<dyn Store>,
    job_id: i64,
    worker: String,
    lease_ms: i64,
    cancelled: Arc<AtomicBool>,
) {
    let every = Duration::from_millis(u64::try_from(lease_ms / 3).unwrap_or(1000).max(10));
    loop {
        tokio::time::sleep(every).await;
        match store
            .job_heartbeat(job_id, &worker, now_ms(), lease_ms)
            .await
        {
            Ok(true) => {}
            Ok(false) => {
                cancelled.store(true, Ordering::Relaxed);
                return;
            }
            // A database hiccup: keep working, the next beat may get through.
            Err(err) => tracing::warn!(job_id, "heartbeat failed: {err}"),
        }
    }
}

fn duration_ms(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

#[cfg(test)]
pub(crate) mod tests;
