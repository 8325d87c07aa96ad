use tracing_subscriber::EnvFilter;

/// Logs to stderr; `JOBFORGE_LOG` (or `RUST_LOG`) takes a filter such as `debug`.
pub fn init() {
    let filter = std::env::var("JOBFORGE_LOG")
        .or_else(|_| std::env::var("RUST_LOG"))
        .ok()
        .and_then(|f| EnvFilter::try_new(f).ok())
        .unwrap_or_else(|| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    // A second init (tests) keeps the first subscriber.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
