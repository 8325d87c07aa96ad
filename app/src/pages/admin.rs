//! Admin pages. `/admin/outbox`: the mail the instance kept locally because no SMTP server is
//! configured, newest first, readable with its links. Admins only; anyone else
//! gets the not-found page.

use leptos::prelude::*;
use leptos_meta::Title;

use jobforge_core::model::{JobState, Role, User};

use crate::api::admin::{RunTestJob, SetUserDisabled, SetUserRole, job_counts, outbox, users};
use crate::components::account::use_current_account;
use crate::components::form::{LINK, errors};
use crate::components::job_progress::{JobProgress, state_text};
use crate::i18n::use_strings;
use crate::pages::not_found::NotFound;

#[component]
pub fn OutboxPage() -> impl IntoView {
    let s = use_strings();
    let mails = Resource::new(|| (), |_| outbox());
    view! {
        <Title text=s.outbox_title />
        <Suspense fallback=move || view! { <p>{s.loading}</p> }>
            {move || Suspend::new(async move {
                match mails.await {
                    Err(_) => view! { <NotFound /> }.into_any(),
                    Ok((kept_locally, mails)) => view! {
                        <div class="flex flex-col gap-4">
                            <h1 class="text-2xl font-semibold">{s.outbox_title}</h1>
                            {kept_locally.then(|| view! { <p class="text-stone-700 dark:text-stone-300">{s.outbox_body}</p> })}
                            {mails.is_empty().then(|| view! { <p>{s.outbox_empty}</p> })}
                            <ul class="flex flex-col gap-4" data-testid="outbox">
                                {mails.into_iter().map(|mail| view! {
                                    <li class="rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900">
                                        <h2 class="font-semibold">{mail.subject}</h2>
                                        <p class="text-sm text-stone-600 dark:text-stone-400">{s.outbox_to}": "{mail.to}</p>
                                        <pre dir="auto" class="mt-2 whitespace-pre-wrap break-words font-sans text-sm">{linkify(&mail.text)}</pre>
                                    </li>
                                }).collect_view()}
                            </ul>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The mail text with its links of this site made clickable.
fn linkify(text: &str) -> impl IntoView + use<> {
    text.split_inclusive(char::is_whitespace)
        .map(|word| {
            let trimmed = word.trim_end();
            if trimmed.starts_with("http://") || trimmed.starts_with("https://") {
                let space = word[trimmed.len()..].to_owned();
                view! { <a href=trimmed.to_owned() class=LINK>{trimmed.to_owned()}</a>{space} }
                    .into_any()
            } else {
                word.to_owned().into_any()
            }
        })
        .collect_view()
}

/// `/admin/users`: every account, with buttons to disable or enable it and to
/// change its role. An admin cannot disable or demote their own account.
#[component]
pub fn UsersPage() -> impl IntoView {
    let s = use_strings();
    let disable = ServerAction::<SetUserDisabled>::new();
    let role = ServerAction::<SetUserRole>::new();
    let list = Resource::new(
        move || (disable.version().get(), role.version().get()),
        |_| users(),
    );
    let me = use_current_account();
    let (alert, _) = errors(
        s,
        Signal::derive(move || disable.value().get().or_else(|| role.value().get())),
    );
    view! {
        <Title text=s.users_title />
        {alert}
        <Suspense fallback=move || view! { <p>{s.loading}</p> }>
            {move || Suspend::new(async move {
                match list.await {
                    Err(_) => view! { <NotFound /> }.into_any(),
                    Ok(users) => {
                        let my_id = me.with(|a| a.as_ref().map(|a| a.id));
                        view! {
                            <div class="flex flex-col gap-4">
                                <h1 class="text-2xl font-semibold">{s.users_title}</h1>
                                <div class="overflow-x-auto rounded-xl border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
                                    <table class="w-full text-start text-sm" data-testid="users">
                                        <thead class="border-b border-stone-200 dark:border-stone-800">
                                            <tr>
                                                <th scope="col" class="p-3 text-start">{s.field_email}</th>
                                                <th scope="col" class="p-3 text-start">{s.field_display_name}</th>
                                                <th scope="col" class="p-3 text-start">{s.users_role}</th>
                                                <th scope="col" class="p-3 text-start">{s.users_status}</th>
                                                <th scope="col" class="p-3 text-start">{s.users_actions}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {users.into_iter().map(|user| {
                                                let is_me = my_id == Some(user.id);
                                                view! { <UserRow user is_me disable role /> }
                                            }).collect_view()}
                                        </tbody>
                                    </table>
                                </div>
                            </div>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
fn UserRow(
    user: User,
    is_me: bool,
    disable: ServerAction<SetUserDisabled>,
    role: ServerAction<SetUserRole>,
) -> impl IntoView {
    let s = use_strings();
    let small = "rounded border border-stone-300 px-2 py-1 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";
    let status = if user.disabled {
        s.status_disabled
    } else if !user.email_verified {
        s.status_unverified
    } else {
        s.status_active
    };
    let (role_text, other_role, other_label) = match user.role {
        Role::Admin => (s.role_admin, "user", s.action_make_user),
        Role::User => (s.role_user, "admin", s.action_make_admin),
    };
    let (id, same_id) = (user.id.to_string(), user.id.to_string());
    view! {
        <tr class="border-b border-stone-100 last:border-0 dark:border-stone-800">
            <td class="p-3">{user.email.clone()}{is_me.then(|| format!(" {}", s.you))}</td>
            <td class="p-3">{user.display_name.clone()}</td>
            <td class="p-3">{role_text}</td>
            <td class="p-3">{status}</td>
            <td class="p-3">
                {(!is_me).then(move || view! {
                    <div class="flex flex-wrap gap-2">
                        <ActionForm action=disable>
                            <input type="hidden" name="user_id" value=id />
                            <input type="hidden" name="disabled" value=(!user.disabled).to_string() />
                            <button type="submit" class=small>
                                {if user.disabled { s.action_enable } else { s.action_disable }}
                            </button>
                        </ActionForm>
                        <ActionForm action=role>
                            <input type="hidden" name="user_id" value=same_id />
                            <input type="hidden" name="role" value=other_role />
                            <button type="submit" class=small>{other_label}</button>
                        </ActionForm>
                    </div>
                })}
            </td>
        </tr>
    }
}

/// `/admin/jobs`: how many background jobs are in each state, and a test job whose
/// progress shows live.
#[component]
pub fn JobsPage() -> impl IntoView {
    let s = use_strings();
    let run = ServerAction::<RunTestJob>::new();
    let counts = Resource::new(move || run.version().get(), |_| job_counts());
    let job = crate::components::form::query_value("job");
    view! {
        <Title text=s.jobs_title />
        <Suspense fallback=move || view! { <p>{s.loading}</p> }>
            {move || Suspend::new(async move {
                match counts.await {
                    Err(_) => view! { <NotFound /> }.into_any(),
                    Ok(counts) => view! {
                        <div class="flex flex-col gap-4">
                            <h1 class="text-2xl font-semibold">{s.jobs_title}</h1>
                            <p class="text-stone-700 dark:text-stone-300">{s.jobs_body}</p>
                            {counts.is_empty().then(|| view! { <p>{s.jobs_empty}</p> })}
                            <dl class="flex flex-wrap gap-3" data-testid="job-counts">
                                {counts.into_iter().map(|(state, count)| {
                                    let label = JobState::parse(&state).map_or("?", |st| state_text(s, st));
                                    view! {
                                        <div class="rounded-md border border-stone-200 bg-white px-4 py-2 dark:border-stone-800 dark:bg-stone-900">
                                            <dt class="text-sm text-stone-600 dark:text-stone-400">{label}</dt>
                                            <dd class="text-xl font-semibold">{count}</dd>
                                        </div>
                                    }
                                }).collect_view()}
                            </dl>
                            <ActionForm action=run>
                                <button type="submit" class=crate::components::form::BUTTON>{s.run_test_job}</button>
                            </ActionForm>
                        </div>
                    }.into_any(),
                }
            })}
        </Suspense>
        {move || job().parse::<i64>().ok().map(|id| view! {
            <div class="mt-4 max-w-xl"><JobProgress id /></div>
        })}
    }
}
