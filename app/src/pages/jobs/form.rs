//! `/jobs/new` and `/jobs/:id/edit`: the job form, checked by the server, which
//! names every bad field. Works without JavaScript (the form posts and the server
//! answers with the job's page, or with this page and the problems).

use jobforge_core::model::tracker::{JobDetail, JobForm, JobType, Status, WorkMode};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use leptos_router::params::ParamsMap;

use crate::api::ApiError;
use crate::api::tracker::{CreateJob, ImportPosting, ParsePosting, UpdateJob, job};
use crate::components::field::{Field, SelectField, TextArea};
use crate::components::form::{BUTTON, LINK, errors};
use crate::components::signed_in::SignedIn;
use crate::i18n::tracker::use_tracker_strings;
use crate::i18n::use_strings;

#[component]
pub fn NewJobPage() -> impl IntoView {
    let t = use_tracker_strings();
    let query = use_query_map();
    view! {
        <Title text=t.new_title />
        <SignedIn>
            <div class="mx-auto flex w-full max-w-3xl flex-col gap-6">
                <h1 class="text-2xl font-semibold">{t.new_title}</h1>
                <p class="text-stone-700 dark:text-stone-300">{t.new_intro}</p>
                <div class="grid gap-4 md:grid-cols-2">
                    <PasteForm />
                    <UrlForm />
                </div>
                {move || {
                    let (initial, draft) = query.with(draft_of);
                    view! {
                        {draft.map(|offline| view! {
                            <p role="status" data-testid="draft-note" class="rounded-md border border-teal-300 bg-teal-50 p-3 text-teal-900 dark:border-teal-800 dark:bg-teal-950 dark:text-teal-100">
                                {t.draft_filled}" "{offline.then_some(t.made_offline)}
                            </p>
                        })}
                        <NewJobForm initial />
                    }
                }}
            </div>
        </SignedIn>
    }
}

/// The form a draft's query fills, and whether there is a draft (and whether it
/// was read without a language model).
fn draft_of(query: &ParamsMap) -> (JobForm, Option<bool>) {
    let get = |name: &str| query.get(name).unwrap_or_default();
    let form = JobForm {
        title: get("title"),
        company: get("company"),
        location: get("location"),
        work_mode: get("work_mode"),
        job_type: get("job_type"),
        salary_min: get("salary_min"),
        salary_max: get("salary_max"),
        salary_currency: get("salary_currency"),
        source_url: get("source_url"),
        language: get("language"),
        deadline: get("deadline"),
        description: get("description"),
        ..JobForm::default()
    };
    let draft = query.get("draft").map(|d| d == "offline");
    (form, draft)
}

