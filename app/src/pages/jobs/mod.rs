//! The job tracker's pages: `/jobs` (the board and the list), `/jobs/new`,
//! `/jobs/:id` and `/jobs/:id/edit`.

mod board;
mod detail;
#[cfg(feature = "hydrate")]
mod dnd;
mod form;

pub use board::BoardPage;
pub use detail::JobPage;
pub use form::{EditJobPage, NewJobPage};

use jobforge_core::model::tracker::Status;

/// Tailwind classes of a status badge.
pub(crate) fn status_badge(status: Status) -> &'static str {
    match status {
        Status::Interested => "bg-stone-100 text-stone-800 dark:bg-stone-800 dark:text-stone-200",
        Status::Applied => "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
        Status::InterviewScheduled | Status::InterviewCompleted => {
            "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100"
        }
        Status::OfferReceived | Status::Accepted => {
            "bg-teal-100 text-teal-900 dark:bg-teal-900 dark:text-teal-100"
        }
        Status::Rejected | Status::Withdrawn => {
            "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100"
        }
    }
}

/// Whole days from `from_ms` to `now_ms`.
pub(crate) fn days_between(from_ms: i64, now_ms: i64) -> i64 {
    (now_ms - from_ms).max(0) / 86_400_000
}

/// A date as YYYY-MM-DD from unix milliseconds (UTC).
pub fn date_of(ms: i64) -> String {
    crate::pages::interviews::calendar::iso(ms.div_euclid(86_400_000))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_days() {
        assert_eq!(date_of(0), "1970-01-01");
        assert_eq!(date_of(1_795_000_000_000), "2026-11-18");
        assert_eq!(days_between(0, 3 * 86_400_000 + 5), 3);
        assert_eq!(days_between(10, 0), 0);
    }
}
