//! `/mock`: start a mock interview from a job (depth, number of questions,
//! interviewer, language) and the history of sessions with an SVG chart of
//! their averages; `/mock/:id`: one question at a time with a timer (it runs in
//! the browser; without JavaScript the server's clock times the answer), skip
//! or end early, feedback on each answer, and the analysis at the end.

use jobforge_core::model::mock::{Evaluation, MockStep, MockSummary, MockView};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::ApiError;
use crate::api::mock::{AnswerMock, EndMock, StartMock, mock_history, mock_session};
use crate::api::resumes::job_choices;
use crate::components::field::{Field, SelectField};
use crate::components::form::{BUTTON, LINK, PANEL, errors};
use crate::components::signed_in::SignedIn;
use crate::i18n::mock::{MockStrings, use_mock_strings};
use crate::i18n::{use_lang, use_strings};
use crate::pages::jobs::date_of;

#[component]
pub fn MockPage() -> impl IntoView {
    let m = use_mock_strings();
    view! {
        <Title text=m.title />
        <SignedIn>
            <MockHome />
        </SignedIn>
    }
}

#[component]
fn MockHome() -> impl IntoView {
    let m = use_mock_strings();
    let s = use_strings();
    let history = Resource::new(|| (), |_| mock_history());
    view! {
        <div class="mx-auto flex w-full max-w-3xl flex-col gap-5">
            <h1 class="text-2xl font-semibold">{m.title}</h1>
            <p class="text-stone-700 dark:text-stone-300">{m.intro}</p>
            <StartForm />
            <section class=PANEL aria-labelledby="mock-history" data-testid="mock-history">
                <h2 id="mock-history" class="text-lg font-semibold">{m.history}</h2>
                <Transition fallback=move || view! { <p>{s.loading}</p> }>
                    {move || Suspend::new(async move {
                        match history.await {
                            Ok(list) if list.is_empty() => view! { <p class="text-sm">{m.no_history}</p> }.into_any(),
                            Ok(list) => view! {
                                <Chart list=list.clone() m />
                                <ul class="flex flex-col gap-1 text-sm">
                                    {list.into_iter().map(|item| view! { <HistoryItem item m /> }).collect_view()}
                                </ul>
                            }.into_any(),
                            Err(ApiError::Unauthorized) => view! { <p>{s.sign_in_required}</p> }.into_any(),
                            Err(_) => view! { <p role="alert">{s.server_error}</p> }.into_any(),
                        }
                    })}
                </Transition>
            </section>
        </div>
    }
}

#[component]
fn HistoryItem(item: MockSummary, m: &'static MockStrings) -> impl IntoView {
    view! {
        <li class="flex flex-wrap gap-x-3" data-testid="mock-item">
            <a href=format!("/mock/{}", item.id) class=LINK dir="auto">{item.job_title.clone()}</a>
            <time datetime=date_of(item.created_at)>{date_of(item.created_at)}</time>
            <span>{m.answered.replace("{a}", &item.answered.to_string()).replace("{n}", &item.total.to_string())}</span>
            <span class="font-medium" data-testid="mock-average">
                {item.average.map_or_else(|| m.in_progress.to_owned(), |a| format!("{a:.1}/10"))}
            </span>
        </li>
    }
}

/// The finished sessions' averages over time, a line on 0–10 (the numbers
/// are in the list below it too).
#[component]
fn Chart(list: Vec<MockSummary>, m: &'static MockStrings) -> impl IntoView {
    let mut points: Vec<f32> = list.iter().rev().filter_map(|s| s.average).collect();
    if points.len() == 1 {
        points.push(points[0]);
    }
    (points.len() >= 2).then(|| {
        let (width, height) = (400.0_f32, 120.0_f32);
        let step = width / (points.len() - 1) as f32;
        let path: Vec<String> = points
            .iter()
            .enumerate()
            .map(|(i, p)| format!("{:.1},{:.1}", i as f32 * step, height - p / 10.0 * height))
            .collect();
        view! {
            <svg viewBox="-4 -4 408 128" class="h-32 w-full text-teal-700 dark:text-teal-300" role="img" aria-label=m.chart data-testid="mock-chart">
                <line x1="0" y1=height x2=width y2=height stroke="currentColor" stroke-opacity="0.2" />
                <polyline points=path.join(" ") fill="none" stroke="currentColor" stroke-width="2" />
                {points.iter().enumerate().map(|(i, p)| view! {
                    <circle cx=format!("{:.1}", i as f32 * step) cy=format!("{:.1}", height - p / 10.0 * height) r="3" fill="currentColor" />
                }).collect_view()}
            </svg>
        }
    })
}

