//! Outgoing mail. With an SMTP server configured, mail goes out over SMTP (lettre,
//! rustls); without one, each mail is written to `DATA_DIR/outbox/` as an `.eml`
//! file with a `.json` copy that admins read on `/admin/outbox`, so a local install
//! works without a mail server.

mod outbox;
pub mod templates;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use thiserror::Error;

use crate::model::OutboxMail;
use crate::settings::{MailSettings, SmtpTls};

#[derive(Debug, Error)]
pub enum MailError {
    #[error("JOBFORGE_MAIL_FROM: '{value}' is not a mail address ({reason})")]
    BadFrom { value: String, reason: String },
    #[error("'{0}' is not a mail address")]
    BadRecipient(String),
    #[error("JOBFORGE_SMTP_HOST: cannot set up TLS for {host}: {reason}")]
    Tls { host: String, reason: String },
    #[error("cannot build the mail: {0}")]
    Build(String),
    #[error("the SMTP server {host}:{port} refused or failed: {reason}")]
    Smtp {
        host: String,
        port: u16,
        reason: String,
    },
    #[error("cannot write to the outbox {path}: {source}")]
    Outbox {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// One mail to send: plain text, UTF-8.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub text: String,
}

/// Sends mail; cheap to clone.
#[derive(Clone)]
pub struct Mailer {
    inner: Arc<Inner>,
}

struct Inner {
    smtp: Option<Smtp>,
    from: Mailbox,
    outbox: PathBuf,
}

struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    host: String,
    port: u16,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field(
                "smtp",
                &self
                    .inner
                    .smtp
                    .as_ref()
                    .map(|s| format!("{}:{}", s.host, s.port)),
            )
            .field("from", &self.inner.from.to_string())
            .field("outbox", &self.inner.outbox)
            .finish()
    }
}

impl Mailer {
    /// `hello_name` is the host this instance is reached at (sent in EHLO).
    pub fn new(
        settings: &MailSettings,
        data_dir: &Path,
        hello_name: Option<&str>,
    ) -> Result<Self, MailError> {
        let from: Mailbox = settings.from.parse().map_err(|e| MailError::BadFrom {
            value: settings.from.clone(),
            reason: format!("{e}"),
        })?;
        let smtp = match &settings.smtp {
            None => None,
            Some(smtp) => {
                let tls_parameters = || {
                    TlsParameters::new(smtp.host.clone()).map_err(|e| MailError::Tls {
                        host: smtp.host.clone(),
                        reason: e.to_string(),
                    })
                };
                let tls = match smtp.tls {
                    SmtpTls::None => Tls::None,
                    SmtpTls::StartTls => Tls::Required(tls_parameters()?),
                    SmtpTls::Tls => Tls::Wrapper(tls_parameters()?),
                };
                let mut builder =
                    AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(smtp.host.clone())
                        .port(smtp.port)
                        .tls(tls)
                        .timeout(Some(Duration::from_secs(20)));
                if let Some(name) = hello_name {
                    builder = builder.hello_name(ClientId::Domain(name.to_owned()));
                }
                if let Some(user) = &smtp.username {
                    builder = builder.credentials(Credentials::new(
                        user.clone(),
                        smtp.password.clone().unwrap_or_default(),
                    ));
                }
                Some(Smtp {
                    transport: builder.build(),
                    host: smtp.host.clone(),
                    port: smtp.port,
                })
            }
        };
        Ok(Self {
            inner: Arc::new(Inner {
                smtp,
                from,
                outbox: data_dir.join("outbox"),
            }),
        })
    }

    /// Whether mail is kept in the local outbox instead of being sent.
    pub fn uses_outbox(&self) -> bool {
        self.inner.smtp.is_none()
    }

    fn message(&self, mail: &Mail) -> Result<Message, MailError> {
        let to: Mailbox = mail
            .to
            .parse()
            .map_err(|_| MailError::BadRecipient(mail.to.clone()))?;
        Message::builder()
            .from(self.inner.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(mail.text.clone())
            .map_err(|e| MailError::Build(e.to_string()))
    }

    /// Sends one mail now and waits for the server (or the outbox) to take it.
    pub async fn send(&self, mail: &Mail) -> Result<(), MailError> {
        let message = self.message(mail)?;
        match &self.inner.smtp {
            Some(smtp) => {
                smtp.transport
                    .send(message)
                    .await
                    .map_err(|e| MailError::Smtp {
                        host: smtp.host.clone(),
                        port: smtp.port,
                        reason: e.to_string(),
                    })?;
            }
            None => outbox::write(&self.inner.outbox, mail, &message.formatted()).await?,
        }
        tracing::info!(
            via = if self.uses_outbox() { "outbox" } else { "smtp" },
            "mail sent"
        );
        Ok(())
    }

    /// Sends in the background, so that how long the mail server takes never shows
    /// in a response (nor tells whether a mail was sent at all). Failures are logged.
    pub fn send_later(&self, mail: Mail) {
        let mailer = self.clone();
        tokio::spawn(async move {
            if let Err(err) = mailer.send(&mail).await {
                tracing::error!("mail not sent: {err}");
            }
        });
    }

    /// The newest mails of the outbox first, at most `limit`.
    pub async fn outbox(&self, limit: usize) -> Result<Vec<OutboxMail>, MailError> {
        outbox::list(&self.inner.outbox, limit).await
    }
}

#[cfg(test)]
mod tests;
