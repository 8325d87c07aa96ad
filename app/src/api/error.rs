use jobforge_core::model::Problem;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// Errors a server function returns to the page. Field problems name the field;
/// the page words them in its own language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum ApiError {
    #[error("{field}: {problem}")]
    Invalid { field: String, problem: Problem },
    /// Several fields of one form are wrong; each is named.
    #[error("{}", .problems.iter().map(|(f, p)| format!("{f}: {p}")).collect::<Vec<_>>().join("; "))]
    Fields { problems: Vec<(String, Problem)> },
    #[error("wrong email or password")]
    BadCredentials,
    #[error("sign in to continue")]
    Unauthorized,
    #[error("too many attempts; try again in {minutes} minutes")]
    Throttled { minutes: u32 },
    #[error("not found")]
    NotFound,
    /// A JSON Resume that cannot be used, and why.
    #[error("not a JSON Resume: {reason}")]
    NotJsonResume { reason: String },
    /// A page the user asked for (a job posting) could not be fetched or read.
    #[error("the page could not be read: {reason}")]
    Unreadable { reason: String },
    #[error("server error: {0}")]
    Server(String),
}

impl FromServerFnError for ApiError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        ApiError::Server(value.to_string())
    }
}

impl ApiError {
    /// A failure on our side, with what went wrong for the logs and the caller.
    pub fn server(err: impl std::fmt::Display) -> Self {
        ApiError::Server(err.to_string())
    }

    /// The HTTP status this error answers with.
    pub fn status(&self) -> u16 {
        match self {
            ApiError::Invalid { .. } | ApiError::Fields { .. } => 422,
            ApiError::BadCredentials | ApiError::Unauthorized => 401,
            ApiError::Throttled { .. } => 429,
            ApiError::NotFound => 404,
            ApiError::Unreadable { .. } | ApiError::NotJsonResume { .. } => 422,
            ApiError::Server(_) => 500,
        }
    }

