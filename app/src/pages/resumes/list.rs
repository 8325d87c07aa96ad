//! `/resumes`: the user's resumes, the primary one first, and forms that add one
//! from an uploaded file or from pasted text or a JSON Resume.

use jobforge_core::model::resume::ResumeSummary;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::ApiError;
use crate::api::resumes::{ImportResume, SetPrimaryResume, resumes};
use crate::components::field::{Field, TextArea};
use crate::components::form::{BUTTON, LINK, errors};
use crate::components::signed_in::SignedIn;
use crate::i18n::resume::use_resume_strings;
use crate::i18n::use_strings;
use crate::pages::jobs::date_of;

#[component]
pub fn ResumesPage() -> impl IntoView {
    let r = use_resume_strings();
    view! {
        <Title text=r.title />
        <SignedIn>
            <Resumes />
        </SignedIn>
    }
}

#[component]
fn Resumes() -> impl IntoView {
    let r = use_resume_strings();
    let s = use_strings();
    let primary = ServerAction::<SetPrimaryResume>::new();
    let list = Resource::new(move || primary.version().get(), |_| resumes());
    view! {
        <div class="mx-auto flex w-full max-w-3xl flex-col gap-5">
            <h1 class="text-2xl font-semibold">{r.title}</h1>
            <p class="text-stone-700 dark:text-stone-300">{r.intro}</p>
            <Transition fallback=move || view! { <p>{s.loading}</p> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(items) if items.is_empty() => view! { <p data-testid="resumes-empty">{r.empty}</p> }.into_any(),
                        Ok(items) => view! {
                            <ul class="flex flex-col gap-3" data-testid="resumes">
                                {items.into_iter().map(|item| view! { <ResumeItem item primary /> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(ApiError::Unauthorized) => view! { <p>{s.sign_in_required}</p> }.into_any(),
                        Err(_) => view! { <p role="alert">{s.server_error}</p> }.into_any(),
                    }
                })}
            </Transition>
            <UploadForm />
            <ImportForm />
        </div>
    }
}

#[component]
fn ResumeItem(item: ResumeSummary, primary: ServerAction<SetPrimaryResume>) -> impl IntoView {
    let r = use_resume_strings();
    let href = format!("/resumes/{}", item.id);
    view! {
        <li class="flex flex-wrap items-center gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900" data-testid="resume-item">
            <div class="flex flex-1 flex-col gap-1">
                <a href=href class="font-semibold text-teal-900 hover:underline dark:text-teal-200" dir="auto">{item.title.clone()}</a>
                <p class="text-sm text-stone-600 dark:text-stone-400">
                    {r.versions_label(item.versions)}" · "
                    {item.language.to_uppercase()}" · "
                    {r.updated.replace("{date}", &date_of(item.updated_at))}
                </p>
            </div>
            {if item.is_primary {
                view! { <span class="rounded bg-teal-100 px-2 py-0.5 text-sm text-teal-900 dark:bg-teal-900 dark:text-teal-100" data-testid="primary-badge">{r.primary}</span> }.into_any()
            } else {
                view! {
                    <ActionForm action=primary>
                        <input type="hidden" name="id" value=item.id />
                        <button type="submit" class=LINK>{r.make_primary}</button>
                    </ActionForm>
                }.into_any()
            }}
        </li>
    }
}

/// A plain multipart form to `POST /resumes/upload`, the same with and without
/// JavaScript; a refused file comes back here as `?upload_error=CODE`.
#[component]
fn UploadForm() -> impl IntoView {
    let r = use_resume_strings();
    let query = use_query_map();
    let error = Signal::derive(move || {
        query.with(|q| {
            q.get("upload_error")
                .map(|code| r.upload_error(&code).to_owned())
        })
    });
    view! {
        <section aria-labelledby="upload-title" class="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900">
            <h2 id="upload-title" class="text-lg font-semibold">{r.upload_title}</h2>
            {move || error.get().map(|text| view! {
                <p role="alert" data-testid="upload-error" class="rounded-md border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">{text}</p>
            })}
            <form method="post" action="/resumes/upload" enctype="multipart/form-data" class="flex flex-col gap-3">
                // The refusal is the alert above; the field itself starts clean.
                <Field name="file" kind="file" label=r.upload_label hint=r.upload_hint required=true error=Signal::derive(|| None::<String>) />
                <button type="submit" class=format!("self-start {BUTTON}")>{r.upload_button}</button>
            </form>
        </section>
    }
}

#[component]
fn ImportForm() -> impl IntoView {
    let r = use_resume_strings();
    let s = use_strings();
    let import = ServerAction::<ImportResume>::new();
    let (alert, field) = errors(s, import.value().into());
    view! {
        <section aria-labelledby="import-title" class="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900">
            <h2 id="import-title" class="text-lg font-semibold">{r.import_title}</h2>
            {alert}
            <ActionForm action=import attr:class="flex flex-col gap-3">
                <Field name="title" label=r.import_name error=field("title") />
                <TextArea name="text" label=r.import_label hint=r.import_hint rows=12 error=field("text") />
                <button type="submit" class=format!("self-start {BUTTON}")>{r.import_button}</button>
            </ActionForm>
        </section>
    }
}
