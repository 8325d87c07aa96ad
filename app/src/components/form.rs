//! Pieces every form page shares: the alert for errors not about one field, the
//! per-field problem reader, and the card and button styles.

use leptos::prelude::*;

use crate::api::ApiError;
use crate::i18n::{Strings, problem_text};

/// The message for an error that is not about one field.
fn general_message(strings: &Strings, error: &ApiError) -> Option<String> {
    match error {
        ApiError::Invalid { .. } | ApiError::Fields { .. } => None,
        ApiError::BadCredentials => Some(strings.bad_credentials.to_owned()),
        ApiError::Unauthorized => Some(strings.sign_in_required.to_owned()),
        ApiError::Throttled { minutes } => Some(
            strings
                .too_many_attempts
                .replace("{n}", &minutes.to_string()),
        ),
        ApiError::NotFound | ApiError::Server(_) => Some(strings.server_error.to_owned()),
        ApiError::Unreadable { reason } => {
            Some(strings.page_unreadable.replace("{reason}", reason))
        }
        ApiError::NotJsonResume { reason } => {
            Some(strings.not_json_resume.replace("{reason}", reason))
        }
    }
}

/// The page-level alert and a per-field problem reader for one action's result.
pub fn errors<T: Clone + Send + Sync + 'static>(
    strings: &'static Strings,
    value: Signal<Option<Result<T, ApiError>>>,
) -> (
    impl Fn() -> Option<AnyView> + Send + Sync + 'static,
    impl Fn(&'static str) -> Signal<Option<String>> + Copy + Send + Sync + 'static,
) {
    let alert = move || {
        let error = value.get()?.err()?;
        let text = general_message(strings, &error)?;
        Some(
            view! {
                <p role="alert" class="rounded-md border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
                    {text}
                </p>
            }
            .into_any(),
        )
    };
    let field = move |name: &'static str| {
        Signal::derive(move || {
            let error = value.get()?.err()?;
            error.problem_for(name).map(|p| problem_text(strings, p))
        })
    };
    (alert, field)
}

pub const CARD: &str = "mx-auto flex w-full max-w-md flex-col gap-5 rounded-xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900";
pub const BUTTON: &str = "rounded-md bg-teal-700 px-4 py-2 text-center font-medium text-white hover:bg-teal-800 focus-visible:outline-offset-2";

/// A confirmation in a green box, announced politely to screen readers.
#[component]
pub fn Notice(text: &'static str) -> impl IntoView {
    view! {
        <p role="status" class="rounded-md border border-teal-300 bg-teal-50 p-3 text-teal-900 dark:border-teal-800 dark:bg-teal-950 dark:text-teal-100">
            {text}
        </p>
    }
}

/// Whether the page's query has `name=value` (how the server reports a done step
/// after a redirect, with or without JavaScript).
pub fn query_is(
    name: &'static str,
    value: &'static str,
) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    let query = leptos_router::hooks::use_query_map();
    move || query.with(|q| q.get(name)).as_deref() == Some(value)
}

/// The value of `name` in the page's query, or empty.
pub fn query_value(name: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let query = leptos_router::hooks::use_query_map();
    move || query.with(|q| q.get(name)).unwrap_or_default()
}

/// A plain link in the body text style.
/// A section of a page: a white card with its parts spaced.
pub const PANEL: &str = "flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900";
pub const LINK: &str = "text-teal-800 underline dark:text-teal-300";
pub const DANGER_BUTTON: &str = "rounded-md border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50 dark:border-red-400 dark:text-red-300 dark:hover:bg-red-950";

/// Empties `form` after each successful run of `action`, so a list form (notes,
/// contacts) is ready for the next entry. Runs only in the browser; without
/// JavaScript the page comes back fresh anyway.
pub fn reset_after_success<A, T, E>(action: ServerAction<A>, form: NodeRef<leptos::html::Form>)
where
    A: leptos::server_fn::ServerFn<Output = T, Error = E> + Send + Sync + Clone + 'static,
    T: Clone + Send + Sync + 'static,
    E: Clone + Send + Sync + 'static,
    ServerAction<A>: Copy,
{
    Effect::new(move |_| {
        if matches!(action.value().get(), Some(Ok(_)))
            && let Some(form) = form.get()
        {
            form.reset();
        }
    });
}
