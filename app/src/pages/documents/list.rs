//! `/documents`: the user's documents grouped by type, each with its job, its
//! versions and its date; a form to write one and a form to upload one.

use jobforge_core::model::document::{DocumentKind, DocumentSummary};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{JobSelect, kind_options};
use crate::api::ApiError;
use crate::api::documents::{CreateDocument, documents};
use crate::components::field::{Field, SelectField, TextArea};
use crate::components::form::{BUTTON, LINK, PANEL as CARD, errors};
use crate::components::signed_in::SignedIn;
use crate::i18n::documents::use_document_strings;
use crate::i18n::{use_lang, use_strings};
use crate::pages::jobs::date_of;

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let d = use_document_strings();
    view! {
        <Title text=d.title />
        <SignedIn>
            <Documents />
        </SignedIn>
    }
}

#[component]
fn Documents() -> impl IntoView {
    let d = use_document_strings();
    let s = use_strings();
    let list = Resource::new(|| (), |_| documents());
    view! {
        <div class="mx-auto flex w-full max-w-3xl flex-col gap-5">
            <h1 class="text-2xl font-semibold">{d.title}</h1>
            <p class="text-stone-700 dark:text-stone-300">{d.intro}</p>
            <Transition fallback=move || view! { <p>{s.loading}</p> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(items) if items.is_empty() => view! { <p data-testid="documents-empty">{d.empty}</p> }.into_any(),
                        Ok(items) => groups(items).into_any(),
                        Err(ApiError::Unauthorized) => view! { <p>{s.sign_in_required}</p> }.into_any(),
                        Err(_) => view! { <p role="alert">{s.server_error}</p> }.into_any(),
                    }
                })}
            </Transition>
            <NewDocument />
            <UploadDocument />
        </div>
    }
}

/// The documents by kind, in the kinds' order, skipping empty kinds.
fn groups(items: Vec<DocumentSummary>) -> impl IntoView {
    let d = use_document_strings();
    DocumentKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let mine: Vec<DocumentSummary> =
                items.iter().filter(|i| i.kind == kind).cloned().collect();
            (!mine.is_empty()).then(|| {
                let heading = format!("kind-{}", kind.as_str());
                let labelled = heading.clone();
                view! {
                    <section aria-labelledby=labelled class="flex flex-col gap-2" data-testid=format!("group-{}", kind.as_str())>
                        <h2 id=heading class="text-lg font-semibold">{d.kind(kind)}</h2>
                        <ul class="flex flex-col gap-2">
                            {mine.into_iter().map(|item| view! { <DocumentItem item /> }).collect_view()}
                        </ul>
                    </section>
                }
            })
        })
        .collect_view()
}

#[component]
fn DocumentItem(item: DocumentSummary) -> impl IntoView {
    let d = use_document_strings();
    view! {
        <li class="flex flex-col gap-1 rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900" data-testid="document-item">
            <a href=format!("/documents/{}", item.id) class="font-semibold text-teal-900 hover:underline dark:text-teal-200" dir="auto">{item.title.clone()}</a>
            <p class="flex flex-wrap gap-x-2 text-sm text-stone-600 dark:text-stone-400">
                {item.job_id.zip(item.job_label.clone()).map(|(job, label)| view! {
                    <a href=format!("/jobs/{job}") class=LINK dir="auto">{d.for_job.replace("{job}", &label)}</a>
                    <span aria-hidden="true">"·"</span>
                })}
                <span>{d.versions_label(item.versions)}</span>
                <span aria-hidden="true">"·"</span>
                <span>{item.language.to_uppercase()}</span>
                <span aria-hidden="true">"·"</span>
                <span>{d.updated.replace("{date}", &date_of(item.updated_at))}</span>
                {item.has_file.then(|| view! {
                    <span class="rounded bg-stone-100 px-2 text-stone-800 dark:bg-stone-800 dark:text-stone-200">{d.uploaded}</span>
                })}
            </p>
        </li>
    }
}

#[component]
fn NewDocument() -> impl IntoView {
    let d = use_document_strings();
    let s = use_strings();
    let create = ServerAction::<CreateDocument>::new();
    let (alert, field) = errors(s, create.value().into());
    let lang = use_lang().code();
    view! {
        <section aria-labelledby="new-document" class=CARD>
            <h2 id="new-document" class="text-lg font-semibold">{d.new_title}</h2>
            {alert}
            <ActionForm action=create attr:class="flex flex-col gap-3" attr:data-testid="new-document-form">
                <Field name="title" label=d.field_title required=true error=field("title") />
                <div class="grid gap-3 sm:grid-cols-3">
                    <SelectField name="kind" label=d.field_kind options=kind_options(d) selected="cover_letter" error=field("kind") />
                    <JobSelect name="job" selected=None />
                    <SelectField name="language" label=d.field_language options=vec![("en", "English"), ("ar", "العربية")] selected=lang error=field("language") />
                </div>
                <TextArea name="markdown" label=d.field_markdown hint=d.markdown_hint rows=10 error=field("markdown") />
                <button type="submit" class=format!("self-start {BUTTON}")>{d.create}</button>
            </ActionForm>
        </section>
    }
}

/// A plain multipart form to `POST /documents/upload`, the same with and
/// without JavaScript; a refused file comes back here as `?upload_error=CODE`.
#[component]
fn UploadDocument() -> impl IntoView {
    let d = use_document_strings();
    let lang = use_lang();
    let query = use_query_map();
    let error = Signal::derive(move || {
        query.with(|q| {
            q.get("upload_error")
                .map(|code| d.upload_error(&code, lang).to_owned())
        })
    });
    view! {
        <section aria-labelledby="upload-document" class=CARD>
            <h2 id="upload-document" class="text-lg font-semibold">{d.upload_title}</h2>
            {move || error.get().map(|text| view! {
                <p role="alert" data-testid="upload-error" class="rounded-md border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">{text}</p>
            })}
            <form method="post" action="/documents/upload" enctype="multipart/form-data" class="flex flex-col gap-3" data-testid="upload-document-form">
                // Named apart from the writing form's fields, so each label has one field.
                <Field name="file" kind="file" label=d.upload_label hint=d.upload_hint required=true error=Signal::derive(|| None::<String>) />
                <div class="grid gap-3 sm:grid-cols-3">
                    <Field name="upload_title" label=d.field_title error=Signal::derive(|| None::<String>) />
                    <SelectField name="upload_kind" label=d.field_kind options=kind_options(d) selected="other" error=Signal::derive(|| None::<String>) />
                    <JobSelect name="upload_job" selected=None />
                </div>
                <button type="submit" class=format!("self-start {BUTTON}")>{d.upload_button}</button>
            </form>
        </section>
    }
}
