//! A user's signed-in browsers: what the sessions list shows and how one ends.
//! The list never shows session ids (they are the cookies); each session gets a
//! handle, a hash of its id, which is enough to end it and useless as a cookie.

use blake2::{Blake2b512, Digest};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::db::{SessionRow, Store, StoreError};
use crate::model::SessionInfo;

/// The key under which a session records where and when it signed in.
pub const META_KEY: &str = "jobforge.meta";

/// What a session records at sign-in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionMeta {
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    /// Unix seconds.
    pub signed_in_at: i64,
}

/// The handle the sessions list shows for a session id.
pub fn handle(session_id: &str) -> String {
    let digest = Blake2b512::new()
        .chain_update(b"jobforge.session-handle")
        .chain_update(session_id.as_bytes())
        .finalize();
    hex::encode(&digest[..12])
}

fn info(row: &SessionRow, current: Option<&str>) -> SessionInfo {
    let meta: Option<SessionMeta> = serde_json::from_str::<serde_json::Value>(&row.data)
        .ok()
        .and_then(|mut data| data.get_mut(META_KEY).map(serde_json::Value::take))
        .and_then(|meta| serde_json::from_value(meta).ok());
    SessionInfo {
        handle: handle(&row.id),
        current: current == Some(row.id.as_str()),
        ip: meta.as_ref().and_then(|m| m.ip.clone()),
        user_agent: meta.as_ref().and_then(|m| m.user_agent.clone()),
        signed_in_at: meta.map(|m| m.signed_in_at),
        expires_at: row.expires_at,
    }
}

/// Every live session of `user_id`, newest first; `current` marks the caller's.
pub async fn list(
    store: &dyn Store,
    user_id: i64,
    current: Option<&str>,
) -> Result<Vec<SessionInfo>, StoreError> {
    let now = OffsetDateTime::now_utc().unix_timestamp();
    let rows = store.sessions_of_user(user_id, now).await?;
    Ok(rows.iter().map(|row| info(row, current)).collect())
}

/// Ends the session of `user_id` with that handle; `false` if they have none.
pub async fn end(store: &dyn Store, user_id: i64, handle_text: &str) -> Result<bool, StoreError> {
    let now = OffsetDateTime::now_utc().unix_timestamp();
    for row in store.sessions_of_user(user_id, now).await? {
        if handle(&row.id) == handle_text {
            return store.session_delete_of_user(&row.id, user_id).await;
        }
    }
    Ok(false)
}
