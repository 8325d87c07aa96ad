//! On a job's page: the documents linked to it and the form that writes a cover
//! letter for it (tone, length, language) from the primary resume.

use leptos::prelude::*;

use crate::api::ApiError;
use crate::api::documents::{WriteCoverLetter, job_documents};
use crate::components::field::SelectField;
use crate::components::form::{BUTTON, LINK, PANEL, errors};
use crate::i18n::documents::use_document_strings;
use crate::i18n::{use_lang, use_strings};

#[component]
pub fn JobDocuments(job: i64) -> impl IntoView {
    let d = use_document_strings();
    let s = use_strings();
    let write = ServerAction::<WriteCoverLetter>::new();
    let (alert, field) = errors(s, write.value().into());
    let no_resume = move || {
        write
            .value()
            .with(|v| matches!(v, Some(Err(ApiError::Invalid { field, .. })) if field == "resume"))
    };
    let linked = Resource::new(|| (), move |_| job_documents(job));
    let lang = use_lang().code();
    view! {
        <section class=PANEL aria-labelledby="job-documents" data-testid="job-documents">
            <h2 id="job-documents" class="text-lg font-semibold">{d.job_documents}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match linked.await {
                        Ok(items) if !items.is_empty() => view! {
                            <ul class="flex flex-col gap-1 text-sm">
                                {items.into_iter().map(|item| view! {
                                    <li>
                                        <a href=format!("/documents/{}", item.id) class=LINK dir="auto">{item.title}</a>
                                        " · "{d.kind_name(item.kind)}
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        _ => view! { <p class="text-sm">{d.job_documents_empty}</p> }.into_any(),
                    }
                })}
            </Suspense>
            <h3 class="font-semibold">{d.letter_title}</h3>
            <p class="text-sm text-stone-600 dark:text-stone-400">{d.letter_intro}</p>
            {move || if no_resume() {
                view! {
                    <p role="alert" class="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
                        {d.no_resume}" "<a href="/resumes" class=LINK>{s.nav_resumes}</a>
                    </p>
                }.into_any()
            } else {
                alert().into_any()
            }}
            <ActionForm action=write attr:class="flex flex-col gap-3" attr:data-testid="cover-letter-form">
                <input type="hidden" name="job" value=job />
                <SelectField name="tone" label=d.tone options=d.tones.to_vec() selected="professional" error=field("tone") />
                <SelectField name="length" label=d.length options=d.lengths.to_vec() selected="medium" error=field("length") />
                <SelectField name="language" label=d.letter_language options=vec![("en", "English"), ("ar", "العربية")] selected=lang error=field("language") />
                <button type="submit" class=format!("self-start {BUTTON}")>{d.write_letter}</button>
            </ActionForm>
        </section>
    }
}
