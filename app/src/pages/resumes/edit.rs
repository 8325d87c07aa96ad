//! `/resumes/:id/edit`: the structured editor over every JSON Resume section,
//! with a live preview beside it. One plain form (posted to
//! `/resumes/{id}/draft`) carries the document it shows in a hidden field and
//! every field under the document's own path. While JavaScript runs, typing and
//! the entry buttons change the document in the page and the preview follows at
//! once; without it, each button posts the form and the page comes back with the
//! change kept as a draft. Save makes a new version either way.

use jobforge_core::json_resume::edit::{self, Address, BASICS, Field, Kind, Op, SECTIONS, Section};
use jobforge_core::json_resume::preview::preview;
use jobforge_core::model::resume::ResumeDraft;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde_json::Value;

use super::view::{CARD, Preview};
use crate::api::resumes::resume_editor;
use crate::components::field::described_by;
use crate::components::form::{BUTTON, LINK};
use crate::components::signed_in::SignedIn;
use crate::i18n::editor::{EditorStrings, use_editor_strings};
use crate::i18n::resume::use_resume_strings;
use crate::i18n::use_strings;
use crate::pages::jobs::date_of;

const INPUT: &str = "w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 aria-[invalid=true]:border-red-600 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100";
const SMALL_BUTTON: &str = "rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 disabled:opacity-40 dark:border-stone-700 dark:hover:bg-stone-800";

#[component]
pub fn ResumeEditPage() -> impl IntoView {
    let e = use_editor_strings();
    view! {
        <Title text=e.title />
        <SignedIn>
            <EditorLoader />
        </SignedIn>
    }
}

#[component]
fn EditorLoader() -> impl IntoView {
    let s = use_strings();
    let data = Resource::new(super::id_param(), resume_editor);
    view! {
        <Suspense fallback=move || view! { <p>{s.loading}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(draft) => view! { <Editor draft /> }.into_any(),
                    Err(error) => super::unreadable(error),
                }
            })}
        </Suspense>
    }
}

/// The document being edited, and a counter that moves when its entries are
/// added, removed or moved (only then are the sections drawn again, so typing
/// never loses its place).
#[derive(Clone, Copy)]
struct Doc {
    value: RwSignal<Value>,
    layout: RwSignal<u32>,
    problems: Memo<Vec<(String, edit::Problem)>>,
}

#[component]
fn Editor(draft: ResumeDraft) -> impl IntoView {
    let e = use_editor_strings();
    let r = use_resume_strings();
    let query = use_query_map();
    let id = draft.summary.id;
    let value = RwSignal::new(serde_json::from_str::<Value>(&draft.json).unwrap_or(Value::Null));
    let doc = Doc {
        value,
        layout: RwSignal::new(0),
        problems: Memo::new(move |_| value.with(edit::problems)),
    };
    // The preview button is for pages without JavaScript: with it, the preview is live.
    let scripted = RwSignal::new(false);
    Effect::new(move |_| scripted.set(true));
    let refused = move || query.with(|q| q.get("refused").is_some());
    let dir = if draft.summary.language == "ar" {
        "rtl"
    } else {
        "ltr"
    };
    let has_draft = draft.draft_at.is_some();
    view! {
        <Title text=format!("{} — {}", e.title, draft.summary.title) />
        <div class="flex flex-col gap-5">
            <a href=format!("/resumes/{id}") class=LINK>{e.back}</a>
            <header class="flex flex-col gap-1">
                <h1 class="text-2xl font-semibold" dir="auto">{e.title}": "{draft.summary.title.clone()}</h1>
                <p class="text-sm text-stone-600 dark:text-stone-400">{e.hint}</p>
            </header>
            {draft.draft_at.map(|at| view! {
                <p role="status" data-testid="draft-banner" class="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
                    {e.draft.replace("{date}", &date_of(at)).replace("{n}", &draft.version.to_string())}
                </p>
            })}
            <Problems doc refused e />
            <form method="post" action=format!("/resumes/{id}/draft") class="grid items-start gap-5 lg:grid-cols-5" data-testid="editor">
                <input type="hidden" name="doc" value=move || value.with(Value::to_string) />
                <div class="flex flex-col gap-5 lg:col-span-3">
                    <section class=CARD id="section-basics" aria-labelledby="title-basics">
                        <h2 id="title-basics" class="text-lg font-semibold">{e.section("basics")}</h2>
                        <div class="grid gap-3 sm:grid-cols-2">
                            {BASICS.iter().map(|field| {
                                let a = Address { section: None, index: 0, field };
                                view! { <Input doc a label=e.field("basics", field.key) /> }
                            }).collect_view()}
                        </div>
                    </section>
                    {SECTIONS.iter().map(|section| view! { <Entries doc section /> }).collect_view()}
                    <div class="sticky bottom-0 z-10 flex flex-wrap items-end gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-lg dark:border-stone-800 dark:bg-stone-900">
                        <label class="flex min-w-48 flex-1 flex-col gap-1">
                            <span class="text-sm font-medium">{e.note}</span>
                            <input name="note" class=INPUT dir="auto" maxlength="500" />
                        </label>
                        <button type="submit" name="op" value="save" class=BUTTON>{e.save}</button>
                        <button type="submit" name="op" value="preview" class=SMALL_BUTTON hidden=move || scripted.get()>{e.preview}</button>
                        {has_draft.then(|| view! {
                            <button type="submit" name="op" value="discard" class=SMALL_BUTTON>{e.discard}</button>
                        })}
                    </div>
                </div>
                <aside class="lg:sticky lg:top-4 lg:col-span-2" id="preview" aria-labelledby="title-preview">
                    <div class=CARD data-testid="preview" dir=dir lang=draft.summary.language.clone()>
                        <h2 id="title-preview" class="text-sm font-semibold uppercase tracking-wide text-stone-500">{e.live}</h2>
                        {move || value.with(|v| view! { <Preview p=preview(v, r.present) r /> })}
                    </div>
                </aside>
            </form>
        </div>
    }
}

