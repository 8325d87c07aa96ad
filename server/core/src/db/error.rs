use thiserror::Error;

/// Errors of the database layer.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error(
        "DATABASE_URL: unsupported scheme '{scheme}' (use sqlite://path/to/file.db or postgres://user@host/db)"
    )]
    UnsupportedUrl { scheme: String },

    #[error("DATABASE_URL: {0}")]
    InvalidUrl(String),

    #[error("cannot create the database folder {path}: {source}")]
    CreateDir {
        path: String,
        source: std::io::Error,
    },

    #[error("cannot connect to the {backend} database: {source}")]
    Connect {
        backend: &'static str,
        source: sqlx::Error,
    },

    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),

    #[error("{field} is already taken")]
    Conflict { field: &'static str },

    #[error("the database holds an unexpected value: {what}")]
    Corrupt { what: String },

    #[error("database error: {0}")]
    Query(#[from] sqlx::Error),
}
