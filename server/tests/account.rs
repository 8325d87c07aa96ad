//! Stories of the signed-in account and its admin, through the real server
//! functions, on both databases.

mod common;

use common::{TestApp, body_text, call, form, session_cookie, sign_up, who};
use http::{StatusCode, header};
use jobforge_core::testing::TestDb;

async fn admin_disables_a_user(db: TestDb) {
    let app = TestApp::on(db).await;
    let ada = sign_up(&app, "ada%40example.com").await;
    let grace = sign_up(&app, "grace%40example.com").await;
    let ada_id = who(&app, &ada).await["id"].as_i64().expect("id");
    let grace_id = who(&app, &grace).await["id"].as_i64().expect("id");
    let disable = |id: i64| format!("user_id={id}&disabled=true");

    // A user, or a visitor, finds no such function.
    let by_user = app
        .send(call(
            "/api/admin/set_user_disabled",
            &disable(ada_id),
            Some(&grace),
        ))
        .await;
    assert_eq!(by_user.status(), StatusCode::NOT_FOUND);
    let by_visitor = app
        .send(call("/api/admin/set_user_disabled", &disable(ada_id), None))
        .await;
    assert_eq!(by_visitor.status(), StatusCode::NOT_FOUND);
    assert_eq!(who(&app, &ada).await["disabled"], false, "nothing changed");

    // The admin cannot lock themselves out, and unknown accounts are 404.
    let self_lock = app
        .send(call(
            "/api/admin/set_user_disabled",
            &disable(ada_id),
            Some(&ada),
        ))
        .await;
    assert_eq!(self_lock.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let unknown = app
        .send(call(
            "/api/admin/set_user_disabled",
            &disable(ada_id + 999),
            Some(&ada),
        ))
        .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);

    // Disabling ends the user's session at once and stops new sign-ins.
    let done = app
        .send(call(
            "/api/admin/set_user_disabled",
            &disable(grace_id),
            Some(&ada),
        ))
        .await;
    assert_eq!(done.status(), StatusCode::OK);
    assert_eq!(who(&app, &grace).await, serde_json::Value::Null);
    let login = "email=grace%40example.com&password=a+long+and+uncommon+phrase";
    let refused = app.send(call("/api/login", login, None)).await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);

    // Enabled again, she can sign in.
    let enable = format!("user_id={grace_id}&disabled=false");
    let done = app
        .send(call("/api/admin/set_user_disabled", &enable, Some(&ada)))
        .await;
    assert_eq!(done.status(), StatusCode::OK);
    let back = app.send(form("/api/login", login, None)).await;
    assert!(session_cookie(&back).is_some());
    app.cleanup().await;
}

#[tokio::test]
async fn an_admin_disables_a_user_on_sqlite() {
    admin_disables_a_user(TestDb::sqlite().await).await;
}

#[tokio::test]
async fn an_admin_disables_a_user_on_postgres() {
    admin_disables_a_user(TestDb::postgres().await).await;
}

