//! Moving cards on the board in the browser: with the mouse (drag and drop) and
//! with the keyboard (Space picks a card up, arrows move it between and within
//! columns, Space drops it, Escape puts it back). The card moves in the page at
//! once; the server records the move, then the board is read again. Each step is
//! announced through the board's live region.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A card on its way: its id, and where it started (to put it back).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Carried {
    pub id: i64,
    pub from_status: String,
    pub from_index: usize,
}

/// Where a card is now: its column's status and its index among the cards.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spot {
    pub status: String,
    pub index: usize,
}

fn element_of(target: Option<web_sys::EventTarget>) -> Option<Element> {
    target?.dyn_into::<Element>().ok()
}

/// The card an event happened on.
pub fn card_of(target: Option<web_sys::EventTarget>) -> Option<Element> {
    element_of(target)?.closest("li[data-job]").ok()?
}

/// The card's id.
pub fn id_of(card: &Element) -> Option<i64> {
    card.get_attribute("data-job")?.parse().ok()
}

/// The cards of a column list, in order.
fn cards_in(list: &Element) -> Vec<Element> {
    let children = list.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|el| el.has_attribute("data-job"))
        .collect()
}

/// Where `card` stands.
pub fn spot_of(card: &Element) -> Option<Spot> {
    let list = card.closest("ol[data-column]").ok()??;
    let status = list.get_attribute("data-column")?;
    let index = cards_in(&list).iter().position(|c| c == card)?;
    Some(Spot { status, index })
}

/// The column lists of the board, in order.
fn columns(card: &Element) -> Vec<Element> {
    let Some(board) = card.closest("[data-testid=board]").ok().flatten() else {
        return Vec::new();
    };
    let Ok(lists) = board.query_selector_all("ol[data-column]") else {
        return Vec::new();
    };
    (0..lists.length())
        .filter_map(|i| lists.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// Puts `card` at `index` of `list`.
fn place(card: &Element, list: &Element, index: usize) {
    let others: Vec<Element> = cards_in(list).into_iter().filter(|c| c != card).collect();
    let before = others
        .get(index)
        .map(|el| el.clone().unchecked_into::<web_sys::Node>());
    let _ = list.insert_before(card, before.as_ref());
    if let Some(html) = card.dyn_ref::<HtmlElement>() {
        let _ = html.focus();
    }
}

/// A keyboard step: -1/+1 within the column (`across` false) or to the
/// previous/next column (`across` true). Returns the new spot.
pub fn step(card: &Element, delta: i32, across: bool) -> Option<Spot> {
    let spot = spot_of(card)?;
    let lists = columns(card);
    let at = lists
        .iter()
        .position(|l| l.get_attribute("data-column").as_deref() == Some(spot.status.as_str()))?;
    if across {
        let next = usize::try_from(at as i32 + delta).ok()?;
        let list = lists.get(next)?;
        let index = spot.index.min(cards_in(list).len());
        place(card, list, index);
    } else {
        let count = cards_in(&lists[at]).len();
        let index = usize::try_from(spot.index as i32 + delta).ok()?;
        if index >= count {
            return None;
        }
        place(card, &lists[at], index);
    }
    spot_of(card)
}

/// Moves `card` into the list under the pointer, before the first card whose
/// middle is below the pointer.
pub fn drag_over(card: &Element, target: Option<web_sys::EventTarget>, y: f64) {
    let Some(list) = element_of(target).and_then(|el| {
        el.closest("section[data-status]")
            .ok()
            .flatten()
            .and_then(|section| section.query_selector("ol[data-column]").ok().flatten())
    }) else {
        return;
    };
    let others: Vec<Element> = cards_in(&list).into_iter().filter(|c| c != card).collect();
    let index = others
        .iter()
        .position(|other| {
            let rect = other.get_bounding_client_rect();
            y < rect.top() + rect.height() / 2.0
        })
        .unwrap_or(others.len());
    let current = spot_of(card);
    let wanted_status = list.get_attribute("data-column");
    if current.as_ref().map(|s| (Some(s.status.clone()), s.index)) != Some((wanted_status, index)) {
        place(card, &list, index);
    }
}

/// Puts a carried card back where it started.
pub fn put_back(card: &Element, carried: &Carried) {
    if let Some(list) = columns(card)
        .into_iter()
        .find(|l| l.get_attribute("data-column").as_deref() == Some(carried.from_status.as_str()))
    {
        place(card, &list, carried.from_index);
    }
}

/// Whether the page reads right to left (the arrows then swap).
pub fn is_rtl() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("dir"))
        .as_deref()
        == Some("rtl")
}
