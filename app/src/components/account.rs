//! Who is signed in, for the header; and the signal that tells it to look again
//! after signing in or out.

use leptos::prelude::*;

use crate::api::auth::{Logout, current_user};
use crate::i18n::use_strings;

/// Bumped after a successful sign-in, sign-up or sign-out.
#[derive(Clone, Copy)]
pub struct AuthChanged(pub RwSignal<u32>);

pub fn provide_auth_changed() {
    provide_context(AuthChanged(RwSignal::new(0)));
}

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
    let changed = use_context::<AuthChanged>().map(|c| c.0);
    // Blocking: the first HTML already knows who is signed in, with or without JS.
    let user = Resource::new_blocking(
        move || changed.map(|c| c.get()).unwrap_or_default(),
        |_| current_user(),
    );
    let logout = ServerAction::<Logout>::new();
    on_success_refresh_account(logout.value().into());
    let link = "rounded px-2 py-1 text-sm hover:bg-stone-100 dark:hover:bg-stone-800";
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match user.await {
                    Ok(Some(user)) => {
                        let name = if user.display_name.is_empty() {
                            user.email.clone()
                        } else {
                            user.display_name.clone()
                        };
                        view! {
                            <div class="flex items-center gap-2 text-sm" aria-label=strings.account_label role="group">
                                <span>
                                    <span class="sr-only">{strings.signed_in_as}" "</span>
                                    <span data-testid="account-name" class="font-medium">{name}</span>
                                </span>
                                <a href="/settings" class=link>{strings.nav_settings}</a>
                                <ActionForm action=logout>
                                    <button type="submit" class=link>{strings.sign_out}</button>
                                </ActionForm>
                            </div>
                        }
                            .into_any()
                    }
                    _ => view! {
                        <div class="flex items-center gap-1">
                            <a href="/login" class=link>{strings.nav_sign_in}</a>
                            <a href="/register" class=link>{strings.nav_register}</a>
                        </div>
                    }
                        .into_any(),
                }
            })}
        </Suspense>
    }
}
