//! The job server functions: a user follows and cancels their own jobs; an admin
//! starts a test job. (Other users get 404: see isolation.rs.)

mod common;

use common::{TestApp, body_json, call, form, sign_up, user_id};
use http::{StatusCode, header};
use jobforge_core::jobs::{ECHO_KIND, Job};
use jobforge_core::testing::TestDb;
use serde_json::json;

async fn following_and_cancelling_a_job(db: TestDb) {
    let app = TestApp::on(db).await;
    let admin = sign_up(&app, "ada%40example.com").await;
    let ada_id = user_id(&app, &admin).await;
    let (id, _) = Job::new(ECHO_KIND, &json!({}))
        .for_user(ada_id)
        .enqueue(app.db.store.as_ref())
        .await
        .expect("enqueue");
    let status = app
        .send(call("/api/jobs/status", &format!("id={id}"), Some(&admin)))
        .await;
    assert_eq!(status.status(), StatusCode::OK);
    let view = body_json(status).await;
    assert_eq!(view["state"], "queued");
    assert_eq!(view["kind"], ECHO_KIND);

    let cancelled = app
        .send(call("/api/jobs/cancel", &format!("id={id}"), Some(&admin)))
        .await;
    assert_eq!(cancelled.status(), StatusCode::OK);
    let view = body_json(
        app.send(call("/api/jobs/status", &format!("id={id}"), Some(&admin)))
            .await,
    )
    .await;
    assert_eq!(view["state"], "cancelled");
    let again = app
        .send(call("/api/jobs/cancel", &format!("id={id}"), Some(&admin)))
        .await;
    assert_eq!(
        again.status(),
        StatusCode::NOT_FOUND,
        "nothing left to cancel"
    );
    let visitor = app
        .send(call("/api/jobs/status", &format!("id={id}"), None))
        .await;
    assert_eq!(visitor.status(), StatusCode::UNAUTHORIZED);

    // The admin's test job is theirs, and the page follows it.
    let started = app
        .send(form("/api/admin/run_test_job", "", Some(&admin)))
        .await;
    let location = started.headers()[header::LOCATION]
        .to_str()
        .expect("ascii")
        .to_owned();
    let job_id: i64 = location
        .strip_prefix("/admin/jobs?job=")
        .and_then(|id| id.parse().ok())
        .expect("the page of the new job");
    let job = app
        .db
        .store
        .job_get(job_id)
        .await
        .expect("read")
        .expect("job");
    assert_eq!((job.user_id, job.kind.as_str()), (Some(ada_id), ECHO_KIND));
    let counts = body_json(
        app.send(call("/api/admin/job_counts", "", Some(&admin)))
            .await,
    )
    .await;
    assert_eq!(counts, json!([["cancelled", 1], ["queued", 1]]));
    app.cleanup().await;
}
on_both_databases!(following_and_cancelling_a_job);
