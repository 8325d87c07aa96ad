use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_strings;

/// Shown for every address that matches no route, with status 404.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let s = use_strings();
    view! {
        <Title text=s.not_found_title />
        <section class="py-16 text-center">
            <p class="text-6xl font-bold text-teal-800 dark:text-teal-300" aria-hidden="true">
                "404"
            </p>
            <h1 class="mt-4 text-2xl font-semibold">{s.not_found_title}</h1>
            <p class="mt-3 text-stone-700 dark:text-stone-300">{s.not_found_body}</p>
            <p class="mt-6">
                <a href="/" class="text-teal-800 underline dark:text-teal-300">
                    {s.back_home}
                </a>
            </p>
        </section>
    }
}
