//! `cargo bench -p jobforge --bench board`: the job board with 500 jobs, rendered
//! on the server as a signed-in user's browser asks for it (board and list view,
//! a search): time per page (p50, p95) and page size. Also `job.parse` and
//! `resume.parse` over their fixtures. Prints figures; asserts nothing about time.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use common::{TestApp, body_text, get_as, sign_up, user_id};
use jobforge_core::model::tracker::JobForm;

const JOBS: usize = 500;
const ROUNDS: usize = 20;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn job(n: usize) -> JobForm {
    let statuses = [
        "interested",
        "applied",
        "interview_scheduled",
        "interview_completed",
        "offer_received",
        "accepted",
        "rejected",
        "withdrawn",
    ];
    let modes = ["onsite", "hybrid", "remote"];
    JobForm {
        title: format!("Backend Engineer {n}"),
        company: format!("Company {}", n % 60),
        location: "Berlin, Germany".into(),
        work_mode: modes[n % 3].into(),
        job_type: "full_time".into(),
        salary_min: "70000".into(),
        salary_max: "90000".into(),
        salary_currency: "EUR".into(),
        description: format!(
            "## About the role\n\nWe build payment APIs in Rust and PostgreSQL for {n} customers.\n\n\
             - 5+ years of backend work\n- Kubernetes, Docker, AWS\n- Clear writing and mentoring\n\n{}",
            "We value careful engineering, tests and kind reviews. ".repeat(20)
        ),
        tags: if n.is_multiple_of(7) {
            "dream, rust".into()
        } else {
            "rust".into()
        },
        status: statuses[n % statuses.len()].into(),
        ..JobForm::default()
    }
}

async fn time_page(app: &TestApp, cookie: &str, uri: &str) -> (Duration, Duration, usize) {
    let mut times = Vec::new();
    let mut size = 0;
    for _ in 0..ROUNDS {
        let started = Instant::now();
        let response = get_as(app, uri, cookie).await;
        let body = body_text(response).await;
        times.push(started.elapsed());
        size = body.len();
    }
    times.sort_unstable();
    (percentile(&times, 0.5), percentile(&times, 0.95), size)
}

/// The page's size on the wire when the browser accepts gzip.
async fn gzip_size(app: &TestApp, cookie: &str, uri: &str) -> usize {
    let request = http::Request::get(uri)
        .header(http::header::COOKIE, cookie)
        .header(http::header::ACCEPT_ENCODING, "gzip")
        .body(axum::body::Body::empty())
        .expect("request");
    let response = app.send(request).await;
    axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .map_or(0, |b| b.len())
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let app = TestApp::sqlite().await;
        let cookie = sign_up(&app, "bench%40example.com").await;
        let user = user_id(&app, &cookie).await;
        let started = Instant::now();
        for n in 0..JOBS {
            jobforge_core::tracker::create(app.db.store.as_ref(), user, &job(n))
                .await
                .expect("job");
        }
        println!("seeded {JOBS} jobs in {:?}", started.elapsed());
        for uri in [
            "/jobs",
            "/jobs?view=list",
            "/jobs?q=mentoring+berlin",
            "/jobs?status=applied",
        ] {
            let (p50, p95, size) = time_page(&app, &cookie, uri).await;
            let wire = gzip_size(&app, &cookie, uri).await;
            println!(
                "GET {uri:<28} p50 {p50:>9.2?}  p95 {p95:>9.2?}  {:>5} KiB ({:>4} KiB gzipped)",
                size / 1024,
                wire / 1024
            );
        }
        app.cleanup().await;
    });

    let pages = fixtures("jobs");
    let times = timed(&pages, |page| {
        let input = jobforge_core::offline::JobParseInput {
            text: page.to_owned(),
            url: None,
        };
        std::hint::black_box(jobforge_core::offline::parse_job(&input));
    });
    report("job.parse", pages.len(), &times);
    let resumes = fixtures("resumes");
    let times = timed(&resumes, |text| {
        std::hint::black_box(jobforge_core::offline::resume::parse_resume(text));
    });
    report("resume.parse", resumes.len(), &times);
}

/// The text fixtures of `core/tests/fixtures/NAME` (not their JSON files).
fn fixtures(name: &str) -> Vec<String> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("core/tests/fixtures")
        .join(name);
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("fixtures").flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e != "json") {
            texts.push(std::fs::read_to_string(&path).expect("fixture"));
        }
    }
    texts
}

/// Each text parsed 50 times; the times, sorted.
fn timed(texts: &[String], parse: impl Fn(&str)) -> Vec<Duration> {
    let mut times = Vec::new();
    for _ in 0..50 {
        for text in texts {
            let started = Instant::now();
            parse(text);
            times.push(started.elapsed());
        }
    }
    times.sort_unstable();
    times
}

fn report(task: &str, count: usize, times: &[Duration]) {
    println!(
        "{task} offline over {count} fixtures: p50 {:.2?}, p95 {:.2?}, max {:.2?}",
        percentile(times, 0.5),
        percentile(times, 0.95),
        times[times.len() - 1]
    );
}
