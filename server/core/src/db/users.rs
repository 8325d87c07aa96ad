//! SQL and row mapping for accounts, shared by both backends.

use crate::model::{Role, User};

use super::StoreError;

/// A new account row. `role: None`: admin if the instance has no account yet.
#[derive(Debug)]
pub struct NewUser<'a> {
    pub email: &'a str,
    pub password_hash: &'a str,
    pub display_name: &'a str,
    pub role: Option<Role>,
}

const COLUMNS: &str = "id, email, display_name, role, ui_lang, output_lang, \
     email_verified_at IS NOT NULL AS email_verified, disabled_at IS NOT NULL AS disabled";

pub(super) fn insert_sql() -> String {
    format!(
        "INSERT INTO users (email, password_hash, display_name, role) \
         SELECT $1, $2, $3, COALESCE($4, CASE WHEN EXISTS (SELECT 1 FROM users) \
         THEN 'user' ELSE 'admin' END) RETURNING {COLUMNS}"
    )
}

pub(super) fn by_id_sql() -> String {
    format!("SELECT {COLUMNS} FROM users WHERE id = $1")
}

pub(super) fn credentials_by_email_sql() -> String {
    format!("SELECT {COLUMNS}, password_hash FROM users WHERE email = $1")
}

pub(super) fn credentials_by_id_sql() -> String {
    format!("SELECT {COLUMNS}, password_hash FROM users WHERE id = $1")
}

pub(super) const COUNT_SQL: &str = "SELECT COUNT(*) FROM users";

#[derive(sqlx::FromRow)]
pub(super) struct UserRow {
    id: i64,
    email: String,
    display_name: String,
    role: String,
    ui_lang: String,
    output_lang: String,
    email_verified: bool,
    disabled: bool,
}

#[derive(sqlx::FromRow)]
pub(super) struct CredentialsRow {
    #[sqlx(flatten)]
    user: UserRow,
    password_hash: String,
}

impl UserRow {
    pub(super) fn into_user(self) -> Result<User, StoreError> {
        let role = Role::parse(&self.role).ok_or_else(|| StoreError::Corrupt {
            what: format!("user {} has the unknown role '{}'", self.id, self.role),
        })?;
        Ok(User {
            id: self.id,
            email: self.email,
            display_name: self.display_name,
            role,
            ui_lang: self.ui_lang,
            output_lang: self.output_lang,
            email_verified: self.email_verified,
            disabled: self.disabled,
        })
    }
}

impl CredentialsRow {
    pub(super) fn into_parts(self) -> Result<(User, String), StoreError> {
        Ok((self.user.into_user()?, self.password_hash))
    }
}

/// Maps the unique index on `users.email` to a field error.
pub(super) fn map_insert_error(err: sqlx::Error) -> StoreError {
    match &err {
        sqlx::Error::Database(db) if db.is_unique_violation() => {
            StoreError::Conflict { field: "email" }
        }
        _ => StoreError::Query(err),
    }
}
