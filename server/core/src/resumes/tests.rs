use super::*;
use crate::store_test;
use crate::testing::{SmtpCatcher, app_state};

async fn users(db: &crate::testing::TestDb) {
    db.add_users(&["ada@example.com", "bea@example.com"]).await;
}

const ADA: &str = r#"{
  "basics": {"name": "Ada Lovelace", "label": "Engineer", "email": "ada@example.com"},
  "work": [{"name": "Analytical Engines", "position": "Engineer", "startDate": "2019-03",
            "highlights": ["Built the mill."], "x-internal": {"kept": true}}],
  "skills": [{"name": "Languages", "keywords": ["Rust", "SQL"]}],
  "meta": {"language": "en", "theme": "elegant"},
  "x-custom": [1, 2, 3]
}"#;

store_test!(json_resumes_round_trip_and_versions_never_change, |db| {
    users(db).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let mail = SmtpCatcher::start().await;
    let state = app_state(db, dir.path(), &mail);
    let store = state.store.as_ref();

    let id = import(&state, 1, "", ADA).await.expect("imported");
    let original: Value = serde_json::from_str(ADA).expect("JSON");
    // Exact: unknown fields and all.
    assert_eq!(
        document(store, 1, id, None).await.expect("export"),
        original
    );
    let listed = list(store, 1).await.expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].title, "Ada Lovelace — Engineer");
    assert!(listed[0].is_primary, "the first resume is the primary one");

    let mut edited = original.clone();
    edited["basics"]["label"] = Value::String("Principal Engineer".into());
    let two = save(store, 1, id, &edited.to_string(), "new title")
        .await
        .expect("saved");
    assert_eq!(two, 2);
    let three = restore(store, 1, id, 1).await.expect("restored");
    assert_eq!(three, 3);
    assert_eq!(document(store, 1, id, Some(1)).await.expect("v1"), original);
    assert_eq!(document(store, 1, id, Some(2)).await.expect("v2"), edited);
    assert_eq!(document(store, 1, id, None).await.expect("v3"), original);
    let seen = view(store, 1, id, Some(2), "present").await.expect("view");
    assert_eq!(seen.preview.label, "Principal Engineer");
    let sources: Vec<&str> = seen.history.iter().map(|v| v.source.as_str()).collect();
    assert_eq!(sources, ["restore", "edit", "import"]);

    // Bad documents say what is wrong and change nothing.
    for (text, expected) in [
        ("{not json", "cannot be read"),
        ("[1, 2]", "JSON object"),
        (r#"{"work": {"name": "x"}}"#, "\"work\" must be a list"),
    ] {
        let err = save(store, 1, id, text, "").await.expect_err(text);
        assert!(err.to_string().contains(expected), "{err}");
    }
    assert_eq!(
        view(store, 1, id, None, "present")
            .await
            .expect("view")
            .version,
        3
    );

    // A copy, then the primary moves to it; deleting it hands the role back.
    let copy = duplicate(store, 1, id, "copy").await.expect("copy");
    assert_eq!(
        document(store, 1, copy, None).await.expect("copy doc"),
        original
    );
    set_primary(store, 1, copy).await.expect("primary");
    let primary_now = primary(store, 1).await.expect("primary").expect("one");
    assert_eq!(primary_now.0.id, copy);
    delete(store, 1, copy).await.expect("deleted");
    assert_eq!(
        primary(store, 1).await.expect("primary").expect("one").0.id,
        id
    );
});

store_test!(nobody_reaches_another_users_resumes, |db| {
    users(db).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let mail = SmtpCatcher::start().await;
    let state = app_state(db, dir.path(), &mail);
    let store = state.store.as_ref();
    let ada = import(&state, 1, "Ada's resume", ADA)
        .await
        .expect("imported");
    let not_found = |r: Result<(), ResumeError>| matches!(r, Err(ResumeError::NotFound));
    assert!(list(store, 2).await.expect("list").is_empty());
    assert!(matches!(
        view(store, 2, ada, None, "x").await,
        Err(ResumeError::NotFound)
    ));
    assert!(matches!(
        document(store, 2, ada, None).await,
        Err(ResumeError::NotFound)
    ));
    assert!(not_found(save(store, 2, ada, "{}", "").await.map(|_| ())));
    assert!(not_found(restore(store, 2, ada, 1).await.map(|_| ())));
    assert!(not_found(
        duplicate(store, 2, ada, "copy").await.map(|_| ())
    ));
    assert!(not_found(set_primary(store, 2, ada).await));
    assert!(not_found(delete(store, 2, ada).await));
    assert!(primary(store, 2).await.expect("primary").is_none());
    let still = view(store, 1, ada, None, "x").await.expect("Ada's");
    assert_eq!((still.version, still.summary.is_primary), (1, true));
    assert_eq!(list(store, 1).await.expect("list").len(), 1);
});
