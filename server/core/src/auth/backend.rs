//! The axum-login backend: checks passwords and reloads the signed-in user on each
//! request. A session stays valid only while its auth hash matches the account's
//! current password (so a password change signs out other sessions) and while the
//! account is enabled.

use std::fmt;
use std::sync::Arc;

use axum_login::{AuthUser, AuthnBackend};
use blake2::{Blake2b512, Digest};
use tokio::sync::OnceCell;

use crate::accounts::{
    AccountError, PasswordHash, hash_password, normalize_email, verify_password,
};
use crate::db::Store;
use crate::keys::InstanceKey;
use crate::model::User;

/// The signed-in user, with the hash that ties their session to their password.
#[derive(Clone)]
pub struct SessionUser {
    pub user: User,
    auth_hash: Vec<u8>,
}

impl fmt::Debug for SessionUser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionUser")
            .field("user", &self.user)
            .field("auth_hash", &"<redacted>")
            .finish()
    }
}

impl AuthUser for SessionUser {
    type Id = i64;

    fn id(&self) -> i64 {
        self.user.id
    }

    fn session_auth_hash(&self) -> &[u8] {
        &self.auth_hash
    }
}

/// What the sign-in form sends. `Debug` never shows the password.
pub struct Credentials {
    pub email: String,
    pub password: String,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("email", &self.email)
            .field("password", &"<redacted>")
            .finish()
    }
}

#[derive(Clone, Debug)]
pub struct AuthBackend {
    store: Arc<dyn Store>,
    key: InstanceKey,
}

impl AuthBackend {
    pub fn new(store: Arc<dyn Store>, key: InstanceKey) -> Self {
        Self { store, key }
    }

    /// A keyed digest of the password hash: sessions store this, never the hash.
    fn session_user(&self, user: User, password_hash: &str) -> SessionUser {
        let digest = Blake2b512::new()
            .chain_update(self.key.as_bytes())
            .chain_update(password_hash.as_bytes())
            .finalize();
        SessionUser {
            user,
            auth_hash: digest.to_vec(),
        }
    }
}

/// A hash to check against when the email is unknown, so that a wrong email takes
/// as long as a wrong password and the timing does not tell which accounts exist.
async fn decoy_hash() -> Result<PasswordHash, AccountError> {
    static DECOY: OnceCell<PasswordHash> = OnceCell::const_new();
    DECOY
        .get_or_try_init(|| hash_password("decoy password for timing".to_owned()))
        .await
        .cloned()
}

impl AuthnBackend for AuthBackend {
    type User = SessionUser;
    type Credentials = Credentials;
    type Error = AccountError;

    async fn authenticate(&self, creds: Credentials) -> Result<Option<SessionUser>, AccountError> {
        let found = match normalize_email(&creds.email) {
            Ok(email) => self.store.credentials_by_email(&email).await?,
            Err(_) => None,
        };
        let Some((user, stored)) = found else {
            verify_password(creds.password, decoy_hash().await?).await?;
            return Ok(None);
        };
        let matches =
            verify_password(creds.password, PasswordHash::from_stored(stored.clone())).await?;
        if !matches || user.disabled {
            return Ok(None);
        }
        Ok(Some(self.session_user(user, &stored)))
    }

    async fn get_user(&self, id: &i64) -> Result<Option<SessionUser>, AccountError> {
        Ok(self
            .store
            .credentials_by_id(*id)
            .await?
            .filter(|(user, _)| !user.disabled)
            .map(|(user, stored)| self.session_user(user, &stored)))
    }
}

#[cfg(test)]
mod tests;
