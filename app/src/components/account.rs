//! Who is signed in, for the header and for pages. The server knows it before
//! rendering (axum-login loads the user into the request), so nothing waits on a
//! resource; the browser reads the same value back from the header's data
//! attributes when it hydrates, and asks again only after signing in or out.

use jobforge_core::model::{Role, User};
use leptos::prelude::*;

use crate::api::auth::Logout;
use crate::i18n::use_strings;

/// What the UI shows of the signed-in account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub name: String,
    pub role: Role,
    /// Whether the email address is confirmed (else the layout shows a banner).
    pub verified: bool,
}

impl From<&User> for Account {
    fn from(user: &User) -> Self {
        let name = if user.display_name.is_empty() {
            user.email.clone()
        } else {
            user.display_name.clone()
        };
        Account {
            id: user.id,
            name,
            role: user.role,
            verified: user.email_verified,
        }
    }
}

/// The signed-in account (`None` for visitors).
#[derive(Clone, Copy)]
pub struct CurrentAccount(pub RwSignal<Option<Account>>);

/// Bumped after a successful sign-in, sign-up or sign-out.
#[derive(Clone, Copy)]
pub struct AuthChanged(pub RwSignal<u32>);

pub fn provide_current_account() {
    let account = RwSignal::new(initial_account());
    let changed = RwSignal::new(0u32);
    provide_context(CurrentAccount(account));
    provide_context(AuthChanged(changed));
    // In the browser: after each change, ask the server who is signed in now.
    Effect::new(move |previous: Option<u32>| {
        let now = changed.get();
        #[cfg(feature = "hydrate")]
        if previous.is_some() {
            leptos::task::spawn_local(async move {
                if let Ok(user) = crate::api::auth::current_user().await {
                    account.set(user.as_ref().map(Account::from));
                }
            });
        }
        let _ = previous;
        now
    });
}

pub fn use_current_account() -> RwSignal<Option<Account>> {
    use_context::<CurrentAccount>()
        .map(|c| c.0)
        .unwrap_or_else(|| RwSignal::new(None))
}

#[cfg(feature = "ssr")]
fn initial_account() -> Option<Account> {
    let parts = use_context::<http::request::Parts>()?;
    let session = parts.extensions.get::<jobforge_core::auth::AuthSession>()?;
    session.user.as_ref().map(|u| Account::from(&u.user))
}

#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
fn initial_account() -> Option<Account> {
    let menu = document().get_element_by_id(MENU_ID)?;
    let name = menu.get_attribute("data-name")?;
    let role = menu
        .get_attribute("data-role")
        .and_then(|r| Role::parse(&r))?;
    let verified = menu.get_attribute("data-verified").as_deref() == Some("true");
    let id = menu.get_attribute("data-id")?.parse().ok()?;
    Some(Account {
        id,
        name,
        role,
        verified,
    })
}

#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
fn initial_account() -> Option<Account> {
    None
}

const MENU_ID: &str = "account-menu";

/// Bumps `AuthChanged` whenever `action` succeeds.
pub fn on_success_refresh_account<T, E>(action_value: Signal<Option<Result<T, E>>>)
where
    T: Send + Sync + 'static,
    E: Send + Sync + 'static,
{
    let Some(AuthChanged(changed)) = use_context::<AuthChanged>() else {
        return;
    };
    Effect::new(move |_| {
        if matches!(action_value.read().as_ref(), Some(Ok(_))) {
            changed.update(|n| *n += 1);
        }
    });
}

#[component]
pub fn AccountMenu() -> impl IntoView {
    let strings = use_strings();
    let account = use_current_account();
    let logout = ServerAction::<Logout>::new();
    on_success_refresh_account(logout.value().into());
    let link = "rounded px-2 py-1 text-sm hover:bg-stone-100 dark:hover:bg-stone-800";
    view! {
        <div
            id=MENU_ID
            data-id=move || account.with(|a| a.as_ref().map(|a| a.id.to_string()))
            data-name=move || account.with(|a| a.as_ref().map(|a| a.name.clone()))
            data-role=move || account.with(|a| a.as_ref().map(|a| a.role.as_str()))
            data-verified=move || account.with(|a| a.as_ref().map(|a| a.verified.to_string()))
            class="flex items-center gap-2 text-sm"
        >
            {move || match account.get() {
                Some(signed_in) => view! {
                    <span>
                        <span class="sr-only">{strings.signed_in_as}" "</span>
                        <span data-testid="account-name" class="font-medium">{signed_in.name}</span>
                    </span>
                    {(signed_in.role == Role::Admin).then(|| view! {
                        <a href="/admin/users" class=link>{strings.nav_users}</a>
                        <a href="/admin/jobs" class=link>{strings.nav_jobs}</a>
                        <a href="/admin/outbox" class=link>{strings.nav_outbox}</a>
                    })}
                    <a href="/settings" class=link>{strings.nav_settings}</a>
                    <ActionForm action=logout>
                        <button type="submit" class=link>{strings.sign_out}</button>
                    </ActionForm>
                }
                    .into_any(),
                None => view! {
                    <a href="/login" class=link>{strings.nav_sign_in}</a>
                    <a href="/register" class=link>{strings.nav_register}</a>
                }
                    .into_any(),
            }}
        </div>
    }
}

/// Shown on every page while the signed-in user's address is unconfirmed, with a
/// button that mails the link again (throttled on the server).
#[component]
pub fn UnverifiedBanner() -> impl IntoView {
    let account = use_current_account();
    let unverified = move || account.with(|a| a.as_ref().is_some_and(|a| !a.verified));
    view! {
        <Show when=unverified>
            <ResendBanner />
        </Show>
    }
}

#[component]
fn ResendBanner() -> impl IntoView {
    use crate::api::account::ResendVerification;
    let strings = use_strings();
    let resend = ServerAction::<ResendVerification>::new();
    let (alert, _) = crate::components::form::errors(strings, resend.value().into());
    let sent_flag = crate::components::form::query_is("verification", "sent");
    let resent = move || sent_flag() || matches!(resend.value().get(), Some(Ok(())));
    let here = leptos_router::hooks::use_location().pathname;
    view! {
        <div
            data-testid="unverified-banner"
            class="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
            <div class="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-2 text-sm">
                <p>{strings.unverified_banner}</p>
                <ActionForm action=resend>
                    <input type="hidden" name="next" value=move || here.get() />
                    <button type="submit" class="rounded border border-amber-700 px-2 py-1 font-medium hover:bg-amber-100 dark:border-amber-300 dark:hover:bg-amber-900">
                        {strings.resend_verification}
                    </button>
                </ActionForm>
                {move || resent().then(|| view! { <p role="status">{strings.verification_resent}</p> })}
                {alert}
            </div>
        </div>
    }
}
