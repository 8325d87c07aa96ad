//! Test support: a fresh database per test on either backend, and `store_test!`,
//! which runs one test body on SQLite and on PostgreSQL.
//!
//! PostgreSQL comes from `TEST_DATABASE_URL` (default
//! `postgres://postgres@127.0.0.1:5432/test`); each test gets its own schema, dropped
//! afterwards. Schemas left behind by a crashed run are dropped an hour later.

use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use sqlx::Connection;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool};
use sqlx::sqlite::SqlitePool;

use crate::db::{PgStore, SqliteStore, Store};

pub const DEFAULT_PG_URL: &str = "postgres://postgres@127.0.0.1:5432/test";
const SCHEMA_PREFIX: &str = "jf_test_";

pub fn pg_url() -> String {
    std::env::var("TEST_DATABASE_URL").unwrap_or_else(|_| DEFAULT_PG_URL.to_owned())
}

/// A database that exists for one test.
pub struct TestDb {
    pub store: Arc<dyn Store>,
    /// The URL a second process (the `jobforge` binary) would use to reach it.
    pub url: String,
    /// The concrete pool, for tests that check the schema with raw SQL.
    pub pool: TestPool,
    guard: Guard,
}

#[derive(Clone, Debug)]
pub enum TestPool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

impl TestDb {
    /// Adds accounts with these addresses (ids 1, 2, … on a fresh database), with
    /// a password hash no password matches.
    pub async fn add_users(&self, emails: &[&str]) {
        for email in emails {
            self.execute(
                "INSERT INTO users (email, password_hash) VALUES ($1, 'x')",
                &[email],
            )
            .await
            .expect("a test user");
        }
    }

    /// Runs one statement with text parameters and returns the rows it touched.
    pub async fn execute(&self, sql: &str, params: &[&str]) -> Result<u64, sqlx::Error> {
        match &self.pool {
            TestPool::Sqlite(pool) => {
                let mut query = sqlx::query(sql);
                for p in params {
                    query = query.bind(*p);
                }
                Ok(query.execute(pool).await?.rows_affected())
            }
            TestPool::Postgres(pool) => {
                let mut query = sqlx::query(sql);
                for p in params {
                    query = query.bind(*p);
                }
                Ok(query.execute(pool).await?.rows_affected())
            }
        }
    }
}

enum Guard {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres { schema: String },
}

impl TestDb {
    /// A new SQLite file in a temporary folder, migrated.
    pub async fn sqlite() -> Self {
        Self::sqlite_with(true).await
    }

    /// A new SQLite file; `migrate: false` leaves the schema empty.
    pub async fn sqlite_with(migrate: bool) -> Self {
        let dir = tempfile::tempdir().expect("create a temporary folder for SQLite");
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        let store = SqliteStore::connect(&url)
            .await
            .expect("open a SQLite file in a temporary folder");
        if migrate {
            store.migrate().await.expect("migrate SQLite");
        }
        Self {
            pool: TestPool::Sqlite(store.pool().clone()),
            store: Arc::new(store),
            url,
            guard: Guard::Sqlite(dir),
        }
    }

    /// A new schema in the test PostgreSQL database, migrated.
    pub async fn postgres() -> Self {
        Self::postgres_with(true).await
    }

    /// A new PostgreSQL schema; `migrate: false` leaves it empty.
    pub async fn postgres_with(migrate: bool) -> Self {
        let base = pg_url();
        let mut admin = PgConnection::connect(&base).await.unwrap_or_else(|e| {
            panic!("PostgreSQL tests need a server at {base} (set TEST_DATABASE_URL): {e}")
        });
        drop_stale_schemas(&mut admin).await;
        let schema = new_schema_name();
        sqlx::query(&format!("CREATE SCHEMA {schema}"))
            .execute(&mut admin)
            .await
            .expect("create a test schema");
        let _ = admin.close().await;

        let options = PgConnectOptions::from_str(&base)
            .expect("TEST_DATABASE_URL is a PostgreSQL URL")
            .options([("search_path", schema.as_str())]);
        let store = PgStore::connect_with(options)
            .await
            .expect("connect to the test schema");
        if migrate {
            store.migrate().await.expect("migrate PostgreSQL");
        }
        let separator = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{separator}options=-c%20search_path%3D{schema}");
        Self {
            pool: TestPool::Postgres(store.pool().clone()),
            store: Arc::new(store),
            url,
            guard: Guard::Postgres { schema },
        }
    }

