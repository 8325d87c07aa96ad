//! `/documents/:id[?version=N]`: one version of a document: the Markdown editor
//! with a live preview (drawn from the same tree as the PDF), word count and
//! read time, downloads (PDF, Markdown, the uploaded file), the history with
//! restore, the details (title, type, job) and deletion. Every form works
//! without JavaScript; the preview then shows the saved text.

use jobforge_core::markdown::tree::reading;
use jobforge_core::model::document::DocumentView;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{JobSelect, kind_options};
use crate::api::ApiError;
use crate::api::documents::{
    DeleteDocument, RestoreDocument, SaveDocument, UpdateDocument, document,
};
use crate::components::field::{Field, SelectField};
use crate::components::form::{BUTTON, DANGER_BUTTON, LINK, PANEL as CARD, errors};
use crate::components::markdown::markdown_view;
use crate::components::signed_in::SignedIn;
use crate::i18n::documents::{DocumentStrings, use_document_strings};
use crate::i18n::use_strings;
use crate::pages::jobs::date_of;

#[component]
pub fn DocumentPage() -> impl IntoView {
    let d = use_document_strings();
    view! {
        <Title text=d.title />
        <SignedIn>
            <DocumentLoader />
        </SignedIn>
    }
}

#[component]
fn DocumentLoader() -> impl IntoView {
    let s = use_strings();
    let d = use_document_strings();
    let id = crate::pages::resumes::id_param();
    let query = use_query_map();
    let key = move || {
        let version = query.with(|q| q.get("version").and_then(|v| v.parse::<i32>().ok()));
        (id(), version)
    };
    let save = ServerAction::<SaveDocument>::new();
    let restore = ServerAction::<RestoreDocument>::new();
    let update = ServerAction::<UpdateDocument>::new();
    // Actions stay on this address; their versions make the page read again.
    let data = Resource::new(
        move || {
            (
                key(),
                save.version().get(),
                restore.version().get(),
                update.version().get(),
            )
        },
        |((id, version), ..)| document(id, version),
    );
    view! {
        <Suspense fallback=move || view! { <p>{s.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(view) => view! { <Document view save restore update /> }.into_any(),
                    Err(ApiError::Unauthorized) => view! { <p>{s.sign_in_required}</p> }.into_any(),
                    Err(_) => view! {
                        <div class="flex flex-col gap-2">
                            <p data-testid="document-missing">{d.not_found}</p>
                            <a href="/documents" class=LINK>{d.back}</a>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn reading_label(d: &DocumentStrings, markdown: &str) -> String {
    let (words, minutes) = reading(markdown);
    d.reading
        .replace("{words}", &words.to_string())
        .replace("{minutes}", &minutes.to_string())
}

#[component]
fn Document(
    view: DocumentView,
    save: ServerAction<SaveDocument>,
    restore: ServerAction<RestoreDocument>,
    update: ServerAction<UpdateDocument>,
) -> impl IntoView {
    let d = use_document_strings();
    let s = use_strings();
    let id = view.summary.id;
    let newest = view.history.first().map_or(view.version, |v| v.number);
    let shown = view.version;
    let delete = ServerAction::<DeleteDocument>::new();
    let (alert, field) = errors(s, save.value().into());
    let (details_alert, details_field) = errors(s, update.value().into());
    let text = RwSignal::new(view.markdown.clone());
    let lang = view.summary.language.clone();
    let preview_lang = lang.clone();
    let dir = if lang == "ar" { "rtl" } else { "ltr" };
    let saved = move || save.value().with(|v| matches!(v, Some(Ok(()))));
    view! {
        <Title text=view.summary.title.clone() />
        <div class="flex flex-col gap-5">
            <a href="/documents" class=LINK>{d.back}</a>
            <header class="flex flex-wrap items-center gap-3">
                <h1 class="text-2xl font-semibold" dir="auto" data-testid="document-title">{view.summary.title.clone()}</h1>
                <span class="rounded bg-stone-100 px-2 py-0.5 text-sm dark:bg-stone-800">{d.kind_name(view.summary.kind)}</span>
                <span class="rounded bg-stone-100 px-2 py-0.5 text-sm dark:bg-stone-800" data-testid="version">{d.version.replace("{n}", &shown.to_string())}</span>
                {view.summary.job_id.zip(view.summary.job_label.clone()).map(|(job, label)| view! {
                    <a href=format!("/jobs/{job}") class=LINK dir="auto" data-testid="document-job">{d.for_job.replace("{job}", &label)}</a>
                })}
                <div class="ms-auto flex flex-wrap items-center gap-3">
                    <a href=format!("/documents/{id}/document.pdf?version={shown}") class=BUTTON rel="external" download="" data-testid="pdf-link">{d.pdf}</a>
                    <a href=format!("/documents/{id}/document.md?version={shown}") class=LINK rel="external" download="" data-testid="markdown-link">{d.markdown}</a>
                    <details class="relative">
                        <summary class=format!("cursor-pointer list-none {DANGER_BUTTON}")>{d.delete}</summary>
                        <div class="absolute end-0 z-10 mt-2 flex w-64 flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3 shadow-lg dark:border-stone-700 dark:bg-stone-900">
                            <p class="text-sm">{d.delete_confirm}</p>
                            <ActionForm action=delete>
                                <input type="hidden" name="id" value=id />
                                <button type="submit" class=DANGER_BUTTON>{d.delete_yes}</button>
                            </ActionForm>
                        </div>
                    </details>
                </div>
            </header>
            {view.file.clone().map(|file| view! {
                <p class="text-sm" data-testid="original-file">
                    <a href=format!("/documents/{id}/original") class=LINK rel="external" download="" dir="auto">{d.original.replace("{name}", &file.name)}</a>
                </p>
            })}
            {(shown != newest).then(|| view! {
                <p role="status" class="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">{d.viewing_old}</p>
            })}
            <div class="grid gap-5 lg:grid-cols-2">
                <section class=CARD aria-labelledby="document-editor">
                    <h2 id="document-editor" class="text-lg font-semibold">{d.editor}</h2>
                    {alert}
                    <ActionForm action=save attr:class="flex flex-col gap-3" attr:data-testid="document-form">
                        <input type="hidden" name="id" value=id />
                        <div class="flex flex-col gap-1">
                            <label for="field-markdown" class="font-medium">{d.field_markdown}</label>
                            // As in `TextArea`: the text child is what the server renders,
                            // the property fills a textarea the browser builds itself.
                            <textarea
                                prop:value=view.markdown.clone()
                                id="field-markdown"
                                name="markdown"
                                rows=18
                                dir="auto"
                                lang=lang.clone()
                                aria-describedby="field-markdown-hint"
                                class="rounded-md border border-stone-300 bg-white px-3 py-2 font-mono text-sm text-stone-900 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
                                on:input=move |ev| text.set(event_target_value(&ev))
                            >{view.markdown.clone()}</textarea>
                            <p id="field-markdown-hint" class="text-sm text-stone-600 dark:text-stone-400">{d.markdown_hint}</p>
                            {move || field("markdown").get().map(|problem| view! {
                                <p class="text-sm font-medium text-red-700 dark:text-red-400">{problem}</p>
                            })}
                        </div>
                        <Field name="note" label=d.note error=field("note") />
                        <div class="flex items-center gap-3">
                            <button type="submit" class=BUTTON>{d.save}</button>
                            <span role="status" class="text-sm text-teal-800 dark:text-teal-300">{move || saved().then_some(d.saved)}</span>
                        </div>
                    </ActionForm>
                </section>
                <section class=CARD aria-labelledby="document-preview">
                    <div class="flex flex-wrap items-baseline justify-between gap-2">
                        <h2 id="document-preview" class="text-lg font-semibold">{d.preview}</h2>
                        <span class="text-sm text-stone-600 dark:text-stone-400" data-testid="reading">{move || reading_label(d, &text.get())}</span>
                    </div>
                    <div class="flex flex-col gap-3 leading-relaxed" dir=dir lang=preview_lang data-testid="document-preview">
                        {move || markdown_view(&text.get())}
                    </div>
                </section>
            </div>
            <div class="grid gap-5 lg:grid-cols-2">
                <section class=CARD aria-labelledby="document-history">
                    <h2 id="document-history" class="text-lg font-semibold">{d.history}</h2>
                    <ol class="flex flex-col gap-2 text-sm" data-testid="history">
                        {view.history.clone().into_iter().map(|v| {
                            let current = v.number == shown;
                            view! {
                                <li class="flex flex-wrap items-center gap-2">
                                    <a href=format!("/documents/{id}?version={}", v.number) class=LINK aria-current=current.then_some("page")>
                                        {d.version.replace("{n}", &v.number.to_string())}
                                    </a>
                                    <span>{d.source(&v.source)}</span>
                                    {(!v.note.is_empty()).then(|| view! { <span class="text-stone-600 dark:text-stone-400" dir="auto">"“"{v.note.clone()}"”"</span> })}
                                    <time class="text-stone-600 dark:text-stone-400" datetime=date_of(v.created_at)>{date_of(v.created_at)}</time>
                                    {(v.number != newest).then(|| view! {
                                        <ActionForm action=restore>
                                            <input type="hidden" name="id" value=id />
                                            <input type="hidden" name="number" value=v.number />
                                            <button type="submit" class=LINK>{d.restore}</button>
                                        </ActionForm>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                </section>
                <section class=CARD aria-labelledby="document-details">
                    <h2 id="document-details" class="text-lg font-semibold">{d.details}</h2>
                    {details_alert}
                    <ActionForm action=update attr:class="flex flex-col gap-3">
                        <input type="hidden" name="id" value=id />
                        <Field name="title" label=d.field_title value=view.summary.title.clone() required=true error=details_field("title") />
                        <SelectField name="kind" label=d.field_kind options=kind_options(d) selected=view.summary.kind.as_str() error=details_field("kind") />
                        <JobSelect name="job" selected=view.summary.job_id />
                        <button type="submit" class=format!("self-start {BUTTON}")>{d.update}</button>
                    </ActionForm>
                </section>
            </div>
        </div>
    }
}