#[component]
fn StartForm() -> impl IntoView {
    let m = use_mock_strings();
    let s = use_strings();
    let start = ServerAction::<StartMock>::new();
    let (alert, field) = errors(s, start.value().into());
    let jobs = Resource::new(|| (), |_| job_choices());
    let lang = use_lang().code();
    // `/mock?job=ID` (the job page's "practise" link) chooses that job.
    let query = use_query_map();
    let chosen = move || query.with(|q| q.get("job").and_then(|j| j.parse::<i64>().ok()));
    view! {
        <section class=PANEL aria-labelledby="mock-start">
            <h2 id="mock-start" class="text-lg font-semibold">{m.start_title}</h2>
            {alert}
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let choices = jobs.await.unwrap_or_default();
                    if choices.is_empty() {
                        return view! { <p class="text-sm">{m.no_jobs}</p> }.into_any();
                    }
                    let chosen = chosen();
                    view! {
                        <ActionForm action=start attr:class="flex flex-col gap-3" attr:data-testid="mock-start-form">
                            <div class="flex flex-col gap-1">
                                <label for="mock-job" class="font-medium">{m.job}</label>
                                <select id="mock-job" name="job" class="rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900">
                                    {choices.into_iter().map(|(id, label)| view! { <option value=id selected=chosen == Some(id)>{label}</option> }).collect_view()}
                                </select>
                            </div>
                            <div class="grid gap-3 sm:grid-cols-2">
                                <SelectField name="focus" label=m.focus options=m.focuses.to_vec() selected="mixed" error=field("focus") />
                                <SelectField name="depth" label=m.depth options=m.depths.to_vec() selected="job" error=field("depth") />
                            </div>
                            <div class="grid gap-3 sm:grid-cols-2">
                                <Field name="count" label=m.count kind="number" value="5" required=true error=field("count") />
                                <SelectField name="lang" label=m.language options=vec![("en", "English"), ("ar", "العربية")] selected=lang error=field("lang") />
                            </div>
                            <div class="grid gap-3 sm:grid-cols-2">
                                <Field name="interviewer_name" label=m.interviewer_name hint=m.interviewer_hint error=field("interviewer_name") />
                                <Field name="interviewer_role" label=m.interviewer_role error=field("interviewer_role") />
                            </div>
                            <button type="submit" class=format!("self-start {BUTTON}")>{m.start}</button>
                        </ActionForm>
                    }.into_any()
                })}
            </Suspense>
        </section>
    }
}

#[component]
pub fn MockSessionPage() -> impl IntoView {
    let m = use_mock_strings();
    view! {
        <Title text=m.title />
        <SignedIn>
            <SessionLoader />
        </SignedIn>
    }
}

