use thiserror::Error;

use jobforge_core::accounts::AccountError;
use jobforge_core::db::StoreError;
use jobforge_core::keys::KeyError;
use jobforge_core::mail::MailError;

/// Errors that stop the binary before or while it serves.
#[derive(Debug, Error)]
pub enum ServerError {
    #[error("{0}")]
    Config(String),
    /// A CLI input file that cannot be used.
    #[error("{0}")]
    Input(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error(transparent)]
    Account(#[from] AccountError),
    #[error(transparent)]
    Mail(#[from] MailError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
    #[error("the server stopped with an error: {0}")]
    Serve(std::io::Error),
    #[error("cannot start the async runtime: {0}")]
    Runtime(std::io::Error),
}
