//! SQL and row mapping for accounts, shared by both backends.

use async_trait::async_trait;

use crate::model::{Profile, Role, User};

use super::StoreError;

/// Reading accounts: the same SQL on both backends, written once by
/// `impl_user_repo!`. Creating one differs per backend and sits on `Store`.
#[async_trait]
pub trait UserRepo {
    async fn user_by_id(&self, id: i64) -> Result<Option<User>, StoreError>;

    /// The account and its password hash, for signing in.
    async fn credentials_by_email(&self, email: &str)
    -> Result<Option<(User, String)>, StoreError>;

    /// The account and its password hash, for checking a session.
    async fn credentials_by_id(&self, id: i64) -> Result<Option<(User, String)>, StoreError>;

    async fn count_users(&self) -> Result<i64, StoreError>;

    /// Replaces the password hash; `false` when there is no such account.
    async fn set_password_hash(&self, id: i64, hash: &str) -> Result<bool, StoreError>;

    /// Sets or clears `disabled_at`; `false` when there is no such account.
    async fn set_user_disabled(&self, id: i64, disabled: bool) -> Result<bool, StoreError>;

    /// Accounts by id, `limit` from `offset` (for the admin's list).
    async fn users_page(&self, limit: i64, offset: i64) -> Result<Vec<User>, StoreError>;

    /// Sets the role; `false` when there is no such account.
    async fn set_user_role(&self, id: i64, role: Role) -> Result<bool, StoreError>;

    /// Marks the email address as confirmed (once; later calls keep the first time).
    async fn set_email_verified(&self, id: i64) -> Result<bool, StoreError>;

    /// Replaces the profile fields; `false` when there is no such account.
    async fn update_profile(&self, id: i64, profile: &Profile) -> Result<bool, StoreError>;

    /// Deletes the account; its sessions, tokens and everything else it owns go
    /// with it (foreign keys cascade). `false` when there is no such account.
    async fn delete_user(&self, id: i64) -> Result<bool, StoreError>;
}

/// A new account row. `role: None`: admin if the instance has no account yet.
#[derive(Debug)]
pub struct NewUser<'a> {
    pub email: &'a str,
    pub password_hash: &'a str,
    pub display_name: &'a str,
    pub role: Option<Role>,
}

const COLUMNS: &str = "id, email, display_name, headline, location, role, ui_lang, output_lang, \
     email_verified_at IS NOT NULL AS email_verified, disabled_at IS NOT NULL AS disabled";

pub(super) fn insert_sql() -> String {
    format!(
        "INSERT INTO users (email, password_hash, display_name, role) \
         SELECT $1, $2, $3, COALESCE($4, CASE WHEN EXISTS (SELECT 1 FROM users) \
         THEN 'user' ELSE 'admin' END) RETURNING {COLUMNS}"
    )
}

pub(crate) fn by_id_sql() -> String {
    format!("SELECT {COLUMNS} FROM users WHERE id = $1")
}

pub(crate) fn credentials_by_email_sql() -> String {
    format!("SELECT {COLUMNS}, password_hash FROM users WHERE email = $1")
}

pub(crate) fn credentials_by_id_sql() -> String {
    format!("SELECT {COLUMNS}, password_hash FROM users WHERE id = $1")
}

pub(crate) const SET_PASSWORD_SQL: &str =
    "UPDATE users SET password_hash = $2, updated_at = $3 WHERE id = $1";

pub(crate) const SET_DISABLED_SQL: &str =
    "UPDATE users SET disabled_at = $2, updated_at = $3 WHERE id = $1";

pub(crate) const SET_VERIFIED_SQL: &str = "UPDATE users SET email_verified_at = COALESCE(email_verified_at, $2), \
     updated_at = $2 WHERE id = $1";

pub(crate) const UPDATE_PROFILE_SQL: &str = "UPDATE users SET display_name = $2, headline = $3, \
     location = $4, ui_lang = $5, output_lang = $6, updated_at = $7 WHERE id = $1";

pub(crate) fn page_sql() -> String {
    format!("SELECT {COLUMNS} FROM users ORDER BY id LIMIT $1 OFFSET $2")
}

pub(crate) const SET_ROLE_SQL: &str = "UPDATE users SET role = $2, updated_at = $3 WHERE id = $1";

pub(crate) const DELETE_SQL: &str = "DELETE FROM users WHERE id = $1";

pub(crate) const COUNT_SQL: &str = "SELECT COUNT(*) FROM users";

#[derive(sqlx::FromRow)]
pub(crate) struct UserRow {
    id: i64,
    email: String,
    display_name: String,
    headline: String,
    location: String,
    role: String,
    ui_lang: String,
    output_lang: String,
    email_verified: bool,
    disabled: bool,
}

