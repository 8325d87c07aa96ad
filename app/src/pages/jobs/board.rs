//! `/jobs`: the board (one column per status) and the list of the same jobs, with
//! filters, search and sort in the URL, so a filtered board can be bookmarked.
//! Without JavaScript every card has a small form that moves it.

use jobforge_core::model::tracker::{BoardFilter, JobCard, JobType, Sort, Status, WorkMode};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_query_map};
use leptos_router::params::ParamsMap;

use super::{days_between, status_badge};
use crate::api::ApiError;
use crate::api::tracker::board;
use crate::components::form::{BUTTON, LINK};
use crate::components::signed_in::SignedIn;
use crate::i18n::tracker::{TrackerStrings, use_tracker_strings};
use crate::i18n::use_strings;

const INPUT: &str = "rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100";

/// The board's filter as the URL gives it; unknown values are ignored.
fn filter_of(query: &ParamsMap) -> BoardFilter {
    let text = |name: &str| {
        query
            .get(name)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    BoardFilter {
        status: text("status").as_deref().and_then(Status::parse),
        work_mode: text("work_mode").as_deref().and_then(WorkMode::parse),
        job_type: text("job_type").as_deref().and_then(JobType::parse),
        company: text("company"),
        tag: text("tag"),
        q: text("q"),
        sort: text("sort").as_deref().and_then(Sort::parse),
    }
}

#[component]
pub fn BoardPage() -> impl IntoView {
    let t = use_tracker_strings();
    view! {
        <Title text=t.board_title />
        <SignedIn>
            <Board />
        </SignedIn>
    }
}

#[component]
fn Board() -> impl IntoView {
    let t = use_tracker_strings();
    let s = use_strings();
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(filter_of));
    let as_list = Memo::new(move |_| query.with(|q| q.get("view")).as_deref() == Some("list"));
    let jobs = Resource::new(move || filter.get(), board);
    let location = use_location();
    // Where a no-JavaScript move comes back to: this board, with its filters.
    let back = Memo::new(move |_| format!("{}{}", location.pathname.get(), location.search.get()));
    let view_link = move |list: bool| {
        let search = location.search.get();
        let kept: Vec<String> = search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty() && !p.starts_with("view="))
            .map(str::to_owned)
            .collect();
        let mut parts = kept;
        if list {
            parts.push("view=list".into());
        }
        if parts.is_empty() {
            "/jobs".to_owned()
        } else {
            format!("/jobs?{}", parts.join("&"))
        }
    };
    view! {
        <div class="flex flex-col gap-4">
            <div class="flex flex-wrap items-center gap-3">
                <h1 class="text-2xl font-semibold">{t.board_title}</h1>
                <nav aria-label=t.view_board class="flex gap-1 rounded-md border border-stone-300 p-0.5 text-sm dark:border-stone-700">
                    <a href=move || view_link(false) aria-current=move || (!as_list.get()).then_some("page")
                        class="rounded px-2 py-1 aria-[current=page]:bg-teal-700 aria-[current=page]:text-white">{t.view_board}</a>
                    <a href=move || view_link(true) aria-current=move || as_list.get().then_some("page")
                        class="rounded px-2 py-1 aria-[current=page]:bg-teal-700 aria-[current=page]:text-white">{t.view_list}</a>
                </nav>
                <a href="/jobs/new" class=format!("ms-auto {BUTTON}")>{t.add_job}</a>
            </div>
            <Filters filter=filter.get_untracked() list=as_list.get_untracked() />
            <Transition fallback=move || view! { <p>{s.loading}</p> }>
                {move || Suspend::new(async move {
                    match jobs.await {
                        Err(ApiError::Unauthorized) => view! { <p>{s.sign_in_required}</p> }.into_any(),
                        Err(_) => view! { <p role="alert">{s.server_error}</p> }.into_any(),
                        Ok((now, cards)) => {
                            let filtered = filter.get_untracked() != BoardFilter::default();
                            if cards.is_empty() {
                                let text = if filtered { t.no_matches } else { t.empty_board };
                                view! {
                                    <p data-testid="board-empty" class="rounded-xl border border-dashed border-stone-300 p-6 text-center dark:border-stone-700">
                                        {text}
                                    </p>
                                }.into_any()
                            } else if as_list.get_untracked() {
                                view! { <JobTable cards now /> }.into_any()
                            } else {
                                let only = filter.get_untracked().status;
                                let on_moved = Callback::new(move |()| jobs.refetch());
                                view! { <Columns cards now only back=back.get_untracked() on_moved /> }.into_any()
                            }
                        }
                    }
                })}
            </Transition>
        </div>
    }
}

