//! Background jobs across real processes: `jobforge worker` killed mid-job, a new
//! one finishing it once; and two worker processes sharing one PostgreSQL queue.

use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use jobforge_core::db::Store;
use jobforge_core::jobs::{ECHO_KIND, Job};
use jobforge_core::testing::TestDb;
use serde_json::json;

const BIN: &str = env!("CARGO_BIN_EXE_jobforge");

/// A `jobforge worker` process on `db`, with a one-second lease.
fn worker(db: &TestDb, dir: &std::path::Path) -> Child {
    Command::new(BIN)
        .arg("worker")
        .env("DATABASE_URL", &db.url)
        .env("JOBFORGE_DATA_DIR", dir)
        .env("JOBFORGE_LOG", "warn")
        .env("JOBFORGE_WORKERS", "4")
        .env("JOBFORGE_JOB_LEASE_SECS", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start jobforge worker")
}

async fn wait_for(store: &dyn Store, id: i64, state: &str, within: Duration) {
    let deadline = Instant::now() + within;
    loop {
        let job = store.job_get(id).await.expect("read").expect("job");
        if job.state == state {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "job {id} is {} after {within:?}, not {state}",
            job.state
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

fn stop(mut child: Child) {
    #[cfg(unix)]
    {
        // SIGTERM: a graceful stop.
        let _ = Command::new("kill").arg(child.id().to_string()).status();
    }
    let _ = child.wait();
}

async fn killed_worker_job_finishes_once(db: TestDb) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = db.store.clone();
    let (id, _) = Job::new(ECHO_KIND, &json!({ "message": "done", "delay_ms": 2500 }))
        .enqueue(store.as_ref())
        .await
        .expect("enqueue");
    let mut first = worker(&db, dir.path());
    wait_for(store.as_ref(), id, "running", Duration::from_secs(20)).await;
    // Wait until the job's work has begun (its start is in the timeline).
    let deadline = Instant::now() + Duration::from_secs(10);
    while !store
        .job_events(id)
        .await
        .expect("events")
        .iter()
        .any(|e| e.message == "attempt 1 of 3 started")
    {
        assert!(Instant::now() < deadline, "attempt 1 never started");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // SIGKILL: no chance to clean up, as when a machine dies.
    first.kill().expect("kill the worker");
    let _ = first.wait();

    let second = worker(&db, dir.path());
    wait_for(store.as_ref(), id, "succeeded", Duration::from_secs(30)).await;
    stop(second);
    let job = store.job_get(id).await.expect("read").expect("job");
    assert_eq!(job.attempts, 2);
    assert_eq!(job.result.as_deref(), Some(r#"{"message":"done"}"#));
    let events = store.job_events(id).await.expect("events");
    let count = |text: &str| events.iter().filter(|e| e.message == text).count();
    assert_eq!(count("succeeded"), 1, "{events:?}");
    assert_eq!(count("attempt 1 of 3 started"), 1);
    assert_eq!(count("attempt 2 of 3 started"), 1);
    db.cleanup().await;
}

#[tokio::test]
async fn a_killed_worker_process_job_is_finished_once_on_sqlite() {
    killed_worker_job_finishes_once(TestDb::sqlite().await).await;
}

#[tokio::test]
async fn a_killed_worker_process_job_is_finished_once_on_postgres() {
    killed_worker_job_finishes_once(TestDb::postgres().await).await;
}

#[tokio::test]
async fn two_worker_processes_share_200_jobs_on_postgres() {
    let db = TestDb::postgres().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let store: Arc<dyn Store> = db.store.clone();
    let mut ids = Vec::new();
    for n in 0..200 {
        let (id, _) = Job::new(ECHO_KIND, &json!({ "message": n }))
            .enqueue(store.as_ref())
            .await
            .expect("enqueue");
        ids.push(id);
    }
    let (a, b) = (worker(&db, dir.path()), worker(&db, dir.path()));
    for (n, id) in ids.iter().enumerate() {
        wait_for(store.as_ref(), *id, "succeeded", Duration::from_secs(60)).await;
        let job = store.job_get(*id).await.expect("read").expect("job");
        assert_eq!(job.attempts, 1, "job {id} ran more than once");
        assert_eq!(job.result, Some(format!(r#"{{"message":{n}}}"#)));
    }
    stop(a);
    stop(b);
    let mut workers = std::collections::BTreeSet::new();
    for id in &ids {
        let job = store.job_get(*id).await.expect("read").expect("job");
        workers.insert(job.worker.unwrap_or_default());
        let events = store.job_events(*id).await.expect("events");
        assert_eq!(
            events.iter().filter(|e| e.message == "succeeded").count(),
            1,
            "job {id}"
        );
    }
    assert_eq!(workers.len(), 2, "both processes took jobs: {workers:?}");
    db.cleanup().await;
}