#[derive(sqlx::FromRow)]
pub(crate) struct CredentialsRow {
    #[sqlx(flatten)]
    user: UserRow,
    password_hash: String,
}

impl UserRow {
    pub(crate) fn into_user(self) -> Result<User, StoreError> {
        let role = Role::parse(&self.role).ok_or_else(|| StoreError::Corrupt {
            what: format!("user {} has the unknown role '{}'", self.id, self.role),
        })?;
        Ok(User {
            id: self.id,
            email: self.email,
            display_name: self.display_name,
            headline: self.headline,
            location: self.location,
            role,
            ui_lang: self.ui_lang,
            output_lang: self.output_lang,
            email_verified: self.email_verified,
            disabled: self.disabled,
        })
    }
}

impl CredentialsRow {
    pub(crate) fn into_parts(self) -> Result<(User, String), StoreError> {
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

/// Implements `UserRepo` for a store type with a `pool` field.
macro_rules! impl_user_repo {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::db::users::UserRepo for $store {
            async fn user_by_id(
                &self,
                id: i64,
            ) -> Result<Option<$crate::model::User>, $crate::db::StoreError> {
                let row: Option<$crate::db::users::UserRow> =
                    sqlx::query_as(&$crate::db::users::by_id_sql())
                        .bind(id)
                        .fetch_optional(&self.pool)
                        .await?;
                row.map($crate::db::users::UserRow::into_user).transpose()
            }

            async fn credentials_by_email(
                &self,
                email: &str,
            ) -> Result<Option<($crate::model::User, String)>, $crate::db::StoreError> {
                let row: Option<$crate::db::users::CredentialsRow> =
                    sqlx::query_as(&$crate::db::users::credentials_by_email_sql())
                        .bind(email)
                        .fetch_optional(&self.pool)
                        .await?;
                row.map($crate::db::users::CredentialsRow::into_parts)
                    .transpose()
            }

            async fn credentials_by_id(
                &self,
                id: i64,
            ) -> Result<Option<($crate::model::User, String)>, $crate::db::StoreError> {
                let row: Option<$crate::db::users::CredentialsRow> =
                    sqlx::query_as(&$crate::db::users::credentials_by_id_sql())
                        .bind(id)
                        .fetch_optional(&self.pool)
                        .await?;
                row.map($crate::db::users::CredentialsRow::into_parts)
                    .transpose()
            }

            async fn count_users(&self) -> Result<i64, $crate::db::StoreError> {
                Ok(sqlx::query_scalar($crate::db::users::COUNT_SQL)
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn set_password_hash(
                &self,
                id: i64,
                hash: &str,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::users::SET_PASSWORD_SQL)
                    .bind(id)
                    .bind(hash)
                    .bind(time::OffsetDateTime::now_utc())
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn set_user_disabled(
                &self,
                id: i64,
                disabled: bool,
            ) -> Result<bool, $crate::db::StoreError> {
                let now = time::OffsetDateTime::now_utc();
                let done = sqlx::query($crate::db::users::SET_DISABLED_SQL)
                    .bind(id)
                    .bind(disabled.then_some(now))
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn users_page(
                &self,
                limit: i64,
                offset: i64,
            ) -> Result<Vec<$crate::model::User>, $crate::db::StoreError> {
                let rows: Vec<$crate::db::users::UserRow> =
                    sqlx::query_as(&$crate::db::users::page_sql())
                        .bind(limit)
                        .bind(offset)
                        .fetch_all(&self.pool)
                        .await?;
                rows.into_iter()
                    .map($crate::db::users::UserRow::into_user)
                    .collect()
            }

            async fn set_user_role(
                &self,
                id: i64,
                role: $crate::model::Role,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::users::SET_ROLE_SQL)
                    .bind(id)
                    .bind(role.as_str())
                    .bind(time::OffsetDateTime::now_utc())
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn set_email_verified(&self, id: i64) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::users::SET_VERIFIED_SQL)
                    .bind(id)
                    .bind(time::OffsetDateTime::now_utc())
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn update_profile(
                &self,
                id: i64,
                profile: &$crate::model::Profile,
            ) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::users::UPDATE_PROFILE_SQL)
                    .bind(id)
                    .bind(&profile.display_name)
                    .bind(&profile.headline)
                    .bind(&profile.location)
                    .bind(&profile.ui_lang)
                    .bind(&profile.output_lang)
                    .bind(time::OffsetDateTime::now_utc())
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn delete_user(&self, id: i64) -> Result<bool, $crate::db::StoreError> {
                let done = sqlx::query($crate::db::users::DELETE_SQL)
                    .bind(id)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }
        }
    };
}

pub(crate) use impl_user_repo;
