//! Pages for signed-in users only: a visitor sees a sign-in link that comes back.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::account::use_current_account;
use crate::components::form::LINK;
use crate::i18n::use_strings;

/// `children` for a signed-in user; a sign-in link for anyone else.
#[component]
pub fn SignedIn(children: ChildrenFn) -> impl IntoView {
    let s = use_strings();
    let account = use_current_account();
    let location = use_location();
    move || {
        if account.with(Option::is_some) {
            children().into_any()
        } else {
            let next = format!(
                "/login?next={}",
                urlencoding(&location.pathname.get_untracked())
            );
            view! {
                <p class="mx-auto max-w-md">
                    {s.sign_in_required}" "
                    <a href=next class=LINK>{s.nav_sign_in}</a>
                </p>
            }
            .into_any()
        }
    }
}

/// Percent-encodes a query value.
pub fn urlencoding(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}
