use super::*;
use crate::model::tracker::JobForm;
use crate::store_test;
use crate::testing::pdftotext;

const ADA: &str = r#"{
  "basics": {"name": "Ada Lovelace", "label": "Backend Engineer"},
  "work": [{"name": "Analytical Engines", "position": "Backend Engineer", "startDate": "2019-03",
            "highlights": ["Built payment APIs in Rust and PostgreSQL serving 2M requests a day.",
                           "Led a team of four engineers."]}],
  "skills": [{"name": "Backend", "keywords": ["Rust", "PostgreSQL", "Docker"]}]
}"#;

fn job() -> JobForm {
    JobForm {
        title: "Senior Backend Engineer".into(),
        company: "Ledgerly".into(),
        description: "We need Rust, PostgreSQL and Kubernetes, and a team lead.".into(),
        ..JobForm::default()
    }
}

store_test!(documents_keep_versions_and_stay_with_their_user, |db| {
    let (state, _dir, _mail) = crate::testing::ada_and_bea(db).await;
    let store = state.store.as_ref();
    let ada_job = crate::tracker::create(store, 1, &job()).await.expect("job");
    let bea_job = crate::tracker::create(store, 2, &job()).await.expect("job");

    // Bad input says which field and adds nothing.
    let good = DocumentInput {
        title: "Portfolio".into(),
        kind: "portfolio".into(),
        job_id: None,
        language: "en".into(),
        markdown: "# Work\n\nThe ledger.".into(),
    };
    for (bad, field) in [
        (
            DocumentInput {
                title: " ".into(),
                ..good.clone()
            },
            "title",
        ),
        (
            DocumentInput {
                kind: "memo".into(),
                ..good.clone()
            },
            "kind",
        ),
        (
            DocumentInput {
                language: "fr".into(),
                ..good.clone()
            },
            "language",
        ),
        (
            DocumentInput {
                markdown: "  ".into(),
                ..good.clone()
            },
            "markdown",
        ),
        (
            DocumentInput {
                markdown: "x".repeat(MAX_MARKDOWN + 1),
                ..good.clone()
            },
            "markdown",
        ),
    ] {
        let err = create(store, 1, &bad).await.expect_err(field);
        assert!(err.to_string().starts_with(field), "{err}");
    }
    // A job of another user cannot be linked.
    let err = create(
        store,
        1,
        &DocumentInput {
            job_id: Some(bea_job),
            ..good.clone()
        },
    )
    .await
    .expect_err("Bea's job");
    assert!(matches!(err, DocumentError::NoJob), "{err}");
    assert!(list(store, 1).await.expect("list").is_empty());

    let id = create(
        store,
        1,
        &DocumentInput {
            job_id: Some(ada_job),
            ..good.clone()
        },
    )
    .await
    .expect("created");
    let listed = list(store, 1).await.expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].kind, DocumentKind::Portfolio);
    assert_eq!(
        listed[0].job_label.as_deref(),
        Some("Senior Backend Engineer — Ledgerly")
    );
    assert_eq!(for_job(store, 1, ada_job).await.expect("for job").len(), 1);

    // Saving the same text adds nothing; a change adds a version; restore too.
    assert_eq!(
        save(store, 1, id, &good.markdown, "").await.expect("same"),
        None
    );
    assert_eq!(
        save(store, 1, id, "# Work\n\nThe ledger and the mill.", "longer")
            .await
            .expect("saved"),
        Some(2)
    );
    assert_eq!(restore(store, 1, id, 1).await.expect("restored"), 3);
    let seen = view(store, 1, id, None).await.expect("view");
    assert_eq!(seen.markdown, good.markdown);
    assert_eq!((seen.word_count, seen.read_minutes), (3, 1));
    let sources: Vec<&str> = seen.history.iter().map(|v| v.source.as_str()).collect();
    assert_eq!(sources, ["restore", "edit", "write"]);
    let older = view(store, 1, id, Some(2)).await.expect("v2");
    assert!(older.markdown.contains("mill"));

    // Bea reaches none of it, and changes nothing trying.
    assert!(matches!(
        view(store, 2, id, None).await,
        Err(DocumentError::NotFound)
    ));
    assert!(matches!(
        save(store, 2, id, "mine", "").await,
        Err(DocumentError::NotFound)
    ));
    assert!(matches!(
        restore(store, 2, id, 1).await,
        Err(DocumentError::NotFound)
    ));
    assert!(matches!(
        update(store, 2, id, "mine", "other", None).await,
        Err(DocumentError::NotFound)
    ));
    assert!(matches!(
        pdf(store, 2, id, None).await,
        Err(DocumentError::NotFound)
    ));
    assert!(matches!(
        delete(&state, 2, id).await,
        Err(DocumentError::NotFound)
    ));
    assert!(list(store, 2).await.expect("list").is_empty());
    assert_eq!(
        view(store, 1, id, None).await.expect("still").history.len(),
        3
    );

    // Relinking to Bea's job is refused; renaming and unlinking work.
    assert!(matches!(
        update(store, 1, id, "Portfolio", "portfolio", Some(bea_job)).await,
        Err(DocumentError::NoJob)
    ));
    update(store, 1, id, "My work", "other", None)
        .await
        .expect("updated");
    let seen = view(store, 1, id, None).await.expect("view");
    assert_eq!(
        (
            seen.summary.title.as_str(),
            seen.summary.kind,
            seen.summary.job_id
        ),
        ("My work", DocumentKind::Other, None)
    );

    let (pdf_bytes, title) = pdf(store, 1, id, None).await.expect("pdf");
    assert_eq!(title, "My work");
    assert!(pdftotext(&pdf_bytes).contains("The ledger."));
    delete(&state, 1, id).await.expect("deleted");
    assert!(list(store, 1).await.expect("list").is_empty());
});

