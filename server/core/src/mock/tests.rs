use super::*;
use crate::model::tracker::JobForm;
use crate::store_test;

fn ask(job_id: i64) -> StartMock {
    StartMock {
        job_id,
        depth: "company".into(),
        count: 3,
        interviewer_name: String::new(),
        interviewer_role: String::new(),
        focus: String::new(),
        lang: OutputLang::En,
    }
}

store_test!(a_session_asks_times_scores_and_sums_up, |db| {
    let (state, _dir, _mail) = crate::testing::ada_and_bea(db).await;
    let store = state.store.as_ref();
    let job = JobForm {
        title: "Backend Engineer".into(),
        company: "Ledgerly".into(),
        description: "Rust and PostgreSQL; you will own the payments service.".into(),
        ..JobForm::default()
    };
    let job_id = crate::tracker::create(store, 1, &job).await.expect("job");
    let bea_job = crate::tracker::create(store, 2, &job).await.expect("job");
    for (bad, field) in [
        (
            StartMock {
                depth: "gossip".into(),
                ..ask(job_id)
            },
            "depth",
        ),
        (
            StartMock {
                count: 0,
                ..ask(job_id)
            },
            "count",
        ),
        (
            StartMock {
                count: 16,
                ..ask(job_id)
            },
            "count",
        ),
        (
            StartMock {
                focus: "trivia".into(),
                ..ask(job_id)
            },
            "focus",
        ),
        (
            StartMock {
                depth: "interviewer".into(),
                ..ask(job_id)
            },
            "interviewer_name",
        ),
    ] {
        let err = start(&state, 1, &bad).await.expect_err(field);
        assert!(err.to_string().starts_with(field), "{err}");
    }
    assert!(matches!(
        start(&state, 1, &ask(bea_job)).await,
        Err(MockError::NotFound)
    ));

    let id = start(&state, 1, &ask(job_id)).await.expect("started");
    let now = crate::jobs::now_ms();
    let seen = view(store, 1, id, now).await.expect("view");
    assert_eq!(
        (seen.total, seen.current, seen.steps.len()),
        (3, Some(0), 1)
    );
    assert_eq!(seen.steps[0].question.category, "opener");
    assert!(seen.steps.iter().all(|s| s.evaluation.is_none()));
    // Another user reaches nothing.
    assert!(matches!(
        view(store, 2, id, now).await,
        Err(MockError::NotFound)
    ));
    assert!(matches!(
        answer(&state, 2, id, 0, "mine", false).await,
        Err(MockError::NotFound)
    ));
    // Only the waiting question takes an answer, and not an empty one.
    assert!(matches!(
        answer(&state, 1, id, 1, "early", false).await,
        Err(MockError::NotCurrent)
    ));
    assert!(matches!(
        answer(&state, 1, id, 0, "  ", false).await,
        Err(MockError::Invalid {
            field: "answer",
            ..
        })
    ));

    answer(
        &state,
        1,
        id,
        0,
        "I have built payment systems in Rust for 6 years. At Analytical Engines I led the move to \
         PostgreSQL, which cut our costs by 30%, and I want to bring that experience to a team that \
         owns its payments service end to end.",
        false,
    )
    .await
    .expect("answered");
    assert!(matches!(
        answer(&state, 1, id, 0, "again", false).await,
        Err(MockError::NotCurrent)
    ));
    answer(&state, 1, id, 1, "", true).await.expect("skipped");
    let before_last = view(store, 1, id, crate::jobs::now_ms())
        .await
        .expect("view");
    assert_eq!(before_last.current, Some(2));
    assert!(before_last.steps[1].skipped);
    assert!(
        before_last.steps[0]
            .evaluation
            .as_ref()
            .is_some_and(|e| e.rubric && e.score > 0)
    );
    assert!(before_last.steps[0].seconds.is_some());
    answer(&state, 1, id, 2, "I work hard.", false)
        .await
        .expect("answered");

    let done = view(store, 1, id, crate::jobs::now_ms())
        .await
        .expect("view");
    assert!(done.finished && done.current.is_none());
    let analysis = done.analysis.expect("analysis");
    assert!(analysis.rubric);
    assert_eq!(
        analysis.strongest.as_deref(),
        Some(done.steps[0].question.text.as_str())
    );
    assert!(
        analysis.practise.iter().any(|p| p.contains("skipped")),
        "{analysis:?}"
    );
    let listed = history(store, 1).await.expect("history");
    assert_eq!(
        (listed.len(), listed[0].answered, listed[0].total),
        (1, 2, 3)
    );
    assert_eq!(listed[0].average, Some(analysis.average));
    assert!(history(store, 2).await.expect("history").is_empty());

    // Ending early counts what was asked.
    let early = start(
        &state,
        1,
        &StartMock {
            count: 5,
            ..ask(job_id)
        },
    )
    .await
    .expect("started");
    finish(&state, 1, early).await.expect("ended");
    let ended = view(store, 1, early, crate::jobs::now_ms())
        .await
        .expect("view");
    assert!(ended.finished && ended.current.is_none());
    assert_eq!(ended.analysis.map(|a| a.average), Some(0.0));
    assert!(matches!(
        answer(&state, 1, early, 0, "late", false).await,
        Err(MockError::NotCurrent)
    ));
});
