//! Settings from flags, with environment variables as fallbacks. A `JOBFORGE_*`
//! variable that is not a known setting stops start-up, so a typo is never ignored.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

use jobforge_core::ai::{PriceTable, ProviderKind};
use jobforge_core::settings::{
    DEFAULT_MAIL_FROM, DEFAULT_SIGNUPS_PER_HOUR, MailSettings, SmtpSettings, SmtpTls,
};

use crate::error::ServerError;

/// Every environment variable the binary reads.
pub const KNOWN_ENV: &[&str] = &[
    "DATABASE_URL",
    "JOBFORGE_ADDR",
    "JOBFORGE_DATA_DIR",
    "JOBFORGE_SITE_ROOT",
    "JOBFORGE_LOG",
    "JOBFORGE_PUBLIC_URL",
    "JOBFORGE_SMTP_HOST",
    "JOBFORGE_SMTP_PORT",
    "JOBFORGE_SMTP_TLS",
    "JOBFORGE_SMTP_USERNAME",
    "JOBFORGE_SMTP_PASSWORD",
    "JOBFORGE_MAIL_FROM",
    "JOBFORGE_SIGNUPS_PER_HOUR",
    "JOBFORGE_MAX_UPLOAD_MB",
    "JOBFORGE_WORKERS",
    "JOBFORGE_JOB_LEASE_SECS",
    "JOBFORGE_AI_PROVIDER",
    "JOBFORGE_AI_BASE_URL",
    "JOBFORGE_AI_MODEL",
    "JOBFORGE_AI_API_KEY",
    "JOBFORGE_AI_TIMEOUT_SECS",
    "JOBFORGE_AI_PRICES",
    "JOBFORGE_ALLOW_PRIVATE_FETCH",
];

/// Settings every subcommand shares.
#[derive(Args, Debug, Clone)]
pub struct CommonArgs {
    /// Folder for the SQLite database, uploads, the mail outbox and the instance key.
    #[arg(
        long,
        env = "JOBFORGE_DATA_DIR",
        default_value = "./data",
        global = true
    )]
    pub data_dir: PathBuf,

    /// Database URL: sqlite://FILE or postgres://USER@HOST/DB [default: sqlite://DATA_DIR/jobforge.db]
    #[arg(long, env = "DATABASE_URL", global = true)]
    pub database_url: Option<String>,
}

impl CommonArgs {
    pub fn database_url(&self) -> String {
        self.database_url.clone().unwrap_or_else(|| {
            jobforge_core::settings::Settings::default_database_url(&self.data_dir)
        })
    }

    pub fn settings(
        &self,
        public_url: Option<String>,
        mail: MailSettings,
    ) -> jobforge_core::settings::Settings {
        jobforge_core::settings::Settings {
            data_dir: self.data_dir.clone(),
            database_url: self.database_url(),
            public_url,
            mail,
            signups_per_hour: DEFAULT_SIGNUPS_PER_HOUR,
            ai: jobforge_core::ai::ProviderSettings::offline(),
            ai_prices: PriceTable::default(),
            allow_private_fetch: std::env::var("JOBFORGE_ALLOW_PRIVATE_FETCH")
                .is_ok_and(|v| v == "1"),
            max_upload_bytes: jobforge_core::settings::DEFAULT_MAX_UPLOAD_BYTES,
        }
    }
}

/// Settings of `jobforge serve`.
#[derive(Args, Debug, Clone)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "JOBFORGE_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,

    /// Folder with the built browser assets (pkg/ and public files).
    #[arg(long, env = "JOBFORGE_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,

    /// The URL users reach Jobforge at, e.g. https://jobs.example.com [default: http://ADDR]
    #[arg(long, env = "JOBFORGE_PUBLIC_URL", value_parser = parse_public_url)]
    pub public_url: Option<String>,

    /// Accounts one client address may open per hour.
    #[arg(long, env = "JOBFORGE_SIGNUPS_PER_HOUR", default_value_t = DEFAULT_SIGNUPS_PER_HOUR)]
    pub signups_per_hour: u32,

    /// The largest file a user may upload, in megabytes.
    #[arg(long, env = "JOBFORGE_MAX_UPLOAD_MB", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=200))]
    pub max_upload_mb: u32,

    #[command(flatten)]
    pub mail: MailArgs,

    #[command(flatten)]
    pub workers: WorkerArgs,

    #[command(flatten)]
    pub ai: AiArgs,
}

