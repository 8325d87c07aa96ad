//! `/settings`: the signed-in user's password and sessions. (Profile, languages,
//! export and deletion join here next.)

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::settings::{ChangePassword, SignOutEverywhere};
use crate::components::account::{on_success_refresh_account, use_current_account};
use crate::components::field::Field;
use crate::components::form::{BUTTON, CARD, errors};
use crate::i18n::use_strings;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let s = use_strings();
    let account = use_current_account();
    view! {
        <Title text=s.settings_title />
        {move || {
            if account.with(Option::is_some) {
                view! { <SettingsForms /> }.into_any()
            } else {
                view! {
                    <p class="mx-auto max-w-md">
                        {s.sign_in_required}" "
                        <a href="/login?next=/settings" class="text-teal-800 underline dark:text-teal-300">
                            {s.nav_sign_in}
                        </a>
                    </p>
                }
                    .into_any()
            }
        }}
    }
}

#[component]
fn SettingsForms() -> impl IntoView {
    let s = use_strings();
    let change = ServerAction::<ChangePassword>::new();
    let everywhere = ServerAction::<SignOutEverywhere>::new();
    on_success_refresh_account(everywhere.value().into());
    let (alert, field) = errors(s, change.value().into());
    // The server sends the browser back with `?password=changed`, with or without JS.
    let query = use_query_map();
    let changed = move || query.with(|q| q.get("password")).as_deref() == Some("changed");
    view! {
        <div class="flex flex-col gap-6">
            <h1 class="mx-auto w-full max-w-md text-2xl font-semibold">{s.settings_title}</h1>
            <section class=CARD aria-labelledby="password-title">
                <h2 id="password-title" class="text-lg font-semibold">{s.password_section}</h2>
                {move || changed().then(|| view! {
                    <p role="status" class="rounded-md border border-teal-300 bg-teal-50 p-3 text-teal-900 dark:border-teal-800 dark:bg-teal-950 dark:text-teal-100">
                        {s.password_changed}
                    </p>
                })}
                {alert}
                <ActionForm action=change>
                    <div class="flex flex-col gap-4">
                        <Field name="current_password" label=s.field_current_password kind="password" autocomplete="current-password" required=true error=field("current_password") />
                        <Field name="new_password" label=s.field_new_password kind="password" autocomplete="new-password" required=true hint=s.password_hint error=field("new_password") />
                        <button type="submit" class=BUTTON>{s.submit_change_password}</button>
                    </div>
                </ActionForm>
            </section>
            <section class=CARD aria-labelledby="sessions-title">
                <h2 id="sessions-title" class="text-lg font-semibold">{s.sessions_section}</h2>
                <p class="text-sm text-stone-700 dark:text-stone-300">{s.sessions_body}</p>
                <ActionForm action=everywhere>
                    <button type="submit" class="rounded-md border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50 dark:border-red-400 dark:text-red-300 dark:hover:bg-red-950">
                        {s.sign_out_everywhere}
                    </button>
                </ActionForm>
            </section>
        </div>
    }
}
