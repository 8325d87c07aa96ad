use super::*;
use crate::model::tracker::JobForm;
use crate::store_test;
use crate::testing::{SmtpCatcher, app_state};

fn form(job: i64) -> InterviewForm {
    InterviewForm {
        job: job.to_string(),
        date: "2026-12-01".into(),
        time: "09:00".into(),
        time_zone: "America/New_York".into(),
        duration: "45".into(),
        kind: "technical".into(),
        round: "2".into(),
        location: "https://meet.example/abc".into(),
        prep_notes: "Review **Rust** lifetimes; ask about on-call, rotas.".into(),
        ..InterviewForm::default()
    }
}

#[test]
fn every_bad_field_is_named_and_times_follow_their_zone() {
    let bad = InterviewForm {
        job: "x".into(),
        date: "2026-02-30".into(),
        time: "25:00".into(),
        time_zone: "Mars/Olympus".into(),
        duration: "2".into(),
        kind: "chat".into(),
        round: "0".into(),
        outcome: "won".into(),
        location: "x".repeat(501),
        ..InterviewForm::default()
    };
    let Err(InterviewError::Invalid(problems)) = check(&bad) else {
        panic!("accepted");
    };
    let fields: Vec<&str> = problems.iter().map(|(f, _)| *f).collect();
    for field in [
        "job",
        "date",
        "time",
        "time_zone",
        "duration",
        "kind",
        "round",
        "outcome",
        "location",
    ] {
        assert!(fields.contains(&field), "{field} in {problems:?}");
    }
    assert!(problems.contains(&("time", Problem::TimeShape)));
    let Err(InterviewError::Invalid(missing)) = check(&InterviewForm::default()) else {
        panic!("accepted");
    };
    assert!(
        missing.contains(&("date", Problem::Required)),
        "{missing:?}"
    );
    assert!(
        missing.contains(&("kind", Problem::Required)),
        "{missing:?}"
    );

    let fields = check(&form(7)).expect("good");
    // 09:00 in New York on 1 December is 14:00 UTC.
    assert_eq!(fields.starts_at, 1_796_133_600_000);
    assert_eq!((fields.duration_minutes, fields.round), (45, 2));
    assert_eq!(fields.outcome, "pending");
    assert!(!fields.remind);
    // Summer time: 09:00 in London on 1 July is 08:00 UTC.
    let summer = InterviewForm {
        date: "2026-07-01".into(),
        time_zone: "Europe/London".into(),
        ..form(7)
    };
    let at = check(&summer).expect("good").starts_at;
    assert_eq!(at % 86_400_000, 8 * 3_600_000);
}

