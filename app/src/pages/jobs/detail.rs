//! `/jobs/:id`: a job's description (Markdown, rendered and sanitised on the
//! server), what it asks for, its status with a form to move it, the status
//! timeline, notes and contacts. Every form works without JavaScript.

use jobforge_core::model::tracker::{JobDetail, Status};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{date_of, status_badge};
use crate::api::ApiError;
use crate::api::tracker::{
    AddContact, AddNote, DeleteContact, DeleteJob, DeleteNote, MoveJob, job,
};
use crate::components::field::{Field, TextArea};
use crate::components::form::{BUTTON, DANGER_BUTTON, LINK, errors, reset_after_success};
use crate::components::signed_in::SignedIn;
use crate::i18n::tracker::{TrackerStrings, use_tracker_strings};
use crate::i18n::use_strings;

use crate::components::form::PANEL as SECTION;

#[component]
pub fn JobPage() -> impl IntoView {
    let t = use_tracker_strings();
    view! {
        <Title text=t.board_title />
        <SignedIn>
            <JobView />
        </SignedIn>
    }
}

#[component]
fn JobView() -> impl IntoView {
    let t = use_tracker_strings();
    let s = use_strings();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let moved = ServerAction::<MoveJob>::new();
    let note = ServerAction::<AddNote>::new();
    let drop_note = ServerAction::<DeleteNote>::new();
    let contact = ServerAction::<AddContact>::new();
    let drop_contact = ServerAction::<DeleteContact>::new();
    let detail = Resource::new(
        move || {
            (
                id(),
                moved.version().get(),
                note.version().get(),
                drop_note.version().get(),
                contact.version().get(),
                drop_contact.version().get(),
            )
        },
        |(id, ..)| job(id),
    );
    let actions = Actions {
        moved,
        note,
        drop_note,
        contact,
        drop_contact,
    };
    view! {
        <Suspense fallback=move || view! { <p>{s.loading}</p> }>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok((_, detail)) => view! { <Job detail actions /> }.into_any(),
                    Err(ApiError::Unauthorized) => view! { <p>{s.sign_in_required}</p> }.into_any(),
                    Err(_) => view! {
                        <div class="flex flex-col gap-2">
                            <p data-testid="job-missing">{t.not_found}</p>
                            <a href="/jobs" class=LINK>{t.back_to_board}</a>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[derive(Clone, Copy)]
struct Actions {
    moved: ServerAction<MoveJob>,
    note: ServerAction<AddNote>,
    drop_note: ServerAction<DeleteNote>,
    contact: ServerAction<AddContact>,
    drop_contact: ServerAction<DeleteContact>,
}

fn salary(detail: &JobDetail) -> Option<String> {
    let amount = |n: i64| {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    let range = match (detail.salary_min, detail.salary_max) {
        (Some(a), Some(b)) if a != b => format!("{}–{}", amount(a), amount(b)),
        (Some(a), _) | (None, Some(a)) => amount(a),
        (None, None) => return None,
    };
    Some(
        format!("{range} {}", detail.salary_currency)
            .trim()
            .to_owned(),
    )
}

#[component]
fn Job(detail: JobDetail, actions: Actions) -> impl IntoView {
    let t = use_tracker_strings();
    let s = use_strings();
    let id = detail.card.id;
    let delete = ServerAction::<DeleteJob>::new();
    let (move_alert, _) = errors(s, actions.moved.value().into());
    let facts: Vec<String> = [
        detail.card.company.clone(),
        Some(detail.card.location.clone()).filter(|l| !l.is_empty()),
        detail.card.work_mode.map(|m| t.work_mode(m).to_owned()),
        detail.card.job_type.map(|k| t.job_type(k).to_owned()),
        salary(&detail),
    ]
    .into_iter()
    .flatten()
    .collect();
    let status = detail.card.status;
    view! {
        <Title text=detail.card.title.clone() />
        <div class="flex flex-col gap-5">
            <a href="/jobs" class=LINK>{t.back_to_board}</a>
            <header class="flex flex-wrap items-start gap-4">
                <div class="flex flex-col gap-1">
                    <h1 class="text-2xl font-semibold" dir="auto">{detail.card.title.clone()}</h1>
                    <p class="text-stone-700 dark:text-stone-300" dir="auto">{facts.join(" · ")}</p>
                    <p class="flex flex-wrap gap-2 text-sm">
                        <span data-testid="job-status" class=format!("rounded px-2 py-0.5 {}", status_badge(status))>{t.status(status)}</span>
                        {detail.card.deadline.clone().map(|d| view! { <span>{t.deadline}": "{d}</span> })}
                        {(!detail.source_url.is_empty()).then(|| view! {
                            <a href=detail.source_url.clone() class=LINK rel="noopener noreferrer nofollow" target="_blank">{t.source}</a>
                        })}
                        {detail.card.tags.iter().map(|tag| view! { <span class="rounded bg-stone-100 px-1.5 dark:bg-stone-800">"#"{tag.clone()}</span> }).collect_view()}
                    </p>
                </div>
                <div class="ms-auto flex items-center gap-3">
                    <a href=format!("/jobs/{id}/edit") class=BUTTON>{t.edit}</a>
                    <details class="relative">
                        <summary class=format!("cursor-pointer list-none {DANGER_BUTTON}")>{t.delete}</summary>
                        <div class="absolute end-0 z-10 mt-2 flex w-64 flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3 shadow-lg dark:border-stone-700 dark:bg-stone-900">
                            <p class="text-sm">{t.delete_confirm}</p>
                            <ActionForm action=delete>
                                <input type="hidden" name="id" value=id />
                                <button type="submit" class=DANGER_BUTTON>{t.delete_yes}</button>
                            </ActionForm>
                        </div>
                    </details>
                </div>
            </header>
            {move_alert}
            <ActionForm action=actions.moved attr:class="flex flex-wrap items-end gap-2" attr:data-testid="move-form">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="index" value="0" />
                <input type="hidden" name="back" value=format!("/jobs/{id}") />
                <div class="flex flex-col gap-1">
                    <label for="job-move" class="text-sm font-medium">{t.move_to}</label>
                    <select id="job-move" name="status" class="rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900">
                        {Status::ALL.iter().map(|st| view! { <option value=st.as_str() selected=*st == status>{t.status(*st)}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class=BUTTON>{t.move_button}</button>
            </ActionForm>
            <div class="grid gap-5 lg:grid-cols-3">
                <div class="flex flex-col gap-5 lg:col-span-2">
                    <section class=SECTION aria-labelledby="job-description">
                        <h2 id="job-description" class="text-lg font-semibold">{t.description}</h2>
                        {if detail.description.trim().is_empty() {
                            view! { <p>{t.no_description}</p> }.into_any()
                        } else {
                            view! { <div class="prose-job" dir="auto" inner_html=detail.description_html.clone()></div> }.into_any()
                        }}
                    </section>
                    <Notes detail=detail.clone() actions />
                    <section class=SECTION aria-labelledby="job-tailor" data-testid="job-tailor">
                        <h2 id="job-tailor" class="text-lg font-semibold">{crate::i18n::tailor::use_tailor_strings().title}</h2>
                        <crate::pages::resumes::StartForm job=id instruction=false />
                    </section>
                    <crate::pages::documents::JobDocuments job=id />
                    <crate::pages::interviews::JobInterviews job=id />
                </div>
                <div class="flex flex-col gap-5">
                    <Fit detail=detail.clone() />
                    <Requirements detail=detail.clone() />
                    <Timeline detail=detail.clone() t />
                    <Contacts detail actions />
                </div>
            </div>
        </div>
    }
}

#[component]
fn Requirements(detail: JobDetail) -> impl IntoView {
    let t = use_tracker_strings();
    let r = detail.requirements;
    let empty =
        r.skills.is_empty() && r.years.is_none() && r.education.is_none() && r.keywords.is_empty();
    view! {
        <section class=SECTION aria-labelledby="job-requirements" data-testid="requirements">
            <h2 id="job-requirements" class="text-lg font-semibold">{t.requirements}</h2>
            {empty.then(|| view! { <p>{t.no_requirements}</p> })}
            {(!r.skills.is_empty()).then(|| view! {
                <div>
                    <h3 class="text-sm font-medium">{t.skills}</h3>
                    <ul class="mt-1 flex flex-wrap gap-1">
                        {r.skills.iter().map(|skill| view! { <li class="rounded bg-teal-50 px-1.5 text-sm text-teal-900 dark:bg-teal-950 dark:text-teal-100">{skill.clone()}</li> }).collect_view()}
                    </ul>
                </div>
            })}
            {r.years.map(|y| view! { <p class="text-sm"><span class="font-medium">{t.years}": "</span>{y}"+"</p> })}
            {r.education.clone().map(|e| view! { <p class="text-sm"><span class="font-medium">{t.education}": "</span>{e}</p> })}
            {(!r.keywords.is_empty()).then(|| view! {
                <p class="text-sm"><span class="font-medium">{t.keywords}": "</span>{r.keywords.join(", ")}</p>
            })}
        </section>
    }
}

#[component]
fn Timeline(detail: JobDetail, t: &'static TrackerStrings) -> impl IntoView {
    view! {
        <section class=SECTION aria-labelledby="job-timeline">
            <h2 id="job-timeline" class="text-lg font-semibold">{t.timeline}</h2>
            <ol class="flex flex-col gap-2 border-s-2 border-stone-200 ps-3 text-sm dark:border-stone-700" data-testid="timeline">
                {detail.timeline.iter().rev().map(|change| {
                    let text = match change.from {
                        None => t.added.replace("{status}", t.status(change.to)),
                        Some(from) => format!("{} {} {}", t.status(from), t.arrow, t.status(change.to)),
                    };
                    view! {
                        <li>
                            <span class="block">{text}</span>
                            <time class="text-xs text-stone-600 dark:text-stone-400" datetime=date_of(change.at)>{date_of(change.at)}</time>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn Notes(detail: JobDetail, actions: Actions) -> impl IntoView {
    let t = use_tracker_strings();
    let s = use_strings();
    let id = detail.card.id;
    let (alert, field) = errors(s, actions.note.value().into());
    let form = NodeRef::<leptos::html::Form>::new();
    reset_after_success(actions.note, form);
    view! {
        <section class=SECTION aria-labelledby="job-notes">
            <h2 id="job-notes" class="text-lg font-semibold">{t.notes}</h2>
            {detail.notes.is_empty().then(|| view! { <p>{t.no_notes}</p> })}
            <ul class="flex flex-col gap-2" data-testid="notes">
                {detail.notes.into_iter().map(|note| view! {
                    <li class="flex items-start gap-2 rounded-md bg-stone-50 p-3 dark:bg-stone-800">
                        <div class="flex-1">
                            <p class="whitespace-pre-wrap" dir="auto">{note.body}</p>
                            <time class="text-xs text-stone-600 dark:text-stone-400" datetime=date_of(note.created_at)>{date_of(note.created_at)}</time>
                        </div>
                        <ActionForm action=actions.drop_note>
                            <input type="hidden" name="id" value=id />
                            <input type="hidden" name="note_id" value=note.id />
                            <button type="submit" class="text-sm text-red-700 underline dark:text-red-400">{t.remove}</button>
                        </ActionForm>
                    </li>
                }).collect_view()}
            </ul>
            {alert}
            <ActionForm action=actions.note node_ref=form attr:class="flex flex-col gap-2">
                <input type="hidden" name="id" value=id />
                <TextArea name="body" label=t.new_note rows=3 error=field("body") />
                <button type="submit" class=format!("self-start {BUTTON}")>{t.add_note}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn Contacts(detail: JobDetail, actions: Actions) -> impl IntoView {
    let t = use_tracker_strings();
    let s = use_strings();
    let id = detail.card.id;
    let (alert, field) = errors(s, actions.contact.value().into());
    let form = NodeRef::<leptos::html::Form>::new();
    reset_after_success(actions.contact, form);
    view! {
        <section class=SECTION aria-labelledby="job-contacts">
            <h2 id="job-contacts" class="text-lg font-semibold">{t.contacts}</h2>
            {detail.contacts.is_empty().then(|| view! { <p>{t.no_contacts}</p> })}
            <ul class="flex flex-col gap-2 text-sm" data-testid="contacts">
                {detail.contacts.into_iter().map(|c| view! {
                    <li class="flex items-start gap-2">
                        <div class="flex-1">
                            <p class="font-medium" dir="auto">{c.name}{(!c.role.is_empty()).then(|| format!(" · {}", c.role))}</p>
                            {(!c.email.is_empty()).then(|| view! { <a href=format!("mailto:{}", c.email) class=LINK>{c.email.clone()}</a> })}
                            {(!c.phone.is_empty()).then(|| view! { <p>{c.phone.clone()}</p> })}
                            {(!c.linkedin.is_empty()).then(|| view! { <a href=c.linkedin.clone() class=LINK rel="noopener noreferrer nofollow" target="_blank">"LinkedIn"</a> })}
                        </div>
                        <ActionForm action=actions.drop_contact>
                            <input type="hidden" name="id" value=id />
                            <input type="hidden" name="contact_id" value=c.id />
                            <button type="submit" class="text-red-700 underline dark:text-red-400">{t.remove}</button>
                        </ActionForm>
                    </li>
                }).collect_view()}
            </ul>
            {alert}
            <ActionForm action=actions.contact node_ref=form attr:class="flex flex-col gap-2">
                <input type="hidden" name="id" value=id />
                <Field name="contact[name]" label=t.contact_name error=field("name") />
                <Field name="contact[role]" label=t.contact_role error=field("role") />
                <Field name="contact[email]" label=t.contact_email kind="email" error=field("email") />
                <Field name="contact[phone]" label=t.contact_phone kind="tel" error=field("phone") />
                <Field name="contact[linkedin]" label=t.contact_linkedin kind="url" error=field("linkedin") />
                <button type="submit" class=format!("self-start {BUTTON}")>{t.add_contact}</button>
            </ActionForm>
        </section>
    }
}

/// The primary resume's match with this job, part by part.
#[component]
fn Fit(detail: JobDetail) -> impl IntoView {
    let r = crate::i18n::resume::use_resume_strings();
    let Some(fit) = detail.fit else {
        return view! {
            <section class=SECTION aria-labelledby="job-fit">
                <h2 id="job-fit" class="text-lg font-semibold">{r.fit_title}</h2>
                <p class="text-sm">{r.fit_none}" "<a href="/resumes" class=LINK>{r.title}</a></p>
            </section>
        }
        .into_any();
    };
    view! {
        <section class=SECTION aria-labelledby="job-fit" data-testid="fit">
            <h2 id="job-fit" class="text-lg font-semibold">{r.fit_title}</h2>
            <p class="flex items-baseline gap-2">
                <span class="text-3xl font-semibold" data-testid="fit-score">{fit.score}</span>
                <span class="text-sm text-stone-600 dark:text-stone-400">"/ 100"</span>
            </p>
            <p class="text-sm">
                <a href=format!("/resumes/{}", fit.resume_id) class=LINK dir="auto">{r.fit_against.replace("{resume}", &fit.resume_title)}</a>
            </p>
            <dl class="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1 text-sm">
                {fit.parts.iter().filter(|(_, _, weight)| *weight > 0).map(|(part, score, _)| view! {
                    <dt>{r.part(part)}</dt>
                    <dd class="text-end font-medium">{*score}</dd>
                }).collect_view()}
            </dl>
            {(!fit.matched.is_empty()).then(|| view! {
                <p class="text-sm"><span class="font-medium">{r.fit_matched}": "</span>{fit.matched.join(", ")}</p>
            })}
            {(!fit.missing.is_empty()).then(|| view! {
                <p class="text-sm" data-testid="fit-missing"><span class="font-medium">{r.fit_missing}": "</span>
                    {fit.missing.iter().map(|k| view! { <mark class="rounded bg-amber-100 px-1 text-amber-900 dark:bg-amber-900 dark:text-amber-100">{k.clone()}</mark>" " }).collect_view()}
                </p>
            })}
            <p class="text-sm" dir="auto">{fit.explanation.clone()}</p>
            <p class="text-xs text-stone-600 dark:text-stone-400">{r.offline_label}</p>
        </section>
    }
    .into_any()
}
