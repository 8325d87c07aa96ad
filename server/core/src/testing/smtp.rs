//! A local SMTP server for tests: it speaks enough of RFC 5321 for a real client
//! (lettre) to deliver to it, and keeps every mail it is given.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

/// One mail as it arrived.
#[derive(Clone, Debug)]
pub struct CaughtMail {
    pub from: String,
    pub to: Vec<String>,
    /// The message exactly as sent (headers and encoded body), dots unstuffed.
    pub raw: String,
}

impl CaughtMail {
    /// The first header of that name, unfolded.
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.raw.split("\r\n\r\n").next()?;
        let mut value: Option<String> = None;
        for line in head.split("\r\n") {
            if let Some(current) = value.as_mut() {
                if line.starts_with([' ', '\t']) {
                    current.push_str(line.trim_start());
                    continue;
                }
                break;
            }
            if let Some((key, rest)) = line.split_once(':')
                && key.eq_ignore_ascii_case(name)
            {
                value = Some(rest.trim().to_owned());
            }
        }
        value
    }

    /// The body, decoded from its transfer encoding.
    pub fn text(&self) -> String {
        let body = self
            .raw
            .split_once("\r\n\r\n")
            .map(|(_, b)| b)
            .unwrap_or_default();
        let encoding = self
            .header("Content-Transfer-Encoding")
            .unwrap_or_default()
            .to_ascii_lowercase();
        match encoding.as_str() {
            "base64" => {
                let compact: String = body.split_whitespace().collect();
                base64::engine::general_purpose::STANDARD
                    .decode(compact)
                    .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
                    .unwrap_or_else(|e| format!("<bad base64: {e}>"))
            }
            "quoted-printable" => decode_quoted_printable(body),
            _ => body.to_owned(),
        }
    }

    /// The first link in the body whose path starts with `path`.
    pub fn link(&self, path: &str) -> Option<String> {
        let text = self.text();
        text.split_whitespace()
            .find(|word| {
                word.starts_with("http")
                    && word
                        .split_once("://")
                        .and_then(|(_, rest)| rest.find('/').map(|i| &rest[i..]))
                        .is_some_and(|p| p.starts_with(path))
            })
            .map(str::to_owned)
    }
}

fn decode_quoted_printable(body: &str) -> String {
    let mut bytes = Vec::with_capacity(body.len());
    let raw = body.replace("=\r\n", "");
    let mut iter = raw.bytes();
    while let Some(b) = iter.next() {
        if b == b'=' {
            let hi = iter.next();
            let lo = iter.next();
            let decoded = hi.zip(lo).and_then(|(h, l)| {
                u8::from_str_radix(&format!("{}{}", h as char, l as char), 16).ok()
            });
            bytes.push(decoded.unwrap_or(b'?'));
        } else {
            bytes.push(b);
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A running catcher on 127.0.0.1; it stops when dropped.
pub struct SmtpCatcher {
    pub port: u16,
    mails: Arc<Mutex<Vec<CaughtMail>>>,
    arrived: Arc<Notify>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for SmtpCatcher {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl SmtpCatcher {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the SMTP catcher");
        let port = listener.local_addr().expect("catcher address").port();
        let mails = Arc::new(Mutex::new(Vec::new()));
        let arrived = Arc::new(Notify::new());
        let task = {
            let (mails, arrived) = (mails.clone(), arrived.clone());
            tokio::spawn(async move {
                while let Ok((stream, _)) = listener.accept().await {
                    let (mails, arrived) = (mails.clone(), arrived.clone());
                    tokio::spawn(async move {
                        if let Ok(caught) = session(stream).await {
                            if let Ok(mut all) = mails.lock() {
                                all.extend(caught);
                            }
                            arrived.notify_waiters();
                        }
                    });
                }
            })
        };
        Self {
            port,
            mails,
            arrived,
            task,
        }
    }

    /// Every mail so far.
    pub fn mails(&self) -> Vec<CaughtMail> {
        self.mails.lock().map(|m| m.clone()).unwrap_or_default()
    }

    /// Waits up to 10 s for the `n`th (1-based) mail to `to`.
    pub async fn wait_for(&self, to: &str, n: usize) -> CaughtMail {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let notified = self.arrived.notified();
            let found: Vec<CaughtMail> = self
                .mails()
                .into_iter()
                .filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(to)))
                .collect();
            if let Some(mail) = found.get(n - 1) {
                return mail.clone();
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!(
                    "no mail number {n} to {to} within 10 s; got {} mail(s) in all",
                    self.mails().len()
                );
            }
        }
    }
}

/// One SMTP conversation; returns the mails it delivered.
async fn session(stream: TcpStream) -> std::io::Result<Vec<CaughtMail>> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    let mut caught = Vec::new();
    let (mut from, mut to) = (String::new(), Vec::new());
    write.write_all(b"220 catcher ESMTP\r\n").await?;
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(caught);
        }
        let command = line.trim_end().to_owned();
        let upper = command.to_ascii_uppercase();
        let reply: &[u8] = if upper.starts_with("EHLO") {
            b"250-catcher\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"
        } else if upper.starts_with("HELO")
            || upper.starts_with("RSET")
            || upper.starts_with("NOOP")
        {
            b"250 OK\r\n"
        } else if let Some(rest) = upper.strip_prefix("MAIL FROM:") {
            from = address(&command[command.len() - rest.len()..]);
            to.clear();
            b"250 OK\r\n"
        } else if let Some(rest) = upper.strip_prefix("RCPT TO:") {
            to.push(address(&command[command.len() - rest.len()..]));
            b"250 OK\r\n"
        } else if upper == "DATA" {
            write
                .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                .await?;
            let mut raw = String::new();
            loop {
                line.clear();
                if lines.read_line(&mut line).await? == 0 {
                    return Ok(caught);
                }
                if line == ".\r\n" || line == ".\n" {
                    break;
                }
                raw.push_str(line.strip_prefix('.').unwrap_or(&line));
            }
            caught.push(CaughtMail {
                from: from.clone(),
                to: std::mem::take(&mut to),
                raw,
            });
            b"250 OK queued\r\n"
        } else if upper.starts_with("QUIT") {
            write.write_all(b"221 Bye\r\n").await?;
            return Ok(caught);
        } else {
            b"502 Command not implemented\r\n"
        };
        write.write_all(reply).await?;
    }
}

/// `<a@b>` or `<a@b> SIZE=…` → `a@b`.
fn address(arg: &str) -> String {
    let arg = arg.trim();
    match (arg.find('<'), arg.find('>')) {
        (Some(start), Some(end)) if start < end => arg[start + 1..end].to_owned(),
        _ => arg.split_whitespace().next().unwrap_or_default().to_owned(),
    }
}
