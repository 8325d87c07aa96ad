//! `/interviews`: upcoming and past interviews as a list, or a month or week
//! calendar (`?view=month|week&at=YYYY-MM-DD`), the form that schedules one,
//! and the private calendar feed; `/interviews/:id`: one interview.

pub mod calendar;
mod detail;

pub use detail::InterviewPage;

use jobforge_core::model::interview::{InterviewKind, InterviewList, InterviewView, Outcome};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::ApiError;
use crate::api::interviews::{ResetCalendarFeed, ScheduleInterview, interviews};
use crate::api::resumes::job_choices;
use crate::components::field::{Field, SelectField, TextArea};
use crate::components::form::{BUTTON, LINK, PANEL, errors};
use crate::components::signed_in::SignedIn;
use crate::i18n::interviews::{InterviewStrings, use_interview_strings};
use crate::i18n::use_strings;

/// Time zones offered as you type (any IANA name is accepted).
const ZONES: [&str; 16] = [
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Asia/Riyadh",
    "Asia/Dubai",
    "Africa/Cairo",
    "Asia/Kolkata",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Sydney",
];

pub(crate) fn kind_options(s: &'static InterviewStrings) -> Vec<(&'static str, &'static str)> {
    InterviewKind::ALL
        .into_iter()
        .map(|k| (k.as_str(), s.kind(k)))
        .collect()
}

pub(crate) fn outcome_options(s: &'static InterviewStrings) -> Vec<(&'static str, &'static str)> {
    Outcome::ALL
        .into_iter()
        .map(|o| (o.as_str(), s.outcome(o)))
        .collect()
}

/// The time zone list behind the time zone fields.
pub(crate) fn zone_list() -> impl IntoView {
    view! {
        <datalist id="time-zones">
            {ZONES.iter().map(|z| view! { <option value=*z></option> }).collect_view()}
        </datalist>
    }
}

#[component]
pub fn InterviewsPage() -> impl IntoView {
    let s = use_interview_strings();
    view! {
        <Title text=s.title />
        <SignedIn>
            <Interviews />
        </SignedIn>
    }
}

#[component]
fn Interviews() -> impl IntoView {
    let s = use_interview_strings();
    let strings = use_strings();
    let reset = ServerAction::<ResetCalendarFeed>::new();
    let list = Resource::new(move || reset.version().get(), |_| interviews());
    let query = use_query_map();
    let view_name = move || query.with(|q| q.get("view").unwrap_or_default());
    let at = move || query.with(|q| q.get("at").and_then(|d| calendar::parse_day(&d)));
    let tab = move |name: &'static str, label: &'static str| {
        let current = move || {
            let v = view_name();
            (v == name || (name == "list" && v != "month" && v != "week")).then_some("page")
        };
        view! { <a href=format!("/interviews?view={name}") class=LINK aria-current=current>{label}</a> }
    };
    view! {
        <div class="mx-auto flex w-full max-w-4xl flex-col gap-5">
            <h1 class="text-2xl font-semibold">{s.title}</h1>
            <p class="text-stone-700 dark:text-stone-300">{s.intro}</p>
            <nav class="flex gap-4" aria-label=s.title>
                {tab("list", s.list)}
                {tab("month", s.month)}
                {tab("week", s.week)}
            </nav>
            <Transition fallback=move || view! { <p>{strings.loading}</p> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) => {
                            let today = list.now.div_euclid(86_400_000);
                            let day = at().unwrap_or(today);
                            let all: Vec<InterviewView> = list.upcoming.iter().chain(&list.past).cloned().collect();
                            let body = match view_name().as_str() {
                                "month" => view! { <calendar::Calendar s items=all day week=false /> }.into_any(),
                                "week" => view! { <calendar::Calendar s items=all day week=true /> }.into_any(),
                                _ => lists(s, &list).into_any(),
                            };
                            view! { {body}<Feed list reset /> }.into_any()
                        }
                        Err(ApiError::Unauthorized) => view! { <p>{strings.sign_in_required}</p> }.into_any(),
                        Err(_) => view! { <p role="alert">{strings.server_error}</p> }.into_any(),
                    }
                })}
            </Transition>
            <ScheduleForm />
        </div>
    }
}

