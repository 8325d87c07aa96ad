//! Mailed links: email verification and password reset. A token is 32 random bytes;
//! the database keeps a BLAKE2 hash of it, so a copy of the database does not hold
//! working links. Each token works once and expires.

use blake2::{Blake2b512, Digest};
use time::OffsetDateTime;

use super::{AccountError, PasswordHash, Registration, check_password_policy, hash_password};
use crate::AppState;
use crate::db::{StoreError, TokenPurpose};
use crate::mail::templates;
use crate::model::{Problem, Profile, User};

/// How long a verification link works.
pub const VERIFY_HOURS: i64 = 48;
/// How long a reset link works.
pub const RESET_MINUTES: i64 = 60;

fn now() -> i64 {
    OffsetDateTime::now_utc().unix_timestamp()
}

/// The stored form of a token.
pub fn token_hash(token: &str) -> String {
    let digest = Blake2b512::new()
        .chain_update(b"jobforge.account-token")
        .chain_update(token.as_bytes())
        .finalize();
    hex::encode(&digest[..32])
}

fn new_token() -> Result<String, AccountError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| AccountError::Hashing(e.to_string()))?;
    Ok(hex::encode(bytes))
}

fn link_expired() -> AccountError {
    AccountError::Invalid {
        field: "token",
        problem: Problem::LinkExpired,
    }
}

