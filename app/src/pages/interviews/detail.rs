//! `/interviews/:id`: one interview: when (in its time zone), where, its
//! interviewers, prep notes (Markdown), an `.ics` download, the form that
//! changes it (outcome and feedback too) and deletion. After an outcome, the
//! page offers to move the application on; it never does so by itself.

use jobforge_core::model::interview::{InterviewView, Outcome};
use leptos::prelude::*;
use leptos_meta::Title;

use super::InterviewFields;
use crate::api::ApiError;
use crate::api::interviews::{
    AddInterviewer, DeleteInterview, DeleteInterviewer, UpdateInterview, interview,
};
use crate::api::tracker::MoveJob;
use crate::components::field::Field;
use crate::components::form::{BUTTON, DANGER_BUTTON, LINK, PANEL, errors};
use crate::components::markdown::markdown_view;
use crate::components::signed_in::SignedIn;
use crate::i18n::interviews::use_interview_strings;
use crate::i18n::use_strings;

#[component]
pub fn InterviewPage() -> impl IntoView {
    let s = use_interview_strings();
    view! {
        <Title text=s.title />
        <SignedIn>
            <InterviewLoader />
        </SignedIn>
    }
}

#[component]
fn InterviewLoader() -> impl IntoView {
    let s = use_interview_strings();
    let strings = use_strings();
    let id = crate::pages::resumes::id_param();
    let update = ServerAction::<UpdateInterview>::new();
    let add = ServerAction::<AddInterviewer>::new();
    let remove = ServerAction::<DeleteInterviewer>::new();
    let data = Resource::new(
        move || {
            (
                id(),
                update.version().get(),
                add.version().get(),
                remove.version().get(),
            )
        },
        |(id, ..)| interview(id),
    );
    view! {
        <Suspense fallback=move || view! { <p>{strings.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(i) => view! { <Interview i update add remove /> }.into_any(),
                    Err(ApiError::Unauthorized) => view! { <p>{strings.sign_in_required}</p> }.into_any(),
                    Err(_) => view! {
                        <div class="flex flex-col gap-2">
                            <p data-testid="interview-missing">{s.not_found}</p>
                            <a href="/interviews" class=LINK>{s.back}</a>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Interview(
    i: InterviewView,
    update: ServerAction<UpdateInterview>,
    add: ServerAction<AddInterviewer>,
    remove: ServerAction<DeleteInterviewer>,
) -> impl IntoView {
    let s = use_interview_strings();
    let strings = use_strings();
    let id = i.id;
    let delete = ServerAction::<DeleteInterview>::new();
    let moved = ServerAction::<MoveJob>::new();
    let (alert, field) = errors(strings, update.value().into());
    let (person_alert, person_field) = errors(strings, add.value().into());
    let job = jobforge_core::model::tracker::job_label(&i.job_title, i.company.as_deref());
    let decided = matches!(i.outcome, Outcome::Passed | Outcome::Failed);
    let job_id = i.job_id;
    let next = if i.outcome == Outcome::Passed {
        ("interview_completed", s.move_completed)
    } else {
        ("rejected", s.move_rejected)
    };
    view! {
        <Title text=job.clone() />
        <div class="flex flex-col gap-5">
            <a href="/interviews" class=LINK>{s.back}</a>
            <header class="flex flex-wrap items-start gap-3">
                <div class="flex flex-col gap-1">
                    <h1 class="text-2xl font-semibold" dir="auto">
                        <a href=format!("/jobs/{}", i.job_id) class="hover:underline">{job.clone()}</a>
                    </h1>
                    <p data-testid="interview-when">
                        <time datetime=i.date.clone()>{i.date.clone()}" "{i.time.clone()}</time>
                        " ("{i.time_zone.clone()}") · "{s.minutes.replace("{n}", &i.duration_minutes.to_string())}
                        " · "{s.kind(i.kind)}" · "{s.round.replace("{n}", &i.round.to_string())}
                    </p>
                    {(!i.location.is_empty()).then(|| {
                        let location = i.location.clone();
                        let web = location.starts_with("https://") || location.starts_with("http://");
                        view! {
                            <p dir="auto">
                                {if web {
                                    view! { <a href=location.clone() class=LINK rel="noopener noreferrer" target="_blank">{location.clone()}</a> }.into_any()
                                } else {
                                    location.clone().into_any()
                                }}
                            </p>
                        }
                    })}
                    <p><span class="rounded bg-stone-100 px-2 py-0.5 text-sm dark:bg-stone-800" data-testid="outcome">{s.outcome(i.outcome)}</span></p>
                </div>
                <div class="ms-auto flex items-center gap-3">
                    <a href=format!("/interviews/{id}/interview.ics") class=BUTTON rel="external" download="" data-testid="ics-link">{s.download}</a>
                    <details class="relative">
                        <summary class=format!("cursor-pointer list-none {DANGER_BUTTON}")>{s.delete}</summary>
                        <div class="absolute end-0 z-10 mt-2 flex w-64 flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3 shadow-lg dark:border-stone-700 dark:bg-stone-900">
                            <p class="text-sm">{s.delete_confirm}</p>
                            <ActionForm action=delete>
                                <input type="hidden" name="id" value=id />
                                <button type="submit" class=DANGER_BUTTON>{s.delete_yes}</button>
                            </ActionForm>
                        </div>
                    </details>
                </div>
            </header>
            {decided.then(|| view! {
                <div class="flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100" data-testid="move-prompt">
                    <span>{s.move_prompt}</span>
                    <ActionForm action=moved>
                        <input type="hidden" name="id" value=i.job_id />
                        <input type="hidden" name="status" value=next.0 />
                        <input type="hidden" name="index" value="0" />
                        <input type="hidden" name="back" value=format!("/jobs/{}", i.job_id) />
                        <button type="submit" class=BUTTON>{next.1}</button>
                    </ActionForm>
                    {move || moved.value().with(|v| matches!(v, Some(Ok(())))).then(|| view! {
                        <span role="status" data-testid="moved">
                            {s.moved}" "<a href=format!("/jobs/{}", job_id) class=LINK>{s.open_job}</a>
                        </span>
                    })}
                </div>
            })}
            <div class="grid gap-5 lg:grid-cols-2">
                <section class=PANEL aria-labelledby="interview-prep">
                    <h2 id="interview-prep" class="text-lg font-semibold">{s.prep}</h2>
                    {if i.prep_notes.trim().is_empty() {
                        view! { <p class="text-sm">{s.no_prep}</p> }.into_any()
                    } else {
                        view! { <div class="flex flex-col gap-2" data-testid="prep-notes">{markdown_view(&i.prep_notes)}</div> }.into_any()
                    }}
                </section>
                <section class=PANEL aria-labelledby="interview-people">
                    <h2 id="interview-people" class="text-lg font-semibold">{s.interviewers}</h2>
                    {if i.interviewers.is_empty() {
                        view! { <p class="text-sm">{s.no_interviewers}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="flex flex-col gap-2" data-testid="interviewers">
                                {i.interviewers.iter().map(|p| {
                                    let person = p.clone();
                                    view! {
                                        <li class="flex flex-wrap items-center gap-2 text-sm">
                                            <span class="font-medium" dir="auto">{person.name.clone()}</span>
                                            {(!person.role.is_empty()).then(|| view! { <span dir="auto">{person.role.clone()}</span> })}
                                            {(!person.linkedin.is_empty()).then(|| view! { <a href=person.linkedin.clone() class=LINK rel="noopener noreferrer nofollow" target="_blank">"LinkedIn"</a> })}
                                            {(!person.notes.is_empty()).then(|| view! { <span class="text-stone-600 dark:text-stone-400" dir="auto">{person.notes.clone()}</span> })}
                                            <ActionForm action=remove>
                                                <input type="hidden" name="id" value=id />
                                                <input type="hidden" name="interviewer" value=person.id />
                                                <button type="submit" class=LINK>{s.remove}</button>
                                            </ActionForm>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <h3 class="font-semibold">{s.add_interviewer}</h3>
                    {person_alert}
                    <ActionForm action=add attr:class="grid gap-2 sm:grid-cols-2" attr:data-testid="interviewer-form">
                        <input type="hidden" name="id" value=id />
                        <Field name="person[name]" label=s.person_name required=true error=person_field("name") />
                        <Field name="person[role]" label=s.person_role error=person_field("role") />
                        <Field name="person[linkedin]" label=s.person_linkedin kind="url" error=person_field("linkedin") />
                        <Field name="person[notes]" label=s.person_notes error=person_field("notes") />
                        <button type="submit" class=format!("self-start {BUTTON}")>{s.add_interviewer}</button>
                    </ActionForm>
                </section>
            </div>
            <section class=PANEL aria-labelledby="interview-details">
                <h2 id="interview-details" class="text-lg font-semibold">{s.details}</h2>
                {alert}
                <ActionForm action=update attr:class="flex flex-col gap-3" attr:data-testid="interview-form">
                    <input type="hidden" name="id" value=id />
                    <input type="hidden" name="form[job]" value=i.job_id />
                    <InterviewFields s field current=i.clone() />
                    <button type="submit" class=format!("self-start {BUTTON}")>{s.save}</button>
                </ActionForm>
            </section>
        </div>
    }
}
