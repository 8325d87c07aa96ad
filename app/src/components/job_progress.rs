//! The live state of one background job: a progress bar, its message and a cancel
//! button. In the browser it asks again every half second until the job is done;
//! without JavaScript, reloading the page shows the current state.

use jobforge_core::model::{JobState, JobView};
use leptos::prelude::*;

use crate::api::jobs::{CancelJob, job_status};
use crate::i18n::{Strings, use_strings};

pub fn state_text(strings: &Strings, state: JobState) -> &'static str {
    match state {
        JobState::Queued => strings.job_state_queued,
        JobState::Running => strings.job_state_running,
        JobState::Succeeded => strings.job_state_succeeded,
        JobState::Failed => strings.job_state_failed,
        JobState::Cancelled => strings.job_state_cancelled,
    }
}

#[component]
pub fn JobProgress(id: i64) -> impl IntoView {
    let s = use_strings();
    let tick = RwSignal::new(0u32);
    let cancel = ServerAction::<CancelJob>::new();
    let status = Resource::new(
        move || (tick.get(), cancel.version().get()),
        move |_| job_status(id),
    );
    // Poll while the job is still going.
    Effect::new(move |_| {
        let going = status
            .get()
            .and_then(Result::ok)
            .is_some_and(|job| !job.state.is_final());
        #[cfg(feature = "hydrate")]
        if going {
            set_timeout(
                move || tick.update(|n| *n += 1),
                std::time::Duration::from_millis(500),
            );
        }
        let _ = going;
    });
    view! {
        <Suspense fallback=move || view! { <p>{s.loading}</p> }>
            {move || Suspend::new(async move {
                status.await.ok().map(|job| view! { <JobCard job cancel /> })
            })}
        </Suspense>
    }
}

#[component]
fn JobCard(job: JobView, cancel: ServerAction<CancelJob>) -> impl IntoView {
    let s = use_strings();
    let state = state_text(s, job.state);
    let detail = match job.state {
        JobState::Succeeded => job.result.clone().unwrap_or_default(),
        JobState::Failed => job.error.clone().unwrap_or_default(),
        _ => job.progress_message.clone(),
    };
    view! {
        <div class="flex flex-col gap-2 rounded-md border border-stone-200 p-3 dark:border-stone-800" data-testid="job" data-state=job.state.as_str()>
            <div class="flex items-center justify-between gap-3">
                <span class="font-medium">{job.kind.clone()}" #"{job.id}</span>
                <span role="status" aria-live="polite">{state}</span>
            </div>
            <progress class="w-full accent-teal-700" max="100" value=job.progress aria-label=s.job_progress_label>
                {format!("{}%", job.progress)}
            </progress>
            <p class="break-all text-sm text-stone-700 dark:text-stone-300">{detail}</p>
            {(!job.state.is_final()).then(|| view! {
                <ActionForm action=cancel>
                    <input type="hidden" name="id" value=job.id />
                    <button type="submit" class="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
                        {s.job_cancel}
                    </button>
                </ActionForm>
            })}
        </div>
    }
}
