//! `/resumes/:id[?version=N]`: one version of a resume: its preview, the JSON
//! Resume editor (a save makes a new version), the history with restore, a
//! download, a copy, and deletion. Every form works without JavaScript.

use jobforge_core::model::resume::{DiffRow, PreviewEntry, ResumePreview, ResumeView};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::resumes::{
    DeleteResume, DuplicateResume, RestoreResume, SaveResume, compare_versions, resume,
};
use crate::components::field::{Field, TextArea};
use crate::components::form::{BUTTON, DANGER_BUTTON, LINK, errors};
use crate::components::signed_in::SignedIn;
use crate::i18n::editor::use_editor_strings;
use crate::i18n::resume::{ResumeStrings, use_resume_strings};
use crate::i18n::use_strings;
use crate::pages::jobs::date_of;

pub(super) const CARD: &str = crate::components::form::PANEL;

#[component]
pub fn ResumePage() -> impl IntoView {
    let r = use_resume_strings();
    view! {
        <Title text=r.title />
        <SignedIn>
            <ResumeLoader />
        </SignedIn>
    }
}

#[component]
fn ResumeLoader() -> impl IntoView {
    let s = use_strings();
    let id = super::id_param();
    let query = use_query_map();
    let key = move || {
        let id = id();
        let version = query.with(|q| q.get("version").and_then(|v| v.parse::<i32>().ok()));
        (id, version)
    };
    let save = ServerAction::<SaveResume>::new();
    let restore = ServerAction::<RestoreResume>::new();
    // A save or restore stays on this address; the versions make the page read again.
    let data = Resource::new(
        move || (key(), save.version().get(), restore.version().get()),
        |((id, version), ..)| resume(id, version),
    );
    view! {
        <Suspense fallback=move || view! { <p>{s.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(view) => view! { <Resume view save restore /> }.into_any(),
                    Err(error) => super::unreadable(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Resume(
    view: ResumeView,
    save: ServerAction<SaveResume>,
    restore: ServerAction<RestoreResume>,
) -> impl IntoView {
    let r = use_resume_strings();
    let s = use_strings();
    let id = view.summary.id;
    let newest = view.history.first().map_or(view.version, |v| v.number);
    let shown = view.version;
    let duplicate = ServerAction::<DuplicateResume>::new();
    let delete = ServerAction::<DeleteResume>::new();
    let (alert, field) = errors(s, save.value().into());
    let e = use_editor_strings();
    // Closed until a save of the JSON is refused (with or without JavaScript).
    let alert_open = move || save.value().with(|v| matches!(v, Some(Err(_))));
    view! {
        <Title text=view.summary.title.clone() />
        <div class="flex flex-col gap-5">
            <a href="/resumes" class=LINK>{r.back}</a>
            <header class="flex flex-wrap items-center gap-3">
                <h1 class="text-2xl font-semibold" dir="auto">{view.summary.title.clone()}</h1>
                <span class="rounded bg-stone-100 px-2 py-0.5 text-sm dark:bg-stone-800" data-testid="version">{r.version.replace("{n}", &view.version.to_string())}</span>
                {view.summary.is_primary.then(|| view! { <span class="rounded bg-teal-100 px-2 py-0.5 text-sm text-teal-900 dark:bg-teal-900 dark:text-teal-100">{r.primary}</span> })}
                <div class="ms-auto flex flex-wrap items-center gap-3">
                    <a href=format!("/resumes/{id}/edit") class=BUTTON data-testid="edit-link">{e.open}</a>
                    <a href=format!("/resumes/{id}/resume.json?version={}", view.version) class=LINK rel="external" download="">{r.download}</a>
                    <span class="flex items-center gap-2" data-testid="pdf-links">
                        {r.pdf}
                        {r.templates.iter().map(|(key, label)| view! {
                            <a href=format!("/resumes/{id}/resume.pdf?template={key}&version={}", view.version) class=LINK rel="external" download="">{*label}</a>
                        }).collect_view()}
                    </span>
                    <ActionForm action=duplicate>
                        <input type="hidden" name="id" value=id />
                        <button type="submit" class=BUTTON>{r.duplicate}</button>
                    </ActionForm>
                    <details class="relative">
                        <summary class=format!("cursor-pointer list-none {DANGER_BUTTON}")>{r.delete}</summary>
                        <div class="absolute end-0 z-10 mt-2 flex w-64 flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3 shadow-lg dark:border-stone-700 dark:bg-stone-900">
                            <p class="text-sm">{r.delete_confirm}</p>
                            <ActionForm action=delete>
                                <input type="hidden" name="id" value=id />
                                <button type="submit" class=DANGER_BUTTON>{r.delete_yes}</button>
                            </ActionForm>
                        </div>
                    </details>
                </div>
            </header>
            {view.file.clone().map(|file| view! {
                <p class="flex flex-wrap items-center gap-3 text-sm" data-testid="original-file">
                    <a href=format!("/resumes/{id}/original") class=LINK rel="external" download="" dir="auto">{r.original.replace("{name}", &file.name)}</a>
                    {file.ocr.then(|| view! { <span class="rounded bg-amber-100 px-2 py-0.5 text-amber-900 dark:bg-amber-900 dark:text-amber-100">{r.ocr_note}</span> })}
                </p>
            })}
            {(view.version != newest).then(|| view! { <p role="status" class="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">{r.viewing_old}</p> })}
            <div class="grid gap-5 lg:grid-cols-3">
                <section class=format!("{CARD} lg:col-span-2") aria-labelledby="resume-preview" data-testid="preview" dir=if view.summary.language == "ar" { "rtl" } else { "ltr" } lang=view.summary.language.clone()>
                    <h2 id="resume-preview" class="sr-only">{r.preview}</h2>
                    <Preview p=view.preview.clone() r />
                </section>
                <section class=CARD aria-labelledby="resume-history">
                    <h2 id="resume-history" class="text-lg font-semibold">{r.history}</h2>
                    <ol class="flex flex-col gap-2 text-sm" data-testid="history">
                        {view.history.clone().into_iter().map(|v| {
                            let current = v.number == shown;
                            view! {
                                <li class="flex flex-wrap items-center gap-2">
                                    <a href=format!("/resumes/{id}?version={}", v.number) class=LINK aria-current=current.then_some("page")>
                                        {r.version.replace("{n}", &v.number.to_string())}
                                    </a>
                                    <span>{r.source(&v.source)}</span>
                                    {(!v.note.is_empty()).then(|| view! { <span class="text-stone-600 dark:text-stone-400" dir="auto">"“"{v.note.clone()}"”"</span> })}
                                    <time class="text-stone-600 dark:text-stone-400" datetime=date_of(v.created_at)>{date_of(v.created_at)}</time>
                                    {(v.number != newest).then(|| view! {
                                        <ActionForm action=restore>
                                            <input type="hidden" name="id" value=id />
                                            <input type="hidden" name="number" value=v.number />
                                            <button type="submit" class=LINK>{r.restore}</button>
                                        </ActionForm>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                    {(view.history.len() > 1).then(|| {
                        let numbers: Vec<i32> = view.history.iter().map(|v| v.number).collect();
                        let older = numbers.get(1).copied().unwrap_or(1);
                        let options = move |chosen: i32| numbers.clone().into_iter().map(|n| view! {
                            <option value=n selected=n == chosen>{r.version.replace("{n}", &n.to_string())}</option>
                        }).collect_view();
                        view! {
                            <form method="get" action=format!("/resumes/{id}") class="flex flex-wrap items-end gap-2 text-sm" data-testid="compare-form">
                                <label class="flex flex-col gap-1">{r.compare_left}
                                    <select name="compare" class="rounded border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900">{options(older)}</select>
                                </label>
                                <label class="flex flex-col gap-1">{r.compare_right}
                                    <select name="with" class="rounded border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900">{options(newest)}</select>
                                </label>
                                <button type="submit" class=BUTTON>{r.compare}</button>
                            </form>
                        }
                    })}
                </section>
            </div>
            <Compare id />
            <super::check::QualityCheck id version=view.version />
            <super::tailor::TailorToJob resume=id />
            <details class=CARD data-testid="json-editor" open=alert_open>
                <summary class="cursor-pointer text-lg font-semibold">{e.json_title}</summary>
                <p class="text-sm text-stone-600 dark:text-stone-400">{r.edit_hint}</p>
                {alert}
                <ActionForm action=save attr:class="flex flex-col gap-3">
                    <input type="hidden" name="id" value=id />
                    <TextArea name="json" label=r.json_label rows=20 value=view.json.clone() error=field("json") />
                    <Field name="note" label=r.edit_note error=field("note") />
                    <button type="submit" class=format!("self-start {BUTTON}")>{r.save}</button>
                </ActionForm>
            </details>
        </div>
    }
}

#[component]
fn Entries(title: &'static str, entries: Vec<PreviewEntry>) -> impl IntoView {
    (!entries.is_empty()).then(|| {
        view! {
            <div class="flex flex-col gap-2">
                <h3 class="border-b border-stone-200 pb-1 text-sm font-semibold uppercase tracking-wide text-teal-800 dark:border-stone-700 dark:text-teal-300">{title}</h3>
                {entries.into_iter().map(|e| view! {
                    <div>
                        <p class="flex flex-wrap justify-between gap-x-3">
                            <span dir="auto"><span class="font-semibold">{e.title}</span>{(!e.place.is_empty()).then(|| format!(" · {}", e.place))}</span>
                            <span class="text-sm text-stone-600 dark:text-stone-400">{e.dates}</span>
                        </p>
                        {(!e.lines.is_empty()).then(|| view! {
                            <ul class="list-disc ps-5 text-sm">
                                {e.lines.into_iter().map(|l| view! { <li dir="auto">{l}</li> }).collect_view()}
                            </ul>
                        })}
                    </div>
                }).collect_view()}
            </div>
        }
    })
}

#[component]
pub(super) fn Preview(p: ResumePreview, r: &'static ResumeStrings) -> impl IntoView {
    let tags = |title: &'static str, items: Vec<String>| {
        (!items.is_empty()).then(|| view! {
            <div class="flex flex-col gap-1">
                <h3 class="border-b border-stone-200 pb-1 text-sm font-semibold uppercase tracking-wide text-teal-800 dark:border-stone-700 dark:text-teal-300">{title}</h3>
                <p class="text-sm" dir="auto">{items.join(" · ")}</p>
            </div>
        })
    };
    view! {
        <div class="flex flex-col gap-4">
            <div>
                <p class="text-2xl font-semibold" dir="auto" data-testid="preview-name">{p.name.clone()}</p>
                {(!p.label.is_empty()).then(|| view! { <p class="text-stone-700 dark:text-stone-300" dir="auto">{p.label.clone()}</p> })}
                <p class="text-sm text-stone-600 dark:text-stone-400">{p.contact.join(" · ")}</p>
            </div>
            {(!p.summary.is_empty()).then(|| view! {
                <div class="flex flex-col gap-1">
                    <h3 class="border-b border-stone-200 pb-1 text-sm font-semibold uppercase tracking-wide text-teal-800 dark:border-stone-700 dark:text-teal-300">{r.summary}</h3>
                    <p class="text-sm" dir="auto">{p.summary.clone()}</p>
                </div>
            })}
            <Entries title=r.experience entries=p.work.clone() />
            <Entries title=r.education entries=p.education.clone() />
            <Entries title=r.projects entries=p.projects.clone() />
            {tags(r.skills, p.skills.clone())}
            {tags(r.languages, p.languages.clone())}
            {tags(r.certificates, p.certificates.clone())}
        </div>
    }
}

/// With `?compare=A&with=B`, the two versions side by side.
#[component]
fn Compare(id: i64) -> impl IntoView {
    let r = use_resume_strings();
    let query = use_query_map();
    let pair = move || {
        query.with(|q| {
            let left = q.get("compare")?.parse::<i32>().ok()?;
            let right = q.get("with")?.parse::<i32>().ok()?;
            Some((left, right))
        })
    };
    let rows = Resource::new(pair, move |pair| async move {
        match pair {
            Some((left, right)) => compare_versions(id, left, right)
                .await
                .map(|rows| Some((left, right, rows))),
            None => Ok(None),
        }
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let Ok(Some((left, right, rows))) = rows.await else { return ().into_any() };
                view! {
                    <section class=CARD aria-labelledby="resume-diff" data-testid="diff">
                        <h2 id="resume-diff" class="text-lg font-semibold">
                            {r.compare_title.replace("{a}", &left.to_string()).replace("{b}", &right.to_string())}
                        </h2>
                        <DiffTable
                            rows
                            left=r.version.replace("{n}", &left.to_string())
                            right=r.version.replace("{n}", &right.to_string())
                        />
                    </section>
                }.into_any()
            })}
        </Suspense>
    }
}

/// Two JSON Resumes side by side, only the rows that differ, tinted by kind.
#[component]
pub(super) fn DiffTable(rows: Vec<DiffRow>, left: String, right: String) -> impl IntoView {
    view! {
        <div class="overflow-x-auto">
            <table class="w-full table-fixed font-mono text-xs">
                <thead>
                    <tr>
                        <th scope="col" class="p-1 text-start">{left}</th>
                        <th scope="col" class="p-1 text-start">{right}</th>
                    </tr>
                </thead>
                <tbody dir="ltr">
                    {rows.into_iter().filter(|row| row.kind != "same").map(|row| {
                        let (left_class, right_class) = match row.kind.as_str() {
                            "removed" => ("bg-red-50 dark:bg-red-950", ""),
                            "added" => ("", "bg-teal-50 dark:bg-teal-950"),
                            _ => ("bg-red-50 dark:bg-red-950", "bg-teal-50 dark:bg-teal-950"),
                        };
                        view! {
                            <tr data-kind=row.kind.clone()>
                                <td class=format!("whitespace-pre-wrap break-words p-1 align-top {left_class}")>{row.left.unwrap_or_default()}</td>
                                <td class=format!("whitespace-pre-wrap break-words p-1 align-top {right_class}")>{row.right.unwrap_or_default()}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
