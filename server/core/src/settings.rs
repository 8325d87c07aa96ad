//! Settings the service layer runs with. The binary fills them from flags and
//! environment variables (see `jobforge --help`).

use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Settings {
    /// Where the SQLite file (by default), uploads, the outbox and the instance key live.
    pub data_dir: PathBuf,
    pub database_url: String,
    /// The address users reach Jobforge at (links in mail; `https` makes cookies
    /// `Secure`). `None` for commands that serve nothing.
    pub public_url: Option<String>,
}

impl Settings {
    /// Cookies need `Secure` (and get the `__Host-` prefix) when served over HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|url| url.starts_with("https://"))
    }

    /// The default database: a SQLite file inside the data folder.
    pub fn default_database_url(data_dir: &std::path::Path) -> String {
        format!("sqlite://{}", data_dir.join("jobforge.db").display())
    }
}
