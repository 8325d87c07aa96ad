//! `/resumes` (the list and the import form) and `/resumes/:id` (one version:
//! preview, history, download) and `/resumes/:id/edit` (the structured editor).

mod check;
mod edit;
mod list;
mod tailor;
mod view;

pub use edit::ResumeEditPage;
pub use list::ResumesPage;
pub use tailor::{StartForm, TailorPage};
pub use view::ResumePage;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::ApiError;
use crate::components::form::LINK;
use crate::i18n::resume::use_resume_strings;
use crate::i18n::use_strings;

/// The `:id` of the address; 0 (no resume's id) when it is not a number.
pub(crate) fn id_param() -> impl Fn() -> i64 + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0))
}

/// What a resume's page shows when the resume could not be read.
fn unreadable(error: ApiError) -> AnyView {
    let r = use_resume_strings();
    let s = use_strings();
    match error {
        ApiError::Unauthorized => view! { <p>{s.sign_in_required}</p> }.into_any(),
        _ => view! {
            <div class="flex flex-col gap-2">
                <p data-testid="resume-missing">{r.not_found}</p>
                <a href="/resumes" class=LINK>{r.back}</a>
            </div>
        }
        .into_any(),
    }
}