/// What stops a save, each linked to its field; shown after a refused save and
/// kept up to date while JavaScript runs.
#[component]
fn Problems(
    doc: Doc,
    refused: impl Fn() -> bool + Send + Sync + 'static,
    e: &'static EditorStrings,
) -> impl IntoView {
    move || {
        let problems = doc.problems.get();
        (refused() && !problems.is_empty()).then(|| view! {
            <div id="problems" role="alert" class="flex flex-col gap-2 rounded-md border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
                <p class="font-medium">{e.refused}</p>
                <ul class="list-disc ps-5 text-sm">
                    {problems.into_iter().map(|(name, problem)| view! {
                        <li><a class="underline" href=format!("#{}", field_id(&name))>{label_of(e, &name)}</a>": "{e.problem(problem.code())}</li>
                    }).collect_view()}
                </ul>
            </div>
        })
    }
}

/// The id of a field's input.
fn field_id(name: &str) -> String {
    format!("f-{}", name.replace('.', "-"))
}

/// "Work experience 2 · Start" for `work.1.startDate`.
fn label_of(e: &EditorStrings, name: &str) -> String {
    match edit::address(name) {
        Some(Address {
            section: None,
            field,
            ..
        }) => e.field("basics", field.key).to_owned(),
        Some(Address {
            section: Some(s),
            index,
            field,
        }) => {
            format!(
                "{} {} · {}",
                e.section(s.key),
                index + 1,
                e.field(s.key, field.key)
            )
        }
        None => name.to_owned(),
    }
}

/// One section's entries, each with its fields and buttons, and a button to add one.
#[component]
fn Entries(doc: Doc, section: &'static Section) -> impl IntoView {
    let e = use_editor_strings();
    let title_id = format!("title-{}", section.anchor());
    let labelled_by = title_id.clone();
    let count = move || {
        doc.layout.track();
        doc.value
            .with_untracked(|v| edit::entries(v, section).len())
    };
    // Keyed by the layout's counter: a change of entries draws them all afresh,
    // so no input keeps what was typed into the entry that stood there before.
    let rows = move || {
        let (layout, count) = (doc.layout.get(), count());
        (0..count)
            .map(|index| (layout, index, count))
            .collect::<Vec<_>>()
    };
    let list = view! {
        <Show when=move || { count() > 0 } fallback=move || view! { <p class="text-sm text-stone-500">{e.empty_section}</p> }>
            <ol class="flex flex-col gap-4">
                <For each=rows key=|row| *row children=move |(_, index, count)| view! { <Entry doc section index count /> } />
            </ol>
        </Show>
    };
    view! {
        <section class=CARD id=section.anchor() aria-labelledby=labelled_by>
            <h2 id=title_id class="text-lg font-semibold">{e.section(section.key)}</h2>
            {list}
            <div>
                <EntryButton doc op=Op::Add(section) label=format!("{} · {}", e.add, e.section(section.key)) text=e.add />
            </div>
        </section>
    }
}

#[component]
fn Entry(doc: Doc, section: &'static Section, index: usize, count: usize) -> impl IntoView {
    let e = use_editor_strings();
    let number = e.entry.replace("{n}", &(index + 1).to_string());
    let heading = move || {
        doc.value.with(|v| {
            edit::entries(v, section)
                .get(index)
                .map(|entry| edit::heading(section, entry))
                .unwrap_or_default()
        })
    };
    let name = e.section(section.key);
    view! {
        <li class="flex flex-col gap-3 rounded-lg border border-stone-200 p-4 dark:border-stone-700" data-testid=format!("entry-{}-{index}", section.key)>
            <div class="flex flex-wrap items-center gap-2">
                <h3 class="font-medium" dir="auto">{number.clone()}{move || { let h = heading(); (!h.is_empty()).then(|| format!(": {h}")) }}</h3>
                <div class="ms-auto flex gap-2">
                    <EntryButton doc op=Op::Up(section, index) label=format!("{} · {name} {}", e.up, index + 1) text="↑" disabled={index == 0} />
                    <EntryButton doc op=Op::Down(section, index) label=format!("{} · {name} {}", e.down, index + 1) text="↓" disabled={index + 1 == count} />
                    <EntryButton doc op=Op::Remove(section, index) label=format!("{} · {name} {}", e.remove, index + 1) text=e.remove />
                </div>
            </div>
            <div class="grid gap-3 sm:grid-cols-2">
                {section.fields.iter().map(|field| {
                    let a = Address { section: Some(section), index, field };
                    view! { <Input doc a label=e.field(section.key, field.key) /> }
                }).collect_view()}
            </div>
        </li>
    }
}

