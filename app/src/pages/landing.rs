use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::account::use_current_account;
use crate::components::form::{BUTTON, Notice, query_is};
use crate::i18n::use_strings;

/// `/`: what Jobforge is, for visitors.
#[component]
pub fn Landing() -> impl IntoView {
    let s = use_strings();
    let features = s
        .features
        .iter()
        .map(|(title, body)| {
            view! {
                <li class="rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900">
                    <h3 class="font-semibold text-teal-900 dark:text-teal-200">{*title}</h3>
                    <p class="mt-2 text-stone-700 dark:text-stone-300">{*body}</p>
                </li>
            }
        })
        .collect_view();
    let trust = s
        .trust_points
        .iter()
        .map(|point| view! { <li class="ps-1">{*point}</li> })
        .collect_view();
    let deleted = query_is("account", "deleted");
    let account = use_current_account();
    view! {
        <Title text="" />
        {move || deleted().then(|| view! { <Notice text=s.account_deleted /> })}
        <section class="py-8 md:py-14">
            <p class="text-sm font-medium uppercase tracking-wide text-teal-800 dark:text-teal-300">
                {s.tagline}
            </p>
            <h1 class="mt-3 max-w-3xl text-3xl font-bold leading-tight md:text-5xl">
                {s.hero_title}
            </h1>
            <p class="mt-5 max-w-2xl text-lg text-stone-700 dark:text-stone-300">{s.hero_body}</p>
            <p class="mt-3 max-w-2xl text-sm text-stone-600 dark:text-stone-400">{s.hero_note}</p>
            {move || account.with(Option::is_some).then(|| view! {
                <a href="/dashboard" class=format!("mt-6 inline-block {BUTTON}")>{s.go_to_dashboard}</a>
            })}
        </section>
        <section aria-labelledby="features-title" class="py-6">
            <h2 id="features-title" class="text-2xl font-semibold">{s.features_title}</h2>
            <ul class="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">{features}</ul>
        </section>
        <section aria-labelledby="trust-title" class="py-6">
            <h2 id="trust-title" class="text-2xl font-semibold">{s.trust_title}</h2>
            <ul class="mt-4 list-disc space-y-2 ps-6 text-stone-700 dark:text-stone-300">{trust}</ul>
        </section>
    }
}
