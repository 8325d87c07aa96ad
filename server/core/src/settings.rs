//! Settings the service layer runs with. The binary fills them from flags and
//! environment variables (see `jobforge --help`).

use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Settings {
    /// Where the SQLite file (by default), uploads, the outbox and the instance key live.
    pub data_dir: PathBuf,
    pub database_url: String,
}

impl Settings {
    /// The default database: a SQLite file inside the data folder.
    pub fn default_database_url(data_dir: &std::path::Path) -> String {
        format!("sqlite://{}", data_dir.join("jobforge.db").display())
    }
}
