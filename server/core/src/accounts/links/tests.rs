use super::*;
use crate::accounts::{PasswordHash, verify_password};
use crate::db::SessionRow;
use crate::store_test;
use crate::testing::{SmtpCatcher, TestDb, app_state};

const PASSWORD: &str = "a long and uncommon phrase";

fn registration(email: &str) -> Registration<'_> {
    Registration {
        email,
        password: PASSWORD,
        display_name: "Ada",
        role: None,
    }
}

/// The token at the end of a mailed link.
fn token_of(link: &str) -> String {
    link.split_once("token=")
        .map(|(_, t)| t.to_owned())
        .expect("a token in the link")
}

struct Fixture {
    state: AppState,
    mail: SmtpCatcher,
    _dir: tempfile::TempDir,
}

async fn fixture(db: &TestDb) -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let mail = SmtpCatcher::start().await;
    Fixture {
        state: app_state(db, dir.path(), &mail),
        mail,
        _dir: dir,
    }
}

fn expired(err: AccountError) -> bool {
    matches!(
        err,
        AccountError::Invalid {
            field: "token",
            problem: Problem::LinkExpired
        }
    )
}

store_test!(a_verification_link_works_once, |db| {
    let f = fixture(db).await;
    let user = register_quietly(&f.state, registration("ada@example.com"), "en")
        .await
        .expect("registered")
        .expect("a new account");
    assert!(!user.email_verified);
    let mail = f.mail.wait_for("ada@example.com", 1).await;
    assert_eq!(
        mail.header("Subject").as_deref(),
        Some("Confirm your email address for Jobforge")
    );
    let link = mail.link("/verify-email").expect("a verification link");
    assert!(
        link.starts_with("http://127.0.0.1:3000/verify-email?token="),
        "{link}"
    );
    let token = token_of(&link);
    // Only a hash is stored.
    assert!(
        f.state
            .store
            .token_peek(&token, TokenPurpose::VerifyEmail, now())
            .await
            .expect("peek")
            .is_none()
    );
    let verified = verify_email(&f.state, &token).await.expect("verified");
    assert!(verified.email_verified);
    let again = verify_email(&f.state, &token).await.expect_err("used");
    assert!(expired(again));
    for bad in ["", "abc", &"0".repeat(64), &"é".repeat(32)] {
        assert!(expired(verify_email(&f.state, bad).await.expect_err(bad)));
    }
});

store_test!(only_the_newest_verification_link_works, |db| {
    let f = fixture(db).await;
    let user = register_quietly(&f.state, registration("ada@example.com"), "ar")
        .await
        .expect("registered")
        .expect("new");
    assert_eq!(
        user.ui_lang, "ar",
        "the account starts in the page's language"
    );
    let first = f.mail.wait_for("ada@example.com", 1).await;
    assert!(first.text().contains("افتح هذا الرابط"), "mail in Arabic");
    send_verification(&f.state, &user).await.expect("resent");
    let second = f.mail.wait_for("ada@example.com", 2).await;
    let old = token_of(&first.link("/verify-email").expect("link"));
    let new = token_of(&second.link("/verify-email").expect("link"));
    assert!(expired(
        verify_email(&f.state, &old).await.expect_err("replaced")
    ));
    verify_email(&f.state, &new).await.expect("newest works");
});

store_test!(
    registering_a_taken_address_tells_its_owner_not_the_caller,
    |db| {
        let f = fixture(db).await;
        register_quietly(&f.state, registration("ada@example.com"), "en")
            .await
            .expect("first")
            .expect("new");
        let second = register_quietly(&f.state, registration(" ADA@example.com"), "en")
            .await
            .expect("answers without an error");
        assert!(second.is_none());
        assert_eq!(f.state.store.count_users().await.expect("count"), 1);
        let notice = f.mail.wait_for("ada@example.com", 2).await;
        assert_eq!(
            notice.header("Subject").as_deref(),
            Some("You already have a Jobforge account")
        );
        assert!(notice.link("/forgot-password").is_some());
        // A bad password is still reported: it says nothing about the address.
        let weak = register_quietly(
            &f.state,
            Registration {
                password: "password",
                ..registration("ada@example.com")
            },
            "en",
        )
        .await
        .expect_err("weak password");
        assert!(weak.to_string().starts_with("password:"), "{weak}");
    }
);

