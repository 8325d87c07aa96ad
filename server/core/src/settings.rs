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
    pub mail: MailSettings,
    /// Accounts one client address may open per hour.
    pub signups_per_hour: u32,
    /// The instance's language model (the offline engine unless configured).
    pub ai: crate::ai::ProviderSettings,
    /// Prices for the cost estimate of model calls.
    pub ai_prices: crate::ai::PriceTable,
    /// Lets job imports fetch private and local addresses (tests only:
    /// `JOBFORGE_ALLOW_PRIVATE_FETCH=1`).
    pub allow_private_fetch: bool,
    /// The largest file a user may upload, in bytes.
    pub max_upload_bytes: usize,
}

/// The default of `Settings::max_upload_bytes`: 10 MB.
pub const DEFAULT_MAX_UPLOAD_BYTES: usize = 10 * 1024 * 1024;

/// The default of `Settings::signups_per_hour`.
pub const DEFAULT_SIGNUPS_PER_HOUR: u32 = 10;

/// Where mail goes: an SMTP server, or (with none configured) `DATA_DIR/outbox/`.
#[derive(Clone, Debug)]
pub struct MailSettings {
    pub smtp: Option<SmtpSettings>,
    /// The From address, e.g. `Jobforge <jobs@example.com>`.
    pub from: String,
}

impl Default for MailSettings {
    fn default() -> Self {
        Self {
            smtp: None,
            from: DEFAULT_MAIL_FROM.to_owned(),
        }
    }
}

pub const DEFAULT_MAIL_FROM: &str = "Jobforge <jobforge@localhost>";

#[derive(Clone)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub tls: SmtpTls,
    pub username: Option<String>,
    pub password: Option<String>,
}

impl std::fmt::Debug for SmtpSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpSettings")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// How the connection to the SMTP server is secured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpTls {
    /// Plain text throughout (a local relay or a test catcher only).
    None,
    /// Plain connection upgraded with STARTTLS, which must succeed (port 587).
    StartTls,
    /// TLS from the first byte (port 465).
    Tls,
}

impl SmtpTls {
    pub fn parse(text: &str) -> Option<Self> {
        match text.to_ascii_lowercase().as_str() {
            "none" => Some(SmtpTls::None),
            "starttls" => Some(SmtpTls::StartTls),
            "tls" => Some(SmtpTls::Tls),
            _ => None,
        }
    }

    /// The usual port for this mode.
    pub fn default_port(self) -> u16 {
        match self {
            SmtpTls::None => 25,
            SmtpTls::StartTls => 587,
            SmtpTls::Tls => 465,
        }
    }
}

impl Settings {
    /// Cookies need `Secure` (and get the `__Host-` prefix) when served over HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|url| url.starts_with("https://"))
    }

    /// The address links in mail start with.
    pub fn link_base(&self) -> &str {
        self.public_url
            .as_deref()
            .unwrap_or("http://127.0.0.1:3000")
    }

    /// The default database: a SQLite file inside the data folder.
    pub fn default_database_url(data_dir: &std::path::Path) -> String {
        format!("sqlite://{}", data_dir.join("jobforge.db").display())
    }
}
