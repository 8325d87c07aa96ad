//! A user's own language model ("bring your own key"): provider, address, model
//! and API key, used instead of the instance's. The key is sealed with the instance
//! key, bound to the user, and never leaves the server; the page sees its last four
//! characters.

use std::sync::Arc;

use thiserror::Error;

use super::{LlmBackend, ProviderKind, ProviderSettings, RetryPolicy, key_hint};
use crate::AppState;
use crate::db::{Store, StoreError, UserAiRow};
use crate::keys::{InstanceKey, KeyError};
use crate::model::{Problem, UserAiView};

#[derive(Debug, Error)]
pub enum UserAiError {
    #[error("{field}: {problem}")]
    Invalid {
        field: &'static str,
        problem: Problem,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Key(#[from] KeyError),
}

fn invalid(field: &'static str, problem: Problem) -> UserAiError {
    UserAiError::Invalid { field, problem }
}

fn context(user_id: i64) -> String {
    format!("user:{user_id}:ai_key")
}

fn view(row: UserAiRow) -> UserAiView {
    UserAiView {
        provider: row.provider,
        base_url: row.base_url,
        model: row.model,
        key_hint: row.key_hint,
    }
}

/// The user's settings, if they saved any.
pub async fn get(store: &dyn Store, user_id: i64) -> Result<Option<UserAiView>, StoreError> {
    Ok(store.user_ai_get(user_id).await?.map(view))
}

/// Checks and saves the user's model. An empty `api_key` keeps the saved one;
/// `offline` clears everything but the choice itself.
pub async fn save(
    store: &dyn Store,
    key: &InstanceKey,
    user_id: i64,
    provider: &str,
    base_url: &str,
    model: &str,
    api_key: &str,
) -> Result<UserAiView, UserAiError> {
    let kind = ProviderKind::parse(provider).ok_or(invalid("provider", Problem::NotAllowed))?;
    let (base_url, model, api_key) = (base_url.trim(), model.trim(), api_key.trim());
    let row = if kind == ProviderKind::Offline {
        UserAiRow {
            user_id,
            provider: kind.as_str().into(),
            base_url: String::new(),
            model: String::new(),
            api_key_sealed: None,
            key_hint: None,
        }
    } else {
        if model.is_empty() {
            return Err(invalid("model", Problem::Required));
        }
        if model.chars().count() > 200 {
            return Err(invalid("model", Problem::TooLong { max: 200 }));
        }
        let base_url = if base_url.is_empty() {
            ProviderSettings::default_base_url(kind).to_owned()
        } else {
            base_url.trim_end_matches('/').to_owned()
        };
        let shape_ok = ProviderSettings::valid_base_url(&base_url);
        if !shape_ok || base_url.len() > 500 {
            return Err(invalid("base_url", Problem::UrlShape));
        }
        if api_key.chars().count() > 500 {
            return Err(invalid("api_key", Problem::TooLong { max: 500 }));
        }
        let previous = store.user_ai_get(user_id).await?;
        let (sealed, hint) = if api_key.is_empty() {
            previous
                .map(|p| (p.api_key_sealed, p.key_hint))
                .unwrap_or((None, None))
        } else {
            (
                Some(key.seal(&context(user_id), api_key)?),
                Some(key_hint(api_key)),
            )
        };
        UserAiRow {
            user_id,
            provider: kind.as_str().into(),
            base_url,
            model: model.to_owned(),
            api_key_sealed: sealed,
            key_hint: hint,
        }
    };
    store.user_ai_put(&row, crate::jobs::now_ms()).await?;
    Ok(view(row))
}

/// The model a user's tasks run on: their own if they saved one, else the
/// instance's. A key that no longer opens (the instance key changed) is reported
/// in the log, and the instance's model is used.
pub async fn backend_for(
    state: &AppState,
    user_id: i64,
) -> Result<Arc<dyn LlmBackend>, StoreError> {
    let Some(row) = state.store.user_ai_get(user_id).await? else {
        return Ok(state.ai.clone());
    };
    let Some(kind) = ProviderKind::parse(&row.provider) else {
        return Ok(state.ai.clone());
    };
    let api_key = match row
        .api_key_sealed
        .as_deref()
        .map(|s| state.key.open(&context(user_id), s))
    {
        Some(Ok(key)) => Some(key),
        Some(Err(err)) => {
            tracing::warn!(user_id, "the user's model key cannot be used: {err}");
            return Ok(state.ai.clone());
        }
        None => None,
    };
    let settings = ProviderSettings {
        kind,
        base_url: row.base_url,
        model: row.model,
        api_key,
        timeout: state.settings.ai.timeout,
    };
    match super::backend(&settings, RetryPolicy::default()) {
        Ok(backend) => Ok(Arc::from(backend)),
        Err(err) => {
            tracing::warn!(user_id, "the user's model cannot be set up: {err}");
            Ok(state.ai.clone())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store_test;

    store_test!(a_users_key_is_sealed_and_never_shown, |db| {
        let dir = tempfile::tempdir().expect("temp dir");
        let key = InstanceKey::load_or_create(dir.path()).expect("key");
        db.execute(
            "INSERT INTO users (email, password_hash) VALUES ('ada@example.com', 'x')",
            &[],
        )
        .await
        .expect("user");
        let store = db.store.as_ref();
        let saved = save(
            store,
            &key,
            1,
            "openai",
            "",
            "gpt-4o-mini",
            "sk-live-abcd1234",
        )
        .await
        .expect("saved");
        assert_eq!(saved.key_hint.as_deref(), Some("…1234"));
        assert_eq!(saved.base_url, "https://api.openai.com/v1");
        let row = store.user_ai_get(1).await.expect("read").expect("row");
        let sealed = row.api_key_sealed.expect("sealed");
        assert!(!sealed.contains("sk-live"), "{sealed}");
        assert_eq!(
            key.open("user:1:ai_key", &sealed).as_deref(),
            Ok("sk-live-abcd1234")
        );
        // An empty key keeps the saved one; a new model is taken.
        let kept = save(
            store,
            &key,
            1,
            "openai",
            "http://127.0.0.1:11434/v1/",
            "llama3.1",
            "",
        )
        .await
        .expect("kept");
        assert_eq!(
            (kept.key_hint.as_deref(), kept.model.as_str()),
            (Some("…1234"), "llama3.1")
        );
        assert_eq!(kept.base_url, "http://127.0.0.1:11434/v1");
        for (provider, url, model, field) in [
            ("skynet", "", "m", "provider"),
            ("openai", "", "", "model"),
            ("anthropic", "ftp://x", "claude", "base_url"),
        ] {
            let err = save(store, &key, 1, provider, url, model, "")
                .await
                .expect_err(field);
            assert!(err.to_string().starts_with(field), "{err}");
        }
        let offline = save(store, &key, 1, "offline", "x", "y", "z")
            .await
            .expect("offline");
        assert_eq!((offline.model.as_str(), offline.key_hint), ("", None));
    });
}
