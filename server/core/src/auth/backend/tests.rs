use axum_login::{AuthUser, AuthnBackend};

use super::{AuthBackend, Credentials};
use crate::accounts::{Registration, register};
use crate::keys::InstanceKey;
use crate::store_test;

fn creds(email: &str, password: &str) -> Credentials {
    Credentials {
        email: email.to_owned(),
        password: password.to_owned(),
    }
}

/// Ada's account on an empty instance.
async fn ada(db: &crate::testing::TestDb) -> crate::model::User {
    register(
        db.store.as_ref(),
        Registration {
            email: "ada@example.com",
            password: "analytical engine",
            display_name: "Ada",
            role: None,
        },
    )
    .await
    .expect("account")
}

fn backend(db: &crate::testing::TestDb, dir: &tempfile::TempDir) -> AuthBackend {
    AuthBackend::new(
        db.store.clone(),
        InstanceKey::load_or_create(dir.path()).expect("key"),
    )
}

store_test!(the_right_password_signs_in_and_nothing_else_does, |db| {
    let dir = tempfile::tempdir().expect("temp dir");
    let auth = backend(db, &dir);
    let user = ada(db).await;

    let signed_in = auth
        .authenticate(creds(" ADA@example.com", "analytical engine"))
        .await
        .expect("authenticate")
        .expect("signed in");
    assert_eq!(signed_in.user, user);
    assert_eq!(signed_in.session_auth_hash().len(), 64);
    assert!(!format!("{signed_in:?}").contains(&format!("{:?}", signed_in.session_auth_hash())));

    for (email, password) in [
        ("ada@example.com", "analytical enginE"),
        ("nobody@example.com", "analytical engine"),
        ("not an email", "analytical engine"),
    ] {
        let outcome = auth
            .authenticate(creds(email, password))
            .await
            .expect("authenticate");
        assert!(outcome.is_none(), "{email}");
    }

    // The session check reloads the same user with the same auth hash.
    let reloaded = auth.get_user(&user.id).await.expect("get").expect("found");
    assert_eq!(reloaded.session_auth_hash(), signed_in.session_auth_hash());
    assert!(
        auth.get_user(&(user.id + 1000))
            .await
            .expect("get")
            .is_none()
    );
});

store_test!(
    a_disabled_account_cannot_sign_in_or_keep_its_session,
    |db| {
        let dir = tempfile::tempdir().expect("temp dir");
        let auth = backend(db, &dir);
        let user = ada(db).await;
        db.execute(
            "UPDATE users SET disabled_at = updated_at WHERE email = $1",
            &["ada@example.com"],
        )
        .await
        .expect("disable");
        let outcome = auth
            .authenticate(creds("ada@example.com", "analytical engine"))
            .await
            .expect("authenticate");
        assert!(outcome.is_none());
        assert!(auth.get_user(&user.id).await.expect("get").is_none());
    }
);

#[tokio::test]
async fn the_auth_hash_changes_with_the_password_and_the_instance_key() {
    let db = crate::testing::TestDb::sqlite().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let other_dir = tempfile::tempdir().expect("temp dir");
    let auth = backend(&db, &dir);
    let other_instance = backend(&db, &other_dir);
    let user = ada(&db).await;
    let before = auth.get_user(&user.id).await.expect("get").expect("found");
    let elsewhere = other_instance
        .get_user(&user.id)
        .await
        .expect("get")
        .expect("found");
    assert_ne!(before.session_auth_hash(), elsewhere.session_auth_hash());

    let new_hash = crate::accounts::hash_password("difference engine".into())
        .await
        .expect("hash");
    db.execute(
        "UPDATE users SET password_hash = $1 WHERE email = $2",
        &[new_hash.as_str(), "ada@example.com"],
    )
    .await
    .expect("change password");
    let after = auth.get_user(&user.id).await.expect("get").expect("found");
    assert_ne!(before.session_auth_hash(), after.session_auth_hash());
    db.cleanup().await;
}