/// A token of this shape could be one of ours (64 hex digits); anything else is
/// refused before the database is asked.
fn plausible(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

async fn issue(
    state: &AppState,
    user_id: i64,
    purpose: TokenPurpose,
    lifetime_secs: i64,
) -> Result<String, AccountError> {
    let token = new_token()?;
    state
        .store
        .token_replace(&token_hash(&token), user_id, purpose, now() + lifetime_secs)
        .await?;
    Ok(token)
}

/// Mails `user` a new verification link (earlier links stop working).
pub async fn send_verification(state: &AppState, user: &User) -> Result<(), AccountError> {
    let token = issue(
        state,
        user.id,
        TokenPurpose::VerifyEmail,
        VERIFY_HOURS * 3600,
    )
    .await?;
    let link = format!("{}/verify-email?token={token}", state.settings.link_base());
    state.mailer.send_later(templates::verify_email(
        &user.ui_lang,
        &user.email,
        &user.display_name,
        &link,
        VERIFY_HOURS,
    ));
    Ok(())
}

/// Confirms the email address the token was mailed to.
pub async fn verify_email(state: &AppState, token: &str) -> Result<User, AccountError> {
    let token = token.trim();
    if !plausible(token) {
        return Err(link_expired());
    }
    let user_id = state
        .store
        .token_take(&token_hash(token), TokenPurpose::VerifyEmail, now())
        .await?
        .ok_or_else(link_expired)?;
    state.store.set_email_verified(user_id).await?;
    let user = state
        .store
        .user_by_id(user_id)
        .await?
        .ok_or_else(link_expired)?;
    tracing::info!(user_id, "email verified");
    Ok(user)
}

/// Opens an account without telling the caller whether the address was free. A
/// new account gets a verification mail; an address that already has an account
/// gets a mail saying so (in its owner's language). `Ok(None)` means the latter.
/// Both paths hash the password first, so they take the same time.
pub async fn register_quietly(
    state: &AppState,
    registration: Registration<'_>,
    lang: &str,
) -> Result<Option<User>, AccountError> {
    match super::register(state.store.as_ref(), registration).await {
        Ok(mut user) => {
            // New accounts start in the language they registered in.
            if user.ui_lang != lang && matches!(lang, "en" | "ar") {
                let profile = Profile {
                    display_name: user.display_name.clone(),
                    headline: user.headline.clone(),
                    location: user.location.clone(),
                    ui_lang: lang.to_owned(),
                    output_lang: lang.to_owned(),
                };
                state.store.update_profile(user.id, &profile).await?;
                user.ui_lang = lang.to_owned();
                user.output_lang = lang.to_owned();
            }
            send_verification(state, &user).await?;
            Ok(Some(user))
        }
        Err(AccountError::EmailTaken) => {
            // register() normalised the address before it was found taken.
            let email = super::normalize_email(registration.email)?;
            let owner_lang = state
                .store
                .credentials_by_email(&email)
                .await?
                .map(|(user, _)| user.ui_lang)
                .unwrap_or_else(|| lang.to_owned());
            let base = state.settings.link_base();
            state.mailer.send_later(templates::already_registered(
                &owner_lang,
                &email,
                &format!("{base}/login"),
                &format!("{base}/forgot-password"),
            ));
            tracing::info!("registration with a taken address: owner notified");
            Ok(None)
        }
        Err(other) => Err(other),
    }
}

/// Mails a reset link if `email` belongs to an enabled account; otherwise does
/// nothing. The caller answers the same either way.
pub async fn request_password_reset(state: &AppState, email: &str) -> Result<(), AccountError> {
    let email = super::normalize_email(email)?;
    let Some((user, _)) = state.store.credentials_by_email(&email).await? else {
        tracing::info!("password reset asked for an unknown address");
        return Ok(());
    };
    if user.disabled {
        tracing::info!(
            user_id = user.id,
            "password reset asked for a disabled account"
        );
        return Ok(());
    }
    let token = issue(
        state,
        user.id,
        TokenPurpose::ResetPassword,
        RESET_MINUTES * 60,
    )
    .await?;
    let link = format!(
        "{}/reset-password?token={token}",
        state.settings.link_base()
    );
    state.mailer.send_later(templates::reset_password(
        &user.ui_lang,
        &user.email,
        &user.display_name,
        &link,
        RESET_MINUTES,
    ));
    Ok(())
}

/// Whether a reset link can still be used (for the page that asks for the new
/// password: an expired link is said so before the user types anything).
pub async fn reset_token_valid(state: &AppState, token: &str) -> Result<bool, AccountError> {
    let token = token.trim();
    if !plausible(token) {
        return Ok(false);
    }
    Ok(state
        .store
        .token_peek(&token_hash(token), TokenPurpose::ResetPassword, now())
        .await?
        .is_some())
}

/// Sets a new password with a reset token. The token is checked first and taken
/// only once the new password passes the policy, so a rejected password leaves the
/// link usable. Every session of the user ends, and the address counts as verified
/// (the link reached it).
pub async fn reset_password(
    state: &AppState,
    token: &str,
    new_password: &str,
) -> Result<User, AccountError> {
    let token = token.trim();
    if !plausible(token) {
        return Err(link_expired());
    }
    let hash = token_hash(token);
    let store = state.store.as_ref();
    let user_id = store
        .token_peek(&hash, TokenPurpose::ResetPassword, now())
        .await?
        .ok_or_else(link_expired)?;
    let user = store.user_by_id(user_id).await?.ok_or_else(link_expired)?;
    check_password_policy(new_password, &user.email).map_err(|err| match err {
        AccountError::Invalid { problem, .. } => AccountError::Invalid {
            field: "password",
            problem,
        },
        other => other,
    })?;
    let new_hash: PasswordHash = hash_password(new_password.to_owned()).await?;
    // Taking the token is the commit point: of two racing requests, one wins.
    if store
        .token_take(&hash, TokenPurpose::ResetPassword, now())
        .await?
        != Some(user_id)
    {
        return Err(link_expired());
    }
    if !store.set_password_hash(user_id, new_hash.as_str()).await? {
        return Err(AccountError::Store(StoreError::Corrupt {
            what: format!("reset token for missing user {user_id}"),
        }));
    }
    store.set_email_verified(user_id).await?;
    store
        .tokens_delete_for_user(user_id, TokenPurpose::ResetPassword)
        .await?;
    let ended = store.sessions_end_for_user(user_id, None).await?;
    tracing::info!(user_id, ended, "password reset, every session ended");
    Ok(user)
}

#[cfg(test)]
mod tests;
