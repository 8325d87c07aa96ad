//! `/dashboard`: where the search stands. Figures, a funnel and a weekly activity
//! chart drawn on the server as SVG (readable without JavaScript, mirrored when the
//! page reads right to left), interviews, near deadlines and recent moves. A new
//! user gets a first step instead of empty charts.

use jobforge_core::model::tracker::{Dashboard, DashboardJob, WeekCount};
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::ApiError;
use crate::api::tracker::dashboard_figures;
use crate::components::form::{BUTTON, LINK};
use crate::components::signed_in::SignedIn;
use crate::i18n::tracker::{TrackerStrings, use_tracker_strings};
use crate::i18n::{Lang, use_lang, use_strings};
use crate::pages::jobs::date_of;

const CARD: &str = "flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900";

#[component]
pub fn DashboardPage() -> impl IntoView {
    let t = use_tracker_strings();
    view! {
        <Title text=t.dashboard_title />
        <SignedIn>
            <DashboardView />
        </SignedIn>
    }
}

#[component]
fn DashboardView() -> impl IntoView {
    let t = use_tracker_strings();
    let s = use_strings();
    let data = Resource::new(|| (), |_| dashboard_figures());
    view! {
        <div class="flex flex-col gap-5">
            <h1 class="text-2xl font-semibold">{t.dashboard_title}</h1>
            <Suspense fallback=move || view! { <p>{s.loading}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) if d.total == 0 => view! {
                            <div class=CARD data-testid="dashboard-empty">
                                <p>{t.dashboard_empty}</p>
                                <a href="/jobs/new" class=format!("self-start {BUTTON}")>{t.add_job}</a>
                            </div>
                        }.into_any(),
                        Ok(d) => view! { <Figures d /> }.into_any(),
                        Err(ApiError::Unauthorized) => view! { <p>{s.sign_in_required}</p> }.into_any(),
                        Err(_) => view! { <p role="alert">{s.server_error}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Stat(
    label: &'static str,
    value: String,
    test_id: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView {
    view! {
        <div class=CARD>
            <p class="text-sm text-stone-600 dark:text-stone-400">{label}</p>
            <p class="text-3xl font-semibold" data-testid=test_id>{value}</p>
            {hint.map(|h| view! { <p class="text-xs text-stone-600 dark:text-stone-400">{h}</p> })}
        </div>
    }
}

#[component]
fn Figures(d: Dashboard) -> impl IntoView {
    let t = use_tracker_strings();
    let rtl = use_lang() == Lang::Ar;
    let percent = |v: Option<u8>| v.map_or_else(|| t.not_yet.to_owned(), |v| format!("{v}%"));
    view! {
        <div class="grid grid-cols-2 gap-4 md:grid-cols-5">
            <Stat label=t.total_jobs value=d.total.to_string() test_id="stat-total" />
            <Stat label=t.applied_week value=d.applied_this_week.to_string() test_id="stat-week" />
            <Stat label=t.applied_four_weeks value=d.applied_last_four_weeks.to_string() test_id="stat-four-weeks" />
            <Stat label=t.response_rate value=percent(d.response_rate) test_id="stat-response" hint=t.response_rate_hint />
            <Stat label=t.average_score value=percent(d.average_score) test_id="stat-score" />
        </div>
        <div class="grid gap-4 lg:grid-cols-2">
            <section class=CARD aria-labelledby="dash-funnel">
                <h2 id="dash-funnel" class="text-lg font-semibold">{t.funnel}</h2>
                <Funnel stages=d.funnel.iter().map(|(_, n)| *n).collect() t rtl />
            </section>
            <section class=CARD aria-labelledby="dash-weekly">
                <h2 id="dash-weekly" class="text-lg font-semibold">{t.weekly}</h2>
                <Weekly weeks=d.weekly.clone() t rtl />
            </section>
        </div>
        <div class="grid gap-4 lg:grid-cols-3">
            <section class=CARD aria-labelledby="dash-status">
                <h2 id="dash-status" class="text-lg font-semibold">{t.by_status}</h2>
                <ul class="flex flex-col gap-1 text-sm" data-testid="by-status">
                    {d.by_status.iter().map(|(status, n)| view! {
                        <li class="flex justify-between">
                            <a href=format!("/jobs?status={}", status.as_str()) class=LINK>{t.status(*status)}</a>
                            <span data-status=status.as_str()>{*n}</span>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
            <JobList title=t.interviews id="dash-interviews" jobs=d.interviews.clone() t />
            <JobList title=t.deadlines id="dash-deadlines" jobs=d.deadlines.clone() t />
        </div>
        <section class=CARD aria-labelledby="dash-recent">
            <h2 id="dash-recent" class="text-lg font-semibold">{t.recent}</h2>
            {d.recent.is_empty().then(|| view! { <p>{t.nothing_yet}</p> })}
            <ol class="flex flex-col gap-1 text-sm" data-testid="recent">
                {d.recent.iter().map(|a| {
                    let step = match a.from {
                        None => t.added.replace("{status}", t.status(a.to)),
                        Some(from) => format!("{} {} {}", t.status(from), t.arrow, t.status(a.to)),
                    };
                    view! {
                        <li class="flex flex-wrap gap-x-2">
                            <a href=format!("/jobs/{}", a.job_id) class=LINK dir="auto">{a.title.clone()}</a>
                            <span>{step}</span>
                            <time class="text-stone-600 dark:text-stone-400" datetime=date_of(a.at)>{date_of(a.at)}</time>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn JobList(
    title: &'static str,
    id: &'static str,
    jobs: Vec<DashboardJob>,
    t: &'static TrackerStrings,
) -> impl IntoView {
    view! {
        <section class=CARD aria-labelledby=id>
            <h2 id=id class="text-lg font-semibold">{title}</h2>
            {jobs.is_empty().then(|| view! { <p class="text-sm">{t.nothing_yet}</p> })}
            <ul class="flex flex-col gap-1 text-sm">
                {jobs.into_iter().map(|job| view! {
                    <li class="flex flex-wrap gap-x-2">
                        <a href=format!("/jobs/{}", job.id) class=LINK dir="auto">{job.title}</a>
                        {job.company.map(|c| view! { <span dir="auto">{c}</span> })}
                        {job.when.map(|w| view! { <span class="text-stone-600 dark:text-stone-400">{w}</span> })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// Horizontal bars, one per stage, widest first; the numbers are in the text too.
#[component]
fn Funnel(stages: Vec<u32>, t: &'static TrackerStrings, rtl: bool) -> impl IntoView {
    let max = stages.iter().copied().max().unwrap_or(0).max(1);
    let (width, row) = (400.0_f64, 34.0_f64);
    let label_width = 110.0;
    let bar_room = width - label_width - 40.0;
    let height = row * stages.len() as f64;
    let summary = stages
        .iter()
        .zip(t.funnel_stages)
        .map(|(n, name)| format!("{name}: {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    let label = summary.clone();
    view! {
        <svg viewBox=format!("0 0 {width} {height}") role="img" aria-label=label class="w-full" data-testid="funnel" direction="ltr">
            <title>{summary}</title>
            {stages.iter().zip(t.funnel_stages).enumerate().map(|(i, (n, name))| {
                let y = i as f64 * row;
                let bar = bar_room * f64::from(*n) / f64::from(max);
                let (label_x, anchor, bar_x, value_x, value_anchor) = if rtl {
                    (width, "end", width - label_width - bar, width - label_width - bar - 6.0, "end")
                } else {
                    (0.0, "start", label_width, label_width + bar + 6.0, "start")
                };
                view! {
                    <g>
                        <text x=label_x y=y + 21.0 text-anchor=anchor class="fill-stone-700 text-[13px] dark:fill-stone-300">{name}</text>
                        <rect x=bar_x y=y + 6.0 width=bar.max(2.0) height=row - 12.0 rx="4" class="fill-teal-600" />
                        <text x=value_x y=y + 21.0 text-anchor=value_anchor class="fill-stone-900 text-[13px] font-semibold dark:fill-stone-100">{*n}</text>
                    </g>
                }
            }).collect_view()}
        </svg>
    }
}

/// Two bars per week (applications, moves), oldest week first in reading order.
#[component]
fn Weekly(weeks: Vec<WeekCount>, t: &'static TrackerStrings, rtl: bool) -> impl IntoView {
    let max = weeks
        .iter()
        .map(|w| w.applied.max(w.moves))
        .max()
        .unwrap_or(0)
        .max(1);
    let (width, height, base) = (400.0_f64, 160.0_f64, 130.0_f64);
    let slot = width / weeks.len().max(1) as f64;
    let scale = (base - 10.0) / f64::from(max);
    let summary = weeks
        .iter()
        .map(|w| {
            format!(
                "{}: {} {}, {} {}",
                date_of(w.start + 7 * 86_400_000),
                w.applied,
                t.weekly_applied,
                w.moves,
                t.weekly_moves
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let count = weeks.len();
    let label = summary.clone();
    view! {
        <svg viewBox=format!("0 0 {width} {height}") role="img" aria-label=label class="w-full" data-testid="weekly">
            <title>{summary}</title>
            <line x1="0" y1=base x2=width y2=base class="stroke-stone-300 dark:stroke-stone-700" />
            {weeks.iter().enumerate().map(|(i, w)| {
                let place = if rtl { count - 1 - i } else { i };
                let x = place as f64 * slot + slot * 0.15;
                let bar = slot * 0.33;
                let applied = f64::from(w.applied) * scale;
                let moves = f64::from(w.moves) * scale;
                let label = date_of(w.start + 7 * 86_400_000);
                let short = label.get(5..).unwrap_or_default().to_owned();
                view! {
                    <g>
                        <title>{t.week_of.replace("{date}", &label)}</title>
                        <rect x=x y=base - applied width=bar height=applied class="fill-teal-600" />
                        <rect x=x + bar + 2.0 y=base - moves width=bar height=moves class="fill-amber-500" />
                        <text x=x + bar y=base + 16.0 text-anchor="middle" class="fill-stone-600 text-[10px] dark:fill-stone-400">{short}</text>
                    </g>
                }
            }).collect_view()}
        </svg>
        <p class="flex gap-4 text-xs">
            <span class="flex items-center gap-1"><span class="inline-block h-3 w-3 rounded-sm bg-teal-600"></span>{t.weekly_applied}</span>
            <span class="flex items-center gap-1"><span class="inline-block h-3 w-3 rounded-sm bg-amber-500"></span>{t.weekly_moves}</span>
        </p>
    }
}
