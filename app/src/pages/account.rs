//! The pages mailed links lead to: `/verify-email`, `/forgot-password` and
//! `/reset-password`. Each is a plain form; the token travels in a hidden field, so
//! a mail scanner that opens the link changes nothing.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::account::{RequestPasswordReset, ResetPassword, VerifyEmail};
use crate::components::account::on_success_refresh_account;
use crate::components::field::Field;
use crate::components::form::{BUTTON, CARD, LINK, Notice, errors, query_is, query_value};
use crate::i18n::use_strings;

/// The field error about the token, worded for the page (a link problem is not
/// about anything the user typed).
fn link_problem(
    field: impl Fn(&'static str) -> Signal<Option<String>> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let s = use_strings();
    move || {
        field("token").get().map(|text| {
            view! {
                <div role="alert" class="flex flex-col gap-2 rounded-md border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
                    <p>{text}</p>
                    <a href="/forgot-password" class=LINK>{s.request_new_link}</a>
                </div>
            }
        })
    }
}

#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let s = use_strings();
    let action = ServerAction::<VerifyEmail>::new();
    on_success_refresh_account(action.value().into());
    let (alert, field) = errors(s, action.value().into());
    let done = query_is("done", "1");
    let token = query_value("token");
    view! {
        <Title text=s.verify_title />
        <section class=CARD>
            <h1 class="text-2xl font-semibold">{s.verify_title}</h1>
            {move || done().then(|| view! {
                <Notice text=s.verify_done />
                <a href="/" class=LINK>{s.back_home}</a>
            })}
            <div hidden=done class="flex flex-col gap-4">
                <p>{s.verify_body}</p>
                {alert}
                {link_problem(field)}
                <ActionForm action=action>
                    <input type="hidden" name="token" value=token />
                    <button type="submit" class=BUTTON>{s.verify_submit}</button>
                </ActionForm>
            </div>
        </section>
    }
}

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let s = use_strings();
    let action = ServerAction::<RequestPasswordReset>::new();
    let (alert, field) = errors(s, action.value().into());
    let sent = query_is("sent", "1");
    view! {
        <Title text=s.forgot_title />
        <section class=CARD>
            <h1 class="text-2xl font-semibold">{s.forgot_title}</h1>
            {move || sent().then(|| view! { <Notice text=s.forgot_sent /> })}
            <p>{s.forgot_body}</p>
            {alert}
            <ActionForm action=action>
                <div class="flex flex-col gap-4">
                    <Field name="email" label=s.field_email kind="email" autocomplete="email" required=true error=field("email") />
                    <button type="submit" class=BUTTON>{s.forgot_submit}</button>
                </div>
            </ActionForm>
            <p class="text-sm"><a href="/login" class=LINK>{s.nav_sign_in}</a></p>
        </section>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let s = use_strings();
    let action = ServerAction::<ResetPassword>::new();
    let (alert, field) = errors(s, action.value().into());
    let token = query_value("token");
    view! {
        <Title text=s.reset_title />
        <section class=CARD>
            <h1 class="text-2xl font-semibold">{s.reset_title}</h1>
            {alert}
            {link_problem(field)}
            <ActionForm action=action>
                <div class="flex flex-col gap-4">
                    <input type="hidden" name="token" value=token />
                    <Field name="password" label=s.field_new_password kind="password" autocomplete="new-password" required=true hint=s.password_hint error=field("password") />
                    <button type="submit" class=BUTTON>{s.reset_submit}</button>
                </div>
            </ActionForm>
        </section>
    }
}
