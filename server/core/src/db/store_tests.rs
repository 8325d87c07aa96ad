//! Store tests; each runs on SQLite and on PostgreSQL.

use crate::db::{Store, StoreError, connect};
use crate::model::Backend;
use crate::store_test;
use crate::testing::TestDb;

store_test!(migrations_apply_and_report_current, |db| {
    let status = db.store.migration_status().await.expect("status");
    assert!(status.expected >= 1, "the build carries migrations");
    assert_eq!(status.applied, status.expected);
    assert!(status.is_current(), "{status:?}");
    assert!(status.unknown.is_empty());
    // Running them again changes nothing.
    db.store.migrate().await.expect("second migrate");
    assert_eq!(db.store.migration_status().await.expect("status"), status);
});

store_test!(ping_answers, |db| {
    let latency = db.store.ping().await.expect("ping");
    assert!(latency.as_secs() < 5);
});

store_test!(users_table_enforces_unique_email_and_roles, |db| {
    let insert = "INSERT INTO users (email, password_hash, role) VALUES ($1, 'x', $2)";
    let added = db.execute(insert, &["a@example.com", "user"]).await;
    assert_eq!(added.expect("first insert"), 1);
    let duplicate = db.execute(insert, &["a@example.com", "user"]).await;
    assert!(duplicate.is_err(), "a second account with the same email");
    let bad_role = db.execute(insert, &["b@example.com", "root"]).await;
    assert!(bad_role.is_err(), "role must be user or admin");
});

#[tokio::test]
async fn an_unmigrated_database_reports_pending_migrations() {
    for db in [
        TestDb::sqlite_with(false).await,
        TestDb::postgres_with(false).await,
    ] {
        let status = db.store.migration_status().await.expect("status");
        assert_eq!(status.applied, 0, "{:?}", db.store.backend());
        assert_eq!(status.pending.len(), status.expected);
        assert!(!status.is_current());
        db.cleanup().await;
    }
}

#[tokio::test]
async fn sqlite_runs_in_wal_mode_with_foreign_keys() {
    let db = TestDb::sqlite().await;
    let store = crate::db::SqliteStore::connect(&db.url)
        .await
        .expect("open");
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(store.pool())
        .await
        .expect("journal_mode");
    assert_eq!(mode, "wal");
    let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
        .fetch_one(store.pool())
        .await
        .expect("foreign_keys");
    assert_eq!(fk, 1);
    let busy: i64 = sqlx::query_scalar("PRAGMA busy_timeout")
        .fetch_one(store.pool())
        .await
        .expect("busy_timeout");
    assert!(busy >= 1000, "busy_timeout {busy}");
    store.close().await;
    db.cleanup().await;
}

#[tokio::test]
async fn sqlite_creates_the_data_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("nested/deeper/jobforge.db");
    let store = connect(&format!("sqlite://{}", file.display()))
        .await
        .expect("connect creates folders");
    assert_eq!(store.backend(), Backend::Sqlite);
    assert!(file.exists());
    store.close().await;
}

#[tokio::test]
async fn an_unreachable_postgres_fails_fast_with_a_clear_error() {
    let started = std::time::Instant::now();
    let err = connect("postgres://nobody@127.0.0.1:1/none")
        .await
        .expect_err("nothing listens on port 1");
    assert!(
        matches!(
            err,
            StoreError::Connect {
                backend: "postgres",
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("postgres"), "{err}");
    assert!(started.elapsed().as_secs() < 10);
}

#[tokio::test]
async fn an_unknown_scheme_is_refused_before_connecting() {
    let err = connect("mysql://localhost/db").await.expect_err("mysql");
    assert!(err.to_string().contains("DATABASE_URL"), "{err}");
}
