//! `/settings`: the signed-in user's profile, password, sessions, data export and
//! account deletion. Every form posts to a server function and works without
//! JavaScript; the server reports each done step with a query flag.

use jobforge_core::model::{SessionInfo, User};
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::settings::{
    ChangePassword, ClearAi, DeleteAccount, EndSession, SaveAi, SignOutEverywhere, UpdateProfile,
    ai_settings, profile, sessions,
};
use crate::components::account::{on_success_refresh_account, use_current_account};
use crate::components::field::{Field, SelectField};
use crate::components::form::{BUTTON, CARD, DANGER_BUTTON, LINK, Notice, errors, query_is};
use crate::i18n::{Lang, Strings, use_strings};

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
                        <a href="/login?next=/settings" class=LINK>{s.nav_sign_in}</a>
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
    view! {
        <div class="flex flex-col gap-6">
            <h1 class="mx-auto w-full max-w-md text-2xl font-semibold">{s.settings_title}</h1>
            <ProfileSection />
            <PasswordSection />
            <AiSection />
            <SessionsSection />
            <ExportSection />
            <DeleteSection />
        </div>
    }
}

/// A titled card; `id` names the heading for `aria-labelledby`.
#[component]
fn Card(id: &'static str, title: &'static str, children: Children) -> impl IntoView {
    view! {
        <section class=CARD aria-labelledby=id>
            <h2 id=id class="text-lg font-semibold">{title}</h2>
            {children()}
        </section>
    }
}

fn languages() -> Vec<(&'static str, &'static str)> {
    Lang::ALL
        .iter()
        .map(|lang| (lang.code(), lang.native_name()))
        .collect()
}

#[component]
fn ProfileSection() -> impl IntoView {
    let s = use_strings();
    let action = ServerAction::<UpdateProfile>::new();
    let user = Resource::new(|| (), |_| profile());
    let saved = query_is("profile", "saved");
    view! {
        <Card id="profile-title" title=s.profile_section>
            {move || saved().then(|| view! { <Notice text=s.profile_saved /> })}
            <Suspense fallback=move || view! { <p>{s.loading}</p> }>
                {move || Suspend::new(async move {
                    user.await.ok().map(|user| view! { <ProfileForm user action /> })
                })}
            </Suspense>
        </Card>
    }
}

#[component]
fn ProfileForm(user: User, action: ServerAction<UpdateProfile>) -> impl IntoView {
    let s = use_strings();
    let (alert, field) = errors(s, action.value().into());
    // A plain post, with or without JavaScript: the page comes back whole, in the
    // language just chosen.
    let path = <UpdateProfile as leptos::server_fn::ServerFn>::PATH;
    view! {
        {alert}
        <form method="post" action=path>
            <div class="flex flex-col gap-4">
                <Field name="display_name" label=s.field_display_name autocomplete="name" value=user.display_name error=field("display_name") />
                <Field name="headline" label=s.field_headline hint=s.headline_hint value=user.headline error=field("headline") />
                <Field name="location" label=s.field_location autocomplete="address-level2" value=user.location error=field("location") />
                <SelectField name="ui_lang" label=s.field_ui_lang options=languages() selected=user.ui_lang error=field("ui_lang") />
                <SelectField name="output_lang" label=s.field_output_lang options=languages() selected=user.output_lang error=field("output_lang") />
                <button type="submit" class=BUTTON>{s.submit_save_profile}</button>
            </div>
        </form>
    }
}

#[component]
fn AiSection() -> impl IntoView {
    let s = use_strings();
    let save = ServerAction::<SaveAi>::new();
    let clear = ServerAction::<ClearAi>::new();
    let current = Resource::new(
        move || (save.version().get(), clear.version().get()),
        |_| ai_settings(),
    );
    let saved = query_is("ai", "saved");
    view! {
        <Card id="ai-title" title=s.ai_section>
            <p class="text-sm text-stone-700 dark:text-stone-300">{s.ai_body}</p>
            {move || saved().then(|| view! { <Notice text=s.ai_saved /> })}
            <Suspense fallback=move || view! { <p>{s.loading}</p> }>
                {move || Suspend::new(async move {
                    let view = current.await.ok().flatten();
                    view! { <AiForm current=view save clear /> }
                })}
            </Suspense>
        </Card>
    }
}

