//! `match.rescore`: a job's stored match score names the resume and version it
//! was computed against. When the primary resume changes (a new version,
//! another resume made primary, the last one deleted) the scores are stale, and
//! the board says so, until this background job computes them again. A job's
//! own edits recompute its score at once (`update`).

use async_trait::async_trait;
use serde_json::{Value, json};

use super::score_against;
use crate::db::tracker::PostingQuery;
use crate::db::{Store, StoreError};
use crate::jobs::{Job, JobContext, JobError, JobHandler};

pub const RESCORE_KIND: &str = "match.rescore";

/// A score's basis: the resume's id and its newest version's number (`versions`
/// as the resume rows count them).
pub fn basis_of(resume_id: i64, versions: i64) -> (i64, i32) {
    (resume_id, i32::try_from(versions).unwrap_or(i32::MAX))
}

/// What scores are computed against now: the primary resume and its newest
/// version.
pub async fn basis(store: &dyn Store, user_id: i64) -> Result<Option<(i64, i32)>, StoreError> {
    Ok(store
        .resumes(user_id)
        .await?
        .into_iter()
        .find(|r| r.is_primary)
        .map(|r| basis_of(r.id, r.versions)))
}

/// Queues the rescore of the user's jobs against the primary resume as it is
/// now: once per primary version (its idempotency key), so saves that leave the
/// primary alone queue nothing new. Returns the job's id.
pub async fn rescore_later(store: &dyn Store, user_id: i64) -> Result<i64, StoreError> {
    let key = match basis(store, user_id).await? {
        Some((id, version)) => format!("{id}:{version}"),
        None => format!("none:{}", crate::jobs::now_ms()),
    };
    let (id, _) = Job::new(RESCORE_KIND, &json!({}))
        .for_user(user_id)
        .idempotency_key(&key)
        .enqueue(store)
        .await?;
    Ok(id)
}

/// Computes every stale score of the user's jobs again (no primary resume: no
/// score); returns how many it changed.
pub async fn rescore(store: &dyn Store, user_id: i64) -> Result<usize, StoreError> {
    let primary = crate::resumes::primary(store, user_id).await?;
    let basis = primary.as_ref().map(|(r, _)| basis_of(r.id, r.versions));
    let query = PostingQuery {
        with_description: true,
        ..PostingQuery::default()
    };
    let mut changed = 0;
    for row in store.postings(user_id, &query).await? {
        if row.score_resume_id.zip(row.score_version) == basis {
            continue;
        }
        let score = primary
            .as_ref()
            .map(|(_, data)| i32::from(score_against(data, &row.title, &row.description).score));
        if store
            .posting_set_score(user_id, row.id, score, basis)
            .await?
        {
            changed += 1;
        }
    }
    tracing::info!(user_id, changed, "jobs rescored");
    Ok(changed)
}

pub struct Rescore;