#[component]
fn PasteForm() -> impl IntoView {
    let t = use_tracker_strings();
    let s = use_strings();
    let parse = ServerAction::<ParsePosting>::new();
    let (alert, field) = errors(s, parse.value().into());
    view! {
        <section aria-labelledby="paste-title" class="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900">
            <h2 id="paste-title" class="text-lg font-semibold">{t.paste_title}</h2>
            {alert}
            <ActionForm action=parse attr:class="flex flex-col gap-3">
                <TextArea name="text" label=t.paste_label rows=6 error=field("text") />
                <button type="submit" class=format!("self-start {BUTTON}")>{t.paste_button}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn UrlForm() -> impl IntoView {
    let t = use_tracker_strings();
    let s = use_strings();
    let import = ServerAction::<ImportPosting>::new();
    let (alert, field) = errors(s, import.value().into());
    view! {
        <section aria-labelledby="url-title" class="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900">
            <h2 id="url-title" class="text-lg font-semibold">{t.url_title}</h2>
            {alert}
            <ActionForm action=import attr:class="flex flex-col gap-3">
                <Field name="url" label=t.url_label kind="url" hint=t.url_hint error=field("url") />
                <button type="submit" class=format!("self-start {BUTTON}")>{t.url_button}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn NewJobForm(initial: JobForm) -> impl IntoView {
    let t = use_tracker_strings();
    let s = use_strings();
    let create = ServerAction::<CreateJob>::new();
    let (alert, field) = errors(s, create.value().into());
    view! {
        <section aria-labelledby="job-form-title" class="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
            <h2 id="job-form-title" class="text-lg font-semibold">{t.by_hand}</h2>
            {alert}
            <ActionForm action=create attr:class="flex flex-col gap-4" attr:data-testid="job-form">
                <input type="hidden" name="form[language]" value=initial.language.clone() />
                <JobFields initial field with_status=true />
                <button type="submit" class=BUTTON>{t.save_job}</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn EditJobPage() -> impl IntoView {
    let t = use_tracker_strings();
    let s = use_strings();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let detail = Resource::new(id, job);
    view! {
        <Title text=t.edit_title />
        <SignedIn>
            <Suspense fallback=move || view! { <p>{s.loading}</p> }>
                {move || Suspend::new(async move {
                    match detail.await {
                        Ok((_, detail)) => view! { <EditForm detail /> }.into_any(),
                        Err(ApiError::NotFound) | Err(ApiError::Server(_)) => view! { <p>{t.not_found}</p> }.into_any(),
                        Err(_) => view! { <p>{s.sign_in_required}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </SignedIn>
    }
}

/// What the form starts with when editing `detail`.
fn form_of(detail: &JobDetail) -> JobForm {
    let amount = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
    JobForm {
        title: detail.card.title.clone(),
        company: detail.card.company.clone().unwrap_or_default(),
        company_website: detail
            .company
            .as_ref()
            .map(|c| c.website.clone())
            .unwrap_or_default(),
        location: detail.card.location.clone(),
        work_mode: detail
            .card
            .work_mode
            .map(|m| m.as_str().to_owned())
            .unwrap_or_default(),
        job_type: detail
            .card
            .job_type
            .map(|k| k.as_str().to_owned())
            .unwrap_or_default(),
        salary_min: amount(detail.salary_min),
        salary_max: amount(detail.salary_max),
        salary_currency: detail.salary_currency.clone(),
        source_url: detail.source_url.clone(),
        description: detail.description.clone(),
        language: detail.language.clone(),
        tags: detail.card.tags.join(", "),
        deadline: detail.card.deadline.clone().unwrap_or_default(),
        status: detail.card.status.as_str().to_owned(),
    }
}

#[component]
fn EditForm(detail: JobDetail) -> impl IntoView {
    let t = use_tracker_strings();
    let s = use_strings();
    let update = ServerAction::<UpdateJob>::new();
    let (alert, field) = errors(s, update.value().into());
    let id = detail.card.id;
    let initial = form_of(&detail);
    view! {
        <div class="mx-auto flex w-full max-w-3xl flex-col gap-4">
            <h1 class="text-2xl font-semibold">{t.edit_title}</h1>
            {alert}
            <ActionForm action=update attr:class="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900" attr:data-testid="job-form">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="form[language]" value=initial.language.clone() />
                <JobFields initial field with_status=false />
                <div class="flex items-center gap-4">
                    <button type="submit" class=BUTTON>{t.save_job}</button>
                    <a href=format!("/jobs/{id}") class=LINK>{t.cancel}</a>
                </div>
            </ActionForm>
        </div>
    }
}

/// The job's fields, named `form[…]` for the server function.
#[component]
fn JobFields<F>(initial: JobForm, field: F, with_status: bool) -> impl IntoView
where
    F: Fn(&'static str) -> Signal<Option<String>> + Copy + Send + Sync + 'static,
{
    let t = use_tracker_strings();
    let none = ("", "—");
    let modes: Vec<(&'static str, &'static str)> = std::iter::once(none)
        .chain(WorkMode::ALL.iter().map(|m| (m.as_str(), t.work_mode(*m))))
        .collect();
    let types: Vec<(&'static str, &'static str)> = std::iter::once(none)
        .chain(JobType::ALL.iter().map(|k| (k.as_str(), t.job_type(*k))))
        .collect();
    let statuses: Vec<(&'static str, &'static str)> = Status::ALL
        .iter()
        .map(|st| (st.as_str(), t.status(*st)))
        .collect();
    view! {
        <Field name="form[title]" label=t.field_title required=true value=initial.title error=field("title") />
        <div class="grid gap-4 md:grid-cols-2">
            <Field name="form[company]" label=t.field_company value=initial.company error=field("company") />
            <Field name="form[company_website]" label=t.field_company_website kind="url" value=initial.company_website error=field("company_website") />
            <Field name="form[location]" label=t.field_location value=initial.location error=field("location") />
            <Field name="form[source_url]" label=t.field_source_url kind="url" value=initial.source_url error=field("source_url") />
            <SelectField name="form[work_mode]" label=t.field_work_mode options=modes selected=initial.work_mode error=field("work_mode") />
            <SelectField name="form[job_type]" label=t.field_job_type options=types selected=initial.job_type error=field("job_type") />
        </div>
        <div class="grid gap-4 md:grid-cols-3">
            <Field name="form[salary_min]" label=t.field_salary_min value=initial.salary_min error=field("salary_min") />
            <Field name="form[salary_max]" label=t.field_salary_max value=initial.salary_max error=field("salary_max") />
            <Field name="form[salary_currency]" label=t.field_salary_currency hint=t.currency_hint value=initial.salary_currency error=field("salary_currency") />
        </div>
        <TextArea name="form[description]" label=t.field_description hint=t.description_hint rows=12 value=initial.description error=field("description") />
        <div class="grid gap-4 md:grid-cols-3">
            <Field name="form[tags]" label=t.field_tags hint=t.tags_hint value=initial.tags error=field("tags") />
            <Field name="form[deadline]" label=t.field_deadline kind="date" value=initial.deadline error=field("deadline") />
            {with_status.then(|| view! {
                <SelectField name="form[status]" label=t.field_status options=statuses selected=initial.status error=field("status") />
            })}
        </div>
    }
}
