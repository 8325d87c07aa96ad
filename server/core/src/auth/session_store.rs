//! tower-sessions' `SessionStore` on our database. The signed-in user's id is copied
//! out of the session data into its own column, so one query lists or ends every
//! session of a user (password change, "sign out everywhere", a disabled account).

use std::collections::HashMap;
use std::sync::Arc;

use async_trait::async_trait;
use time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion, SessionStore};

use crate::db::{SessionRow, Store, StoreError};

/// The key under which axum-login keeps `{ "user_id": …, "auth_hash": … }` in the
/// session data; the auth layer is configured with the same key.
pub const AUTH_DATA_KEY: &str = "jobforge.auth";

#[derive(Clone, Debug)]
pub struct DbSessionStore {
    store: Arc<dyn Store>,
}

impl DbSessionStore {
    pub fn new(store: Arc<dyn Store>) -> Self {
        Self { store }
    }
}

fn backend(err: StoreError) -> session_store::Error {
    session_store::Error::Backend(err.to_string())
}

fn to_row(record: &Record) -> session_store::Result<SessionRow> {
    let data = serde_json::to_string(&record.data)
        .map_err(|e| session_store::Error::Encode(e.to_string()))?;
    let user_id = record
        .data
        .get(AUTH_DATA_KEY)
        .and_then(|auth| auth.get("user_id"))
        .and_then(serde_json::Value::as_i64);
    Ok(SessionRow {
        id: record.id.to_string(),
        user_id,
        data,
        expires_at: record.expiry_date.unix_timestamp(),
    })
}

fn now() -> i64 {
    OffsetDateTime::now_utc().unix_timestamp()
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // A 128-bit id collides practically never; if it does, draw another.
        loop {
            if self
                .store
                .session_insert(&to_row(record)?)
                .await
                .map_err(backend)?
            {
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.store
            .session_save(&to_row(record)?)
            .await
            .map_err(backend)
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let Some((data, expires_at)) = self
            .store
            .session_load(&id.to_string(), now())
            .await
            .map_err(backend)?
        else {
            return Ok(None);
        };
        let data: HashMap<String, serde_json::Value> =
            serde_json::from_str(&data).map_err(|e| session_store::Error::Decode(e.to_string()))?;
        let expiry_date = OffsetDateTime::from_unix_timestamp(expires_at)
            .map_err(|e| session_store::Error::Decode(e.to_string()))?;
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        self.store
            .session_delete(&id.to_string())
            .await
            .map_err(backend)
    }
}

#[async_trait]
impl ExpiredDeletion for DbSessionStore {
    async fn delete_expired(&self) -> session_store::Result<()> {
        let removed = self
            .store
            .sessions_delete_expired(now())
            .await
            .map_err(backend)?;
        tracing::debug!(removed, "expired sessions deleted");
        Ok(())
    }
}

#[cfg(test)]
mod tests;