fn lists(s: &'static InterviewStrings, list: &InterviewList) -> impl IntoView + use<> {
    let part = |title: &'static str,
                empty: &'static str,
                items: Vec<InterviewView>,
                id: &'static str| {
        view! {
            <section aria-labelledby=id class="flex flex-col gap-2" data-testid=id>
                <h2 id=id class="text-lg font-semibold">{title}</h2>
                {if items.is_empty() {
                    view! { <p class="text-sm">{empty}</p> }.into_any()
                } else {
                    view! {
                        <ul class="flex flex-col gap-2">
                            {items.into_iter().map(|i| view! { <InterviewItem s i /> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        }
    };
    view! {
        {part(s.upcoming, s.none_upcoming, list.upcoming.clone(), "upcoming")}
        {part(s.past, s.none_past, list.past.clone(), "past")}
    }
}

#[component]
fn InterviewItem(s: &'static InterviewStrings, i: InterviewView) -> impl IntoView {
    let job = jobforge_core::model::tracker::job_label(&i.job_title, i.company.as_deref());
    view! {
        <li class="flex flex-wrap items-center gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900" data-testid="interview-item">
            <time class="font-mono text-sm" datetime=i.date.clone()>{i.date.clone()}" "{i.time.clone()}</time>
            <span class="text-xs text-stone-600 dark:text-stone-400">{i.time_zone.clone()}</span>
            <a href=format!("/interviews/{}", i.id) class="font-semibold text-teal-900 hover:underline dark:text-teal-200" dir="auto">{job}</a>
            <span class="text-sm">{s.kind(i.kind)}" · "{s.round.replace("{n}", &i.round.to_string())}</span>
            <span class="ms-auto rounded bg-stone-100 px-2 py-0.5 text-sm dark:bg-stone-800" data-testid="outcome">{s.outcome(i.outcome)}</span>
        </li>
    }
}

#[component]
fn Feed(list: InterviewList, reset: ServerAction<ResetCalendarFeed>) -> impl IntoView {
    let s = use_interview_strings();
    view! {
        <section id="calendar-feed" aria-labelledby="feed-title" class=PANEL data-testid="calendar-feed">
            <h2 id="feed-title" class="text-lg font-semibold">{s.feed_title}</h2>
            <p class="text-sm text-stone-700 dark:text-stone-300">{s.feed_intro}</p>
            {list.feed_url.clone().map(|url| view! {
                <label class="flex flex-col gap-1">
                    <span class="font-medium">{s.feed_label}</span>
                    <input type="text" readonly=true value=url class="rounded-md border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-sm dark:border-stone-700 dark:bg-stone-900" data-testid="feed-url" />
                </label>
            })}
            <ActionForm action=reset>
                <button type="submit" class=BUTTON>{if list.feed_url.is_some() { s.feed_reset } else { s.feed_make }}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn ScheduleForm() -> impl IntoView {
    let s = use_interview_strings();
    let strings = use_strings();
    let schedule = ServerAction::<ScheduleInterview>::new();
    let (alert, field) = errors(strings, schedule.value().into());
    let jobs = Resource::new(|| (), |_| job_choices());
    view! {
        <section aria-labelledby="schedule-title" class=PANEL>
            <h2 id="schedule-title" class="text-lg font-semibold">{s.schedule_title}</h2>
            {alert}
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let choices = jobs.await.unwrap_or_default();
                    if choices.is_empty() {
                        return view! { <p class="text-sm">{s.no_jobs}</p> }.into_any();
                    }
                    view! {
                        <ActionForm action=schedule attr:class="flex flex-col gap-3" attr:data-testid="schedule-form">
                            <div class="flex flex-col gap-1">
                                <label for="interview-job" class="font-medium">{s.field_job}</label>
                                <select id="interview-job" name="form[job]" class="rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900">
                                    {choices.into_iter().map(|(id, label)| view! { <option value=id>{label}</option> }).collect_view()}
                                </select>
                            </div>
                            <InterviewFields s field=field />
                            <button type="submit" class=format!("self-start {BUTTON}")>{s.schedule}</button>
                        </ActionForm>
                    }.into_any()
                })}
            </Suspense>
        </section>
    }
}

/// The fields an interview is scheduled and edited with, filled from `current`.
#[component]
pub(crate) fn InterviewFields(
    s: &'static InterviewStrings,
    field: impl Fn(&'static str) -> Signal<Option<String>> + Copy + Send + Sync + 'static,
    #[prop(optional)] current: Option<InterviewView>,
) -> impl IntoView {
    let c = current.clone();
    let get = move |f: fn(&InterviewView) -> String, default: &str| {
        c.as_ref().map_or_else(|| default.to_owned(), f)
    };
    let remind = current.as_ref().is_some_and(|i| i.remind);
    view! {
        <div class="grid gap-3 sm:grid-cols-3">
            <Field name="form[date]" label=s.field_date kind="date" required=true value=get(|i| i.date.clone(), "") error=field("date") />
            <Field name="form[time]" label=s.field_time kind="time" required=true value=get(|i| i.time.clone(), "") error=field("time") />
            <div class="flex flex-col gap-1">
                <label for="field-form[time_zone]" class="font-medium">{s.field_time_zone}</label>
                <input id="field-form[time_zone]" name="form[time_zone]" list="time-zones" value=get(|i| i.time_zone.clone(), "UTC") aria-describedby="time-zone-hint" class="rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900" />
                <p id="time-zone-hint" class="text-xs text-stone-600 dark:text-stone-400">{s.time_zone_hint}</p>
                {move || field("time_zone").get().map(|p| view! { <p class="text-sm font-medium text-red-700 dark:text-red-400">{p}</p> })}
                {zone_list()}
            </div>
        </div>
        <div class="grid gap-3 sm:grid-cols-3">
            <SelectField name="form[kind]" label=s.field_kind options=kind_options(s) selected=get(|i| i.kind.as_str().to_owned(), "video_call") error=field("kind") />
            <Field name="form[duration]" label=s.field_duration kind="number" value=get(|i| i.duration_minutes.to_string(), "60") error=field("duration") />
            <Field name="form[round]" label=s.field_round kind="number" value=get(|i| i.round.to_string(), "1") error=field("round") />
        </div>
        <Field name="form[location]" label=s.field_location hint=s.location_hint value=get(|i| i.location.clone(), "") error=field("location") />
        <TextArea name="form[prep_notes]" label=s.field_prep_notes rows=5 value=get(|i| i.prep_notes.clone(), "") error=field("prep_notes") />
        {current.map(|i| view! {
            <div class="grid gap-3 sm:grid-cols-2">
                <SelectField name="form[outcome]" label=s.field_outcome options=outcome_options(s) selected=i.outcome.as_str() error=field("outcome") />
                <Field name="form[feedback]" label=s.field_feedback value=i.feedback.clone() error=field("feedback") />
            </div>
        })}
        <label class="flex items-center gap-2">
            <input type="checkbox" name="form[remind]" value="on" checked=remind class="h-4 w-4" />
            {s.field_remind}
        </label>
    }
}

/// On a job's page: its interviews, and the ways to schedule one or to
/// practise for it.
#[component]
pub fn JobInterviews(job: i64) -> impl IntoView {
    let s = use_interview_strings();
    let list = Resource::new(|| (), move |_| crate::api::interviews::job_interviews(job));
    view! {
        <section class=PANEL aria-labelledby="job-interviews" data-testid="job-interviews">
            <h2 id="job-interviews" class="text-lg font-semibold">{s.title}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let items = list.await.unwrap_or_default();
                    if items.is_empty() {
                        return view! { <p class="text-sm">{s.none_upcoming}</p> }.into_any();
                    }
                    view! {
                        <ul class="flex flex-col gap-1 text-sm">
                            {items.into_iter().map(|i| view! {
                                <li>
                                    <a href=format!("/interviews/{}", i.id) class=LINK>{i.date.clone()}" "{i.time.clone()}</a>
                                    " · "{s.kind(i.kind)}" · "{s.outcome(i.outcome)}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                })}
            </Suspense>
            <p class="flex flex-wrap gap-4 text-sm">
                <a href="/interviews" class=LINK>{s.schedule_title}</a>
                <a href=format!("/mock?job={job}") class=LINK data-testid="practise-link">{s.practise}</a>
            </p>
        </section>
    }
}
