//! `/login` and `/register` (which, once sent, says to check the inbox). Plain forms posting to server functions: they work
//! without JavaScript (the server redirects, carrying any error back in the URL).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::auth::{Login, Register};
use crate::components::account::on_success_refresh_account;
use crate::components::field::Field;
use crate::components::form::{BUTTON, CARD, LINK, Notice, errors, query_is};
use crate::i18n::use_strings;

/// "No account yet? Create account" under a form.
#[component]
fn OtherWay(question: &'static str, href: &'static str, link: &'static str) -> impl IntoView {
    view! {
        <p class="text-sm">
            {question}" "
            <a href=href class=LINK>{link}</a>
        </p>
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let s = use_strings();
    let action = ServerAction::<Login>::new();
    on_success_refresh_account(action.value().into());
    let (alert, field) = errors(s, action.value().into());
    let query = use_query_map();
    let next = move || query.with(|q| q.get("next")).unwrap_or_default();
    let was_reset = query_is("reset", "1");
    view! {
        <Title text=s.login_title />
        <section class=CARD>
            <h1 class="text-2xl font-semibold">{s.login_title}</h1>
            {move || was_reset().then(|| view! { <Notice text=s.reset_done /> })}
            {alert}
            <ActionForm action=action>
                <div class="flex flex-col gap-4">
                    <input type="hidden" name="next" value=next />
                    <Field name="email" label=s.field_email kind="email" autocomplete="email" required=true error=field("email") />
                    <Field name="password" label=s.field_password kind="password" autocomplete="current-password" required=true error=field("password") />
                    <button type="submit" class=BUTTON>{s.submit_sign_in}</button>
                </div>
            </ActionForm>
            <p class="text-sm"><a href="/forgot-password" class=LINK>{s.forgot_link}</a></p>
            <OtherWay question=s.no_account href="/register" link=s.nav_register />
        </section>
    }
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let s = use_strings();
    let action = ServerAction::<Register>::new();
    let (alert, field) = errors(s, action.value().into());
    // After a successful post the server (or the action, with JS) lands on ?sent=1.
    let sent = query_is("sent", "1");
    let title = move || {
        if sent() {
            s.register_sent_title
        } else {
            s.register_title
        }
    };
    view! {
        <Title text=title />
        <section class=CARD hidden=move || !sent()>
            <h1 class="text-2xl font-semibold">{s.register_sent_title}</h1>
            <Notice text=s.register_sent />
            <a href="/login" class=BUTTON>{s.nav_sign_in}</a>
        </section>
        <section class=CARD hidden=sent>
            <h1 class="text-2xl font-semibold">{s.register_title}</h1>
            <p class="text-sm text-stone-700 dark:text-stone-300">{s.register_intro}</p>
            {alert}
            <ActionForm action=action>
                <div class="flex flex-col gap-4">
                    <Field name="display_name" label=s.field_display_name autocomplete="name" error=field("display_name") />
                    <Field name="email" label=s.field_email kind="email" autocomplete="email" required=true error=field("email") />
                    <Field name="password" label=s.field_password kind="password" autocomplete="new-password" required=true hint=s.password_hint error=field("password") />
                    <button type="submit" class=BUTTON>{s.submit_register}</button>
                </div>
            </ActionForm>
            <OtherWay question=s.have_account href="/login" link=s.nav_sign_in />
        </section>
    }
}
