//! Types that cross the wire between the server and the browser (serde only).

use serde::{Deserialize, Serialize};

pub mod document;
pub mod interview;
pub mod mock;
pub mod resume;
pub mod tailor;
pub mod tracker;

/// Which database engine a store runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn as_str(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// How far the database schema is from the migrations this build carries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MigrationStatus {
    /// Versions this build knows about.
    pub expected: usize,
    /// Versions applied successfully in the database.
    pub applied: usize,
    /// Known versions not yet applied.
    pub pending: Vec<i64>,
    /// Versions recorded as applied that this build does not know (a newer build ran).
    pub unknown: Vec<i64>,
}

impl MigrationStatus {
    pub fn is_current(&self) -> bool {
        self.pending.is_empty()
    }
}

/// The body of `/readyz`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Readiness {
    pub ready: bool,
    pub database: DatabaseReadiness,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DatabaseReadiness {
    pub backend: Backend,
    pub reachable: bool,
    pub latency_ms: Option<f64>,
    pub migrations: Option<MigrationStatus>,
    /// Why the database is not ready, when it is not.
    pub error: Option<String>,
}

/// What an account may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    User,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "user" => Some(Role::User),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

/// An account as the rest of the app sees it: never the password hash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub headline: String,
    pub location: String,
    pub role: Role,
    pub ui_lang: String,
    pub output_lang: String,
    pub email_verified: bool,
    pub disabled: bool,
}

/// What a user may change about themselves on the settings page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub display_name: String,
    pub headline: String,
    pub location: String,
    /// `en` or `ar`: the language of the pages.
    pub ui_lang: String,
    /// `en` or `ar`: the language of generated documents (resumes, letters).
    pub output_lang: String,
}

/// One signed-in browser of a user, for the sessions list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    /// A stable handle derived from the session id; never the id itself.
    pub handle: String,
    /// The session this list was asked from.
    pub current: bool,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    /// Unix seconds.
    pub signed_in_at: Option<i64>,
    /// Unix seconds.
    pub expires_at: i64,
}

/// A mail in the local outbox (no SMTP server configured), for admins.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxMail {
    /// The file name without extension.
    pub id: String,
    /// Unix seconds.
    pub at: i64,
    pub to: String,
    pub subject: String,
    pub text: String,
}

/// What is wrong with one field of a form. The UI words it in the page's language;
/// `Display` gives the English for logs and the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    Required,
    TooShort {
        min: u32,
    },
    TooLong {
        max: u32,
    },
    EmailShape,
    CommonPassword,
    SameAsEmail,
    Taken,
    /// An action an admin may not take on their own account.
    SameAsSelf,
    /// The value does not match (the current password, say).
    Incorrect,
    /// Not one of the allowed values (a language code, say).
    NotAllowed,
    /// A mailed link that is unknown, used or past its time.
    LinkExpired,
    /// Not an http:// or https:// address.
    UrlShape,
    /// Not a whole number.
    NumberShape,
    /// Not a date written YYYY-MM-DD.
    DateShape,
    /// Not a time of day written HH:MM.
    TimeShape,
    /// A lower bound above its upper bound (a salary range, say).
    MinAboveMax,
    /// More items than allowed (tags, say).
    TooMany {
        max: u32,
    },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Required => f.write_str("is required"),
            Problem::TooShort { min } => write!(f, "must be at least {min} characters"),
            Problem::TooLong { max } => write!(f, "must be at most {max} characters"),
            Problem::EmailShape => f.write_str("must look like name@example.com"),
            Problem::CommonPassword => {
                f.write_str("is one of the most common passwords; choose another")
            }
            Problem::SameAsEmail => f.write_str("must not be your email address"),
            Problem::Taken => f.write_str("is already taken"),
            Problem::SameAsSelf => f.write_str("cannot be your own account"),
            Problem::Incorrect => f.write_str("is not correct"),
            Problem::NotAllowed => f.write_str("is not one of the allowed values"),
            Problem::LinkExpired => f.write_str("is unknown, already used or expired"),
            Problem::UrlShape => f.write_str("must start with http:// or https://"),
            Problem::NumberShape => f.write_str("must be a whole number"),
            Problem::DateShape => f.write_str("must be a date written YYYY-MM-DD"),
            Problem::TimeShape => f.write_str("must be a time written HH:MM"),
            Problem::MinAboveMax => f.write_str("must not be above the maximum"),
            Problem::TooMany { max } => write!(f, "may have at most {max} items"),
        }
    }
}

/// Events the audit log records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditEvent {
    Registered,
    SignIn,
    SignInFailed,
    SignOut,
    PasswordChanged,
    PasswordReset,
    EmailVerified,
    ProfileChanged,
    SessionEnded,
    EmailChanged,
    RoleChanged,
    AccountDisabled,
    AccountEnabled,
    Exported,
    Deleted,
}

impl AuditEvent {
    pub fn as_str(self) -> &'static str {
        match self {
            AuditEvent::Registered => "registered",
            AuditEvent::SignIn => "sign_in",
            AuditEvent::SignInFailed => "sign_in_failed",
            AuditEvent::SignOut => "sign_out",
            AuditEvent::PasswordChanged => "password_changed",
            AuditEvent::PasswordReset => "password_reset",
            AuditEvent::EmailVerified => "email_verified",
            AuditEvent::ProfileChanged => "profile_changed",
            AuditEvent::SessionEnded => "session_ended",
            AuditEvent::EmailChanged => "email_changed",
            AuditEvent::RoleChanged => "role_changed",
            AuditEvent::AccountDisabled => "account_disabled",
            AuditEvent::AccountEnabled => "account_enabled",
            AuditEvent::Exported => "exported",
            AuditEvent::Deleted => "deleted",
        }
    }
}

/// One audit log entry as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Unix seconds.
    pub at: i64,
    pub user_id: Option<i64>,
    pub event: String,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    /// JSON object with event-specific facts (never a password or token).
    pub detail: String,
}

/// Where a background job stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum JobState {
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

impl JobState {
    pub fn as_str(self) -> &'static str {
        match self {
            JobState::Queued => "queued",
            JobState::Running => "running",
            JobState::Succeeded => "succeeded",
            JobState::Failed => "failed",
            JobState::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "queued" => Some(JobState::Queued),
            "running" => Some(JobState::Running),
            "succeeded" => Some(JobState::Succeeded),
            "failed" => Some(JobState::Failed),
            "cancelled" => Some(JobState::Cancelled),
            _ => None,
        }
    }

    /// Whether the job will not change any more.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            JobState::Succeeded | JobState::Failed | JobState::Cancelled
        )
    }
}

/// One step in a background job's timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobEvent {
    /// Unix milliseconds.
    pub at: i64,
    /// `debug`, `info`, `warn` or `error`.
    pub level: String,
    /// What wrote it: `queue`, or the job's own kind.
    pub source: String,
    pub message: String,
    /// JSON object text.
    pub data: String,
}

/// A background job as its owner sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobView {
    pub id: i64,
    pub kind: String,
    pub state: JobState,
    /// 0–100.
    pub progress: i32,
    pub progress_message: String,
    pub attempts: i32,
    pub max_attempts: i32,
    /// JSON text, once succeeded.
    pub result: Option<String>,
    pub error: Option<String>,
}

/// A user's own language model as the settings page shows it: never the key,
/// only its last four characters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserAiView {
    /// `offline`, `openai` or `anthropic`.
    pub provider: String,
    pub base_url: String,
    pub model: String,
    /// `…1234` when a key is saved.
    pub key_hint: Option<String>,
}
