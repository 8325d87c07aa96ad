//! `/admin/outbox`: the mail the instance kept locally because no SMTP server is
//! configured, newest first, readable with its links. Admins only; anyone else
//! gets the not-found page.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::admin::outbox;
use crate::components::form::LINK;
use crate::i18n::use_strings;
use crate::pages::not_found::NotFound;

#[component]
pub fn OutboxPage() -> impl IntoView {
    let s = use_strings();
    let mails = Resource::new(|| (), |_| outbox());
    view! {
        <Title text=s.outbox_title />
        <Suspense fallback=move || view! { <p>{s.loading}</p> }>
            {move || Suspend::new(async move {
                match mails.await {
                    Err(_) => view! { <NotFound /> }.into_any(),
                    Ok((kept_locally, mails)) => view! {
                        <div class="flex flex-col gap-4">
                            <h1 class="text-2xl font-semibold">{s.outbox_title}</h1>
                            {kept_locally.then(|| view! { <p class="text-stone-700 dark:text-stone-300">{s.outbox_body}</p> })}
                            {mails.is_empty().then(|| view! { <p>{s.outbox_empty}</p> })}
                            <ul class="flex flex-col gap-4" data-testid="outbox">
                                {mails.into_iter().map(|mail| view! {
                                    <li class="rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900">
                                        <h2 class="font-semibold">{mail.subject}</h2>
                                        <p class="text-sm text-stone-600 dark:text-stone-400">{s.outbox_to}": "{mail.to}</p>
                                        <pre dir="auto" class="mt-2 whitespace-pre-wrap break-words font-sans text-sm">{linkify(&mail.text)}</pre>
                                    </li>
                                }).collect_view()}
                            </ul>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The mail text with its links of this site made clickable.
fn linkify(text: &str) -> impl IntoView + use<> {
    text.split_inclusive(char::is_whitespace)
        .map(|word| {
            let trimmed = word.trim_end();
            if trimmed.starts_with("http://") || trimmed.starts_with("https://") {
                let space = word[trimmed.len()..].to_owned();
                view! { <a href=trimmed.to_owned() class=LINK>{trimmed.to_owned()}</a>{space} }
                    .into_any()
            } else {
                word.to_owned().into_any()
            }
        })
        .collect_view()
}