/// The instance's language model. Without one, every AI task runs offline.
#[derive(Args, Debug, Clone)]
pub struct AiArgs {
    /// offline, openai (any OpenAI-compatible server) or anthropic
    #[arg(long, env = "JOBFORGE_AI_PROVIDER", default_value = "offline", value_parser = parse_provider)]
    pub ai_provider: ProviderKind,

    /// The provider's address [default: https://api.openai.com/v1 or https://api.anthropic.com]
    #[arg(long, env = "JOBFORGE_AI_BASE_URL")]
    pub ai_base_url: Option<String>,

    /// The model, e.g. gpt-4o-mini, llama3.1, claude-sonnet-4-5
    #[arg(long, env = "JOBFORGE_AI_MODEL")]
    pub ai_model: Option<String>,

    /// The API key (set it in the environment, not on the command line).
    #[arg(long, env = "JOBFORGE_AI_API_KEY", hide_env_values = true)]
    pub ai_api_key: Option<String>,

    /// Seconds one model call may take before it is retried.
    #[arg(long, env = "JOBFORGE_AI_TIMEOUT_SECS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub ai_timeout_secs: u64,

    /// Prices for the cost estimate, in US dollars per million tokens (input/output)
    /// by model name prefix: gpt-4o-mini=0.15/0.60,claude-sonnet=3/15
    #[arg(long, env = "JOBFORGE_AI_PRICES", default_value = "", value_parser = parse_prices)]
    pub ai_prices: PriceTable,
}

fn parse_prices(value: &str) -> Result<PriceTable, String> {
    PriceTable::parse(value)
}

fn parse_provider(value: &str) -> Result<ProviderKind, String> {
    ProviderKind::parse(value).ok_or_else(|| "must be offline, openai or anthropic".to_owned())
}

impl AiArgs {
    /// The provider settings, or an error naming what is missing.
    pub fn settings(&self) -> Result<jobforge_core::ai::ProviderSettings, ServerError> {
        use jobforge_core::ai::ProviderSettings;
        if self.ai_provider == ProviderKind::Offline {
            return Ok(ProviderSettings::offline());
        }
        let model = self
            .ai_model
            .clone()
            .filter(|m| !m.trim().is_empty())
            .ok_or_else(|| {
                ServerError::Config(format!(
                    "JOBFORGE_AI_MODEL: {} needs a model name",
                    self.ai_provider.as_str()
                ))
            })?;
        let base_url = self
            .ai_base_url
            .clone()
            .unwrap_or_else(|| ProviderSettings::default_base_url(self.ai_provider).to_owned());
        if !ProviderSettings::valid_base_url(&base_url) {
            return Err(ServerError::Config(format!(
                "JOBFORGE_AI_BASE_URL: '{base_url}' must start with http:// or https://"
            )));
        }
        Ok(ProviderSettings {
            kind: self.ai_provider,
            base_url,
            model,
            api_key: self.ai_api_key.clone().filter(|k| !k.is_empty()),
            timeout: std::time::Duration::from_secs(self.ai_timeout_secs),
        })
    }
}

/// Settings of `jobforge worker`: its jobs may call a model and send mail.
#[derive(Args, Debug, Clone)]
pub struct WorkerCmd {
    #[command(flatten)]
    pub workers: WorkerArgs,

    #[command(flatten)]
    pub mail: MailArgs,

    #[command(flatten)]
    pub ai: AiArgs,

    /// The URL users reach Jobforge at, for links in mail [default: none]
    #[arg(long, env = "JOBFORGE_PUBLIC_URL", value_parser = parse_public_url)]
    pub public_url: Option<String>,
}

/// Background workers in this process.
#[derive(Args, Debug, Clone)]
pub struct WorkerArgs {
    /// Background jobs this process runs at once (0: none; another process runs them).
    #[arg(long, env = "JOBFORGE_WORKERS", default_value_t = 2)]
    pub workers: usize,

    /// Seconds a claimed job stays with a worker that stopped answering before
    /// another worker takes it.
    #[arg(long, env = "JOBFORGE_JOB_LEASE_SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub job_lease_secs: u64,
}

impl WorkerArgs {
    pub fn runner_config(&self) -> jobforge_core::jobs::RunnerConfig {
        let mut config = jobforge_core::jobs::RunnerConfig::new(self.workers);
        config.lease = std::time::Duration::from_secs(self.job_lease_secs);
        config
    }
}