#[component]
fn SessionLoader() -> impl IntoView {
    let m = use_mock_strings();
    let s = use_strings();
    let id = crate::pages::resumes::id_param();
    let answer = ServerAction::<AnswerMock>::new();
    let end = ServerAction::<EndMock>::new();
    let data = Resource::new(
        move || (id(), answer.version().get(), end.version().get()),
        |(id, ..)| mock_session(id),
    );
    view! {
        <Suspense fallback=move || view! { <p>{s.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(session) => view! { <Session session answer end /> }.into_any(),
                    Err(ApiError::Unauthorized) => view! { <p>{s.sign_in_required}</p> }.into_any(),
                    Err(_) => view! {
                        <div class="flex flex-col gap-2">
                            <p data-testid="mock-missing">{m.not_found}</p>
                            <a href="/mock" class=LINK>{m.back}</a>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Minutes and seconds, `m:ss`.
fn clock(seconds: i64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// The time on the current question: the server's count when the page was
/// made, then (with JavaScript) ticking every second.
#[component]
fn Timer(waited: i64, m: &'static MockStrings) -> impl IntoView {
    let seconds = RwSignal::new(waited);
    #[cfg(feature = "hydrate")]
    {
        if let Ok(handle) = set_interval_with_handle(
            move || seconds.update(|s| *s += 1),
            std::time::Duration::from_secs(1),
        ) {
            on_cleanup(move || handle.clear());
        }
    }
    view! {
        <p class="text-sm">
            {m.timer}": "
            <span class="font-mono" data-testid="timer" role="timer" aria-live="off">{move || clock(seconds.get())}</span>
        </p>
    }
}

#[component]
fn Session(
    session: MockView,
    answer: ServerAction<AnswerMock>,
    end: ServerAction<EndMock>,
) -> impl IntoView {
    let m = use_mock_strings();
    let s = use_strings();
    let (alert, field) = errors(s, answer.value().into());
    let id = session.id;
    let total = session.total;
    let current = session.current.and_then(|at| {
        session
            .steps
            .iter()
            .find(|step| step.position == at)
            .cloned()
    });
    let done: Vec<MockStep> = session
        .steps
        .iter()
        .filter(|step| Some(step.position) != session.current)
        .cloned()
        .collect();
    view! {
        <Title text=session.job_title.clone() />
        <div class="mx-auto flex w-full max-w-3xl flex-col gap-5">
            <a href="/mock" class=LINK>{m.back}</a>
            <h1 class="text-2xl font-semibold" dir="auto">{session.job_title.clone()}</h1>
            {current.map(|step| view! {
                <section class=PANEL aria-labelledby="mock-question" data-testid="mock-question">
                    <p class="text-sm text-stone-600 dark:text-stone-400">
                        {m.question_of.replace("{k}", &(step.position + 1).to_string()).replace("{n}", &total.to_string())}
                        " · "{m.category(&step.question.category)}
                    </p>
                    <h2 id="mock-question" class="text-lg font-semibold" dir="auto">{step.question.text.clone()}</h2>
                    <Timer waited=session.waited m />
                    {alert}
                    <ActionForm action=answer attr:class="flex flex-col gap-3" attr:data-testid="mock-answer-form">
                        <input type="hidden" name="id" value=id />
                        <input type="hidden" name="position" value=step.position />
                        <div class="flex flex-col gap-1">
                            <label for="mock-answer" class="font-medium">{m.your_answer}</label>
                            <textarea id="mock-answer" name="answer" rows=8 dir="auto" aria-describedby="mock-answer-hint"
                                class="rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"></textarea>
                            <p id="mock-answer-hint" class="text-sm text-stone-600 dark:text-stone-400">{m.answer_hint}</p>
                            {move || field("answer").get().map(|p| view! { <p class="text-sm font-medium text-red-700 dark:text-red-400">{p}</p> })}
                        </div>
                        <button type="submit" class=format!("self-start {BUTTON}")>{m.submit}</button>
                    </ActionForm>
                    <div class="flex flex-wrap gap-4">
                        <ActionForm action=answer>
                            <input type="hidden" name="id" value=id />
                            <input type="hidden" name="position" value=step.position />
                            <input type="hidden" name="skip" value="true" />
                            <button type="submit" class=LINK>{m.skip}</button>
                        </ActionForm>
                        <ActionForm action=end>
                            <input type="hidden" name="id" value=id />
                            <button type="submit" class=LINK>{m.end}</button>
                        </ActionForm>
                    </div>
                </section>
            })}
            {session.analysis.clone().map(|a| view! {
                <section class=PANEL aria-labelledby="mock-analysis" data-testid="mock-analysis">
                    <h2 id="mock-analysis" class="text-lg font-semibold">{m.analysis}</h2>
                    <p class="text-3xl font-semibold" data-testid="mock-average-score">{format!("{:.1}/10", a.average)}</p>
                    <p class="text-sm" dir="auto">{a.summary.clone()}</p>
                    <ul class="flex flex-wrap gap-2 text-sm">
                        {a.by_category.iter().map(|c| view! {
                            <li class="rounded bg-stone-100 px-2 py-0.5 dark:bg-stone-800">{m.category(&c.category)}": "{format!("{:.1}", c.score)}</li>
                        }).collect_view()}
                    </ul>
                    {a.strongest.clone().map(|q| view! { <p class="text-sm"><span class="font-medium">{m.strongest}": "</span><span dir="auto">{q}</span></p> })}
                    {a.weakest.clone().map(|q| view! { <p class="text-sm"><span class="font-medium">{m.weakest}": "</span><span dir="auto">{q}</span></p> })}
                    {(!a.practise.is_empty()).then(|| view! {
                        <h3 class="font-semibold">{m.practise}</h3>
                        <ul class="list-disc ps-5 text-sm" data-testid="mock-practise">
                            {a.practise.iter().map(|p| view! { <li dir="auto">{p.clone()}</li> }).collect_view()}
                        </ul>
                    })}
                </section>
            })}
            <ol class="flex flex-col gap-3" data-testid="mock-steps">
                {done.into_iter().rev().map(|step| view! { <StepFeedback step total m /> }).collect_view()}
            </ol>
        </div>
    }
}

#[component]
fn StepFeedback(step: MockStep, total: i32, m: &'static MockStrings) -> impl IntoView {
    let list = |title: &'static str, items: Vec<String>| {
        (!items.is_empty()).then(|| view! {
            <div>
                <h4 class="text-sm font-semibold">{title}</h4>
                <ul class="list-disc ps-5 text-sm">{items.into_iter().map(|i| view! { <li dir="auto">{i}</li> }).collect_view()}</ul>
            </div>
        })
    };
    let feedback = |e: Evaluation| {
        view! {
            <p class="font-semibold" data-testid="step-score">{m.score}": "{e.score}"/10"</p>
            {list(m.strengths, e.strengths)}
            {list(m.improvements, e.improvements)}
            {list(m.missed, e.missed)}
            {e.rubric.then(|| view! { <p class="text-xs text-stone-600 dark:text-stone-400">{m.rubric}</p> })}
        }
    };
    view! {
        <li class=PANEL data-testid="mock-step">
            <p class="text-sm text-stone-600 dark:text-stone-400">
                {m.question_of.replace("{k}", &(step.position + 1).to_string()).replace("{n}", &total.to_string())}
                {step.seconds.map(|n| format!(" · {}", m.seconds.replace("{n}", &n.to_string())))}
            </p>
            <h3 class="font-semibold" dir="auto">{step.question.text.clone()}</h3>
            {if step.skipped {
                view! { <p class="text-sm italic">{m.skipped}</p> }.into_any()
            } else {
                view! {
                    <p class="whitespace-pre-wrap text-sm text-stone-700 dark:text-stone-300" dir="auto">{step.answer.clone()}</p>
                    {step.evaluation.clone().map(feedback)}
                }.into_any()
            }}
        </li>
    }
}
