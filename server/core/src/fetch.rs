//! SSRF-safe page fetching for "import a job from a URL".
//!
//! A user-supplied address must never reach the server's own network: every hop is
//! parsed (http/https only, no credentials), its host is resolved here and refused
//! when any address is private, local or reserved, and the connection then goes to
//! exactly the addresses that were checked (reqwest never asks DNS itself, so a
//! second answer cannot rebind the name). Redirects are followed by hand and checked
//! again; size, time and content type are capped.

use std::error::Error as _;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use reqwest::Url;
use reqwest::dns::{Name, Resolve, Resolving};
use reqwest::header::{ACCEPT, CONTENT_TYPE, LOCATION};

#[cfg(test)]
mod tests;

/// A fetched page, always a 2xx answer of a text-like type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The address after all redirects.
    pub final_url: String,
    /// The media type without parameters, lower case (`text/html`); empty if the
    /// server sent none.
    pub content_type: String,
    /// The body as UTF-8; bytes of other charsets are replaced (lossy).
    pub body: String,
    pub status: u16,
}

/// Limits of one fetch. `allow_private` comes from configuration
/// (`JOBFORGE_ALLOW_PRIVATE_FETCH=1`), read by the caller.
#[derive(Debug, Clone)]
pub struct FetchPolicy {
    /// Fetch private and local addresses too (a self-hosted job board on the LAN).
    pub allow_private: bool,
    pub max_bytes: u64,
    /// For the whole fetch: name resolution, every redirect and the body.
    pub timeout: Duration,
    pub max_redirects: u8,
    pub user_agent: String,
    /// Tests only: IP addresses written literally in a URL (`http://127.0.0.1:8080/`)
    /// that are fetched although private. Names resolving to them are still refused.
    #[cfg(any(test, feature = "test-util"))]
    pub trusted: Vec<IpAddr>,
}

impl Default for FetchPolicy {
    fn default() -> Self {
        Self {
            allow_private: false,
            max_bytes: 5 * MB,
            timeout: Duration::from_secs(10),
            max_redirects: 5,
            user_agent: concat!("Jobforge/", env!("CARGO_PKG_VERSION"), " (job import)").to_owned(),
            #[cfg(any(test, feature = "test-util"))]
            trusted: Vec::new(),
        }
    }
}

impl FetchPolicy {
    #[cfg(any(test, feature = "test-util"))]
    fn trusts(&self, ip: IpAddr) -> bool {
        self.trusted.contains(&ip)
    }

    #[cfg(not(any(test, feature = "test-util")))]
    fn trusts(&self, _ip: IpAddr) -> bool {
        false
    }
}

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("\"{url}\" is not a valid web address: {reason}")]
    InvalidUrl { url: String, reason: String },
    #[error("only http and https addresses can be fetched, not {scheme}:")]
    UnsupportedScheme { scheme: String },
    #[error("addresses with a user name or password (user:password@) cannot be fetched")]
    Credentials,
    #[error("could not find the server {host}: {source}")]
    Resolve {
        host: String,
        #[source]
        source: std::io::Error,
    },
    #[error("could not find the server {host}: it has no address")]
    NoAddress { host: String },
    #[error("{}; Jobforge only fetches public pages", blocked_message(.host, *.addr))]
    PrivateAddress { host: String, addr: IpAddr },
    #[error("too many redirects (more than {max})")]
    TooManyRedirects { max: u8 },
    #[error("the server redirected to an invalid address \"{location}\"")]
    BadRedirect { location: String },
    #[error("the server answered {0}")]
    Status(u16),
    #[error("the page is of type {0}; Jobforge only imports web pages, plain text and JSON")]
    UnsupportedContentType(String),
    #[error("the page is larger than {}", human_bytes(*.max_bytes))]
    TooLarge { max_bytes: u64 },
    #[error("the page took longer than {}", human_duration(*.0))]
    Timeout(Duration),
    #[error("could not set up the HTTP client: {0}")]
    Client(#[source] reqwest::Error),
    #[error("could not load {url}: {reason}")]
    Http {
        url: String,
        reason: String,
        #[source]
        source: reqwest::Error,
    },
}

const MB: u64 = 1024 * 1024;

/// Media types worth reading for a job description.
const TEXT_TYPES: [&str; 5] = [
    "text/html",
    "text/plain",
    "application/xhtml+xml",
    "application/json",
    "application/ld+json",
];

const ACCEPT_VALUE: &str = "text/html, application/xhtml+xml, application/ld+json, \
                            application/json;q=0.9, text/plain;q=0.8";

/// Fetches `url` under `policy`; see the module documentation for what is refused.
pub async fn fetch_page(url: &str, policy: &FetchPolicy) -> Result<Page, FetchError> {
    match tokio::time::timeout(policy.timeout, fetch_hops(url, policy)).await {
        Ok(result) => {
            if let Err(error) = &result {
                tracing::info!(url, %error, "page fetch refused or failed");
            }
            result
        }
        Err(_) => {
            tracing::info!(url, timeout = ?policy.timeout, "page fetch timed out");
            Err(FetchError::Timeout(policy.timeout))
        }
    }
}

