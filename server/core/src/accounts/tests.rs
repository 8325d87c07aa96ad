use super::*;
use crate::store_test;

#[test]
fn emails_are_normalised_and_checked() {
    assert_eq!(
        normalize_email("  Ada.Lovelace@Example.COM ")
            .ok()
            .as_deref(),
        Some("ada.lovelace@example.com")
    );
    for bad in [
        "",
        "ada",
        "ada@",
        "@example.com",
        "ada@example",
        "a da@example.com",
        "ada@.com",
        "ada@example..com",
    ] {
        let err = normalize_email(bad).expect_err(bad);
        assert!(err.to_string().starts_with("email:"), "{bad}: {err}");
    }
}

#[test]
fn the_password_policy_names_what_is_wrong() {
    let reason = |p: &str| {
        check_password_policy(p, "ada@example.com")
            .expect_err(p)
            .to_string()
    };
    assert!(reason("short").contains("at least 8"));
    assert!(reason(&"x".repeat(129)).contains("at most 128"));
    assert!(reason("password1").contains("most common"));
    assert!(
        reason("Baseball1").contains("most common"),
        "case-insensitive"
    );
    assert!(reason("ADA@example.com").contains("email"));
    assert!(check_password_policy("correct horse battery", "ada@example.com").is_ok());
    // Eight Arabic letters are eight characters, though sixteen bytes.
    assert!(check_password_policy("كلمةسرقو", "ada@example.com").is_ok());
    assert!(check_password_policy("كلمةسر", "ada@example.com").is_err());
}

#[tokio::test]
async fn hashes_are_argon2id_with_the_owasp_parameters() {
    let hash = hash_password("correct horse battery".into())
        .await
        .expect("hash");
    assert!(
        hash.as_str().starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{}",
        hash.as_str()
    );
    assert_eq!(format!("{hash:?}"), "PasswordHash(<redacted>)");
    assert!(
        verify_password("correct horse battery".into(), hash.clone())
            .await
            .expect("verify")
    );
    assert!(
        !verify_password("correct horse batterY".into(), hash.clone())
            .await
            .expect("verify")
    );
    let other = hash_password("correct horse battery".into())
        .await
        .expect("hash");
    assert_ne!(hash, other, "each hash has its own salt");
    let garbage = PasswordHash::from_stored("not a hash".into());
    assert!(!verify_password("x".into(), garbage).await.expect("verify"));
}

fn registration<'a>(email: &'a str, password: &'a str) -> Registration<'a> {
    Registration {
        email,
        password,
        display_name: "Ada",
        role: None,
    }
}

store_test!(the_first_account_is_admin_and_later_ones_users, |db| {
    let store = db.store.as_ref();
    assert_eq!(store.count_users().await.expect("count"), 0);
    let first = register(store, registration("Ada@Example.com", "analytical engine"))
        .await
        .expect("first account");
    assert_eq!(first.role, Role::Admin);
    assert_eq!(first.email, "ada@example.com");
    assert!(!first.email_verified && !first.disabled);
    let second = register(store, registration("grace@example.com", "compiler pioneer"))
        .await
        .expect("second account");
    assert_eq!(second.role, Role::User);
    assert_eq!(store.count_users().await.expect("count"), 2);
    assert_eq!(
        store.user_by_id(second.id).await.expect("by id"),
        Some(second)
    );
    assert_eq!(store.user_by_id(9_999_999).await.expect("by id"), None);
});

store_test!(an_email_is_taken_whatever_its_case, |db| {
    let store = db.store.as_ref();
    register(store, registration("ada@example.com", "analytical engine"))
        .await
        .expect("first");
    let err = register(store, registration(" ADA@example.com", "another password"))
        .await
        .expect_err("same email");
    assert!(matches!(err, AccountError::EmailTaken), "{err}");
    assert_eq!(
        store.count_users().await.expect("count"),
        1,
        "nothing changed"
    );
});

store_test!(invalid_registrations_change_nothing, |db| {
    let store = db.store.as_ref();
    for (email, password, field) in [
        ("not-an-email", "analytical engine", "email"),
        ("ada@example.com", "short", "password"),
        ("ada@example.com", "123456789", "password"),
    ] {
        match register(store, registration(email, password)).await {
            Err(AccountError::Invalid { field: got, .. }) => assert_eq!(got, field),
            other => panic!("{email}/{password}: {other:?}"),
        }
    }
    assert_eq!(store.count_users().await.expect("count"), 0);
});

store_test!(credentials_are_found_by_normalised_email, |db| {
    let store = db.store.as_ref();
    let user = register(store, registration("ada@example.com", "analytical engine"))
        .await
        .expect("account");
    let (found, hash) = store
        .credentials_by_email("ada@example.com")
        .await
        .expect("query")
        .expect("found");
    assert_eq!(found, user);
    assert!(
        verify_password("analytical engine".into(), PasswordHash::from_stored(hash))
            .await
            .expect("verify")
    );
    assert!(
        store
            .credentials_by_email("nobody@example.com")
            .await
            .expect("query")
            .is_none()
    );
});

#[test]
fn generated_passwords_are_long_varied_and_pass_the_policy() {
    let a = generate_password().expect("randomness");
    let b = generate_password().expect("randomness");
    assert_eq!(a.chars().count(), 20);
    assert_ne!(a, b);
    assert!(
        a.chars()
            .all(|c| c.is_ascii_alphanumeric() && !"0O1lI".contains(c))
    );
    assert!(check_password_policy(&a, "x@example.com").is_ok());
}