async fn changing_the_password_ends_other_sessions(db: TestDb) {
    let app = TestApp::on(db).await;
    let laptop = sign_up(&app, "ada%40example.com").await;
    let login = "email=ada%40example.com&password=a+long+and+uncommon+phrase";
    let phone =
        session_cookie(&app.send(form("/api/login", login, None)).await).expect("a second session");
    let change =
        |current: &str, new: &str| format!("current_password={current}&new_password={new}");

    // A wrong current password or a weak new one is refused, naming the field.
    for (body, field) in [
        (
            change("wrong+phrase+here", "difference+engine"),
            "current_password",
        ),
        (
            change("a+long+and+uncommon+phrase", "password1"),
            "new_password",
        ),
    ] {
        let response = app
            .send(call("/api/settings/change_password", &body, Some(&laptop)))
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(body_text(response).await.contains(field));
    }
    assert_eq!(
        who(&app, &phone).await["email"],
        "ada@example.com",
        "nothing changed"
    );

    let changed = app
        .send(form(
            "/api/settings/change_password",
            &change("a+long+and+uncommon+phrase", "difference+engine"),
            Some(&laptop),
        ))
        .await;
    assert_eq!(
        changed.headers()[header::LOCATION],
        "/settings?password=changed"
    );
    assert_eq!(
        who(&app, &laptop).await["email"],
        "ada@example.com",
        "this session stays"
    );
    assert_eq!(
        who(&app, &phone).await,
        serde_json::Value::Null,
        "the other one ends"
    );
    let old = app.send(call("/api/login", login, None)).await;
    assert_eq!(old.status(), StatusCode::UNAUTHORIZED);
    let new = app
        .send(form(
            "/api/login",
            "email=ada%40example.com&password=difference+engine",
            None,
        ))
        .await;
    let tablet = session_cookie(&new).expect("the new password works");

    // Signing out everywhere ends this session too.
    let out = app
        .send(form("/api/settings/sign_out_everywhere", "", Some(&laptop)))
        .await;
    assert!(out.status().is_redirection());
    assert_eq!(who(&app, &laptop).await, serde_json::Value::Null);
    assert_eq!(who(&app, &tablet).await, serde_json::Value::Null);
    let events: Vec<String> = app
        .db
        .store
        .audit_recent(3)
        .await
        .expect("audit")
        .into_iter()
        .map(|e| e.event)
        .collect();
    assert_eq!(events, ["sign_out", "sign_in", "sign_in_failed"]);
    app.cleanup().await;
}

#[tokio::test]
async fn changing_the_password_ends_other_sessions_on_sqlite() {
    changing_the_password_ends_other_sessions(TestDb::sqlite().await).await;
}

#[tokio::test]
async fn changing_the_password_ends_other_sessions_on_postgres() {
    changing_the_password_ends_other_sessions(TestDb::postgres().await).await;
}

#[tokio::test]
async fn settings_functions_need_a_signed_in_user() {
    let app = TestApp::sqlite().await;
    for path in [
        "/api/settings/change_password",
        "/api/settings/sign_out_everywhere",
    ] {
        let response = app
            .send(call(path, "current_password=a&new_password=b", None))
            .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{path}");
    }
}

async fn admin_changes_roles(db: TestDb) {
    let app = TestApp::on(db).await;
    let ada = sign_up(&app, "ada%40example.com").await;
    let bea = sign_up(&app, "bea%40example.com").await;
    let ada_id = common::user_id(&app, &ada).await;
    let bea_id = common::user_id(&app, &bea).await;
    let role = |id: i64, role: &str| format!("user_id={id}&role={role}");

    let listed = common::body_json(app.send(call("/api/admin/users", "", Some(&ada))).await).await;
    let emails: Vec<&str> = listed
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|u| u["email"].as_str())
        .collect();
    assert_eq!(emails, ["ada@example.com", "bea@example.com"]);
    let by_user = app.send(call("/api/admin/users", "", Some(&bea))).await;
    assert_eq!(by_user.status(), StatusCode::NOT_FOUND);

    let bad = app
        .send(call(
            "/api/admin/set_user_role",
            &role(bea_id, "owner"),
            Some(&ada),
        ))
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let demote_self = app
        .send(call(
            "/api/admin/set_user_role",
            &role(ada_id, "user"),
            Some(&ada),
        ))
        .await;
    assert_eq!(demote_self.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(who(&app, &ada).await["role"], "admin");

    let promoted = app
        .send(call(
            "/api/admin/set_user_role",
            &role(bea_id, "admin"),
            Some(&ada),
        ))
        .await;
    assert_eq!(promoted.status(), StatusCode::OK);
    // The change shows at Bea's next request, without signing in again.
    assert_eq!(who(&app, &bea).await["role"], "admin");
    let events = app.db.store.audit_recent(1).await.expect("audit");
    assert_eq!(events[0].event, "role_changed");
    assert!(events[0].detail.contains(&bea_id.to_string()));
    app.cleanup().await;
}
on_both_databases!(admin_changes_roles);