async fn fetch_hops(input: &str, policy: &FetchPolicy) -> Result<Page, FetchError> {
    let mut url = Url::parse(input.trim()).map_err(|e| FetchError::InvalidUrl {
        url: input.to_owned(),
        reason: e.to_string(),
    })?;
    let mut redirects = 0u8;
    loop {
        let target = check_url(&url, policy).await?;
        tracing::debug!(%url, redirects, "fetching page");
        let response = client_for(&target, policy)?
            .get(url.clone())
            .header(ACCEPT, ACCEPT_VALUE)
            .send()
            .await
            .map_err(|e| http_error(&url, e))?;
        let status = response.status();
        if matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308)
            && let Some(location) = response.headers().get(LOCATION)
        {
            redirects = redirects.saturating_add(1);
            if redirects > policy.max_redirects {
                return Err(FetchError::TooManyRedirects {
                    max: policy.max_redirects,
                });
            }
            let location = String::from_utf8_lossy(location.as_bytes()).into_owned();
            url = url
                .join(&location)
                .map_err(|_| FetchError::BadRedirect { location })?;
            continue;
        }
        if !status.is_success() {
            return Err(FetchError::Status(status.as_u16()));
        }
        let content_type = media_type(response.headers().get(CONTENT_TYPE));
        if !content_type.is_empty() && !TEXT_TYPES.contains(&content_type.as_str()) {
            return Err(FetchError::UnsupportedContentType(content_type));
        }
        let body = read_capped(response, &url, policy.max_bytes).await?;
        tracing::info!(%url, redirects, bytes = body.len(), "page fetched");
        return Ok(Page {
            final_url: url.into(),
            content_type,
            body: decode(&body),
            status: status.as_u16(),
        });
    }
}

/// Where one hop may connect: an IP written in the URL, or the checked addresses of
/// a name.
enum Target {
    Literal,
    Resolved {
        host: String,
        addrs: Vec<SocketAddr>,
    },
}

async fn check_url(url: &Url, policy: &FetchPolicy) -> Result<Target, FetchError> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(FetchError::UnsupportedScheme {
            scheme: url.scheme().to_owned(),
        });
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(FetchError::Credentials);
    }
    let invalid = |reason: &str| FetchError::InvalidUrl {
        url: url.to_string(),
        reason: reason.to_owned(),
    };
    let host = url
        .host_str()
        .filter(|h| !h.is_empty())
        .ok_or_else(|| invalid("it has no host"))?;
    let port = url
        .port_or_known_default()
        .ok_or_else(|| invalid("it has no port"))?;
    if let Some(ip) = literal_ip(host) {
        if !policy.allow_private && !policy.trusts(ip) && !is_public(ip) {
            return Err(blocked(&ip.to_string(), ip));
        }
        return Ok(Target::Literal);
    }
    let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host, port))
        .await
        .map_err(|source| FetchError::Resolve {
            host: host.to_owned(),
            source,
        })?
        .collect();
    if addrs.is_empty() {
        return Err(FetchError::NoAddress {
            host: host.to_owned(),
        });
    }
    if !policy.allow_private
        && let Some(bad) = addrs.iter().find(|a| !is_public(a.ip()))
    {
        return Err(blocked(host, bad.ip()));
    }
    Ok(Target::Resolved {
        host: host.to_owned(),
        addrs,
    })
}

/// The URL parser has already turned every IPv4 notation (`2130706433`, `0x7f000001`,
/// `0177.0.0.1`, `127.1`) into dotted decimal and put IPv6 in brackets.
fn literal_ip(host: &str) -> Option<IpAddr> {
    match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(v6) => v6.parse::<Ipv6Addr>().ok().map(IpAddr::V6),
        None => host.parse::<Ipv4Addr>().ok().map(IpAddr::V4),
    }
}

fn blocked(host: &str, addr: IpAddr) -> FetchError {
    tracing::warn!(host, %addr, "refused to fetch a private or local address");
    FetchError::PrivateAddress {
        host: host.to_owned(),
        addr,
    }
}

/// One client per hop, pinned to the checked addresses; any other name is refused
/// instead of being resolved.
fn client_for(target: &Target, policy: &FetchPolicy) -> Result<reqwest::Client, FetchError> {
    let mut builder = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .referer(false)
        .user_agent(policy.user_agent.as_str())
        .dns_resolver(Arc::new(NoDns));
    if let Target::Resolved { host, addrs } = target {
        builder = builder.resolve_to_addrs(host, addrs);
    }
    builder.build().map_err(FetchError::Client)
}

/// Fallback resolver behind the pinned addresses: never asks DNS.
struct NoDns;

impl Resolve for NoDns {
    fn resolve(&self, name: Name) -> Resolving {
        let message = format!("{} was not checked before connecting", name.as_str());
        Box::pin(std::future::ready(Err(message.into())))
    }
}

