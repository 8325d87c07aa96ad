//! Mailed links through the real server functions and a real SMTP catcher, on both
//! databases: verifying the address, resending, and resetting a password.

mod common;

use common::{
    PASSWORD, TestApp, body_text, call, form, get_as, session_cookie, sign_in, sign_up, token_of,
    who,
};
use http::{StatusCode, header};
use jobforge_core::testing::TestDb;

async fn verifying_the_address(db: TestDb) {
    let app = TestApp::on(db).await;
    let cookie = sign_up(&app, "ada%40example.com").await;
    assert_eq!(who(&app, &cookie).await["email_verified"], false);
    let page = get_as(&app, "/", &cookie).await;
    assert!(
        body_text(page).await.contains("unverified-banner"),
        "the banner shows"
    );
    let link = app
        .mail
        .wait_for("ada@example.com", 1)
        .await
        .link("/verify-email")
        .expect("a verification link");

    // Opening the link (as a mail scanner would) changes nothing by itself.
    let path = link.trim_start_matches(jobforge_core::testing::PUBLIC_URL);
    let page = app.get(path).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert_eq!(who(&app, &cookie).await["email_verified"], false);

    let body = format!("token={}", token_of(&link));
    let done = app
        .send(form("/api/account/verify_email", &body, None))
        .await;
    assert_eq!(done.headers()[header::LOCATION], "/verify-email?done=1");
    assert_eq!(who(&app, &cookie).await["email_verified"], true);
    let page = get_as(&app, "/", &cookie).await;
    assert!(!body_text(page).await.contains("unverified-banner"));

    // The link works once.
    let again = app
        .send(call("/api/account/verify_email", &body, None))
        .await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(again).await.contains("LinkExpired"));
    let events = app.db.store.audit_recent(1).await.expect("audit");
    assert_eq!(events[0].event, "email_verified");
    app.cleanup().await;
}
on_both_databases!(verifying_the_address);

#[tokio::test]
async fn resending_the_link_is_throttled_and_needs_a_session() {
    let app = TestApp::sqlite().await;
    let visitor = app
        .send(call("/api/account/resend_verification", "", None))
        .await;
    assert_eq!(visitor.status(), StatusCode::UNAUTHORIZED);
    let cookie = sign_up(&app, "ada%40example.com").await;
    for n in 2..=4 {
        let sent = app
            .send(form(
                "/api/account/resend_verification",
                "next=%2Fsettings",
                Some(&cookie),
            ))
            .await;
        assert_eq!(
            sent.headers()[header::LOCATION],
            "/settings?verification=sent"
        );
        app.mail.wait_for("ada@example.com", n).await;
    }
    let fifth = app
        .send(call("/api/account/resend_verification", "", Some(&cookie)))
        .await;
    assert_eq!(fifth.status(), StatusCode::TOO_MANY_REQUESTS);
    // Only the newest link works.
    let mails = app.mail.mails();
    let first = token_of(&mails[0].link("/verify-email").expect("link"));
    let last = token_of(&mails[3].link("/verify-email").expect("link"));
    let old = app
        .send(call(
            "/api/account/verify_email",
            &format!("token={first}"),
            None,
        ))
        .await;
    assert_eq!(old.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let new = app
        .send(call(
            "/api/account/verify_email",
            &format!("token={last}"),
            None,
        ))
        .await;
    assert_eq!(new.status(), StatusCode::OK);
}

async fn resetting_a_forgotten_password(db: TestDb) {
    let app = TestApp::on(db).await;
    let old_session = sign_up(&app, "ada%40example.com").await;
    app.mail.wait_for("ada@example.com", 1).await;

    // Known and unknown addresses get the same answer.
    let mut answers = Vec::new();
    for email in ["nobody%40example.com", "Ada%40example.com"] {
        let response = app
            .send(form(
                "/api/account/request_password_reset",
                &format!("email={email}"),
                None,
            ))
            .await;
        answers.push((
            response.status(),
            response.headers().get(header::LOCATION).cloned(),
        ));
    }
    assert_eq!(answers[0], answers[1]);
    assert_eq!(
        answers[0]
            .1
            .as_ref()
            .map(|v| v.to_str().unwrap_or_default()),
        Some("/forgot-password?sent=1")
    );
    let mail = app.mail.wait_for("ada@example.com", 2).await;
    let link = mail.link("/reset-password").expect("a reset link");
    assert!(
        app.mail
            .mails()
            .iter()
            .all(|m| !m.to.contains(&"nobody@example.com".to_owned())),
        "no mail for an unknown address"
    );
    let page = app
        .get(link.trim_start_matches(jobforge_core::testing::PUBLIC_URL))
        .await;
    assert_eq!(page.status(), StatusCode::OK);

    let token = token_of(&link);
    let weak = app
        .send(call(
            "/api/account/reset_password",
            &format!("token={token}&password=password1"),
            None,
        ))
        .await;
    assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let done = app
        .send(form(
            "/api/account/reset_password",
            &format!("token={token}&password=difference+engine+two"),
            None,
        ))
        .await;
    assert_eq!(done.headers()[header::LOCATION], "/login?reset=1");
    assert_eq!(
        who(&app, &old_session).await,
        serde_json::Value::Null,
        "every session ended"
    );
    let refused = app
        .send(call(
            "/api/login",
            &format!("email=ada%40example.com&password={PASSWORD}"),
            None,
        ))
        .await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    let fresh = sign_in(&app, "ada%40example.com", "difference+engine+two").await;
    assert_eq!(who(&app, &fresh).await["email_verified"], true);
    let reused = app
        .send(call(
            "/api/account/reset_password",
            &format!("token={token}&password=yet+another+long+one"),
            None,
        ))
        .await;
    assert_eq!(reused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(session_cookie(&reused).is_none());
    let events: Vec<String> = app
        .db
        .store
        .audit_recent(3)
        .await
        .expect("audit")
        .into_iter()
        .map(|e| e.event)
        .collect();
    assert!(events.contains(&"password_reset".to_owned()), "{events:?}");
    app.cleanup().await;
}
on_both_databases!(resetting_a_forgotten_password);

#[tokio::test]
async fn reset_requests_are_throttled_per_address_without_telling_which_exist() {
    let app = TestApp::sqlite().await;
    sign_up(&app, "ada%40example.com").await;
    app.mail.wait_for("ada@example.com", 1).await;
    // Past three a hour for one account, nothing more is sent, and the answer stays.
    for _ in 0..5 {
        let response = app
            .send(form(
                "/api/account/request_password_reset",
                "email=ada%40example.com",
                None,
            ))
            .await;
        assert_eq!(
            response.headers()[header::LOCATION],
            "/forgot-password?sent=1"
        );
    }
    app.mail.wait_for("ada@example.com", 4).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.mail.mails().len(), 4, "1 verification + 3 resets");
    // Ten requests from one client address in an hour, then 429 for any address.
    for _ in 0..5 {
        app.send(form(
            "/api/account/request_password_reset",
            "email=nobody%40example.com",
            None,
        ))
        .await;
    }
    let limited = app
        .send(call(
            "/api/account/request_password_reset",
            "email=someone%40example.com",
            None,
        ))
        .await;
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
}