/// A button that adds, removes or moves an entry: in the page while JavaScript
/// runs, else by posting the form.
#[component]
fn EntryButton(
    doc: Doc,
    op: Op,
    label: String,
    text: &'static str,
    #[prop(optional)] disabled: bool,
) -> impl IntoView {
    let act = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if doc.value.try_update(|v| op.apply(v)).unwrap_or(false) {
            doc.layout.update(|n| *n += 1);
            let count = doc
                .value
                .with_untracked(|v| edit::entries(v, op.section()).len());
            focus_later(focus_after(op, count));
        }
    };
    view! {
        <button type="submit" name="op" value=op.value() id=button_id(op) class=SMALL_BUTTON aria-label=label.clone() title=label disabled=disabled on:click=act>
            {text}
        </button>
    }
}

fn button_id(op: Op) -> String {
    format!("op-{}", op.value().replace([':', '.'], "-"))
}

/// Where the keyboard goes after `op`, with `count` entries left: the new
/// entry's first field; the moved entry's same button (so it can move again);
/// after a removal, the section's add button.
fn focus_after(op: Op, count: usize) -> String {
    match op {
        Op::Add(s) => match s.fields.first() {
            Some(field) => field_id(
                &Address {
                    section: Some(s),
                    index: count.saturating_sub(1),
                    field,
                }
                .name(),
            ),
            None => button_id(op),
        },
        Op::Up(s, i) if i > 1 => button_id(Op::Up(s, i - 1)),
        Op::Up(s, i) => button_id(Op::Down(s, i - 1)),
        Op::Down(s, i) if i + 2 < count => button_id(Op::Down(s, i + 1)),
        Op::Down(s, i) => button_id(Op::Up(s, i + 1)),
        Op::Remove(s, _) => button_id(Op::Add(s)),
    }
}

/// Focuses the element `id` once the page has been drawn again.
fn focus_later(id: String) {
    #[cfg(feature = "hydrate")]
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(element) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = id;
}

/// One field, labelled, with its hint and its problem.
#[component]
fn Input(doc: Doc, a: Address, label: &'static str) -> impl IntoView {
    let e = use_editor_strings();
    let name = a.name();
    let id = field_id(&name);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let shown = doc.value.with_untracked(|v| edit::shown(v, &a));
    let problem = {
        let name = name.clone();
        Memo::new(move |_| {
            doc.problems.with(|p| {
                p.iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, p)| e.problem(p.code()))
            })
        })
    };
    let hint = hint_of(e, a.field);
    let on_input = {
        let name = name.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            doc.value.maybe_update(|v| edit::set(v, &name, &text));
        }
    };
    let described = described_by(
        hint.is_some(),
        Signal::derive(move || problem.get().map(str::to_owned)),
        hint_id.clone(),
        error_id.clone(),
    );
    let wide = matches!(a.field.kind, Kind::Long | Kind::Lines);
    // The text child is what the server renders; the property fills a textarea
    // the browser builds itself.
    let property = shown.clone();
    let control = match a.field.kind {
        Kind::Long | Kind::Lines => view! {
            <textarea prop:value=property id=id.clone() name=name rows=if a.field.kind == Kind::Long { 4 } else { 3 } dir="auto" class=INPUT
                aria-invalid=move || problem.with(Option::is_some).then_some("true") aria-describedby=described on:input=on_input>
                {shown}
            </textarea>
        }.into_any(),
        kind => {
            let mode = match kind {
                Kind::Email => "email",
                Kind::Url => "url",
                _ => "text",
            };
            view! {
                <input id=id.clone() name=name value=shown inputmode=mode dir="auto" class=INPUT
                    aria-invalid=move || problem.with(Option::is_some).then_some("true") aria-describedby=described on:input=on_input />
            }.into_any()
        }
    };
    view! {
        <div class=if wide { "flex flex-col gap-1 sm:col-span-2" } else { "flex flex-col gap-1" }>
            <label for=id class="text-sm font-medium">{label}</label>
            {control}
            {hint.map(|text| view! { <p id=hint_id class="text-xs text-stone-600 dark:text-stone-400">{text}</p> })}
            {move || problem.get().map(|text| view! {
                <p id=error_id.clone() class="text-sm font-medium text-red-700 dark:text-red-400">{text}</p>
            })}
        </div>
    }
}

fn hint_of(e: &'static EditorStrings, field: &Field) -> Option<&'static str> {
    match field.kind {
        Kind::Lines => Some(e.lines_hint),
        Kind::Date if field.key == "endDate" => Some(e.end_hint),
        Kind::Date => Some(e.date_hint),
        _ => None,
    }
}