async fn read_capped(
    mut response: reqwest::Response,
    url: &Url,
    max_bytes: u64,
) -> Result<Vec<u8>, FetchError> {
    let too_large = FetchError::TooLarge { max_bytes };
    if response.content_length().is_some_and(|len| len > max_bytes) {
        return Err(too_large);
    }
    let capacity = response.content_length().unwrap_or(0).min(max_bytes);
    let mut body = Vec::with_capacity(usize::try_from(capacity).unwrap_or(0));
    while let Some(chunk) = response.chunk().await.map_err(|e| http_error(url, e))? {
        if (body.len() + chunk.len()) as u64 > max_bytes {
            return Err(too_large);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

fn media_type(header: Option<&reqwest::header::HeaderValue>) -> String {
    let Some(value) = header else {
        return String::new();
    };
    let value = String::from_utf8_lossy(value.as_bytes());
    value
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

fn decode(body: &[u8]) -> String {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    String::from_utf8_lossy(body).into_owned()
}

fn http_error(url: &Url, source: reqwest::Error) -> FetchError {
    let mut reason = source.to_string();
    let mut cause = source.source();
    while let Some(inner) = cause {
        reason = inner.to_string();
        cause = inner.source();
    }
    FetchError::Http {
        url: url.to_string(),
        reason,
        source,
    }
}

/// Whether `ip` is an ordinary public unicast address. Refused: loopback, private,
/// link-local, CGNAT, unspecified, broadcast, multicast, documentation, benchmarking
/// and reserved ranges, and IPv6 forms that embed such an IPv4 address.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

const REFUSED_V4: [([u8; 4], u32); 15] = [
    ([0, 0, 0, 0], 8),       // "this network", unspecified
    ([10, 0, 0, 0], 8),      // private
    ([100, 64, 0, 0], 10),   // CGNAT
    ([127, 0, 0, 0], 8),     // loopback
    ([169, 254, 0, 0], 16),  // link-local, cloud metadata
    ([172, 16, 0, 0], 12),   // private
    ([192, 0, 0, 0], 24),    // IETF protocol assignments
    ([192, 0, 2, 0], 24),    // documentation
    ([192, 88, 99, 0], 24),  // 6to4 relay anycast
    ([192, 168, 0, 0], 16),  // private
    ([198, 18, 0, 0], 15),   // benchmarking
    ([198, 51, 100, 0], 24), // documentation
    ([203, 0, 113, 0], 24),  // documentation
    ([224, 0, 0, 0], 4),     // multicast
    ([240, 0, 0, 0], 4),     // reserved, broadcast
];

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let bits = u32::from(ip);
    !REFUSED_V4.iter().any(|&(net, len)| {
        let mask = u32::MAX.checked_shl(32 - len).unwrap_or(0);
        bits & mask == u32::from_be_bytes(net) & mask
    })
}

const REFUSED_V6: [(u128, u32); 10] = [
    (0, 96),                      // ::, ::1, IPv4-compatible (deprecated)
    (0x0064_ff9b_0001 << 80, 48), // local-use NAT64
    (0x0100 << 112, 64),          // discard-only
    (0x2001 << 112, 23),          // IETF protocol assignments, Teredo
    (0x2001_0db8 << 96, 32),      // documentation
    (0x3fff << 112, 20),          // documentation
    (0xfc00 << 112, 7),           // unique-local
    (0xfe80 << 112, 10),          // link-local
    (0xfec0 << 112, 10),          // site-local (deprecated)
    (0xff00 << 112, 8),           // multicast
];

fn in_v6(bits: u128, net: u128, len: u32) -> bool {
    let mask = u128::MAX.checked_shl(128 - len).unwrap_or(0);
    bits & mask == net & mask
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let bits = u128::from(ip);
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    if in_v6(bits, 0x0064_ff9b << 96, 96) {
        return is_public_v4(Ipv4Addr::from(bits as u32));
    }
    if in_v6(bits, 0x2002 << 112, 16) && !is_public_v4(Ipv4Addr::from((bits >> 80) as u32)) {
        return false;
    }
    // Everything public in IPv6 today is global unicast, 2000::/3.
    !REFUSED_V6.iter().any(|&(net, len)| in_v6(bits, net, len)) && in_v6(bits, 0x2000 << 112, 3)
}

fn blocked_message(host: &str, addr: IpAddr) -> String {
    if host == addr.to_string() {
        format!("the address {addr} is private or local")
    } else {
        format!("the address {addr} of {host} is private or local")
    }
}

fn human_bytes(bytes: u64) -> String {
    const KB: u64 = 1024;
    match bytes {
        b if b >= MB && b % MB == 0 => format!("{} MB", b / MB),
        b if b >= MB => format!("{:.1} MB", b as f64 / MB as f64),
        b if b >= KB && b % KB == 0 => format!("{} KB", b / KB),
        b if b >= KB => format!("{:.1} KB", b as f64 / KB as f64),
        b => format!("{b} bytes"),
    }
}

fn human_duration(d: Duration) -> String {
    match (d.as_secs(), d.subsec_millis()) {
        (secs, 0) => format!("{secs} s"),
        (0, millis) => format!("{millis} ms"),
        _ => format!("{:.1} s", d.as_secs_f64()),
    }
}
