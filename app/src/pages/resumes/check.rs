//! The quality check of the version on screen (`resume.analyze`): a score, the
//! figures behind it, every finding with the line it is about, and, against a
//! chosen job, that job's keywords and how often the resume uses them. The job
//! is picked with a plain GET form (`?check_job=ID`), so it works without
//! JavaScript.

use jobforge_core::model::resume::QualityReport;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::resumes::{analyze_resume, job_choices};
use crate::components::form::BUTTON;
use crate::i18n::resume::{ResumeStrings, use_resume_strings};

const CARD: &str = "flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900";

#[component]
pub fn QualityCheck(id: i64, version: i32) -> impl IntoView {
    let r = use_resume_strings();
    let query = use_query_map();
    let job = move || query.with(|q| q.get("check_job").and_then(|v| v.parse::<i64>().ok()));
    let report = Resource::new(job, move |job| analyze_resume(id, Some(version), job));
    let jobs = Resource::new(|| (), |_| job_choices());
    view! {
        <section class=CARD aria-labelledby="resume-check" data-testid="quality">
            <h2 id="resume-check" class="text-lg font-semibold">{r.check_title}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let choices = jobs.await.unwrap_or_default();
                    let chosen = job();
                    (!choices.is_empty()).then(|| view! {
                        <form method="get" class="flex flex-wrap items-end gap-3">
                            <input type="hidden" name="version" value=version />
                            <div class="flex flex-col gap-1">
                                <label for="check-job" class="font-medium">{r.check_job}</label>
                                <select id="check-job" name="check_job" class="rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900">
                                    <option value="">{r.check_no_job}</option>
                                    {choices.into_iter().map(|(job_id, label)| view! {
                                        <option value=job_id selected=chosen == Some(job_id)>{label}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            <button type="submit" class=BUTTON>{r.check_button}</button>
                        </form>
                    })
                })}
            </Suspense>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match report.await {
                        Ok(report) => view! { <Report report r /> }.into_any(),
                        Err(_) => ().into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Report(report: QualityReport, r: &'static ResumeStrings) -> impl IntoView {
    let stats = r
        .check_stats
        .replace("{bullets}", &report.bullets.to_string())
        .replace("{quantified}", &report.quantified.to_string())
        .replace("{words}", &report.bullet_words.to_string())
        .replace("{pages}", &report.pages.to_string());
    let tone = match report.score {
        80.. => "bg-teal-100 text-teal-900 dark:bg-teal-900 dark:text-teal-100",
        50..=79 => "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
        _ => "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
    };
    view! {
        <div class="flex flex-wrap items-center gap-3">
            <span class=format!("rounded-lg px-3 py-1 text-2xl font-semibold {tone}") data-testid="quality-score">{report.score}</span>
            <span class="text-sm text-stone-700 dark:text-stone-300">{stats}</span>
            {report.offline.then(|| view! { <span class="text-xs text-stone-600 dark:text-stone-400">{r.offline_label}</span> })}
        </div>
        {report.job.clone().map(|job| view! {
            <div class="flex flex-col gap-1" data-testid="quality-keywords">
                <h3 class="font-medium">{r.check_keywords.replace("{job}", &job)}</h3>
                <ul class="flex flex-wrap gap-2 text-sm">
                    {report.keywords.iter().map(|(keyword, count)| {
                        let class = if *count == 0 {
                            "rounded border border-red-300 px-2 py-0.5 text-red-900 dark:border-red-800 dark:text-red-200"
                        } else {
                            "rounded border border-teal-300 px-2 py-0.5 text-teal-900 dark:border-teal-800 dark:text-teal-200"
                        };
                        view! { <li class=class>{format!("{keyword} × {count}")}</li> }
                    }).collect_view()}
                </ul>
            </div>
        })}
        {if report.findings.is_empty() {
            view! { <p>{r.check_clean}</p> }.into_any()
        } else {
            view! {
                <ol class="flex flex-col gap-2" data-testid="quality-findings">
                    {report.findings.into_iter().map(|f| {
                        let badge = match f.severity.as_str() {
                            "error" => "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
                            "warning" => "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
                            _ => "bg-stone-100 text-stone-800 dark:bg-stone-800 dark:text-stone-100",
                        };
                        view! {
                            <li class="flex flex-col gap-1 border-b border-stone-100 pb-2 dark:border-stone-800" data-kind=f.kind.clone() data-path=f.path.clone()>
                                <p class="flex flex-wrap items-baseline gap-2">
                                    <span class=format!("rounded px-2 py-0.5 text-xs font-semibold {badge}")>{r.severity(&f.severity)}</span>
                                    <span>{f.message}</span>
                                </p>
                                {(!f.line.is_empty()).then(|| view! {
                                    <blockquote class="border-s-4 border-stone-300 ps-3 text-sm text-stone-700 dark:border-stone-600 dark:text-stone-300" dir="auto">{f.line.clone()}</blockquote>
                                })}
                                <code class="text-xs text-stone-500 dark:text-stone-400" dir="ltr">{f.path.clone()}</code>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }.into_any()
        }}
    }
}