store_test!(a_password_reset_link_sets_a_new_password_once, |db| {
    let f = fixture(db).await;
    let user = register_quietly(&f.state, registration("ada@example.com"), "en")
        .await
        .expect("registered")
        .expect("new");
    f.mail.wait_for("ada@example.com", 1).await;
    // A signed-in browser, to see it end.
    f.state
        .store
        .session_save(&SessionRow {
            id: "browser".into(),
            user_id: Some(user.id),
            data: "{}".into(),
            expires_at: now() + 3600,
        })
        .await
        .expect("session");

    request_password_reset(&f.state, "nobody@example.com")
        .await
        .expect("unknown addresses answer the same");
    request_password_reset(&f.state, "Ada@Example.com")
        .await
        .expect("asked");
    let mail = f.mail.wait_for("ada@example.com", 2).await;
    assert_eq!(
        mail.header("Subject").as_deref(),
        Some("Reset your Jobforge password")
    );
    let token = token_of(&mail.link("/reset-password").expect("a reset link"));
    assert!(reset_token_valid(&f.state, &token).await.expect("check"));

    // A refused password leaves the link usable.
    let weak = reset_password(&f.state, &token, "password")
        .await
        .expect_err("common password");
    assert!(weak.to_string().starts_with("password:"), "{weak}");
    assert!(reset_token_valid(&f.state, &token).await.expect("check"));

    let new_password = "another long phrase entirely";
    reset_password(&f.state, &token, new_password)
        .await
        .expect("reset");
    let (after, hash) = f
        .state
        .store
        .credentials_by_id(user.id)
        .await
        .expect("read")
        .expect("account");
    assert!(
        verify_password(new_password.into(), PasswordHash::from_stored(hash))
            .await
            .expect("verify")
    );
    assert!(after.email_verified, "the link reached the mailbox");
    assert!(
        f.state
            .store
            .sessions_of_user(user.id, now())
            .await
            .expect("sessions")
            .is_empty(),
        "every session ended"
    );
    assert!(expired(
        reset_password(&f.state, &token, "yet another long phrase")
            .await
            .expect_err("used")
    ));
    assert!(!reset_token_valid(&f.state, &token).await.expect("check"));
    // Nothing was mailed for the unknown address.
    assert!(
        f.mail
            .mails()
            .iter()
            .all(|m| m.to.iter().all(|t| t == "ada@example.com"))
    );
});

store_test!(expired_and_disabled_accounts_get_no_working_link, |db| {
    let f = fixture(db).await;
    let user = register_quietly(&f.state, registration("ada@example.com"), "en")
        .await
        .expect("registered")
        .expect("new");
    f.mail.wait_for("ada@example.com", 1).await;
    let token = "ab".repeat(32);
    f.state
        .store
        .token_replace(
            &token_hash(&token),
            user.id,
            TokenPurpose::ResetPassword,
            now() - 1,
        )
        .await
        .expect("an expired token");
    assert!(expired(
        reset_password(&f.state, &token, "another long phrase entirely")
            .await
            .expect_err("expired")
    ));
    // A verification token does not reset a password.
    let other = "cd".repeat(32);
    f.state
        .store
        .token_replace(
            &token_hash(&other),
            user.id,
            TokenPurpose::VerifyEmail,
            now() + 60,
        )
        .await
        .expect("a verification token");
    assert!(expired(
        reset_password(&f.state, &other, "another long phrase entirely")
            .await
            .expect_err("wrong purpose")
    ));
    f.state
        .store
        .set_user_disabled(user.id, true)
        .await
        .expect("disable");
    request_password_reset(&f.state, "ada@example.com")
        .await
        .expect("answers the same");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        f.mail.mails().len(),
        1,
        "no reset mail for a disabled account"
    );
});
