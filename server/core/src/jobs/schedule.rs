//! Cron schedules that enqueue jobs. Every process may tick; for each due time one
//! job is enqueued: the job carries an idempotency key made of the schedule and
//! the due time, and `next_run` moves on by compare-and-set. After downtime a
//! schedule runs once for the missed times, then keeps to its rhythm.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use jiff::Timestamp;
use serde_json::Value;
use thiserror::Error;
use tokio::sync::watch;

use super::cron::{Cron, CronError, time_zone};
use super::{Job, now_ms};
use crate::db::{ScheduleRow, Store, StoreError};

#[derive(Debug, Error)]
pub enum ScheduleError {
    #[error(transparent)]
    Cron(#[from] CronError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("schedule '{0}' has no time to run within five years")]
    Never(String),
}

/// Where "now" comes from: the system clock, or a hand-set one in tests.
pub trait Clock: Send + Sync {
    /// Unix milliseconds.
    fn now_ms(&self) -> i64;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        now_ms()
    }
}

/// A clock that moves only when told to.
#[derive(Default)]
pub struct ManualClock(AtomicI64);

impl ManualClock {
    pub fn at(ms: i64) -> Self {
        ManualClock(AtomicI64::new(ms))
    }

    pub fn set(&self, ms: i64) {
        self.0.store(ms, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

fn next_run(cron: &Cron, zone_name: &str, after_ms: i64, name: &str) -> Result<i64, ScheduleError> {
    let zone = time_zone(zone_name)?;
    let after = Timestamp::from_millisecond(after_ms).unwrap_or(Timestamp::UNIX_EPOCH);
    cron.next_after(after, &zone)
        .map(|t| t.as_millisecond())
        .ok_or_else(|| ScheduleError::Never(name.to_owned()))
}

#[derive(Clone)]
pub struct Scheduler {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
}

impl Scheduler {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Self {
        Scheduler { store, clock }
    }

    /// Creates or updates schedule `name`: `kind` with `payload` at each time
    /// `cron` names in time zone `zone`.
    pub async fn define(
        &self,
        name: &str,
        cron: &str,
        zone: &str,
        kind: &str,
        payload: &Value,
    ) -> Result<(), ScheduleError> {
        let parsed = Cron::parse(cron)?;
        let now = self.clock.now_ms();
        let next = next_run(&parsed, zone, now, name)?;
        let row = ScheduleRow {
            name: name.to_owned(),
            cron: cron.to_owned(),
            timezone: zone.to_owned(),
            kind: kind.to_owned(),
            payload: payload.to_string(),
            enabled: true,
            last_run: None,
            next_run: next,
        };
        self.store.schedule_upsert(&row, now).await?;
        Ok(())
    }

    /// Enqueues a job for every schedule that is due; returns how many this call
    /// enqueued (0 when another process got there first).
    pub async fn tick(&self) -> Result<usize, ScheduleError> {
        let now = self.clock.now_ms();
        let mut enqueued = 0;
        for schedule in self.store.schedules_due(now).await? {
            let next = match Cron::parse(&schedule.cron)
                .map_err(ScheduleError::from)
                .and_then(|cron| next_run(&cron, &schedule.timezone, now, &schedule.name))
            {
                Ok(next) => next,
                Err(err) => {
                    tracing::warn!(schedule = schedule.name, "schedule skipped: {err}");
                    continue;
                }
            };
            let payload: Value = serde_json::from_str(&schedule.payload).unwrap_or(Value::Null);
            let key = format!("schedule:{}:{}", schedule.name, schedule.next_run);
            let (_, created) = Job::new(&schedule.kind, &payload)
                .idempotency_key(&key)
                .run_after(schedule.next_run)
                .enqueue(self.store.as_ref())
                .await?;
            self.store
                .schedule_advance(&schedule.name, schedule.next_run, next, now)
                .await?;
            if created {
                enqueued += 1;
                tracing::info!(schedule = schedule.name, "scheduled job enqueued");
            }
        }
        Ok(enqueued)
    }

    /// Ticks every `every` until `stop` turns true.
    pub async fn run(self, every: Duration, mut stop: watch::Receiver<bool>) {
        while !*stop.borrow() {
            if let Err(err) = self.tick().await {
                tracing::warn!("schedule tick failed: {err}");
            }
            tokio::select! {
                _ = tokio::time::sleep(every) => {}
                _ = stop.changed() => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::store_test;

    fn ms(text: &str) -> i64 {
        text.parse::<Timestamp>()
            .expect("timestamp")
            .as_millisecond()
    }

    async fn jobs_of(store: &dyn Store, kind: &str) -> Vec<i64> {
        let mut found = Vec::new();
        for id in 1..=50 {
            if let Some(job) = store.job_get(id).await.expect("read")
                && job.kind == kind
            {
                found.push(job.run_after);
            }
        }
        found
    }

    store_test!(a_schedule_enqueues_once_per_due_time, |db| {
        let clock = Arc::new(ManualClock::at(ms("2026-11-23T10:07:00Z")));
        let scheduler = Scheduler::new(db.store.clone(), clock.clone());
        scheduler
            .define(
                "report",
                "*/15 * * * *",
                "UTC",
                "report.weekly",
                &json!({ "n": 1 }),
            )
            .await
            .expect("define");
        assert_eq!(scheduler.tick().await.expect("tick"), 0, "not due yet");

        clock.set(ms("2026-11-23T10:15:00Z"));
        assert_eq!(scheduler.tick().await.expect("tick"), 1);
        assert_eq!(
            scheduler.tick().await.expect("tick"),
            0,
            "once per due time"
        );

        // Two processes ticking at the same due time enqueue one job between them.
        let other = Scheduler::new(
            crate::db::connect(&db.url).await.expect("second pool"),
            clock.clone(),
        );
        clock.set(ms("2026-11-23T10:30:05Z"));
        let (a, b) = tokio::join!(scheduler.tick(), other.tick());
        assert_eq!(a.expect("a") + b.expect("b"), 1);

        // After downtime it runs once, then keeps to its rhythm.
        clock.set(ms("2026-11-23T12:01:00Z"));
        assert_eq!(scheduler.tick().await.expect("tick"), 1);
        let due = jobs_of(db.store.as_ref(), "report.weekly").await;
        assert_eq!(
            due,
            [
                ms("2026-11-23T10:15:00Z"),
                ms("2026-11-23T10:30:00Z"),
                ms("2026-11-23T10:45:00Z")
            ]
        );
        let all = db.store.schedules_all().await.expect("schedules");
        assert_eq!(all[0].next_run, ms("2026-11-23T12:15:00Z"));
        assert_eq!(all[0].last_run, Some(ms("2026-11-23T10:45:00Z")));
    });

    store_test!(schedules_follow_their_time_zone_and_redefinition, |db| {
        let clock = Arc::new(ManualClock::at(ms("2026-11-23T07:00:00Z")));
        let scheduler = Scheduler::new(db.store.clone(), clock.clone());
        scheduler
            .define(
                "digest",
                "0 9 * * *",
                "Asia/Riyadh",
                "digest.send",
                &json!({}),
            )
            .await
            .expect("define");
        let all = db.store.schedules_all().await.expect("read");
        assert_eq!(all[0].next_run, ms("2026-11-24T06:00:00Z"));
        // The same definition again keeps the time; a new one moves it.
        scheduler
            .define(
                "digest",
                "0 9 * * *",
                "Asia/Riyadh",
                "digest.send",
                &json!({}),
            )
            .await
            .expect("again");
        clock.set(ms("2026-11-23T07:30:00Z"));
        scheduler
            .define("digest", "0 8 * * *", "UTC", "digest.send", &json!({}))
            .await
            .expect("redefine");
        let all = db.store.schedules_all().await.expect("read");
        assert_eq!(all[0].next_run, ms("2026-11-23T08:00:00Z"));
        let err = scheduler
            .define("bad", "0 25 * * *", "UTC", "x", &json!({}))
            .await
            .expect_err("bad hour");
        assert!(err.to_string().starts_with("hour"), "{err}");
        let err = scheduler
            .define("bad", "0 1 * * *", "Nowhere/City", "x", &json!({}))
            .await
            .expect_err("bad zone");
        assert!(err.to_string().contains("Nowhere/City"), "{err}");
    });
}