#[async_trait]
impl JobHandler for Rescore {
    async fn run(&self, ctx: &JobContext, _payload: Value) -> Result<Value, JobError> {
        let user_id = ctx
            .user_id
            .ok_or_else(|| JobError::Permanent("a rescore is for one user".into()))?;
        let changed = rescore(ctx.store(), user_id)
            .await
            .map_err(|e| JobError::Transient(e.to_string()))?;
        Ok(json!({ "rescored": changed }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jobs::Registry;
    use crate::jobs::tests::{fast, start, wait_final};
    use crate::model::tracker::{BoardFilter, JobCard, JobForm};
    use crate::store_test;
    use crate::testing::{SmtpCatcher, app_state};

    const RESUME: &str = r#"{"basics": {"name": "Ada", "label": "Backend Engineer"},
        "work": [{"name": "Acme", "position": "Backend Engineer", "startDate": "2018-01",
                  "highlights": ["Built services in Rust and SQL."]}]}"#;
    const WITH_K8S: &str = r#"{"basics": {"name": "Ada", "label": "Backend Engineer"},
        "work": [{"name": "Acme", "position": "Backend Engineer", "startDate": "2018-01",
                  "highlights": ["Built services in Rust and SQL.", "Ran them on Kubernetes and Terraform."]}]}"#;

    fn job(title: &str) -> JobForm {
        JobForm {
            title: title.into(),
            description: "You know Rust, SQL, Kubernetes and Terraform.".into(),
            ..JobForm::default()
        }
    }

    async fn board(store: &dyn Store, user_id: i64) -> Vec<JobCard> {
        crate::tracker::cards(store, user_id, &BoardFilter::default())
            .await
            .expect("cards")
    }

    /// Runs the queued rescore through a real runner, as the server does.
    async fn run(store: std::sync::Arc<dyn Store>, id: i64) -> Value {
        let (stop, task) = start(store.clone(), Registry::with_builtins(), fast("w1"));
        let done = wait_final(store.as_ref(), id).await;
        let _ = stop.send(true);
        task.await.expect("runner stops");
        assert_eq!(done.state, "succeeded", "{:?}", done.error);
        serde_json::from_str(done.result.as_deref().unwrap_or("null")).expect("JSON")
    }

    store_test!(
        scores_go_stale_with_the_resume_and_are_computed_again,
        |db| {
            db.add_users(&["ada@example.com", "bea@example.com"]).await;
            let dir = tempfile::tempdir().expect("temp dir");
            let mail = SmtpCatcher::start().await;
            let state = app_state(db, dir.path(), &mail);
            let store = state.store.as_ref();

            // A job from before any resume has no score; Bea's job stays hers.
            crate::tracker::create(store, 1, &job("Platform Engineer"))
                .await
                .expect("job");
            crate::tracker::create(store, 2, &job("Bea's job"))
                .await
                .expect("job");
            assert_eq!(board(store, 1).await[0].match_score, None);

            // The first resume is the primary one: the rescore scores the old job,
            // and a new job is scored at once against the same version.
            let resume = crate::resumes::import(&state, 1, "", RESUME)
                .await
                .expect("import");
            let queued = rescore_later(store, 1).await.expect("queue");
            assert_eq!(run(db.store.clone(), queued).await, json!({"rescored": 1}));
            crate::tracker::create(store, 1, &job("Backend Engineer"))
                .await
                .expect("job");
            let cards = board(store, 1).await;
            let before: Vec<(u8, bool)> = cards
                .iter()
                .map(|c| (c.match_score.expect("scored"), c.score_stale))
                .collect();
            assert!(before.iter().all(|(_, stale)| !stale), "{before:?}");

            // A new version makes both stale until the queued rescore runs; the
            // same version queues nothing new.
            crate::resumes::save(store, 1, resume, WITH_K8S, "")
                .await
                .expect("save");
            assert!(board(store, 1).await.iter().all(|c| c.score_stale));
            let queued = rescore_later(store, 1).await.expect("queue");
            assert_eq!(rescore_later(store, 1).await.expect("queue"), queued);
            assert_eq!(run(db.store.clone(), queued).await, json!({"rescored": 2}));
            let after = board(store, 1).await;
            for (card, (old, _)) in after.iter().zip(&before) {
                assert!(!card.score_stale);
                assert!(
                    card.match_score.expect("scored") > *old,
                    "{card:?} was {old}"
                );
            }
            assert_eq!(
                rescore(store, 1).await.expect("rescore"),
                0,
                "nothing stale"
            );

            // Without a resume there is nothing to score against.
            crate::resumes::delete(&state, 1, resume)
                .await
                .expect("delete");
            assert_eq!(rescore(store, 1).await.expect("rescore"), 2);
            assert!(
                board(store, 1)
                    .await
                    .iter()
                    .all(|c| c.match_score.is_none() && !c.score_stale)
            );
            // Bea's job was never touched.
            let bea = board(store, 2).await;
            assert_eq!((bea[0].match_score, bea[0].score_stale), (None, false));
        }
    );
}
