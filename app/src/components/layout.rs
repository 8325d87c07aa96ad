//! The frame around every page: skip link, header with navigation, language and
//! theme switches, the main region with an error boundary, and the footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::account::{AccountMenu, UnverifiedBanner};
use crate::components::signed_in::urlencoding as encode_path;
use crate::components::theme_toggle::ThemeToggle;
use crate::i18n::{Lang, Strings, use_lang};

/// One entry of the main navigation. Pages join this list when they are built.
struct NavItem {
    href: &'static str,
    label: fn(&Strings) -> &'static str,
}

const NAV: &[NavItem] = &[
    NavItem {
        href: "/",
        label: |s| s.nav_home,
    },
    NavItem {
        href: "/dashboard",
        label: |s| s.nav_dashboard,
    },
    NavItem {
        href: "/jobs",
        label: |s| s.nav_tracker,
    },
    NavItem {
        href: "/resumes",
        label: |s| s.nav_resumes,
    },
    NavItem {
        href: "/documents",
        label: |s| s.nav_documents,
    },
    NavItem {
        href: "/interviews",
        label: |s| s.nav_interviews,
    },
    NavItem {
        href: "/mock",
        label: |s| s.nav_mock,
    },
];

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let strings = use_lang().strings();
    view! {
        <a
            href="#main"
            class="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
        >
            {strings.skip_to_content}
        </a>
        <header class="border-b border-stone-200 bg-white/80 dark:border-stone-800 dark:bg-stone-900/80">
            <div class="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
                <a href="/" class="text-lg font-bold tracking-tight text-teal-800 dark:text-teal-300">
                    {strings.app_name}
                </a>
                <MainNav strings />
                <div class="ms-auto flex items-center gap-3">
                    <AccountMenu />
                    <LanguageSwitch />
                    <ThemeToggle />
                </div>
            </div>
        </header>
        <UnverifiedBanner />
        <main id="main" class="mx-auto w-full max-w-6xl flex-1 px-4 py-8" tabindex="-1">
            <ErrorBoundary fallback=move |_errors| {
                view! {
                    <section role="alert" class="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
                        <h1 class="text-lg font-semibold">{strings.error_title}</h1>
                        <p>{strings.error_body}</p>
                    </section>
                }
            }>{children()}</ErrorBoundary>
        </main>
        <footer class="mx-auto w-full max-w-6xl px-4 py-8 text-sm text-stone-600 dark:text-stone-400">
            {strings.footer}
        </footer>
    }
}

#[component]
fn MainNav(strings: &'static Strings) -> impl IntoView {
    let location = use_location();
    let items = NAV
        .iter()
        .map(|item| {
            let href = item.href;
            let current = move || {
                let path = location.pathname.get();
                let inside = href != "/" && path.starts_with(&format!("{href}/"));
                (path == href || inside).then_some("page")
            };
            view! {
                <li>
                    <a
                        href=href
                        aria-current=current
                        class="rounded px-2 py-1 text-stone-700 hover:bg-stone-100 aria-[current=page]:font-semibold aria-[current=page]:text-teal-800 dark:text-stone-300 dark:hover:bg-stone-800 dark:aria-[current=page]:text-teal-300"
                    >
                        {(item.label)(strings)}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav aria-label=strings.nav_label>
            <ul class="flex flex-wrap items-center gap-2">{items}</ul>
        </nav>
    }
}

/// Links to `/lang/{code}`, which sets the language cookie and comes back here. Plain
/// links, so the switch works without JavaScript.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let current = use_lang();
    let strings = current.strings();
    let location = use_location();
    let links = Lang::ALL
        .into_iter()
        .filter(|lang| *lang != current)
        .map(|lang| {
            let href = move || {
                let next = location.pathname.get();
                format!("/lang/{}?next={}", lang.code(), encode_path(&next))
            };
            view! {
                <a
                    href=href
                    rel="external"
                    hreflang=lang.code()
                    lang=lang.code()
                    class="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
                >
                    {lang.native_name()}
                </a>
            }
        })
        .collect_view();
    view! {
        <nav aria-label=strings.language_label class="flex items-center gap-2">
            {links}
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::encode_path;

    #[test]
    fn paths_are_encoded_for_the_query() {
        assert_eq!(encode_path("/jobs/12"), "/jobs/12");
        assert_eq!(encode_path("/a b?x=1&y"), "/a%20b%3Fx%3D1%26y");
    }
}
