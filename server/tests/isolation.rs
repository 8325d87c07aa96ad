//! No user sees or changes another user's data. Bea (a plain user) calls every
//! server function, passing Ada's ids wherever a function takes one; afterwards
//! Ada's account is exactly as it was. A new server function that is not listed
//! here fails `every_server_function_is_covered`, so each one gets this check.

mod common;

use std::collections::BTreeSet;

use common::{PASSWORD, TestApp, body_json, call, sign_in, sign_up, user_id, who};
use http::StatusCode;
use jobforge_core::testing::TestDb;

/// What Bea's call must answer.
#[derive(Clone, Copy, Debug)]
enum Expect {
    /// 404: the function does not admit the thing exists (admin functions, others' ids).
    NotFound,
    /// The call acts on Bea's own account only; any answer is fine, as long as
    /// Ada's account is unchanged afterwards.
    OwnAccount,
}

/// Every server function with the body Bea sends it. `{ada_id}`, `{ada_session}`
/// and `{ada_job}` are filled in with Ada's user id, one of her session handles
/// and one of her background jobs.
const CALLS: &[(&str, &str, Expect)] = &[
    ("/api/current_user", "", Expect::OwnAccount),
    (
        "/api/login",
        "email=bea%40example.com&password=x",
        Expect::OwnAccount,
    ),
    (
        "/api/register",
        "email=bea2%40example.com&password=bea+second+phrase&display_name=",
        Expect::OwnAccount,
    ),
    (
        "/api/account/verify_email",
        "token={ada_session}",
        Expect::OwnAccount,
    ),
    ("/api/account/resend_verification", "", Expect::OwnAccount),
    (
        "/api/account/request_password_reset",
        "email=bea%40example.com",
        Expect::OwnAccount,
    ),
    (
        "/api/account/reset_password",
        "token={ada_session}&password=a+new+long+phrase",
        Expect::OwnAccount,
    ),
    ("/api/settings/profile", "", Expect::OwnAccount),
    (
        "/api/settings/update_profile",
        "display_name=Bea&headline=&location=&ui_lang=en&output_lang=en",
        Expect::OwnAccount,
    ),
    (
        "/api/settings/change_password",
        "current_password=wrong+phrase+here&new_password=another+long+phrase",
        Expect::OwnAccount,
    ),
    ("/api/settings/sessions", "", Expect::OwnAccount),
    (
        "/api/settings/end_session",
        "handle={ada_session}",
        Expect::NotFound,
    ),
    ("/api/settings/ai", "", Expect::OwnAccount),
    (
        "/api/settings/save_ai",
        "provider=openai&base_url=&model=m&api_key=sk-bea",
        Expect::OwnAccount,
    ),
    ("/api/settings/clear_ai", "", Expect::OwnAccount),
    (
        "/api/settings/delete_account",
        "password=a+long+and+uncommon+phrase+not",
        Expect::OwnAccount,
    ),
    (
        "/api/admin/set_user_disabled",
        "user_id={ada_id}&disabled=true",
        Expect::NotFound,
    ),
    ("/api/admin/outbox", "", Expect::NotFound),
    ("/api/admin/users", "", Expect::NotFound),
    ("/api/admin/job_counts", "", Expect::NotFound),
    ("/api/admin/run_test_job", "", Expect::NotFound),
    ("/api/jobs/status", "id={ada_job}", Expect::NotFound),
    ("/api/jobs/cancel", "id={ada_job}", Expect::NotFound),
    (
        "/api/admin/set_user_role",
        "user_id={ada_id}&role=user",
        Expect::NotFound,
    ),
    // Last: it ends Bea's sessions.
    ("/api/logout", "", Expect::OwnAccount),
    ("/api/settings/sign_out_everywhere", "", Expect::OwnAccount),
];

#[test]
fn every_server_function_is_covered() {
    let registered: BTreeSet<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect();
    let covered: BTreeSet<String> = CALLS
        .iter()
        .map(|(path, _, _)| (*path).to_owned())
        .collect();
    let missing: Vec<&String> = registered.difference(&covered).collect();
    assert!(missing.is_empty(), "add these to CALLS: {missing:?}");
    let stale: Vec<&String> = covered.difference(&registered).collect();
    assert!(stale.is_empty(), "no such server functions: {stale:?}");
}

/// Everything about Ada that Bea could have touched.
async fn ada_as_seen_by_herself(
    app: &TestApp,
    cookie: &str,
) -> (serde_json::Value, serde_json::Value, serde_json::Value) {
    let me = who(app, cookie).await;
    let ai = body_json(app.send(call("/api/settings/ai", "", Some(cookie))).await).await;
    let mut sessions = body_json(
        app.send(call("/api/settings/sessions", "", Some(cookie)))
            .await,
    )
    .await;
    // `current` depends on who asks; everything else must match.
    if let Some(list) = sessions.as_array_mut() {
        list.sort_by_key(|s| s["handle"].as_str().map(str::to_owned));
    }
    (me, sessions, ai)
}

async fn bea_cannot_reach_ada(db: TestDb) {
    let app = TestApp::on(db).await;
    let ada = sign_up(&app, "ada%40example.com").await;
    let ada_phone = sign_in(&app, "ada%40example.com", PASSWORD).await;
    let bea = sign_up(&app, "bea%40example.com").await;
    let ada_id = user_id(&app, &ada).await;
    assert_eq!(who(&app, &ada).await["role"], "admin");
    assert_eq!(who(&app, &bea).await["role"], "user");
    let sessions = body_json(
        app.send(call("/api/settings/sessions", "", Some(&ada)))
            .await,
    )
    .await;
    let ada_session = sessions[0]["handle"].as_str().expect("a handle").to_owned();
    let (ada_job, _) = jobforge_core::jobs::Job::new("system.echo", &serde_json::json!({}))
        .for_user(ada_id)
        .enqueue(app.db.store.as_ref())
        .await
        .expect("a job of Ada's");
    let saved = app
        .send(call(
            "/api/settings/save_ai",
            "provider=anthropic&base_url=&model=claude&api_key=sk-ada-9999",
            Some(&ada),
        ))
        .await;
    assert_eq!(saved.status(), StatusCode::OK);
    let before = ada_as_seen_by_herself(&app, &ada).await;
    assert_eq!(before.2["key_hint"], "…9999");

    for (path, body, expect) in CALLS {
        let body = body
            .replace("{ada_id}", &ada_id.to_string())
            .replace("{ada_session}", &ada_session)
            .replace("{ada_job}", &ada_job.to_string());
        let response = app.send(call(path, &body, Some(&bea))).await;
        let status = response.status();
        let text = common::body_text(response).await;
        match expect {
            Expect::NotFound => assert_eq!(status, StatusCode::NOT_FOUND, "{path}: {text}"),
            Expect::OwnAccount => {
                assert!(
                    !text.contains("ada@example.com"),
                    "{path} showed Ada's data to Bea: {text}"
                );
            }
        }
        assert_eq!(
            ada_as_seen_by_herself(&app, &ada).await,
            before,
            "{path} changed Ada's account"
        );
    }
    assert_eq!(who(&app, &ada_phone).await["email"], "ada@example.com");
    let job = app
        .db
        .store
        .job_get(ada_job)
        .await
        .expect("read")
        .expect("job");
    assert_eq!(job.state, "queued", "Ada's job was not touched");
    app.cleanup().await;
}
on_both_databases!(bea_cannot_reach_ada);