#[component]
fn AiForm(
    current: Option<jobforge_core::model::UserAiView>,
    save: ServerAction<SaveAi>,
    clear: ServerAction<ClearAi>,
) -> impl IntoView {
    let s = use_strings();
    let (alert, field) = errors(s, save.value().into());
    let providers = vec![
        ("offline", s.provider_offline),
        ("openai", s.provider_openai),
        ("anthropic", s.provider_anthropic),
    ];
    let has_own = current.is_some();
    let (provider, base_url, model, hint) = match current {
        Some(c) => (c.provider, c.base_url, c.model, c.key_hint),
        None => ("offline".to_owned(), String::new(), String::new(), None),
    };
    let key_note = hint.map(|h| s.api_key_saved.replace("{hint}", &h));
    // A plain post: the page comes back whole, and the key typed in is gone from it.
    let path = <SaveAi as leptos::server_fn::ServerFn>::PATH;
    view! {
        {(!has_own).then(|| view! { <p class="text-sm">{s.ai_using_instance}</p> })}
        {alert}
        <form method="post" action=path>
            <div class="flex flex-col gap-4">
                <SelectField name="provider" label=s.field_provider options=providers selected=provider error=field("provider") />
                <Field name="base_url" label=s.field_base_url kind="url" value=base_url error=field("base_url") />
                <Field name="model" label=s.field_model value=model error=field("model") />
                <Field name="api_key" label=s.field_api_key kind="password" autocomplete="off" error=field("api_key") />
                {key_note.map(|note| view! { <p class="text-sm text-stone-600 dark:text-stone-400" data-testid="key-hint">{note}</p> })}
                <button type="submit" class=BUTTON>{s.submit_save_ai}</button>
            </div>
        </form>
        {has_own.then(|| view! {
            <ActionForm action=clear>
                <button type="submit" class=DANGER_BUTTON>{s.ai_use_instance}</button>
            </ActionForm>
        })}
    }
}

#[component]
fn PasswordSection() -> impl IntoView {
    let s = use_strings();
    let change = ServerAction::<ChangePassword>::new();
    let (alert, field) = errors(s, change.value().into());
    let changed = query_is("password", "changed");
    view! {
        <Card id="password-title" title=s.password_section>
            {move || changed().then(|| view! { <Notice text=s.password_changed /> })}
            {alert}
            <ActionForm action=change>
                <div class="flex flex-col gap-4">
                    <Field name="current_password" label=s.field_current_password kind="password" autocomplete="current-password" required=true error=field("current_password") />
                    <Field name="new_password" label=s.field_new_password kind="password" autocomplete="new-password" required=true hint=s.password_hint error=field("new_password") />
                    <button type="submit" class=BUTTON>{s.submit_change_password}</button>
                </div>
            </ActionForm>
        </Card>
    }
}

