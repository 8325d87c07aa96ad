//! The dashboard's figures, from a user's jobs and their status timeline: counts
//! by status, applications this week and in the last four, the response rate,
//! the average match score, the funnel, a weekly activity series, interviews
//! scheduled, near deadlines and recent moves.

use std::collections::{HashMap, HashSet};

use crate::db::tracker::PostingQuery;
use crate::db::{Store, StoreError};
use crate::model::tracker::{Activity, Dashboard, DashboardJob, Status, WeekCount};

const DAY: i64 = 86_400_000;
const WEEK: i64 = 7 * DAY;
/// Weeks in the activity chart.
pub const WEEKS: usize = 8;

/// The dashboard of `user_id` at `now` (unix milliseconds).
pub async fn dashboard(store: &dyn Store, user_id: i64, now: i64) -> Result<Dashboard, StoreError> {
    let rows = store.postings(user_id, &PostingQuery::default()).await?;
    let changes = store.status_changes(user_id, None).await?;
    let titles: HashMap<i64, (String, Option<String>)> = rows
        .iter()
        .map(|r| (r.id, (r.title.clone(), r.company.clone())))
        .collect();

    let mut reached: HashMap<i64, HashSet<Status>> = HashMap::new();
    for change in &changes {
        if let Some(status) = Status::parse(&change.to_status) {
            reached.entry(change.posting_id).or_default().insert(status);
        }
    }
    let ever = |id: i64, any: &[Status]| {
        reached
            .get(&id)
            .is_some_and(|set| any.iter().any(|s| set.contains(s)))
    };

    let by_status = Status::ALL
        .iter()
        .map(|status| {
            let n = rows.iter().filter(|r| r.status == status.as_str()).count();
            (*status, n as u32)
        })
        .collect();
    let applied: Vec<i64> = rows.iter().filter_map(|r| r.applied_at).collect();
    let applied_since = |since: i64| applied.iter().filter(|at| **at > since).count() as u32;
    let applied_ids: Vec<i64> = rows
        .iter()
        .filter(|r| r.applied_at.is_some())
        .map(|r| r.id)
        .collect();
    let interview = [Status::InterviewScheduled, Status::InterviewCompleted];
    let offer = [Status::OfferReceived, Status::Accepted];
    let responded = applied_ids
        .iter()
        .filter(|id| {
            ever(
                **id,
                &[
                    Status::InterviewScheduled,
                    Status::InterviewCompleted,
                    Status::OfferReceived,
                    Status::Accepted,
                ],
            )
        })
        .count();
    let response_rate =
        (!applied_ids.is_empty()).then(|| (responded * 100 / applied_ids.len()) as u8);
    let scores: Vec<u32> = rows
        .iter()
        .filter_map(|r| r.match_score.and_then(|s| u32::try_from(s).ok()))
        .collect();
    let average_score =
        (!scores.is_empty()).then(|| (scores.iter().sum::<u32>() / scores.len() as u32) as u8);
    let funnel = vec![
        (Status::Interested, rows.len() as u32),
        (Status::Applied, applied_ids.len() as u32),
        (
            Status::InterviewScheduled,
            applied_ids
                .iter()
                .filter(|id| ever(**id, &interview) || ever(**id, &offer))
                .count() as u32,
        ),
        (
            Status::OfferReceived,
            rows.iter().filter(|r| ever(r.id, &offer)).count() as u32,
        ),
        (
            Status::Accepted,
            rows.iter()
                .filter(|r| ever(r.id, &[Status::Accepted]))
                .count() as u32,
        ),
    ];

    // Weeks end now: the last bar is the last seven days.
    let weekly = (0..WEEKS)
        .rev()
        .map(|back| {
            let end = now - back as i64 * WEEK;
            let start = end - WEEK;
            let inside = |at: i64| at > start && at <= end;
            WeekCount {
                start,
                applied: applied.iter().filter(|at| inside(**at)).count() as u32,
                moves: changes
                    .iter()
                    .filter(|c| c.from_status.is_some() && inside(c.at))
                    .count() as u32,
            }
        })
        .collect();

    let job = |id: i64, when: Option<String>| {
        let (title, company) = titles.get(&id).cloned().unwrap_or_default();
        DashboardJob {
            id,
            title,
            company,
            when,
        }
    };
    // The next interviews on the calendar, soonest first; then the jobs marked
    // "interview scheduled" with none on the calendar yet.
    let mut interviews: Vec<DashboardJob> = crate::interviews::all(store, user_id)
        .await?
        .into_iter()
        .filter(|i| i.ends_at() >= now)
        .take(5)
        .map(|i| DashboardJob {
            id: i.job_id,
            title: i.job_title,
            company: i.company,
            when: Some(format!("{} {}", i.date, i.time)),
        })
        .collect();
    let on_calendar: HashSet<i64> = interviews.iter().map(|i| i.id).collect();
    interviews.extend(
        rows.iter()
            .filter(|r| r.status == Status::InterviewScheduled.as_str())
            .filter(|r| !on_calendar.contains(&r.id))
            .map(|r| job(r.id, None)),
    );
    let today = crate::tracker::date_of(now);
    let horizon = crate::tracker::date_of(now + 14 * DAY);
    let mut deadlines: Vec<DashboardJob> = rows
        .iter()
        .filter(|r| !matches!(r.status.as_str(), "rejected" | "withdrawn" | "accepted"))
        .filter_map(|r| {
            let d = r.deadline.clone()?;
            (d >= today && d <= horizon).then(|| job(r.id, Some(d)))
        })
        .collect();
    deadlines.sort_by(|a, b| a.when.cmp(&b.when));
    let recent = changes
        .iter()
        .rev()
        .take(10)
        .filter_map(|c| {
            let (title, _) = titles.get(&c.posting_id)?.clone();
            Some(Activity {
                job_id: c.posting_id,
                title,
                from: c.from_status.as_deref().and_then(Status::parse),
                to: Status::parse(&c.to_status)?,
                at: c.at,
            })
        })
        .collect();
    Ok(Dashboard {
        now,
        total: rows.len() as u32,
        by_status,
        applied_this_week: applied_since(now - WEEK),
        applied_last_four_weeks: applied_since(now - 4 * WEEK),
        response_rate,
        average_score,
        funnel,
        weekly,
        interviews,
        deadlines,
        recent,
    })
}