store_test!(
    interviews_are_scheduled_listed_exported_and_kept_private,
    |db| {
        let (state, _dir, _mail) = crate::testing::ada_and_bea(db).await;
        let store = state.store.as_ref();
        let job = JobForm {
            title: "Backend Engineer".into(),
            company: "Ledgerly".into(),
            status: "applied".into(),
            ..JobForm::default()
        };
        let job_id = crate::tracker::create(store, 1, &job).await.expect("job");
        let bea_job = crate::tracker::create(store, 2, &job).await.expect("job");

        // Not for another user's job.
        assert!(matches!(
            create(store, 1, &form(bea_job)).await,
            Err(InterviewError::NotFound)
        ));
        let id = create(store, 1, &form(job_id)).await.expect("scheduled");
        let posting = store
            .posting_get(1, job_id)
            .await
            .expect("read")
            .expect("job");
        assert_eq!(
            posting.status, "interview_scheduled",
            "the application moved on"
        );
        let seen = get(store, 1, id).await.expect("view");
        assert_eq!(
            (seen.date.as_str(), seen.time.as_str()),
            ("2026-12-01", "09:00")
        );
        assert_eq!(seen.company.as_deref(), Some("Ledgerly"));

        let person = Interviewer {
            name: "Grace Hopper".into(),
            role: "Engineering Manager".into(),
            linkedin: "https://www.linkedin.com/in/grace".into(),
            ..Interviewer::default()
        };
        let grace = add_interviewer(store, 1, id, &person).await.expect("added");
        let bad = Interviewer {
            linkedin: "linkedin/grace".into(),
            ..Interviewer::default()
        };
        let Err(InterviewError::Invalid(problems)) = add_interviewer(store, 1, id, &bad).await
        else {
            panic!("accepted");
        };
        assert!(
            problems.contains(&("name", Problem::Required))
                && problems.contains(&("linkedin", Problem::UrlShape))
        );

        // Bea reaches none of it.
        assert!(matches!(
            get(store, 2, id).await,
            Err(InterviewError::NotFound)
        ));
        assert!(matches!(
            update(store, 2, id, &form(bea_job)).await,
            Err(InterviewError::NotFound)
        ));
        assert!(matches!(
            add_interviewer(store, 2, id, &person).await,
            Err(InterviewError::NotFound)
        ));
        assert!(matches!(
            delete_interviewer(store, 2, grace).await,
            Err(InterviewError::NotFound)
        ));
        assert!(matches!(
            delete(store, 2, id).await,
            Err(InterviewError::NotFound)
        ));
        assert!(matches!(
            ics_one(store, 2, id).await,
            Err(InterviewError::NotFound)
        ));
        assert!(all(store, 2).await.expect("list").is_empty());

        // The outcome is recorded; the job is not moved for the user.
        let done = InterviewForm {
            outcome: "passed".into(),
            feedback: "Liked the design answer.".into(),
            ..form(job_id)
        };
        update(store, 1, id, &done).await.expect("updated");
        let seen = get(store, 1, id).await.expect("view");
        assert_eq!(seen.outcome, Outcome::Passed);
        assert_eq!(seen.interviewers.len(), 1);
        assert_eq!(seen.interviewers[0].name, "Grace Hopper");

        let calendar = ics_one(store, 1, id).await.expect("ics");
        assert!(
            calendar.contains("DTSTART:20261201T140000Z\r\n"),
            "{calendar}"
        );
        assert!(
            calendar.contains("DTEND:20261201T144500Z\r\n"),
            "{calendar}"
        );
        assert!(
            calendar.contains("Interviewer: Grace Hopper\\, Engineering Manager"),
            "{calendar}"
        );
        assert!(calendar.contains("on-call\\, rotas"), "{calendar}");

        // Upcoming and past around a moment.
        let now = 1_796_133_600_000 + 3_600_000;
        let list = list(&state, 1, now).await.expect("list");
        assert_eq!((list.upcoming.len(), list.past.len()), (0, 1));
        assert_eq!(list.feed_url, None);

        // The feed: a secret address, reset at will.
        let url = reset_feed(&state, 1).await.expect("feed");
        let token = url
            .rsplit('/')
            .next()
            .and_then(|t| t.strip_suffix(".ics"))
            .expect("a token")
            .to_owned();
        let feed_text = feed(store, &token).await.expect("read").expect("a feed");
        assert!(feed_text.contains("UID:interview-"), "{feed_text}");
        assert_eq!(feed_url(&state, 1).await.expect("url"), Some(url.clone()));
        let again = reset_feed(&state, 1).await.expect("feed");
        assert_ne!(again, url);
        assert!(
            feed(store, &token).await.expect("read").is_none(),
            "the old address is dead"
        );
        assert!(feed(store, "not-a-token").await.expect("read").is_none());

        delete_interviewer(store, 1, grace).await.expect("removed");
        delete(store, 1, id).await.expect("deleted");
        assert!(all(store, 1).await.expect("list").is_empty());
    }
);

store_test!(reminders_go_out_once_the_day_before, |db| {
    db.add_users(&["ada@example.com"]).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let mail = SmtpCatcher::start().await;
    let state = app_state(db, dir.path(), &mail);
    let store = state.store.as_ref();
    let job = JobForm {
        title: "Backend Engineer".into(),
        ..JobForm::default()
    };
    let job_id = crate::tracker::create(store, 1, &job).await.expect("job");
    let reminded = InterviewForm {
        remind: "on".into(),
        ..form(job_id)
    };
    create(store, 1, &reminded).await.expect("scheduled");
    create(store, 1, &form(job_id))
        .await
        .expect("no reminder asked");
    let start = 1_796_133_600_000;
    // Two days before: nothing yet.
    assert_eq!(
        send_reminders(&state, start - 48 * 3_600_000)
            .await
            .expect("run"),
        0
    );
    // Ten hours before: one mail, once.
    assert_eq!(
        send_reminders(&state, start - 10 * 3_600_000)
            .await
            .expect("run"),
        1
    );
    assert_eq!(
        send_reminders(&state, start - 9 * 3_600_000)
            .await
            .expect("run"),
        0
    );
    let sent = mail.wait_for("ada@example.com", 1).await;
    assert!(
        sent.header("Subject")
            .unwrap_or_default()
            .contains("Backend Engineer"),
        "{sent:?}"
    );
    assert!(
        sent.text().contains("2026-12-01 09:00 (America/New_York)"),
        "{}",
        sent.text()
    );
    assert!(sent.text().contains("/interviews/"), "{}", sent.text());
});