/// The filter form: a plain GET form, so its state is the URL.
#[component]
fn Filters(filter: BoardFilter, list: bool) -> impl IntoView {
    let t = use_tracker_strings();
    let select = move |name: &'static str,
                       label: &'static str,
                       options: Vec<(&'static str, &'static str)>,
                       chosen: Option<&'static str>| {
        let id = format!("filter-{name}");
        view! {
            <div class="flex flex-col gap-1">
                <label for=id.clone() class="text-sm font-medium">{label}</label>
                <select id=id name=name class=INPUT>
                    <option value="">{t.any}</option>
                    {options.into_iter().map(|(value, text)| {
                        view! { <option value=value selected=chosen == Some(value)>{text}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let statuses = Status::ALL
        .iter()
        .map(|st| (st.as_str(), t.status(*st)))
        .collect();
    let modes = WorkMode::ALL
        .iter()
        .map(|m| (m.as_str(), t.work_mode(*m)))
        .collect();
    let types = JobType::ALL
        .iter()
        .map(|k| (k.as_str(), t.job_type(*k)))
        .collect();
    let sorts: Vec<(&'static str, &'static str)> =
        Sort::ALL.iter().map(|o| (o.as_str(), t.sort(*o))).collect();
    let sort = filter.sort.unwrap_or(Sort::Position).as_str();
    view! {
        <form method="get" action="/jobs" role="search" aria-label=t.filters
            class="grid grid-cols-2 gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm md:grid-cols-4 lg:grid-cols-8 dark:border-stone-800 dark:bg-stone-900">
            <div class="col-span-2 flex flex-col gap-1">
                <label for="filter-q" class="text-sm font-medium">{t.search}</label>
                <input id="filter-q" name="q" type="search" value=filter.q.clone().unwrap_or_default()
                    placeholder=t.search_placeholder class=INPUT />
            </div>
            {select("status", t.field_status, statuses, filter.status.map(Status::as_str))}
            {select("work_mode", t.field_work_mode, modes, filter.work_mode.map(WorkMode::as_str))}
            {select("job_type", t.field_job_type, types, filter.job_type.map(JobType::as_str))}
            <div class="flex flex-col gap-1">
                <label for="filter-company" class="text-sm font-medium">{t.field_company}</label>
                <input id="filter-company" name="company" value=filter.company.clone().unwrap_or_default() class=INPUT />
            </div>
            <div class="flex flex-col gap-1">
                <label for="filter-tag" class="text-sm font-medium">{t.field_tags}</label>
                <input id="filter-tag" name="tag" value=filter.tag.clone().unwrap_or_default() class=INPUT />
            </div>
            <div class="flex flex-col gap-1">
                <label for="filter-sort" class="text-sm font-medium">{t.sort}</label>
                <select id="filter-sort" name="sort" class=INPUT>
                    {sorts.into_iter().map(|(value, text)| view! { <option value=value selected=sort == value>{text}</option> }).collect_view()}
                </select>
            </div>
            {list.then(|| view! { <input type="hidden" name="view" value="list" /> })}
            <div class="col-span-2 flex items-end gap-3 md:col-span-4 lg:col-span-8">
                <button type="submit" class=BUTTON>{t.apply}</button>
                <a href=if list { "/jobs?view=list" } else { "/jobs" } class=LINK>{t.clear}</a>
            </div>
        </form>
    }
}

/// "today" or "3 d".
fn since(t: &TrackerStrings, from: i64, now: i64) -> String {
    match days_between(from, now) {
        0 => t.today.to_owned(),
        n => t.days_ago.replace("{n}", &n.to_string()),
    }
}

/// One column per status (or the filtered one), cards in their order. In the
/// browser, cards move by drag and drop and by keyboard (see `dnd`).
#[component]
fn Columns(
    cards: Vec<JobCard>,
    now: i64,
    only: Option<Status>,
    back: String,
    on_moved: Callback<()>,
) -> impl IntoView {
    let t = use_tracker_strings();
    let live = RwSignal::new(String::new());
    let mover = Mover::new(t, live, on_moved);
    let statuses: Vec<Status> = match only {
        Some(status) => vec![status],
        None => Status::ALL.to_vec(),
    };
    view! {
        <p id="board-help" class="sr-only">{t.move_help}</p>
        <div id="board-live" class="sr-only" aria-live="assertive" aria-atomic="true" data-testid="board-live">{move || live.get()}</div>
        <div class="flex gap-3 overflow-x-auto pb-2" data-testid="board"
            on:dragstart=move |ev| mover.drag_start(&ev)
            on:dragover=move |ev| mover.drag_over(&ev)
            on:drop=move |ev| mover.drop(&ev)
            on:dragend=move |_| mover.drag_end()
            on:keydown=move |ev| mover.key(&ev)>
            {statuses.into_iter().map(|status| {
                let column: Vec<JobCard> = cards.iter().filter(|c| c.status == status).cloned().collect();
                let heading = format!("column-{}", status.as_str());
                let labelled_by = heading.clone();
                let count = column.len();
                let back = back.clone();
                view! {
                    <section aria-labelledby=labelled_by data-status=status.as_str()
                        class="flex w-64 shrink-0 flex-col gap-2 rounded-xl bg-stone-100 p-2 dark:bg-stone-900">
                        <h2 id=heading class="flex items-center justify-between px-1 text-sm font-semibold">
                            <span>{t.status(status)}</span>
                            <span class="rounded-full bg-white px-2 text-xs dark:bg-stone-800" data-testid="count">{count}</span>
                        </h2>
                        <ol class="flex min-h-16 flex-col gap-2" data-column=status.as_str()>
                            {column.is_empty().then(|| view! { <li class="px-1 text-sm text-stone-600 dark:text-stone-400">{t.column_empty}</li> })}
                            {column.into_iter().map(|card| view! { <Card card now back=back.clone() /> }).collect_view()}
                        </ol>
                    </section>
                }
            }).collect_view()}
        </div>
    }
}

#[component]
fn Card(card: JobCard, now: i64, back: String) -> impl IntoView {
    let t = use_tracker_strings();
    let href = format!("/jobs/{}", card.id);
    let meta: Vec<String> = [card.company.clone(), Some(card.location.clone())]
        .into_iter()
        .flatten()
        .filter(|v| !v.is_empty())
        .collect();
    let select_id = format!("move-{}", card.id);
    view! {
        <li class="board-card" data-job=card.id data-testid="card" draggable="true" tabindex="0" aria-describedby="board-help">
            <a href=href class="board-title">{card.title.clone()}</a>
            {(!meta.is_empty()).then(|| view! { <p class="board-meta">{meta.join(" · ")}</p> })}
            <p class="board-facts">
                {card.work_mode.map(|m| view! { <span class="board-mode">{t.work_mode(m)}</span> })}
                {card.match_score.map(|score| view! {
                    <span class="board-score" data-stale=card.score_stale.then_some("true") title=card.score_stale.then_some(t.score_stale)>
                        {t.score}" "{score}{stale_mark(t, card.score_stale)}
                    </span>
                })}
                <span>{since(t, card.status_changed_at, now)}</span>
                {card.deadline.clone().map(|d| view! { <span>{t.deadline}": "{d}</span> })}
            </p>
            <form method="post" action="/api/tracker/move" class="board-move">
                <input type="hidden" name="id" value=card.id />
                <input type="hidden" name="index" value="0" />
                <input type="hidden" name="back" value=back />
                <label for=select_id.clone() class="sr-only">{t.move_to}</label>
                <select id=select_id name="status">
                    {Status::ALL.iter().map(|st| view! { <option value=st.as_str() selected=*st == card.status>{t.status(*st)}</option> }).collect_view()}
                </select>
                <button type="submit">{t.move_button}</button>
            </form>
        </li>
    }
}

/// The same jobs as a table.
#[component]
fn JobTable(cards: Vec<JobCard>, now: i64) -> impl IntoView {
    let t = use_tracker_strings();
    view! {
        <div class="overflow-x-auto rounded-xl border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
            <table class="w-full text-sm" data-testid="job-table">
                <thead class="border-b border-stone-200 dark:border-stone-800">
                    <tr>
                        <th scope="col" class="p-3 text-start">{t.field_title}</th>
                        <th scope="col" class="p-3 text-start">{t.field_company}</th>
                        <th scope="col" class="p-3 text-start">{t.field_location}</th>
                        <th scope="col" class="p-3 text-start">{t.field_status}</th>
                        <th scope="col" class="p-3 text-start">{t.score}</th>
                        <th scope="col" class="p-3 text-start">{t.deadline}</th>
                        <th scope="col" class="p-3 text-start">{t.field_tags}</th>
                    </tr>
                </thead>
                <tbody>
                    {cards.into_iter().map(|card| view! {
                        <tr class="border-b border-stone-100 last:border-0 dark:border-stone-800">
                            <td class="p-3"><a href=format!("/jobs/{}", card.id) class=LINK>{card.title}</a></td>
                            <td class="p-3">{card.company.unwrap_or_default()}</td>
                            <td class="p-3">{card.location}</td>
                            <td class="p-3">
                                <span class=format!("rounded px-1.5 py-0.5 text-xs {}", status_badge(card.status))>{t.status(card.status)}</span>
                                <span class="ms-2 text-xs text-stone-600 dark:text-stone-400">{since(t, card.status_changed_at, now)}</span>
                            </td>
                            <td class="p-3" data-stale=card.score_stale.then_some("true") title=card.score_stale.then_some(t.score_stale)>
                                {card.match_score.map(|s| s.to_string()).unwrap_or_default()}
                                {stale_mark(t, card.score_stale)}
                            </td>
                            <td class="p-3">{card.deadline.unwrap_or_default()}</td>
                            <td class="p-3">{card.tags.join(", ")}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The board's moves in the browser; on the server every handler does nothing.
#[derive(Clone, Copy)]
struct Mover {
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    t: &'static TrackerStrings,
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    live: RwSignal<String>,
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    on_moved: Callback<()>,
    #[cfg(feature = "hydrate")]
    carried: StoredValue<Option<super::dnd::Carried>>,
}

#[cfg(not(feature = "hydrate"))]
impl Mover {
    fn new(t: &'static TrackerStrings, live: RwSignal<String>, on_moved: Callback<()>) -> Self {
        Mover { t, live, on_moved }
    }
    fn drag_start(&self, _: &leptos::ev::DragEvent) {}
    fn drag_over(&self, _: &leptos::ev::DragEvent) {}
    fn drop(&self, _: &leptos::ev::DragEvent) {}
    fn drag_end(&self) {}
    fn key(&self, _: &leptos::ev::KeyboardEvent) {}
}

#[cfg(feature = "hydrate")]
impl Mover {
    fn new(t: &'static TrackerStrings, live: RwSignal<String>, on_moved: Callback<()>) -> Self {
        Mover {
            t,
            live,
            on_moved,
            carried: StoredValue::new(None),
        }
    }

    /// Says where `card` is now, with `template` ({job}, {status}, {n}).
    fn announce(&self, template: &str, card: &web_sys::Element) {
        let title = card
            .query_selector("a")
            .ok()
            .flatten()
            .and_then(|a| a.text_content())
            .unwrap_or_default();
        let spot = super::dnd::spot_of(card);
        let status = spot
            .as_ref()
            .and_then(|s| Status::parse(&s.status))
            .map(|s| self.t.status(s))
            .unwrap_or_default();
        let n = spot.map_or(1, |s| s.index + 1);
        self.live.set(
            template
                .replace("{job}", &title)
                .replace("{status}", status)
                .replace("{n}", &n.to_string()),
        );
    }

    fn carried_card(&self) -> Option<web_sys::Element> {
        let id = self.carried.get_value()?.id;
        document()
            .query_selector(&format!("li[data-job='{id}']"))
            .ok()
            .flatten()
    }

    fn pick_up(&self, card: &web_sys::Element) -> bool {
        use super::dnd::{Carried, id_of, spot_of};
        let (Some(id), Some(spot)) = (id_of(card), spot_of(card)) else {
            return false;
        };
        self.carried.set_value(Some(Carried {
            id,
            from_status: spot.status,
            from_index: spot.index,
        }));
        let _ = card.class_list().add_2("ring-2", "ring-teal-600");
        true
    }

    /// Records the move where the card now stands, then reads the board again.
    fn commit(&self, card: &web_sys::Element) {
        let Some(carried) = self.carried.get_value() else {
            return;
        };
        self.carried.set_value(None);
        let _ = card
            .class_list()
            .remove_3("ring-2", "ring-teal-600", "opacity-50");
        let Some(spot) = super::dnd::spot_of(card) else {
            return;
        };
        if spot.status == carried.from_status && spot.index == carried.from_index {
            self.announce(self.t.dropped, card);
            return;
        }
        self.announce(self.t.dropped, card);
        let on_moved = self.on_moved;
        leptos::task::spawn_local(async move {
            let _ = crate::api::tracker::move_job(carried.id, spot.status, spot.index, None).await;
            on_moved.run(());
        });
    }

    fn drag_start(&self, ev: &leptos::ev::DragEvent) {
        let Some(card) = super::dnd::card_of(ev.target()) else {
            return;
        };
        if self.pick_up(&card) {
            let _ = card.class_list().add_1("opacity-50");
            if let Some(data) = ev.data_transfer() {
                let _ = data.set_data(
                    "text/plain",
                    &card.get_attribute("data-job").unwrap_or_default(),
                );
                data.set_effect_allowed("move");
            }
        }
    }

    fn drag_over(&self, ev: &leptos::ev::DragEvent) {
        let Some(card) = self.carried_card() else {
            return;
        };
        ev.prevent_default();
        super::dnd::drag_over(&card, ev.target(), f64::from(ev.client_y()));
    }

    fn drop(&self, ev: &leptos::ev::DragEvent) {
        let Some(card) = self.carried_card() else {
            return;
        };
        ev.prevent_default();
        self.commit(&card);
    }

    fn drag_end(&self) {
        // A drop outside the board: the card goes back.
        if let (Some(card), Some(carried)) = (self.carried_card(), self.carried.get_value()) {
            super::dnd::put_back(&card, &carried);
            let _ = card
                .class_list()
                .remove_3("ring-2", "ring-teal-600", "opacity-50");
            self.carried.set_value(None);
        }
    }

    fn key(&self, ev: &leptos::ev::KeyboardEvent) {
        use wasm_bindgen::JsCast;
        // Only keys pressed on a card itself (not in its move form or on its link).
        let Some(card) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .filter(|el| el.has_attribute("data-job"))
        else {
            return;
        };
        let carrying = self
            .carried
            .get_value()
            .is_some_and(|c| Some(c.id) == super::dnd::id_of(&card));
        let rtl = super::dnd::is_rtl();
        let key = ev.key();
        match key.as_str() {
            " " | "Enter" => {
                ev.prevent_default();
                if carrying {
                    self.commit(&card);
                } else if self.pick_up(&card) {
                    self.announce(self.t.picked_up, &card);
                }
            }
            "Escape" if carrying => {
                ev.prevent_default();
                if let Some(carried) = self.carried.get_value() {
                    super::dnd::put_back(&card, &carried);
                }
                self.carried.set_value(None);
                let _ = card.class_list().remove_2("ring-2", "ring-teal-600");
                self.announce(self.t.cancelled, &card);
            }
            "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" if carrying => {
                ev.prevent_default();
                let (delta, across) = match key.as_str() {
                    "ArrowUp" => (-1, false),
                    "ArrowDown" => (1, false),
                    "ArrowLeft" => (if rtl { 1 } else { -1 }, true),
                    _ => (if rtl { -1 } else { 1 }, true),
                };
                if super::dnd::step(&card, delta, across).is_some() {
                    self.announce(self.t.moved, &card);
                }
            }
            _ => {}
        }
    }
}

/// Said beside a score computed against an older resume version (the
/// background rescore is on its way).
fn stale_mark(t: &'static TrackerStrings, stale: bool) -> impl IntoView {
    stale.then(|| {
        view! {
            <span class="sr-only">" ("{t.score_stale}")"</span>
            <span aria-hidden="true">" ↻"</span>
        }
    })
}