/// Where mail goes. Without `--smtp-host`, mail is written to DATA_DIR/outbox/.
#[derive(Args, Debug, Clone)]
pub struct MailArgs {
    /// SMTP server for outgoing mail, e.g. smtp.example.com
    #[arg(long, env = "JOBFORGE_SMTP_HOST")]
    pub smtp_host: Option<String>,

    /// SMTP port [default: 587 for starttls, 465 for tls, 25 for none]
    #[arg(long, env = "JOBFORGE_SMTP_PORT")]
    pub smtp_port: Option<u16>,

    /// How the SMTP connection is secured: starttls, tls or none
    #[arg(long, env = "JOBFORGE_SMTP_TLS", default_value = "starttls", value_parser = parse_smtp_tls)]
    pub smtp_tls: SmtpTls,

    /// SMTP user name, if the server wants one.
    #[arg(long, env = "JOBFORGE_SMTP_USERNAME")]
    pub smtp_username: Option<String>,

    /// SMTP password (set it in the environment, not on the command line).
    #[arg(long, env = "JOBFORGE_SMTP_PASSWORD", hide_env_values = true)]
    pub smtp_password: Option<String>,

    /// The From address of every mail.
    #[arg(long, env = "JOBFORGE_MAIL_FROM", default_value = DEFAULT_MAIL_FROM)]
    pub mail_from: String,
}

impl MailArgs {
    /// Mail to the outbox from the default address (for tests and commands that
    /// serve nothing).
    pub fn outbox() -> Self {
        MailArgs {
            smtp_host: None,
            smtp_port: None,
            smtp_tls: SmtpTls::StartTls,
            smtp_username: None,
            smtp_password: None,
            mail_from: DEFAULT_MAIL_FROM.to_owned(),
        }
    }

    pub fn settings(&self) -> MailSettings {
        MailSettings {
            smtp: self.smtp_host.as_ref().map(|host| SmtpSettings {
                host: host.clone(),
                port: self
                    .smtp_port
                    .unwrap_or_else(|| self.smtp_tls.default_port()),
                tls: self.smtp_tls,
                username: self.smtp_username.clone(),
                password: self.smtp_password.clone(),
            }),
            from: self.mail_from.clone(),
        }
    }
}

fn parse_smtp_tls(value: &str) -> Result<SmtpTls, String> {
    SmtpTls::parse(value).ok_or_else(|| "must be starttls, tls or none".to_owned())
}

impl ServeArgs {
    pub fn public_url(&self) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.addr))
    }
}

fn parse_public_url(value: &str) -> Result<String, String> {
    let trimmed = value.trim_end_matches('/');
    let host = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"))
        .ok_or("must start with http:// or https://")?;
    if host.is_empty() || host.contains(['/', ' ', '?', '#']) {
        return Err("must be a scheme and a host, like https://jobs.example.com".into());
    }
    Ok(trimmed.to_owned())
}

/// Refuses unknown `JOBFORGE_*` variables, naming each one.
pub fn check_env<I>(vars: I) -> Result<(), ServerError>
where
    I: IntoIterator<Item = String>,
{
    let unknown: Vec<String> = vars
        .into_iter()
        .filter(|name| name.starts_with("JOBFORGE_") && !KNOWN_ENV.contains(&name.as_str()))
        .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    Err(ServerError::Config(format!(
        "unknown setting{} {}; known settings are {}",
        if unknown.len() == 1 { "" } else { "s" },
        unknown.join(", "),
        KNOWN_ENV.join(", ")
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_settings_are_named() {
        let err = check_env([
            "PATH".into(),
            "JOBFORGE_ADRR".into(),
            "JOBFORGE_ADDR".into(),
        ])
        .expect_err("typo must be refused");
        let message = err.to_string();
        assert!(message.contains("JOBFORGE_ADRR"), "{message}");
        assert!(!message.contains("settings JOBFORGE_ADDR"), "{message}");
    }

    #[test]
    fn public_urls_are_checked() {
        assert_eq!(
            parse_public_url("https://jobs.example.com/").as_deref(),
            Ok("https://jobs.example.com")
        );
        assert!(parse_public_url("jobs.example.com").is_err());
        assert!(parse_public_url("https://jobs.example.com/path").is_err());
        assert!(parse_public_url("ftp://x").is_err());
    }

    #[test]
    fn known_settings_pass() {
        assert!(check_env(["JOBFORGE_DATA_DIR".into(), "HOME".into()]).is_ok());
    }
}