/// "Firefox on Linux" from a user agent: the browser and the system, or the
/// agent's first word for anything else (a script, say).
fn describe_user_agent(ua: &str) -> String {
    const BROWSERS: &[(&str, &str)] = &[
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("Chromium/", "Chromium"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ];
    const SYSTEMS: &[(&str, &str)] = &[
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("CrOS", "ChromeOS"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("Linux", "Linux"),
    ];
    let find = |table: &[(&str, &'static str)]| {
        table
            .iter()
            .find(|(needle, _)| ua.contains(needle))
            .map(|(_, name)| *name)
    };
    match (find(BROWSERS), find(SYSTEMS)) {
        (Some(browser), Some(system)) => format!("{browser} · {system}"),
        (Some(browser), None) => browser.to_owned(),
        _ => ua
            .split(['/', ' '])
            .next()
            .unwrap_or_default()
            .chars()
            .take(40)
            .collect(),
    }
}

fn browser_text(strings: &Strings, session: &SessionInfo) -> String {
    session
        .user_agent
        .as_deref()
        .map(describe_user_agent)
        .filter(|text| !text.is_empty())
        .unwrap_or_else(|| strings.session_unknown_browser.to_owned())
}

/// Unix seconds as `YYYY-MM-DD HH:MM UTC`.
fn utc_text(seconds: i64) -> String {
    let rest = seconds.rem_euclid(86_400);
    format!(
        "{} {:02}:{:02} UTC",
        crate::pages::jobs::date_of(seconds.saturating_mul(1000)),
        rest / 3600,
        rest % 3600 / 60
    )
}

#[component]
fn SessionsSection() -> impl IntoView {
    let s = use_strings();
    let end = ServerAction::<EndSession>::new();
    let everywhere = ServerAction::<SignOutEverywhere>::new();
    on_success_refresh_account(everywhere.value().into());
    let list = Resource::new(move || end.version().get(), |_| sessions());
    let ended = query_is("session", "ended");
    view! {
        <Card id="sessions-title" title=s.sessions_section>
            {move || ended().then(|| view! { <Notice text=s.session_ended /> })}
            <Suspense fallback=move || view! { <p>{s.loading}</p> }>
                {move || Suspend::new(async move {
                    let rows = list.await.unwrap_or_default();
                    view! {
                        <ul class="flex flex-col gap-3" data-testid="sessions">
                            {rows.into_iter().map(|session| view! { <SessionRow session end /> }).collect_view()}
                        </ul>
                    }
                })}
            </Suspense>
            <p class="text-sm text-stone-700 dark:text-stone-300">{s.sessions_body}</p>
            <ActionForm action=everywhere>
                <button type="submit" class=DANGER_BUTTON>{s.sign_out_everywhere}</button>
            </ActionForm>
        </Card>
    }
}

#[component]
fn SessionRow(session: SessionInfo, end: ServerAction<EndSession>) -> impl IntoView {
    let s = use_strings();
    let browser = browser_text(s, &session);
    let full_agent = session.user_agent.clone().unwrap_or_default();
    let signed_in = session.signed_in_at.map(utc_text);
    view! {
        <li class="flex items-start justify-between gap-3 rounded-md border border-stone-200 p-3 text-sm dark:border-stone-800">
            <div class="flex min-w-0 flex-col">
                <span class="truncate font-medium" title=full_agent>{browser}</span>
                <span class="text-stone-600 dark:text-stone-400">
                    {session.ip.clone().unwrap_or_default()}
                    {signed_in.map(|at| format!(" · {}: {at}", s.session_signed_in))}
                </span>
            </div>
            {if session.current {
                view! { <span class="shrink-0 rounded bg-teal-100 px-2 py-1 text-teal-900 dark:bg-teal-900 dark:text-teal-100">{s.session_this}</span> }.into_any()
            } else {
                view! {
                    <ActionForm action=end>
                        <input type="hidden" name="handle" value=session.handle />
                        <button type="submit" class="shrink-0 rounded border border-stone-300 px-2 py-1 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
                            {s.session_end}
                        </button>
                    </ActionForm>
                }.into_any()
            }}
        </li>
    }
}

#[component]
fn ExportSection() -> impl IntoView {
    let s = use_strings();
    let link = "rounded-md border border-stone-300 px-4 py-2 font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";
    view! {
        <Card id="export-title" title=s.export_section>
            <p class="text-sm text-stone-700 dark:text-stone-300">{s.export_body}</p>
            <div class="flex flex-wrap gap-3">
                <a href="/settings/export.json" download="" rel="external" class=link>{s.export_json}</a>
                <a href="/settings/export.zip" download="" rel="external" class=link>{s.export_zip}</a>
            </div>
        </Card>
    }
}

#[component]
fn DeleteSection() -> impl IntoView {
    let s = use_strings();
    let action = ServerAction::<DeleteAccount>::new();
    on_success_refresh_account(action.value().into());
    let (alert, field) = errors(s, action.value().into());
    view! {
        <Card id="delete-title" title=s.delete_section>
            <p class="text-sm text-stone-700 dark:text-stone-300">{s.delete_body}</p>
            {alert}
            <ActionForm action=action>
                <div class="flex flex-col gap-4">
                    <Field name="password" label=s.field_confirm_password kind="password" autocomplete="current-password" required=true error=field("password") />
                    <button type="submit" class=DANGER_BUTTON>{s.delete_submit}</button>
                </div>
            </ActionForm>
        </Card>
    }
}

#[cfg(test)]
mod tests {
    use super::{describe_user_agent, utc_text};

    #[test]
    fn user_agents_read_as_browser_and_system() {
        let chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
        assert_eq!(describe_user_agent(chrome), "Chrome · Linux");
        let firefox =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0";
        assert_eq!(describe_user_agent(firefox), "Firefox · Windows");
        let safari = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
        assert_eq!(describe_user_agent(safari), "Safari · iOS");
        assert_eq!(describe_user_agent("curl/8.5.0"), "curl");
    }

    #[test]
    fn unix_seconds_read_as_utc_dates() {
        assert_eq!(utc_text(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_text(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(utc_text(1_795_000_000), "2026-11-18 11:06 UTC");
    }
}
