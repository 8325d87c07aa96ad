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
    delete(&state, 1, copy).await.expect("deleted");
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
    assert!(not_found(delete(&state, 2, ada).await));
    assert!(primary(store, 2).await.expect("primary").is_none());
    let still = view(store, 1, ada, None, "x").await.expect("Ada's");
    assert_eq!((still.version, still.summary.is_primary), (1, true));
    assert_eq!(list(store, 1).await.expect("list").len(), 1);
});

fn document_file(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/resumes/files/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The names of the files in a user's folder.
fn stored(dir: &std::path::Path, user_id: i64) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(crate::files::user_dir(dir, user_id))
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

store_test!(
    uploads_are_read_stored_under_ids_and_removed_with_their_resume,
    |db| {
        users(db).await;
        let dir = tempfile::tempdir().expect("temp dir");
        let mail = SmtpCatcher::start().await;
        let state = app_state(db, dir.path(), &mail);
        let store = state.store.as_ref();

        let pdf = document_file("nurse.sidebar.pdf");
        let id = upload::upload(&state, 1, "", "../../etc/Grace CV.pdf", pdf.clone())
            .await
            .expect("a PDF");
        let doc = document(store, 1, id, None).await.expect("doc");
        assert_eq!(doc["basics"]["name"], "Grace Nakamura-Reid");
        let view = view(store, 1, id, None, "x").await.expect("view");
        assert_eq!(view.history[0].source, "upload");
        let (row, bytes) = upload::original(&state, 1, id).await.expect("original");
        assert_eq!(bytes, pdf);
        assert_eq!(
            (row.name.as_str(), row.kind.as_str()),
            ("Grace CV.pdf", "pdf")
        );
        let files = stored(dir.path(), 1);
        assert_eq!(files, vec![row.stored_as.clone()]);
        assert!(!files[0].contains("Grace"), "stored under an id: {files:?}");

        let docx = upload::upload(&state, 1, "Word", "cv.docx", document_file("teacher.docx"))
            .await
            .expect("a docx");
        let doc = document(store, 1, docx, None).await.expect("doc");
        assert_eq!(doc["basics"]["name"], "Michael O'Connor");
        let json = upload::upload(&state, 1, "", "resume.json", ADA.as_bytes().to_vec())
            .await
            .expect("JSON");
        let original: Value = serde_json::from_str(ADA).expect("JSON");
        assert_eq!(document(store, 1, json, None).await.expect("doc"), original);
        assert_eq!(stored(dir.path(), 1).len(), 3);

        // User 2 reaches none of it.
        assert!(matches!(
            upload::original(&state, 2, id).await,
            Err(ResumeError::NotFound)
        ));
        assert!(matches!(
            delete(&state, 2, id).await,
            Err(ResumeError::NotFound)
        ));
        assert_eq!(stored(dir.path(), 1).len(), 3);

        delete(&state, 1, id).await.expect("deleted");
        assert_eq!(stored(dir.path(), 1).len(), 2);
        assert!(!stored(dir.path(), 1).contains(&row.stored_as));
    }
);

store_test!(refused_uploads_leave_nothing_behind, |db| {
    users(db).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let mail = SmtpCatcher::start().await;
    let mut state = app_state(db, dir.path(), &mail);
    state.settings = std::sync::Arc::new(crate::settings::Settings {
        max_upload_bytes: 100_000,
        ..(*state.settings).clone()
    });
    let pdf = document_file("teacher.single.pdf");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.pdf", Vec::new(), "empty"),
        ("big.txt", vec![b'a'; 100_001], "too_large"),
        ("photo.pdf", b"\x89PNG\r\n\x1a\n0000".to_vec(), "wrong_type"),
        ("cut.pdf", pdf[..pdf.len() / 2].to_vec(), "corrupt"),
        (
            "locked.pdf",
            document_file("hostile/encrypted.pdf"),
            "encrypted",
        ),
        ("bad.json", b"{\"basics\": [".to_vec(), "json"),
    ];
    for (name, bytes, code) in cases {
        let err = upload::upload(&state, 1, "", name, bytes)
            .await
            .expect_err(name);
        match (&err, code) {
            (ResumeError::File(e), code) => assert_eq!(e.code(), code, "{name}: {err}"),
            (ResumeError::NotJsonResume(_), "json") => {}
            _ => panic!("{name}: {err:?}"),
        }
        assert!(!err.to_string().is_empty());
    }
    assert!(
        list(state.store.as_ref(), 1)
            .await
            .expect("list")
            .is_empty()
    );
    assert!(
        stored(dir.path(), 1).is_empty(),
        "{:?}",
        stored(dir.path(), 1)
    );
});
