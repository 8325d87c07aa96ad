use leptos::prelude::*;

use crate::i18n::use_strings;
use crate::theme::Theme;

/// Switches between the light and the dark theme. Disabled until hydration: it is
/// the one control on the page that needs JavaScript.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let strings = use_strings();
    let (hydrated, set_hydrated) = signal(false);
    let (theme, set_theme) = signal(initial_theme());
    Effect::new(move |_| set_hydrated.set(true));
    let toggle = move |_| {
        let next = match theme.get_untracked() {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        };
        set_theme.set(next);
        #[cfg(feature = "hydrate")]
        crate::theme::apply_theme(next);
    };
    view! {
        <button
            type="button"
            id="theme-toggle"
            disabled=move || !hydrated.get()
            aria-pressed=move || (theme.get() == Theme::Dark).to_string()
            aria-label=strings.theme_dark
            title=move || match theme.get() {
                Theme::Light => strings.theme_dark,
                Theme::Dark => strings.theme_light,
            }
            on:click=toggle
            class="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800"
        >
            <span aria-hidden="true">
                {move || match theme.get() {
                    Theme::Light => "☾",
                    Theme::Dark => "☀",
                }}
            </span>
        </button>
    }
}

fn initial_theme() -> Theme {
    #[cfg(feature = "hydrate")]
    {
        crate::theme::current_theme()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        crate::theme::request_theme()
    }
}
