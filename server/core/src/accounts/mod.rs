//! Accounts: who may sign in, with which password, in which role.

mod email;
pub mod links;
mod password;
pub mod sessions;

use thiserror::Error;

pub use email::normalize_email;
pub use password::{
    PasswordHash, check_password_policy, generate_password, hash_password, verify_password,
};

use crate::db::{NewUser, Store, StoreError};
use crate::model::{Problem, Profile, Role, User};

/// Errors of the account service. `Invalid` names the field and says why.
#[derive(Debug, Error)]
pub enum AccountError {
    #[error("{field}: {problem}")]
    Invalid {
        field: &'static str,
        problem: Problem,
    },
    #[error("an account with this email already exists")]
    EmailTaken,
    #[error("password hashing failed: {0}")]
    Hashing(String),
    #[error("cannot remove {path}: {source}")]
    Files {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(StoreError),
}

impl From<StoreError> for AccountError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::Conflict { field: "email" } => AccountError::EmailTaken,
            other => AccountError::Store(other),
        }
    }
}

/// A request to open an account. `role: None` lets the store decide: the first
/// account of an empty instance becomes admin, every later one a user.
#[derive(Clone, Copy, Debug)]
pub struct Registration<'a> {
    pub email: &'a str,
    pub password: &'a str,
    pub display_name: &'a str,
    pub role: Option<Role>,
}

/// Validates, hashes the password off the async runtime, and creates the account.
pub async fn register(
    store: &dyn Store,
    registration: Registration<'_>,
) -> Result<User, AccountError> {
    let email = normalize_email(registration.email)?;
    check_password_policy(registration.password, &email)?;
    let display_name = registration.display_name.trim();
    if display_name.chars().count() > 100 {
        return Err(AccountError::Invalid {
            field: "display_name",
            problem: Problem::TooLong { max: 100 },
        });
    }
    let hash = hash_password(registration.password.to_owned()).await?;
    let user = store
        .create_user(NewUser {
            email: &email,
            password_hash: hash.as_str(),
            display_name,
            role: registration.role,
        })
        .await?;
    tracing::info!(
        user_id = user.id,
        role = user.role.as_str(),
        "account created"
    );
    Ok(user)
}

/// Changes `user`'s password after checking the current one, and ends every other
/// session of theirs (`keep` is the session the change came from).
pub async fn change_password(
    store: &dyn Store,
    user: &User,
    current: String,
    new: &str,
    keep: Option<&str>,
) -> Result<(), AccountError> {
    confirm_password(store, user, current, "current_password").await?;
    check_password_policy(new, &user.email).map_err(|err| match err {
        AccountError::Invalid { problem, .. } => AccountError::Invalid {
            field: "new_password",
            problem,
        },
        other => other,
    })?;
    let hash = hash_password(new.to_owned()).await?;
    store.set_password_hash(user.id, hash.as_str()).await?;
    let ended = store.sessions_end_for_user(user.id, keep).await?;
    tracing::info!(
        user_id = user.id,
        ended,
        "password changed, other sessions ended"
    );
    Ok(())
}

/// Disables or enables `target`. Disabling ends every session of that account at
/// once. An admin cannot disable their own account (there must be a way back in).
/// Returns `false` when there is no such account.
pub async fn set_disabled(
    store: &dyn Store,
    admin: &User,
    target: i64,
    disabled: bool,
) -> Result<bool, AccountError> {
    if disabled && admin.id == target {
        return Err(AccountError::Invalid {
            field: "user_id",
            problem: Problem::SameAsSelf,
        });
    }
    if !store.set_user_disabled(target, disabled).await? {
        return Ok(false);
    }
    if disabled {
        let ended = store.sessions_end_for_user(target, None).await?;
        tracing::info!(user_id = target, ended, "account disabled, sessions ended");
    }
    Ok(true)
}

/// Gives `target` a role. An admin cannot demote their own account (someone must
/// stay admin). Returns `false` when there is no such account.
pub async fn set_role(
    store: &dyn Store,
    admin: &User,
    target: i64,
    role: Role,
) -> Result<bool, AccountError> {
    if admin.id == target && role != Role::Admin {
        return Err(AccountError::Invalid {
            field: "user_id",
            problem: Problem::SameAsSelf,
        });
    }
    let changed = store.set_user_role(target, role).await?;
    if changed {
        tracing::info!(user_id = target, role = role.as_str(), "role changed");
    }
    Ok(changed)
}

fn check_length(field: &'static str, value: &str, max: u32) -> Result<(), AccountError> {
    if value.chars().count() > max as usize {
        return Err(AccountError::Invalid {
            field,
            problem: Problem::TooLong { max },
        });
    }
    Ok(())
}

fn check_lang(field: &'static str, value: &str) -> Result<(), AccountError> {
    if !matches!(value, "en" | "ar") {
        return Err(AccountError::Invalid {
            field,
            problem: Problem::NotAllowed,
        });
    }
    Ok(())
}

/// Trims and checks a profile: name 100 characters, headline 150, location 100,
/// languages `en` or `ar`.
pub fn clean_profile(profile: Profile) -> Result<Profile, AccountError> {
    let profile = Profile {
        display_name: profile.display_name.trim().to_owned(),
        headline: profile.headline.trim().to_owned(),
        location: profile.location.trim().to_owned(),
        ui_lang: profile.ui_lang.trim().to_owned(),
        output_lang: profile.output_lang.trim().to_owned(),
    };
    check_length("display_name", &profile.display_name, 100)?;
    check_length("headline", &profile.headline, 150)?;
    check_length("location", &profile.location, 100)?;
    check_lang("ui_lang", &profile.ui_lang)?;
    check_lang("output_lang", &profile.output_lang)?;
    Ok(profile)
}

/// Saves `user`'s profile and returns the account as it now is.
pub async fn update_profile(
    store: &dyn Store,
    user: &User,
    profile: Profile,
) -> Result<User, AccountError> {
    let profile = clean_profile(profile)?;
    store.update_profile(user.id, &profile).await?;
    store
        .user_by_id(user.id)
        .await?
        .ok_or(AccountError::Store(StoreError::Corrupt {
            what: format!("signed-in user {} has no account", user.id),
        }))
}

/// Checks `password` against `user`'s; `Invalid { field }` when it does not match.
pub async fn confirm_password(
    store: &dyn Store,
    user: &User,
    password: String,
    field: &'static str,
) -> Result<(), AccountError> {
    let Some((_, stored)) = store.credentials_by_id(user.id).await? else {
        return Err(AccountError::Store(StoreError::Corrupt {
            what: format!("signed-in user {} has no account", user.id),
        }));
    };
    if verify_password(password, PasswordHash::from_stored(stored)).await? {
        Ok(())
    } else {
        Err(AccountError::Invalid {
            field,
            problem: Problem::Incorrect,
        })
    }
}

/// Deletes `user` after checking their password: every row they own (the
/// database cascades from `users`) and their folder of files. Audit entries stay,
/// with the user cleared.
pub async fn delete_account(
    store: &dyn Store,
    data_dir: &std::path::Path,
    user: &User,
    password: String,
) -> Result<(), AccountError> {
    confirm_password(store, user, password, "password").await?;
    let dir = crate::files::user_dir(data_dir, user.id);
    match tokio::fs::remove_dir_all(&dir).await {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(source) => return Err(AccountError::Files { path: dir, source }),
    }
    store.delete_user(user.id).await?;
    tracing::info!(user_id = user.id, "account deleted");
    Ok(())
}

#[cfg(test)]
mod tests;
