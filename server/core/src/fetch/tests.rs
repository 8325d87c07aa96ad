//! Every server here is a hand-written HTTP/1.1 responder on 127.0.0.1; nothing
//! leaves the machine. Refused addresses are refused before any connection.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::{FetchError, FetchPolicy, Page, fetch_page, is_public};

/// One canned answer of a test server.
struct Reply {
    status: u16,
    headers: Vec<String>,
    body: Vec<u8>,
    /// The Content-Length header sent, if any (it may lie).
    content_length: Option<usize>,
    delay: Duration,
}

impl Reply {
    fn html(body: impl Into<Vec<u8>>) -> Self {
        let body = body.into();
        Self {
            status: 200,
            headers: vec!["Content-Type: text/html; charset=utf-8".into()],
            content_length: Some(body.len()),
            body,
            delay: Duration::ZERO,
        }
    }

    fn typed(content_type: Option<&str>, body: &str) -> Self {
        let mut reply = Self::html(body);
        reply.headers = content_type
            .map(|t| format!("Content-Type: {t}"))
            .into_iter()
            .collect();
        reply
    }

    fn redirect(location: &str) -> Self {
        let mut reply = Self::html("moved");
        reply.status = 302;
        reply.headers.push(format!("Location: {location}"));
        reply
    }

    fn status(status: u16) -> Self {
        let mut reply = Self::html("no");
        reply.status = status;
        reply
    }
}

/// Serves `answer(path)` to every request until the test's runtime ends.
async fn serve(answer: impl Fn(&str) -> Reply + Send + Sync + 'static) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free local port");
    let addr = listener
        .local_addr()
        .expect("a bound listener has an address");
    let answer = Arc::new(answer);
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let answer = Arc::clone(&answer);
            tokio::spawn(async move {
                let _ = respond(socket, &*answer).await;
            });
        }
    });
    addr
}

async fn respond(
    mut socket: TcpStream,
    answer: &(dyn Fn(&str) -> Reply + Send + Sync),
) -> std::io::Result<()> {
    let mut request = Vec::new();
    let mut buf = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = socket.read(&mut buf).await?;
        if n == 0 {
            return Ok(());
        }
        request.extend_from_slice(&buf[..n]);
    }
    let head = String::from_utf8_lossy(&request);
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let reply = answer(&path);
    tokio::time::sleep(reply.delay).await;
    let mut out = format!("HTTP/1.1 {} X\r\nConnection: close\r\n", reply.status);
    for header in &reply.headers {
        out.push_str(header);
        out.push_str("\r\n");
    }
    if let Some(length) = reply.content_length {
        out.push_str(&format!("Content-Length: {length}\r\n"));
    }
    out.push_str("\r\n");
    socket.write_all(out.as_bytes()).await?;
    socket.write_all(&reply.body).await?;
    socket.shutdown().await
}

/// The default policy, but `http://127.0.0.1:…/` itself may be fetched.
fn trusting_loopback() -> FetchPolicy {
    FetchPolicy {
        trusted: vec![IpAddr::V4(Ipv4Addr::LOCALHOST)],
        ..FetchPolicy::default()
    }
}

async fn fetch(url: &str, policy: &FetchPolicy) -> Result<Page, FetchError> {
    fetch_page(url, policy).await
}

fn ip(text: &str) -> IpAddr {
    text.parse().expect("test addresses are valid")
}

#[test]
fn refuses_private_local_and_reserved_ranges() {
    let refused = [
        "127.0.0.1",
        "127.255.255.254",
        "10.0.0.1",
        "10.255.255.255",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "169.254.169.254",
        "169.254.0.1",
        "100.64.0.1",
        "100.127.255.255",
        "0.0.0.0",
        "0.1.2.3",
        "255.255.255.255",
        "224.0.0.1",
        "239.255.255.250",
        "240.0.0.1",
        "192.0.0.8",
        "192.0.2.1",
        "198.51.100.7",
        "203.0.113.9",
        "198.18.0.1",
        "198.19.255.255",
        "192.88.99.1",
        // IPv6
        "::1",
        "::",
        "fc00::1",
        "fd12:3456::1",
        "fe80::1",
        "febf::1",
        "fec0::1",
        "ff02::1",
        "ff0e::1",
        "2001:db8::1",
        "3fff::1",
        "100::1",
        "2001::1",
        "64:ff9b:1::1",
        // IPv4-mapped, -compatible, NAT64 and 6to4 forms of refused IPv4
        "::ffff:127.0.0.1",
        "::ffff:7f00:1",
        "::ffff:10.0.0.1",
        "::ffff:169.254.169.254",
        "::127.0.0.1",
        "::10.0.0.1",
        "64:ff9b::127.0.0.1",
        "64:ff9b::a00:1",
        "64:ff9b::169.254.169.254",
        "2002:7f00:1::1",
        "2002:a00:1::",
        "2002:c0a8:101::1",
        "2002:a9fe:a9fe::",
    ];
    for text in refused {
        assert!(!is_public(ip(text)), "{text} must be refused");
    }
}

