//! `/documents` (the list, writing and uploading) and `/documents/:id` (one
//! version: Markdown editor with a live preview, history, downloads).

mod for_job;
mod list;
mod view;

pub use for_job::JobDocuments;
pub use list::DocumentsPage;
pub use view::DocumentPage;

use jobforge_core::model::document::DocumentKind;
use leptos::prelude::*;

use crate::api::resumes::job_choices;
use crate::i18n::documents::{DocumentStrings, use_document_strings};

/// The kinds as `(value, label)` options.
fn kind_options(d: &'static DocumentStrings) -> Vec<(&'static str, &'static str)> {
    DocumentKind::ALL
        .into_iter()
        .map(|k| (k.as_str(), d.kind_name(k)))
        .collect()
}

/// A choice among the user's jobs, or none.
#[component]
fn JobSelect(name: &'static str, selected: Option<i64>) -> impl IntoView {
    let d = use_document_strings();
    let choices = Resource::new(|| (), |_| job_choices());
    let id = format!("field-{name}");
    let select = move |jobs: Vec<(i64, String)>| {
        view! {
            <select id=id.clone() name=name class="rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100">
                <option value="" selected=selected.is_none()>{d.no_job}</option>
                {jobs.into_iter().map(|(job, label)| view! {
                    <option value=job selected=selected == Some(job)>{label}</option>
                }).collect_view()}
            </select>
        }
    };
    let fallback = select.clone();
    view! {
        <div class="flex flex-col gap-1">
            <label for=format!("field-{name}") class="font-medium">{d.field_job}</label>
            <Suspense fallback=move || fallback(Vec::new())>
                {move || {
                    let select = select.clone();
                    Suspend::new(async move { select(choices.await.unwrap_or_default()) })
                }}
            </Suspense>
        </div>
    }
}
