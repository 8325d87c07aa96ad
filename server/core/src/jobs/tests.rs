use std::collections::HashMap;
use std::sync::Mutex;

use serde_json::json;

use super::*;
use crate::model::JobState;
use crate::store_test;

pub(crate) fn fast(worker: &str) -> RunnerConfig {
    RunnerConfig {
        worker_id: worker.to_owned(),
        concurrency: 4,
        lease: Duration::from_millis(600),
        idle_poll: Duration::from_millis(20),
        retry_base: Duration::from_millis(20),
    }
}

/// Starts a runner; the returned sender stops it.
pub(crate) fn start(
    store: Arc<dyn Store>,
    registry: Registry,
    config: RunnerConfig,
) -> (watch::Sender<bool>, tokio::task::JoinHandle<()>) {
    let (stop, stopped) = watch::channel(false);
    let task = tokio::spawn(Runner::new(store, registry, config).run(stopped));
    (stop, task)
}

pub(crate) async fn wait_final(store: &dyn Store, id: i64) -> JobRow {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let job = store.job_get(id).await.expect("read").expect("job");
        if job.state().is_some_and(JobState::is_final) {
            return job;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "job {id} still {} after 20 s",
            job.state
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Fails with a transient error on the first `failures` attempts, then succeeds.
struct Flaky {
    failures: i32,
}

#[async_trait]
impl JobHandler for Flaky {
    async fn run(&self, ctx: &JobContext, _payload: Value) -> Result<Value, JobError> {
        if ctx.attempt <= self.failures {
            return Err(JobError::Transient(format!(
                "attempt {} failed",
                ctx.attempt
            )));
        }
        Ok(json!({ "attempt": ctx.attempt }))
    }
}

/// Counts, per job, how many times its work ran to the end.
#[derive(Clone, Default)]
struct Counting {
    done: Arc<Mutex<HashMap<i64, usize>>>,
    delay: Duration,
}

#[async_trait]
impl JobHandler for Counting {
    async fn run(&self, ctx: &JobContext, _payload: Value) -> Result<Value, JobError> {
        tokio::time::sleep(self.delay).await;
        if let Ok(mut done) = self.done.lock() {
            *done.entry(ctx.job_id).or_default() += 1;
        }
        Ok(json!({ "by": ctx.job_id }))
    }
}

store_test!(enqueueing_twice_with_one_key_gives_one_job, |db| {
    let store = db.store.as_ref();
    let job = || Job::new(ECHO_KIND, &json!({})).idempotency_key("daily-2026-11-23");
    let (first, created) = job().enqueue(store).await.expect("enqueue");
    assert!(created);
    let (again, created) = job().enqueue(store).await.expect("enqueue again");
    assert_eq!((again, created), (first, false));
    // Another kind, or no key, is another job.
    let (other, created) = Job::new("other.kind", &json!({}))
        .idempotency_key("daily-2026-11-23")
        .enqueue(store)
        .await
        .expect("other kind");
    assert!(created && other != first);
    let (plain, created) = Job::new(ECHO_KIND, &json!({}))
        .enqueue(store)
        .await
        .expect("plain");
    assert!(created && plain != first);
});

store_test!(a_job_runs_reports_progress_and_keeps_a_timeline, |db| {
    let (id, _) = Job::new(ECHO_KIND, &json!({ "message": "hello", "delay_ms": 40 }))
        .enqueue(db.store.as_ref())
        .await
        .expect("enqueue");
    let (stop, task) = start(db.store.clone(), Registry::with_builtins(), fast("w1"));
    let job = wait_final(db.store.as_ref(), id).await;
    assert_eq!(job.state, "succeeded");
    assert_eq!(job.progress, 100);
    assert_eq!(job.attempts, 1);
    assert_eq!(job.result.as_deref(), Some(r#"{"message":"hello"}"#));
    let events = db.store.job_events(id).await.expect("events");
    let messages: Vec<&str> = events.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(messages, ["queued", "attempt 1 of 3 started", "succeeded"]);
    let _ = stop.send(true);
    task.await.expect("runner stops");
});

store_test!(
    transient_failures_are_retried_and_permanent_ones_are_not,
    |db| {
        let mut registry = Registry::default();
        registry.register("flaky.once", Flaky { failures: 1 });
        registry.register("flaky.always", Flaky { failures: 99 });
        let store = db.store.as_ref();
        let (once, _) = Job::new("flaky.once", &json!({}))
            .enqueue(store)
            .await
            .expect("q");
        let (always, _) = Job::new("flaky.always", &json!({}))
            .max_attempts(2)
            .enqueue(store)
            .await
            .expect("q");
        let (bad, _) = Job::new(ECHO_KIND, &json!({ "delay_ms": "soon" }))
            .enqueue(store)
            .await
            .expect("q");
        let (unknown, _) = Job::new("no.such.kind", &json!({}))
            .enqueue(store)
            .await
            .expect("q");
        registry.register(ECHO_KIND, Echo);
        let (stop, task) = start(db.store.clone(), registry, fast("w1"));

        let job = wait_final(store, once).await;
        assert_eq!((job.state.as_str(), job.attempts), ("succeeded", 2));
        assert_eq!(
            job.error.as_deref(),
            Some("attempt 1 failed"),
            "the last error is kept"
        );
        let job = wait_final(store, always).await;
        assert_eq!((job.state.as_str(), job.attempts), ("failed", 2));
        let job = wait_final(store, bad).await;
        assert_eq!((job.state.as_str(), job.attempts), ("failed", 1));
        assert!(job.error.unwrap_or_default().contains("delay_ms"));
        let job = wait_final(store, unknown).await;
        assert_eq!(job.state, "failed");
        assert!(job.error.unwrap_or_default().contains("no.such.kind"));
        let _ = stop.send(true);
        task.await.expect("runner stops");
    }
);

store_test!(a_cancelled_job_stops_and_keeps_no_result, |db| {
    let (id, _) = Job::new(ECHO_KIND, &json!({ "delay_ms": 4000 }))
        .enqueue(db.store.as_ref())
        .await
        .expect("enqueue");
    let (stop, task) = start(db.store.clone(), Registry::with_builtins(), fast("w1"));
    // Wait until it runs, then cancel.
    loop {
        let job = db.store.job_get(id).await.expect("read").expect("job");
        if job.state == "running" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(
        db.store
            .job_cancel(id, None, now_ms())
            .await
            .expect("cancel")
    );
    let _ = stop.send(true);
    tokio::time::timeout(Duration::from_secs(3), task)
        .await
        .expect("the runner stops well before the job's 4 s")
        .expect("runner");
    let job = db.store.job_get(id).await.expect("read").expect("job");
    assert_eq!(job.state, "cancelled");
    assert_eq!(job.result, None);
    assert!(
        !db.store
            .job_cancel(id, None, now_ms())
            .await
            .expect("again")
    );
});

// Kills a worker mid-job (its future is dropped, as a killed process stops), then
// checks that another worker finishes the job once the lease runs out.
store_test!(a_job_of_a_killed_worker_is_finished_once_by_another, |db| {
    let counting = Counting {
        delay: Duration::from_millis(900),
        ..Counting::default()
    };
    let mut registry = Registry::default();
    registry.register("count", counting.clone());
    let (id, _) = Job::new("count", &json!({}))
        .enqueue(db.store.as_ref())
        .await
        .expect("enqueue");
    let (_stop_a, worker_a) = start(db.store.clone(), registry.clone(), fast("killed"));
    loop {
        let job = db.store.job_get(id).await.expect("read").expect("job");
        if job.state == "running" {
            assert_eq!(job.worker.as_deref(), Some("killed"));
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    worker_a.abort();
    let _ = worker_a.await;

    let (stop_b, worker_b) = start(db.store.clone(), registry, fast("survivor"));
    let job = wait_final(db.store.as_ref(), id).await;
    assert_eq!(job.state, "succeeded");
    assert_eq!(job.worker.as_deref(), Some("survivor"));
    assert_eq!(job.attempts, 2);
    assert_eq!(
        counting
            .done
            .lock()
            .map(|d| d.get(&id).copied())
            .ok()
            .flatten(),
        Some(1)
    );
    let _ = stop_b.send(true);
    worker_b.await.expect("runner stops");
});

// Two runners on separate connection pools (as two processes would be) share 200
// jobs; each runs exactly once.
store_test!(two_runners_run_each_of_200_jobs_exactly_once, |db| {
    let counting = Counting::default();
    let mut registry = Registry::default();
    registry.register("count", counting.clone());
    let mut ids = Vec::new();
    for n in 0..200 {
        let (id, _) = Job::new("count", &json!({ "n": n }))
            .enqueue(db.store.as_ref())
            .await
            .expect("enqueue");
        ids.push(id);
    }
    let second: Arc<dyn Store> = crate::db::connect(&db.url).await.expect("second pool");
    let (stop_a, a) = start(db.store.clone(), registry.clone(), fast("a"));
    let (stop_b, b) = start(second.clone(), registry, fast("b"));
    for id in &ids {
        let job = wait_final(db.store.as_ref(), *id).await;
        assert_eq!(job.state, "succeeded", "job {id}");
    }
    let _ = stop_a.send(true);
    let _ = stop_b.send(true);
    a.await.expect("a stops");
    b.await.expect("b stops");
    second.close().await;
    let done = counting.done.lock().map(|d| d.clone()).unwrap_or_default();
    assert_eq!(done.len(), 200);
    assert!(done.values().all(|n| *n == 1), "a job ran twice: {done:?}");
    let counts = db.store.job_counts().await.expect("counts");
    assert_eq!(counts, [("succeeded".to_owned(), 200)]);
    let workers: std::collections::BTreeSet<String> = {
        let mut seen = std::collections::BTreeSet::new();
        for id in &ids {
            if let Some(w) = db
                .store
                .job_get(*id)
                .await
                .expect("read")
                .and_then(|j| j.worker)
            {
                seen.insert(w);
            }
        }
        seen
    };
    assert_eq!(workers.len(), 2, "both runners took jobs: {workers:?}");
});

#[test]
fn backoff_doubles_with_jitter_and_is_capped() {
    let base = Duration::from_secs(2);
    for attempt in 1..=4 {
        let plain = 2u64.pow(u32::try_from(attempt).unwrap_or(0)) as f64; // 2, 4, 8, 16 s
        let wait = backoff(attempt, base).as_secs_f64();
        assert!(
            wait >= plain * 0.8 - 1e-9 && wait <= plain * 1.2 + 1e-9,
            "attempt {attempt}: {wait}"
        );
    }
    assert!(backoff(40, base) <= Duration::from_secs(720));
}