#[test]
fn accepts_public_addresses() {
    let public = [
        "8.8.8.8",
        "1.1.1.1",
        "93.184.216.34",
        "172.32.0.1",
        "100.128.0.1",
        "169.255.0.1",
        "2606:4700:4700::1111",
        "2a00:1450:4001::200e",
        "::ffff:8.8.8.8",
        "64:ff9b::808:808",
        "2002:808:808::1",
    ];
    for text in public {
        assert!(is_public(ip(text)), "{text} must be accepted");
    }
}

#[tokio::test]
async fn refuses_local_addresses_in_every_notation() {
    let urls = [
        ("http://127.0.0.1/", "127.0.0.1"),
        ("http://2130706433/", "127.0.0.1"),
        ("http://0x7f000001/", "127.0.0.1"),
        ("http://0177.0.0.1/", "127.0.0.1"),
        ("http://127.1/", "127.0.0.1"),
        ("http://0x7f.0.0.1:8080/", "127.0.0.1"),
        ("http://0/", "0.0.0.0"),
        ("http://0.0.0.0/", "0.0.0.0"),
        (
            "http://169.254.169.254/latest/meta-data/",
            "169.254.169.254",
        ),
        ("http://10.1.2.3/", "10.1.2.3"),
        ("https://192.168.0.1/", "192.168.0.1"),
        ("http://[::1]/", "::1"),
        ("http://[::]/", "::"),
        ("http://[::ffff:127.0.0.1]/", "::ffff:127.0.0.1"),
        ("http://[::ffff:7f00:1]/", "::ffff:127.0.0.1"),
        ("http://[64:ff9b::7f00:1]/", "64:ff9b::7f00:1"),
        ("http://[2002:7f00:1::1]/", "2002:7f00:1::1"),
        ("http://[fe80::1]/", "fe80::1"),
        ("http://[fd00::1]/", "fd00::1"),
        ("http://localhost/", "127.0.0.1"),
        ("http://LocalHost:3000/", "127.0.0.1"),
    ];
    for (url, addr) in urls {
        match fetch(url, &FetchPolicy::default()).await {
            Err(FetchError::PrivateAddress { addr: refused, .. }) => {
                assert_eq!(refused, ip(addr), "{url}");
            }
            other => panic!("{url} must be refused as private, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn names_the_host_and_address_it_refused() {
    let error = fetch("http://localhost/", &FetchPolicy::default())
        .await
        .expect_err("refused");
    assert_eq!(
        error.to_string(),
        "the address 127.0.0.1 of localhost is private or local; Jobforge only fetches public pages"
    );
    let error = fetch("http://[::1]/", &FetchPolicy::default())
        .await
        .expect_err("refused");
    assert_eq!(
        error.to_string(),
        "the address ::1 is private or local; Jobforge only fetches public pages"
    );
}

#[tokio::test]
async fn refuses_other_schemes_and_credentials() {
    for url in [
        "file:///etc/passwd",
        "ftp://example.com/job.txt",
        "javascript:alert(1)",
        "data:text/html,<h1>job</h1>",
        "gopher://example.com/",
        "ws://example.com/",
    ] {
        let error = fetch(url, &FetchPolicy::default()).await.expect_err(url);
        assert!(
            matches!(error, FetchError::UnsupportedScheme { .. }),
            "{url}: {error:?}"
        );
        assert!(
            error
                .to_string()
                .starts_with("only http and https addresses can be fetched")
        );
    }
    for url in [
        "http://user:secret@example.com/",
        "https://user@example.com/",
    ] {
        let error = fetch(url, &FetchPolicy::default()).await.expect_err(url);
        assert!(matches!(error, FetchError::Credentials), "{url}: {error:?}");
    }
    for url in ["", "example.com/jobs", "http://", "http://exa mple.com/"] {
        let error = fetch(url, &FetchPolicy::default()).await.expect_err(url);
        assert!(
            matches!(error, FetchError::InvalidUrl { .. }),
            "{url:?}: {error:?}"
        );
    }
}

#[tokio::test]
async fn refuses_redirects_to_private_addresses() {
    let addr = serve(|path| match path {
        "/ok" => Reply::html("<h1>Rust engineer</h1>"),
        "/to-127.0.0.2" => Reply::redirect("http://127.0.0.2/"),
        "/to-ipv6-loopback" => Reply::redirect("http://[::1]/"),
        "/to-localhost" => Reply::redirect("http://localhost/"),
        "/to-metadata" => Reply::redirect("http://169.254.169.254/latest/meta-data/"),
        "/to-file" => Reply::redirect("file:///etc/passwd"),
        _ => Reply::status(404),
    })
    .await;
    let port = addr.port();
    let policy = trusting_loopback();
    // The trusted first hop itself is served, so the refusals below are the redirects'.
    let page = fetch(&format!("http://127.0.0.1:{port}/ok"), &policy)
        .await
        .expect("trusted page");
    assert_eq!(page.body, "<h1>Rust engineer</h1>");

    for (path, host, refused) in [
        ("/to-127.0.0.2", "127.0.0.2", "127.0.0.2"),
        ("/to-ipv6-loopback", "::1", "::1"),
        ("/to-localhost", "localhost", "127.0.0.1"),
        ("/to-metadata", "169.254.169.254", "169.254.169.254"),
    ] {
        let url = format!("http://127.0.0.1:{port}{path}");
        match fetch(&url, &policy).await {
            Err(FetchError::PrivateAddress { host: h, addr: a }) => {
                assert_eq!((h.as_str(), a), (host, ip(refused)), "{path}");
            }
            other => panic!("{path} must be refused, got {other:?}"),
        }
    }
    let error = fetch(&format!("http://127.0.0.1:{port}/to-file"), &policy)
        .await
        .expect_err("file");
    assert!(
        matches!(error, FetchError::UnsupportedScheme { .. }),
        "{error:?}"
    );
}

/// `/hops/N` redirects N times before answering.
async fn hop_server() -> SocketAddr {
    serve(|path| {
        let left: u32 = path.trim_start_matches("/hops/").parse().unwrap_or(0);
        match left {
            0 => Reply::html("arrived"),
            n => Reply::redirect(&format!("/hops/{}", n - 1)),
        }
    })
    .await
}

#[tokio::test]
async fn refuses_more_than_five_redirects() {
    let addr = hop_server().await;
    let error = fetch(&format!("http://{addr}/hops/6"), &trusting_loopback())
        .await
        .expect_err("6");
    assert!(
        matches!(error, FetchError::TooManyRedirects { max: 5 }),
        "{error:?}"
    );
    assert_eq!(error.to_string(), "too many redirects (more than 5)");

    let page = fetch(&format!("http://{addr}/hops/5"), &trusting_loopback())
        .await
        .expect("5");
    assert_eq!(page.final_url, format!("http://{addr}/hops/0"));
}

#[tokio::test]
async fn refuses_a_body_over_the_limit() {
    let six_mb = 6 * 1024 * 1024;
    let addr = serve(move |path| match path {
        "/declared" => Reply::html(vec![b'a'; six_mb]),
        // Refused from the header alone: the short body would otherwise end in an
        // incomplete-message error, not in `TooLarge`.
        "/claimed" => Reply {
            content_length: Some(six_mb),
            ..Reply::html("short")
        },
        // Without Content-Length the body runs to the end of the connection and the
        // limit must be caught while streaming.
        _ => Reply {
            content_length: None,
            ..Reply::html(vec![b'a'; six_mb])
        },
    })
    .await;
    for path in ["/declared", "/claimed", "/streamed"] {
        let url = format!("http://{addr}{path}");
        let error = fetch(&url, &trusting_loopback()).await.expect_err(path);
        assert!(
            matches!(error, FetchError::TooLarge { .. }),
            "{path}: {error:?}"
        );
        assert_eq!(error.to_string(), "the page is larger than 5 MB");
    }
}

#[tokio::test]
async fn accepts_a_body_just_under_the_limit() {
    let size = 5 * 1024 * 1024 - 1;
    let addr = serve(move |_| {
        let mut reply = Reply::html(vec![b'a'; size]);
        reply.content_length = None;
        reply
    })
    .await;
    let page = fetch(&format!("http://{addr}/"), &trusting_loopback())
        .await
        .expect("accepted");
    assert_eq!(page.body.len(), size);
}

#[tokio::test]
async fn refuses_a_slow_server() {
    let addr = serve(|_| {
        let mut reply = Reply::html("late");
        reply.delay = Duration::from_secs(30);
        reply
    })
    .await;
    let policy = FetchPolicy {
        timeout: Duration::from_secs(1),
        ..trusting_loopback()
    };
    let started = std::time::Instant::now();
    let error = fetch(&format!("http://{addr}/"), &policy)
        .await
        .expect_err("too slow");
    assert!(matches!(error, FetchError::Timeout(_)), "{error:?}");
    assert_eq!(error.to_string(), "the page took longer than 1 s");
    assert!(started.elapsed() < Duration::from_secs(3));
    assert_eq!(
        FetchError::Timeout(FetchPolicy::default().timeout).to_string(),
        "the page took longer than 10 s"
    );
}

#[tokio::test]
async fn allow_private_fetches_a_local_page_after_a_redirect() {
    let addr = serve(|path| match path {
        "/job" => Reply::redirect("/jobs/42?ref=import"),
        "/jobs/42?ref=import" => Reply::html("\u{feff}<h1>Backend engineer</h1>"),
        _ => Reply::status(404),
    })
    .await;
    let policy = FetchPolicy {
        allow_private: true,
        ..FetchPolicy::default()
    };
    for host in [addr.to_string(), format!("localhost:{}", addr.port())] {
        let page = fetch(&format!("http://{host}/job"), &policy)
            .await
            .expect("allowed");
        assert_eq!(page.final_url, format!("http://{host}/jobs/42?ref=import"));
        assert_eq!(page.status, 200);
        assert_eq!(page.content_type, "text/html");
        assert_eq!(page.body, "<h1>Backend engineer</h1>");
    }
}

#[tokio::test]
async fn only_reads_text_like_content_types() {
    let addr = serve(|path| match path {
        "/png" => Reply::typed(Some("image/png"), "\u{89}PNG"),
        "/pdf" => Reply::typed(Some("application/pdf"), "%PDF-1.7"),
        "/json" => Reply::typed(Some("Application/JSON; charset=utf-8"), "{}"),
        "/ld" => Reply::typed(Some("application/ld+json"), "{}"),
        "/xhtml" => Reply::typed(Some("application/xhtml+xml"), "<html/>"),
        "/text" => Reply::typed(Some("text/plain"), "job"),
        _ => Reply::typed(None, "no type"),
    })
    .await;
    let policy = trusting_loopback();
    for (path, kind) in [("/png", "image/png"), ("/pdf", "application/pdf")] {
        let error = fetch(&format!("http://{addr}{path}"), &policy)
            .await
            .expect_err(path);
        assert!(
            matches!(&error, FetchError::UnsupportedContentType(t) if t == kind),
            "{error:?}"
        );
        assert!(
            error
                .to_string()
                .starts_with(&format!("the page is of type {kind};"))
        );
    }
    for (path, kind) in [
        ("/json", "application/json"),
        ("/ld", "application/ld+json"),
        ("/xhtml", "application/xhtml+xml"),
        ("/text", "text/plain"),
        ("/none", ""),
    ] {
        let page = fetch(&format!("http://{addr}{path}"), &policy)
            .await
            .expect(path);
        assert_eq!(page.content_type, kind, "{path}");
    }
}

#[tokio::test]
async fn reports_error_statuses() {
    let addr = serve(|path| match path {
        "/gone" => Reply::status(410),
        "/broken" => Reply::status(500),
        _ => Reply::status(404),
    })
    .await;
    for (path, status) in [("/missing", 404), ("/gone", 410), ("/broken", 500)] {
        let error = fetch(&format!("http://{addr}{path}"), &trusting_loopback())
            .await
            .expect_err(path);
        assert!(
            matches!(error, FetchError::Status(s) if s == status),
            "{error:?}"
        );
        assert_eq!(error.to_string(), format!("the server answered {status}"));
    }
}

#[tokio::test]
async fn reports_a_refused_connection() {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free local port");
    let addr = listener
        .local_addr()
        .expect("a bound listener has an address");
    drop(listener);
    let error = fetch(&format!("http://{addr}/"), &trusting_loopback())
        .await
        .expect_err("closed");
    assert!(matches!(error, FetchError::Http { .. }), "{error:?}");
    assert!(
        error
            .to_string()
            .starts_with(&format!("could not load http://{addr}/: "))
    );
}