    /// The problem with `field`, if this error is about it.
    pub fn problem_for(&self, field: &str) -> Option<Problem> {
        match self {
            ApiError::Invalid { field: f, problem } if f == field => Some(*problem),
            ApiError::Fields { problems } => problems
                .iter()
                .find(|(f, _)| f == field)
                .map(|(_, problem)| *problem),
            _ => None,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<jobforge_core::db::StoreError> for ApiError {
    fn from(err: jobforge_core::db::StoreError) -> Self {
        tracing::error!("store error: {err}");
        ApiError::Server("the database failed".to_owned())
    }
}

#[cfg(feature = "ssr")]
impl From<jobforge_core::accounts::AccountError> for ApiError {
    fn from(err: jobforge_core::accounts::AccountError) -> Self {
        use jobforge_core::accounts::AccountError;
        match err {
            AccountError::Invalid { field, problem } => ApiError::Invalid {
                field: field.to_owned(),
                problem,
            },
            AccountError::EmailTaken => ApiError::Invalid {
                field: "email".to_owned(),
                problem: Problem::Taken,
            },
            other => {
                tracing::error!("account error: {other}");
                ApiError::Server("the account service failed".to_owned())
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl From<jobforge_core::ai::user::UserAiError> for ApiError {
    fn from(err: jobforge_core::ai::user::UserAiError) -> Self {
        use jobforge_core::ai::user::UserAiError;
        match err {
            UserAiError::Invalid { field, problem } => ApiError::Invalid {
                field: field.to_owned(),
                problem,
            },
            other => {
                tracing::error!("model settings error: {other}");
                ApiError::Server("the model settings could not be saved".to_owned())
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl From<jobforge_core::tracker::TrackerError> for ApiError {
    fn from(err: jobforge_core::tracker::TrackerError) -> Self {
        use jobforge_core::tracker::TrackerError;
        match err {
            TrackerError::Invalid(problems) => ApiError::Fields {
                problems: problems
                    .into_iter()
                    .map(|(field, problem)| (field.to_owned(), problem))
                    .collect(),
            },
            TrackerError::NotFound => ApiError::NotFound,
            TrackerError::Store(err) => err.into(),
        }
    }
}

#[cfg(feature = "ssr")]
impl From<jobforge_core::tracker::import::ImportError> for ApiError {
    fn from(err: jobforge_core::tracker::import::ImportError) -> Self {
        use jobforge_core::tracker::import::{ImportError, MAX_PASTE};
        match err {
            ImportError::Empty => ApiError::Invalid {
                field: "text".into(),
                problem: Problem::Required,
            },
            ImportError::TooLong => ApiError::Invalid {
                field: "text".into(),
                problem: Problem::TooLong {
                    max: MAX_PASTE as u32,
                },
            },
            ImportError::Fetch(err) => ApiError::Unreadable {
                reason: err.to_string(),
            },
            ImportError::Task(err) => {
                tracing::error!("job.parse failed: {err}");
                ApiError::Server("the posting could not be read".into())
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl From<jobforge_core::resumes::ResumeError> for ApiError {
    fn from(err: jobforge_core::resumes::ResumeError) -> Self {
        use jobforge_core::resumes::ResumeError;
        match err {
            ResumeError::Invalid { field, problem } => ApiError::Invalid {
                field: field.to_owned(),
                problem,
            },
            ResumeError::NotJsonResume(reason) => ApiError::NotJsonResume { reason },
            ResumeError::NotFound => ApiError::NotFound,
            ResumeError::File(err) => ApiError::Unreadable {
                reason: err.to_string(),
            },
            ResumeError::Typeset(err) => {
                tracing::error!("resume PDF: {err}");
                ApiError::Server("the PDF could not be made".into())
            }
            ResumeError::Files(reason) => {
                tracing::error!("resume file: {reason}");
                ApiError::Server("the file could not be stored".into())
            }
            ResumeError::Store(err) => err.into(),
            ResumeError::Task(err) => {
                tracing::error!("resume.parse failed: {err}");
                ApiError::Server("the resume could not be read".into())
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl From<jobforge_core::documents::DocumentError> for ApiError {
    fn from(err: jobforge_core::documents::DocumentError) -> Self {
        use jobforge_core::documents::DocumentError;
        match err {
            DocumentError::Invalid { field, problem } => ApiError::Invalid {
                field: field.to_owned(),
                problem,
            },
            // Another user's job is not there, as far as this user can tell.
            DocumentError::NotFound | DocumentError::NoJob => ApiError::NotFound,
            DocumentError::NoResume => ApiError::Invalid {
                field: "resume".into(),
                problem: Problem::Required,
            },
            DocumentError::File(err) => ApiError::Unreadable {
                reason: err.to_string(),
            },
            DocumentError::Store(err) => err.into(),
            other => {
                tracing::error!("document: {other}");
                ApiError::Server("the document could not be made; please try again".into())
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl From<jobforge_core::tailor::TailorError> for ApiError {
    fn from(err: jobforge_core::tailor::TailorError) -> Self {
        use jobforge_core::tailor::TailorError;
        match err {
            TailorError::Invalid { field, problem } => ApiError::Invalid {
                field: field.to_owned(),
                problem,
            },
            TailorError::NotFound => ApiError::NotFound,
            TailorError::NoResume => ApiError::Invalid {
                field: "resume".into(),
                problem: Problem::Required,
            },
            TailorError::Store(err) => err.into(),
            other => {
                tracing::error!("tailoring: {other}");
                ApiError::Server("the tailoring failed; please try again".into())
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl From<jobforge_core::interviews::InterviewError> for ApiError {
    fn from(err: jobforge_core::interviews::InterviewError) -> Self {
        use jobforge_core::interviews::InterviewError;
        match err {
            InterviewError::Invalid(problems) => ApiError::Fields {
                problems: problems
                    .into_iter()
                    .map(|(field, problem)| (field.to_owned(), problem))
                    .collect(),
            },
            InterviewError::NotFound => ApiError::NotFound,
            InterviewError::Store(err) => err.into(),
            InterviewError::Key(reason) => {
                tracing::error!("calendar feed: {reason}");
                ApiError::Server("the calendar address could not be made".into())
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl From<jobforge_core::mock::MockError> for ApiError {
    fn from(err: jobforge_core::mock::MockError) -> Self {
        use jobforge_core::mock::MockError;
        match err {
            MockError::Invalid { field, problem } => ApiError::Invalid {
                field: field.to_owned(),
                problem,
            },
            MockError::NotFound => ApiError::NotFound,
            MockError::NotCurrent => ApiError::Invalid {
                field: "position".into(),
                problem: Problem::NotAllowed,
            },
            MockError::Store(err) => err.into(),
            MockError::Task(err) => {
                tracing::error!("mock interview: {err}");
                ApiError::Server("the interview could not be prepared; please try again".into())
            }
        }
    }
}