store_test!(
    cover_letters_are_written_from_the_resume_for_the_job,
    |db| {
        let (state, _dir, _mail) = crate::testing::ada_and_bea(db).await;
        let store = state.store.as_ref();
        let ada_job = crate::tracker::create(store, 1, &job()).await.expect("job");
        let ask = LetterAsk {
            job_id: ada_job,
            resume_id: None,
            tone: Tone::Enthusiastic,
            length: Length::Medium,
            lang: OutputLang::En,
        };
        // Without a resume there is nothing true to tell.
        assert!(matches!(
            write_cover_letter(&state, 1, ask).await,
            Err(DocumentError::NoResume)
        ));
        crate::resumes::import(&state, 1, "", ADA)
            .await
            .expect("resume");
        crate::resumes::import(&state, 2, "", ADA)
            .await
            .expect("resume");
        // Not for another user's job.
        assert!(matches!(
            write_cover_letter(&state, 2, ask).await,
            Err(DocumentError::NoJob)
        ));

        let id = write_cover_letter(&state, 1, ask).await.expect("written");
        let seen = view(store, 1, id, None).await.expect("view");
        assert_eq!(seen.summary.kind, DocumentKind::CoverLetter);
        assert_eq!(seen.summary.job_id, Some(ada_job));
        assert_eq!(
            seen.summary.title,
            "Cover letter — Senior Backend Engineer at Ledgerly"
        );
        assert!(seen.markdown.contains("Ledgerly"), "{}", seen.markdown);
        assert!(seen.markdown.contains("Ada Lovelace"), "{}", seen.markdown);
        assert!(
            !seen.markdown.contains("Kubernetes"),
            "not claimed: {}",
            seen.markdown
        );
        assert!(seen.word_count > 40, "{}", seen.word_count);
        assert_eq!(seen.history[0].source, "generate");
        assert!(
            seen.history[0]
                .note
                .contains("enthusiastic · medium · made without a language model"),
            "{}",
            seen.history[0].note
        );

        let arabic = write_cover_letter(
            &state,
            1,
            LetterAsk {
                lang: OutputLang::Ar,
                tone: Tone::Formal,
                ..ask
            },
        )
        .await
        .expect("Arabic letter");
        let seen = view(store, 1, arabic, None).await.expect("view");
        assert_eq!(seen.summary.language, "ar");
        assert!(
            seen.summary.title.starts_with("رسالة تغطية"),
            "{}",
            seen.summary.title
        );
        let text = pdftotext(&pdf(store, 1, arabic, None).await.expect("pdf").0);
        assert!(text.contains("حضرات السادة المحترمين"), "{text}");
        assert!(text.contains("Ledgerly"), "{text}");
    }
);

store_test!(
    uploads_keep_the_file_and_refuse_what_is_not_a_document,
    |db| {
        let (state, dir, _mail) = crate::testing::ada_and_bea(db).await;
        let store = state.store.as_ref();
        let input = UploadInput {
            title: String::new(),
            kind: "portfolio".into(),
            job_id: None,
            name: "../../case-study.md".into(),
        };
        let bytes = b"# Case study\n\nHow the ledger was built.".to_vec();
        let id = upload(&state, 1, &input, bytes.clone())
            .await
            .expect("uploaded");
        let seen = view(store, 1, id, None).await.expect("view");
        assert_eq!(seen.summary.title, "case-study");
        assert!(seen.summary.has_file);
        assert!(seen.markdown.contains("How the ledger was built."));
        let (file, original_bytes) = original(&state, 1, id).await.expect("original");
        assert_eq!(
            (file.name.as_str(), original_bytes),
            ("case-study.md", bytes)
        );
        assert!(matches!(
            original(&state, 2, id).await,
            Err(DocumentError::NotFound)
        ));

        // A binary that is not a document, and a wrong kind, change nothing.
        let err = upload(
            &state,
            1,
            &UploadInput {
                name: "x.pdf".into(),
                ..input.clone()
            },
            b"\x7fELF\x02\x01".to_vec(),
        )
        .await
        .expect_err("not a PDF");
        assert!(matches!(err, DocumentError::File(_)), "{err}");
        let err = upload(
            &state,
            1,
            &UploadInput {
                kind: "memo".into(),
                ..input.clone()
            },
            b"text".to_vec(),
        )
        .await
        .expect_err("kind");
        assert!(err.to_string().starts_with("kind"), "{err}");
        assert_eq!(list(store, 1).await.expect("list").len(), 1);
        let files = std::fs::read_dir(crate::files::user_dir(dir.path(), 1))
            .expect("folder")
            .count();
        assert_eq!(files, 1, "only the accepted file is kept");

        delete(&state, 1, id).await.expect("deleted");
        let files = std::fs::read_dir(crate::files::user_dir(dir.path(), 1))
            .expect("folder")
            .count();
        assert_eq!(files, 0, "the file goes with its document");
    }
);
