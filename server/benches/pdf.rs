//! `cargo bench -p jobforge --bench pdf`: the same resumes made into PDFs two ways,
//! in one run: typst in-process (our templates) and headless Chromium printing an
//! HTML rendering of the resume preview (the way HTML-to-PDF exporters work).
//! Prints p50/p99 per document for both, the ratio, and peak memory (this
//! process for typst; the largest Chromium process for Chromium). Resumes: every
//! text fixture read by the offline parser, in English and Arabic, and one long
//! career. Asserts nothing about time.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use jobforge_core::json_resume::preview::preview;
use jobforge_core::offline::resume::{parse_resume, to_json_resume};
use jobforge_core::typeset::resume::{Template, language, render};
use serde_json::{Value, json};

const TYPST_ROUNDS: usize = 5;
const CHROMIUM_ROUNDS: usize = 1;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn resumes() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("core/tests/fixtures/resumes");
    let mut out = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .collect();
    names.sort();
    for path in names {
        let text = std::fs::read_to_string(&path).expect("fixture");
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        out.push((name, to_json_resume(&parse_resume(&text))));
    }
    let jobs: Vec<Value> = (0..30)
        .map(|i| {
            let line = "Shipped payment features used by millions of customers every week.";
            json!({"name": format!("Company {i}"), "position": "Engineer",
                   "startDate": "2000-01", "endDate": "2001-01",
                   "highlights": [line, line, line]})
        })
        .collect();
    out.push((
        "long career (30 jobs)".into(),
        json!({"basics": {"name": "Long Career", "label": "Engineer"}, "work": jobs}),
    ));
    out
}

/// The resume preview as a printable HTML page.
fn html(resume: &Value, lang: &str) -> String {
    let p = preview(
        resume,
        if lang == "ar" {
            "حتى الآن"
        } else {
            "present"
        },
    );
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut body = format!(
        "<h1>{}</h1><p class=label>{}</p><p class=contact>{}</p>",
        esc(&p.name),
        esc(&p.label),
        esc(&p.contact.join(" · "))
    );
    if !p.summary.is_empty() {
        body.push_str(&format!("<h2>Summary</h2><p>{}</p>", esc(&p.summary)));
    }
    for (title, entries) in [
        ("Experience", &p.work),
        ("Education", &p.education),
        ("Projects", &p.projects),
    ] {
        if entries.is_empty() {
            continue;
        }
        body.push_str(&format!("<h2>{title}</h2>"));
        for e in entries {
            body.push_str(&format!(
                "<div class=entry><div class=head><b>{}</b> {} <span>{}</span></div><ul>{}</ul></div>",
                esc(&e.title),
                esc(&e.place),
                esc(&e.dates),
                e.lines.iter().map(|l| format!("<li>{}</li>", esc(l))).collect::<String>()
            ));
        }
    }
    for (title, items) in [
        ("Skills", &p.skills),
        ("Languages", &p.languages),
        ("Certificates", &p.certificates),
    ] {
        if !items.is_empty() {
            body.push_str(&format!(
                "<h2>{title}</h2><p>{}</p>",
                esc(&items.join(" · "))
            ));
        }
    }
    let dir = if lang == "ar" { "rtl" } else { "ltr" };
    format!(
        "<!doctype html><html lang={lang} dir={dir}><head><meta charset=utf-8><style>\
         @page {{ size: A4; margin: 16mm 18mm; }} body {{ font: 10.5pt 'Noto Serif', 'Noto Naskh Arabic', serif; }}\
         h1 {{ font-size: 21pt; margin: 0; text-align: center; }} .label, .contact {{ text-align: center; margin: 2pt; }}\
         h2 {{ font-size: 12pt; border-bottom: 0.6pt solid #555; margin: 12pt 0 5pt; }}\
         .head {{ display: flex; gap: 6pt; }} .head span {{ margin-inline-start: auto; }} ul {{ margin: 3pt 0 7pt; }}\
         </style></head><body>{body}</body></html>"
    )
}

/// This process's peak resident memory (VmHWM), in MiB.
fn own_peak_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|v| v.parse::<f64>().ok())
            })
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// The peak resident memory of the largest child process so far, in MiB.
fn children_peak_mib() -> f64 {
    // SAFETY: getrusage only writes the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    if rc == 0 {
        usage.ru_maxrss as f64 / 1024.0
    } else {
        0.0
    }
}

fn report(name: &str, mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    let (p50, p99) = (percentile(&times, 0.5), percentile(&times, 0.99));
    println!(
        "{name:<10} n={:<4} p50 {:>9.1?}  p99 {:>9.1?}",
        times.len(),
        p50,
        p99
    );
    (p50, p99)
}

fn main() {
    let resumes = resumes();
    let before = own_peak_mib();
    // typst: the World and fonts are built on the first document; time them all.
    let mut typst = Vec::new();
    let mut pages = 0;
    for _ in 0..TYPST_ROUNDS {
        for (_, resume) in &resumes {
            let lang = language(resume, None);
            let start = Instant::now();
            let (_, n) = render(resume, Template::Classic, lang).expect("typeset");
            typst.push(start.elapsed());
            pages += n;
        }
    }
    let typst_peak = own_peak_mib();

    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| Command::new(b).arg("--version").output().is_ok());
    let dir = tempfile::tempdir().expect("temp dir");
    let mut printed = Vec::new();
    if let Some(browser) = chromium {
        for _ in 0..CHROMIUM_ROUNDS {
            for (i, (_, resume)) in resumes.iter().enumerate() {
                let source = dir.path().join(format!("r{i}.html"));
                std::fs::write(&source, html(resume, language(resume, None))).expect("write");
                let out = dir.path().join(format!("r{i}.pdf"));
                let start = Instant::now();
                let status = Command::new(browser)
                    .args([
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-pdf-header-footer",
                    ])
                    .arg(format!(
                        "--user-data-dir={}",
                        dir.path().join("profile").display()
                    ))
                    .arg(format!("--print-to-pdf={}", out.display()))
                    .arg(format!("file://{}", source.display()))
                    .output()
                    .expect("chromium runs");
                printed.push(start.elapsed());
                assert!(status.status.success() && out.exists(), "chromium printed");
            }
        }
    }
    println!(
        "{} resumes ({} pages with typst per round)",
        resumes.len(),
        pages / TYPST_ROUNDS
    );
    let (t50, t99) = report("typst", typst);
    println!(
        "typst peak memory: {typst_peak:.0} MiB for the whole process ({before:.0} MiB before)"
    );
    if printed.is_empty() {
        println!("chromium: not installed, not measured");
        return;
    }
    let (c50, c99) = report("chromium", printed);
    println!(
        "chromium peak memory: {:.0} MiB (largest process)",
        children_peak_mib()
    );
    println!(
        "ratio chromium/typst: p50 {:.1}x, p99 {:.1}x",
        c50.as_secs_f64() / t50.as_secs_f64(),
        c99.as_secs_f64() / t99.as_secs_f64()
    );
}
