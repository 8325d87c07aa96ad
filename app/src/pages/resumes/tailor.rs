//! `/resumes/:id/tailor/:job_id[?t=N]`: a resume tailored to a job. While the
//! background job works, its progress (the page asks again every second with
//! JavaScript; without, reloading it shows where it is); then the scores
//! before and after, keyword coverage, the keywords the resume cannot honestly
//! claim, what the truthfulness guard removed, the change log to accept in
//! whole or in part, a side-by-side diff, and a form to refine it.

use jobforge_core::model::tailor::{Change, TailorResult, TailoringView};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::ApiError;
use crate::api::tailor::{StartTailoring, tailoring};
use crate::components::field::{Field, SelectField};
use crate::components::form::{BUTTON, LINK, PANEL as CARD, errors};
use crate::components::job_progress::JobProgress;
use crate::components::signed_in::SignedIn;
use crate::i18n::tailor::{TailorStrings, use_tailor_strings};
use crate::i18n::{use_lang, use_strings};

#[component]
pub fn TailorPage() -> impl IntoView {
    let t = use_tailor_strings();
    view! {
        <Title text=t.title />
        <SignedIn>
            <TailorLoader />
        </SignedIn>
    }
}

#[component]
fn TailorLoader() -> impl IntoView {
    let s = use_strings();
    let t = use_tailor_strings();
    let params = use_params_map();
    let query = use_query_map();
    let number = move |key: &str| {
        params.with(|p| p.get(key).and_then(|v| v.parse::<i64>().ok()).unwrap_or(0))
    };
    let resume = move || number("id");
    let job = move || number("job_id");
    let chosen = move || query.with(|q| q.get("t").and_then(|v| v.parse::<i64>().ok()));
    let tick = RwSignal::new(0u32);
    let data = Resource::new(
        move || (resume(), job(), chosen(), tick.get()),
        |(resume, job, t, _)| tailoring(resume, job, t),
    );
    // Ask again while the tailoring is being worked out.
    Effect::new(move |_| {
        let running = data
            .get()
            .and_then(Result::ok)
            .flatten()
            .is_some_and(|v| v.state == "running");
        #[cfg(feature = "hydrate")]
        if running {
            set_timeout(
                move || tick.update(|n| *n += 1),
                std::time::Duration::from_millis(1000),
            );
        }
        let _ = running;
    });
    view! {
        <div class="flex flex-col gap-5">
            <Transition fallback=move || view! { <p>{s.loading}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(view)) => view! { <Tailoring view /> }.into_any(),
                        Ok(None) => view! {
                            <section class=CARD>
                                <h1 class="text-2xl font-semibold">{t.title}</h1>
                                <p data-testid="not-tailored">{t.none_yet}</p>
                                <StartForm job=job() resume=resume() instruction=false />
                            </section>
                        }.into_any(),
                        Err(ApiError::Unauthorized) => view! { <p>{s.sign_in_required}</p> }.into_any(),
                        Err(_) => view! { <p data-testid="tailoring-missing">{s.not_found_title}</p> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

/// Starts (or refines) a tailoring: the resume (or the primary one), the
/// language and, when refining, an instruction.
#[component]
pub fn StartForm(
    job: i64,
    #[prop(optional)] resume: Option<i64>,
    instruction: bool,
) -> impl IntoView {
    let t = use_tailor_strings();
    let s = use_strings();
    let start = ServerAction::<StartTailoring>::new();
    let (alert, field) = errors(s, start.value().into());
    let lang = use_lang().code();
    let label = match (instruction, resume) {
        (true, _) => t.refine_button,
        (false, Some(_)) => t.start,
        (false, None) => t.start_primary,
    };
    view! {
        {alert}
        <ActionForm action=start attr:class="flex flex-col gap-3" attr:data-testid=if instruction { "refine-form" } else { "tailor-form" }>
            <input type="hidden" name="job" value=job />
            <input type="hidden" name="resume" value=resume.map(|r| r.to_string()).unwrap_or_default() />
            {instruction.then(|| view! {
                <Field name="instruction" label=t.instruction hint=t.instruction_hint error=field("instruction") />
            })}
            <SelectField name="lang" label=t.language options=vec![("en", "English"), ("ar", "العربية")] selected=lang error=field("lang") />
            <button type="submit" class=format!("self-start {BUTTON}")>{label}</button>
        </ActionForm>
    }
}

#[component]
fn Tailoring(view: TailoringView) -> impl IntoView {
    let t = use_tailor_strings();
    let query = use_query_map();
    let error = move || query.with(|q| q.get("error")).map(|code| t.error(&code));
    let heading = t
        .heading
        .replace("{resume}", &view.resume_title)
        .replace("{job}", &view.job_label);
    view! {
        <Title text=heading.clone() />
        <nav class="flex flex-wrap gap-4">
            <a href=format!("/jobs/{}", view.job_id) class=LINK>{t.back_to_job}</a>
            <a href=format!("/resumes/{}", view.resume_id) class=LINK>{t.back_to_resume}</a>
        </nav>
        <header class="flex flex-col gap-1">
            <h1 class="text-2xl font-semibold" dir="auto">{heading}</h1>
            <p class="text-stone-700 dark:text-stone-300">{t.intro}</p>
        </header>
        {error().map(|text| view! {
            <p role="alert" data-testid="tailor-error" class="rounded-md border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">{text}</p>
        })}
        {match (view.state.as_str(), view.result.clone()) {
            ("running", _) => view! {
                <section class=CARD data-testid="tailoring-running">
                    <p role="status">{t.running}</p>
                    {view.work_id.map(|id| view! { <JobProgress id /> })}
                </section>
            }.into_any(),
            ("failed", _) | (_, None) => view! {
                <section class=CARD data-testid="tailoring-failed">
                    <p role="alert">{t.failed}" "{view.error.clone()}</p>
                    <StartForm job=view.job_id resume=view.resume_id instruction=false />
                </section>
            }.into_any(),
            (_, Some(result)) => view! { <TailorResultView view=view.clone() result /> }.into_any(),
        }}
    }
}

#[component]
fn TailorResultView(view: TailoringView, result: TailorResult) -> impl IntoView {
    let t = use_tailor_strings();
    let resume = view.resume_id;
    let chip = "rounded bg-stone-100 px-2 py-0.5 text-sm dark:bg-stone-800";
    view! {
        <div class="grid gap-5 lg:grid-cols-3">
            <section class=CARD aria-labelledby="tailor-score" data-testid="tailor-scores">
                <h2 id="tailor-score" class="text-lg font-semibold">{t.score}</h2>
                <p class="flex items-baseline gap-3">
                    <span class="text-3xl font-semibold text-stone-500" data-testid="score-before" aria-label=t.before>{result.score_before}</span>
                    <span aria-hidden="true">"→"</span>
                    <span class="text-3xl font-semibold text-teal-800 dark:text-teal-300" data-testid="score-after" aria-label=t.after>{result.score_after}</span>
                </p>
                <p class="text-sm">
                    {t.coverage}": "{result.coverage_before}"% → "{result.coverage_after}"%"
                </p>
                <p class="text-sm text-stone-600 dark:text-stone-400" data-testid="made-by">
                    {if result.offline { t.offline.to_owned() } else { t.by_model.replace("{model}", &result.model) }}
                </p>
            </section>
            <section class=format!("{CARD} lg:col-span-2") aria-labelledby="tailor-keywords">
                <h2 id="tailor-keywords" class="text-lg font-semibold">{t.matched}</h2>
                <p class="flex flex-wrap gap-2" data-testid="matched">
                    {result.matched.iter().map(|k| view! { <span class=chip dir="auto">{k.clone()}</span> }).collect_view()}
                </p>
                {(!result.missing.is_empty()).then(|| view! {
                    <h3 class="font-semibold">{t.missing}</h3>
                    <p class="text-sm text-stone-600 dark:text-stone-400">{t.missing_hint}</p>
                    <p class="flex flex-wrap gap-2" data-testid="missing">
                        {result.missing.iter().map(|k| view! {
                            <span class="rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-900 dark:bg-amber-900 dark:text-amber-100" dir="auto">{k.clone()}</span>
                        }).collect_view()}
                    </p>
                })}
            </section>
        </div>
        {(!result.removed.is_empty()).then(|| view! {
            <section class=CARD aria-labelledby="tailor-removed" data-testid="removed">
                <h2 id="tailor-removed" class="text-lg font-semibold">{t.removed}</h2>
                <p class="text-sm text-stone-600 dark:text-stone-400">{t.removed_hint}</p>
                <ul class="flex flex-col gap-1 text-sm">
                    {result.removed.iter().map(|r| view! {
                        <li><span class="font-medium">{t.kind(&r.kind)}": "</span><span dir="auto">{r.value.clone()}</span></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {view.accepted_version.map(|n| view! {
            <p role="status" data-testid="accepted" class="rounded-md border border-teal-300 bg-teal-50 p-3 text-teal-900 dark:border-teal-800 dark:bg-teal-950 dark:text-teal-100">
                {t.accepted.replace("{n}", &n.to_string())}" "
                <a href=format!("/resumes/{resume}?version={n}") class=LINK>{t.open_version}</a>
            </p>
        })}
        <ChangeLog view=view.clone() changes=result.changes.clone() />
        <details class=CARD data-testid="tailor-diff">
            <summary class="cursor-pointer text-lg font-semibold">{t.diff}</summary>
            <super::view::DiffTable rows=result.diff.clone() left=t.source_version.to_owned() right=t.tailored_version.to_owned() />
        </details>
        <section class=CARD aria-labelledby="tailor-refine">
            <h2 id="tailor-refine" class="text-lg font-semibold">{t.refine}</h2>
            <StartForm job=view.job_id resume=view.resume_id instruction=true />
        </section>
    }
}

fn lines(items: &[String]) -> impl IntoView + use<> {
    let items = items.to_vec();
    view! {
        <ul class="flex flex-col gap-1">
            {items.into_iter().map(|line| view! { <li dir="auto">{line}</li> }).collect_view()}
        </ul>
    }
}

#[component]
fn ChangeLog(view: TailoringView, changes: Vec<Change>) -> impl IntoView {
    let t = use_tailor_strings();
    let open = view.state == "ready";
    let action = format!("/resumes/{}/tailor/{}/accept", view.resume_id, view.job_id);
    if changes.is_empty() {
        return view! {
            <section class=CARD data-testid="change-log"><p>{t.no_changes}</p></section>
        }
        .into_any();
    }
    view! {
        <section class=CARD aria-labelledby="tailor-changes" data-testid="change-log">
            <h2 id="tailor-changes" class="text-lg font-semibold">{t.changes}</h2>
            {open.then(|| view! { <p class="text-sm text-stone-600 dark:text-stone-400">{t.changes_hint}</p> })}
            <form method="post" action=action.clone() class="flex flex-col gap-3" data-testid="accept-form">
                <input type="hidden" name="tailoring" value=view.id />
                <div class="overflow-x-auto">
                    <table class="w-full text-sm">
                        <thead>
                            <tr class="border-b border-stone-200 text-start dark:border-stone-700">
                                {open.then(|| view! { <th scope="col" class="p-2 text-start">{t.keep}</th> })}
                                <th scope="col" class="p-2 text-start">{t.section}</th>
                                <th scope="col" class="p-2 text-start">{t.source_version}</th>
                                <th scope="col" class="p-2 text-start">{t.tailored_version}</th>
                                <th scope="col" class="p-2 text-start">{t.reason}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {changes.into_iter().map(|c| change_row(t, c, open)).collect_view()}
                        </tbody>
                    </table>
                </div>
                {open.then(|| view! {
                    <button type="submit" class=format!("self-start {BUTTON}") data-testid="accept-selected">{t.accept_selected}</button>
                })}
            </form>
            {open.then(|| view! {
                <form method="post" action=action>
                    <input type="hidden" name="tailoring" value=view.id />
                    <input type="hidden" name="all" value="1" />
                    <button type="submit" class=LINK data-testid="accept-all">{t.accept_all}</button>
                </form>
            })}
        </section>
    }
    .into_any()
}

fn change_row(t: &'static TailorStrings, c: Change, open: bool) -> impl IntoView {
    let id = format!("change-{}", c.id);
    let section = match c.place.as_str() {
        "" => t.section(&c.section).to_owned(),
        place => format!("{} · {place}", t.section(&c.section)),
    };
    view! {
        <tr class="border-b border-stone-100 align-top dark:border-stone-800" data-testid="change" data-section=c.section.clone()>
            {open.then(|| view! {
                <td class="p-2">
                    <input type="checkbox" id=id.clone() name="accept" value=c.id checked=true class="h-4 w-4" />
                    <label for=id class="sr-only">{format!("{} {}", t.keep, section)}</label>
                </td>
            })}
            <th scope="row" class="p-2 text-start font-medium" dir="auto">{section.clone()}</th>
            <td class="p-2 text-stone-600 dark:text-stone-400">{lines(&c.before)}</td>
            <td class="p-2">{lines(&c.after)}</td>
            <td class="p-2 text-stone-700 dark:text-stone-300" dir="auto">{c.reason}</td>
        </tr>
    }
}

/// On a resume's page: tailor this resume to one of the user's jobs.
#[component]
pub fn TailorToJob(resume: i64) -> impl IntoView {
    let t = use_tailor_strings();
    let s = use_strings();
    let start = ServerAction::<StartTailoring>::new();
    let (alert, field) = errors(s, start.value().into());
    let jobs = Resource::new(|| (), |_| crate::api::resumes::job_choices());
    let lang = use_lang().code();
    view! {
        <section class=CARD aria-labelledby="tailor-to-job" data-testid="tailor-to-job">
            <h2 id="tailor-to-job" class="text-lg font-semibold">{t.job_for}</h2>
            {alert}
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let choices = jobs.await.unwrap_or_default();
                    if choices.is_empty() {
                        return view! { <p class="text-sm">{t.no_jobs}</p> }.into_any();
                    }
                    view! {
                        <ActionForm action=start attr:class="flex flex-wrap items-end gap-3">
                            <input type="hidden" name="resume" value=resume />
                            <div class="flex flex-col gap-1">
                                <label for="tailor-job" class="font-medium">{crate::i18n::documents::use_document_strings().field_job}</label>
                                <select id="tailor-job" name="job" class="rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900">
                                    {choices.into_iter().map(|(id, label)| view! { <option value=id>{label}</option> }).collect_view()}
                                </select>
                            </div>
                            <SelectField name="lang" label=t.language options=vec![("en", "English"), ("ar", "العربية")] selected=lang error=field("lang") />
                            <button type="submit" class=BUTTON>{t.start}</button>
                        </ActionForm>
                    }.into_any()
                })}
            </Suspense>
        </section>
    }
}
