#![recursion_limit = "256"]
//! Jobforge's user interface: the HTML shell, the router and every page. Compiled for
//! the server (`ssr`) and for the browser (`hydrate`).

pub mod api;
pub mod components;
pub mod i18n;
pub mod pages;
pub mod redirect;
#[cfg(feature = "ssr")]
pub mod request;
pub mod security;
pub mod theme;

use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{ParamSegment, SsrMode, StaticSegment};

use crate::components::layout::Layout;
use crate::i18n::use_lang;
use crate::pages::account::{ForgotPasswordPage, ResetPasswordPage, VerifyEmailPage};
use crate::pages::admin::{JobsPage, OutboxPage, UsersPage};
use crate::pages::auth::{LoginPage, RegisterPage};
use crate::pages::dashboard::DashboardPage;
use crate::pages::documents::{DocumentPage, DocumentsPage};
use crate::pages::interviews::{InterviewPage, InterviewsPage};
use crate::pages::jobs::{BoardPage, EditJobPage, JobPage, NewJobPage};
use crate::pages::mock::{MockPage, MockSessionPage};
use crate::pages::resumes::{ResumeEditPage, ResumePage, ResumesPage, TailorPage};
use crate::pages::settings::SettingsPage;
use crate::pages::{landing::Landing, not_found::NotFound};

/// The document around the app, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    security::send_page_policy();
    let lang = use_lang();
    let theme = theme::request_theme();
    let css = format!("/{}/{}.css", options.site_pkg_dir, options.output_name);
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.dir() class=theme.html_class()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <link rel="stylesheet" href=css />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body class="flex min-h-screen flex-col bg-stone-50 text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
                <App />
            </body>
        </html>
    }
}

/// The application: layout, routes and the 404 fallback.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    components::account::provide_current_account();
    let strings = use_lang().strings();
    mark_hydrated();
    view! {
        <Title formatter=move |page: String| {
            if page.is_empty() {
                strings.app_name.to_owned()
            } else {
                format!("{page} · {}", strings.app_name)
            }
        } />
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    // Async: every page arrives fully rendered, so it reads the same
                    // without JavaScript (no streamed fragments to swap in).
                    <Route path=StaticSegment("") view=Landing ssr=SsrMode::Async />
                    <Route path=StaticSegment("login") view=LoginPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("register") view=RegisterPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("settings") view=SettingsPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("verify-email") view=VerifyEmailPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("forgot-password") view=ForgotPasswordPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("reset-password") view=ResetPasswordPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("dashboard") view=DashboardPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("jobs") view=BoardPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("resumes") view=ResumesPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("resumes"), ParamSegment("id")) view=ResumePage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("resumes"), ParamSegment("id"), StaticSegment("edit")) view=ResumeEditPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("resumes"), ParamSegment("id"), StaticSegment("tailor"), ParamSegment("job_id")) view=TailorPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("documents") view=DocumentsPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("interviews") view=InterviewsPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("mock") view=MockPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("mock"), ParamSegment("id")) view=MockSessionPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("interviews"), ParamSegment("id")) view=InterviewPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("documents"), ParamSegment("id")) view=DocumentPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("jobs"), StaticSegment("new")) view=NewJobPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("jobs"), ParamSegment("id")) view=JobPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("jobs"), ParamSegment("id"), StaticSegment("edit")) view=EditJobPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("outbox")) view=OutboxPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("users")) view=UsersPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("jobs")) view=JobsPage ssr=SsrMode::Async />
                </Routes>
            </Layout>
        </Router>
    }
}

/// Sets `data-hydrated` on `<html>` once the browser has taken over, so tests (and
/// styles) can tell a hydrated page from server-rendered HTML.
fn mark_hydrated() {
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(html) = document().document_element() {
            // Setting an attribute on our own <html> cannot fail in a real browser.
            let _ = html.set_attribute("data-hydrated", "true");
        }
    });
}