    /// Closes the pool and removes the database.
    pub async fn cleanup(self) {
        self.store.close().await;
        if let Guard::Postgres { schema } = self.guard
            && let Ok(mut admin) = PgConnection::connect(&pg_url()).await
        {
            let _ = sqlx::query(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
                .execute(&mut admin)
                .await;
            let _ = admin.close().await;
        }
    }
}

/// `jf_test_<unix seconds>_<pid>_<counter>`: unique, and its age is readable.
fn new_schema_name() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    format!(
        "{SCHEMA_PREFIX}{}_{}_{}",
        unix_now(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

async fn drop_stale_schemas(admin: &mut PgConnection) {
    let names: Vec<String> =
        sqlx::query_scalar("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'jf\\_test\\_%'")
            .fetch_all(&mut *admin)
            .await
            .unwrap_or_default();
    let cutoff = unix_now().saturating_sub(3600);
    for name in names {
        let created = name
            .strip_prefix(SCHEMA_PREFIX)
            .and_then(|rest| rest.split('_').next())
            .and_then(|secs| secs.parse::<u64>().ok());
        if created.is_some_and(|t| t < cutoff) {
            let _ = sqlx::query(&format!("DROP SCHEMA IF EXISTS {name} CASCADE"))
                .execute(&mut *admin)
                .await;
        }
    }
}

/// Runs the body once on SQLite and once on PostgreSQL, as `name::sqlite` and
/// `name::postgres`. The body gets `$db: &TestDb`.
#[macro_export]
macro_rules! store_test {
    ($name:ident, |$db:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            $crate::store_test!(@on sqlite, $db, $body);
            $crate::store_test!(@on postgres, $db, $body);
        }
    };
    (@on $backend:ident, $db:ident, $body:block) => {
        #[tokio::test]
        async fn $backend() {
            let db = $crate::testing::TestDb::$backend().await;
            {
                let $db = &db;
                $body
            }
            db.cleanup().await;
        }
    };
}

mod smtp;
pub use smtp::{CaughtMail, SmtpCatcher};

/// What links in mail start with in tests.
pub const PUBLIC_URL: &str = "http://127.0.0.1:3000";

/// The service layer on `db`, with its files in `data_dir` and its mail going over
/// SMTP to `mail`.
pub fn app_state(db: &TestDb, data_dir: &std::path::Path, mail: &SmtpCatcher) -> crate::AppState {
    use crate::settings::{MailSettings, Settings, SmtpSettings, SmtpTls};
    let settings = Settings {
        data_dir: data_dir.to_owned(),
        database_url: db.url.clone(),
        public_url: Some(PUBLIC_URL.to_owned()),
        mail: MailSettings {
            smtp: Some(SmtpSettings {
                host: "127.0.0.1".into(),
                port: mail.port,
                tls: SmtpTls::None,
                username: None,
                password: None,
            }),
            from: "Jobforge <jobs@example.test>".into(),
        },
        signups_per_hour: crate::settings::DEFAULT_SIGNUPS_PER_HOUR,
        ai: crate::ai::ProviderSettings::offline(),
        ai_prices: crate::ai::PriceTable::default(),
        allow_private_fetch: false,
        max_upload_bytes: crate::settings::DEFAULT_MAX_UPLOAD_BYTES,
    };
    let mailer = crate::mail::Mailer::new(&settings.mail, data_dir, Some("localhost"))
        .expect("a mailer for the catcher");
    crate::AppState {
        store: db.store.clone(),
        settings: Arc::new(settings),
        key: crate::keys::InstanceKey::load_or_create(data_dir).expect("instance key"),
        mailer,
        ai: Arc::new(crate::ai::Offline),
        started_at: std::time::Instant::now(),
    }
}

/// The text poppler's `pdftotext` reads from PDF bytes, with bidi marks dropped
/// (poppler-utils is installed by the setup).
pub fn pdftotext(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).expect("write the PDF");
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by the setup");
    String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'))
        .collect()
}

/// The service layer on `db` with users Ada (1) and Bea (2), a throwaway data
/// folder and a mail catcher, for tests of one feature's service. Keep the
/// folder and the catcher alive as long as the state.
pub async fn ada_and_bea(db: &TestDb) -> (crate::AppState, tempfile::TempDir, SmtpCatcher) {
    db.add_users(&["ada@example.com", "bea@example.com"]).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let mail = SmtpCatcher::start().await;
    let state = app_state(db, dir.path(), &mail);
    (state, dir, mail)
}
