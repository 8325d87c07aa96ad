use super::*;
use crate::model::tracker::Sort;
use crate::store_test;

async fn users(db: &crate::testing::TestDb) {
    db.add_users(&["ada@example.com", "bea@example.com"]).await;
}

fn form(title: &str, company: &str) -> JobForm {
    JobForm {
        title: title.into(),
        company: company.into(),
        description: format!("{title} at {company}. You know Rust and SQL."),
        ..JobForm::default()
    }
}

fn column(cards: &[JobCard], status: Status) -> Vec<&str> {
    cards
        .iter()
        .filter(|c| c.status == status)
        .map(|c| c.title.as_str())
        .collect()
}

#[test]
fn every_bad_field_is_named() {
    let bad = JobForm {
        title: "  ".into(),
        company_website: "ftp://acme".into(),
        work_mode: "moon".into(),
        job_type: "gig".into(),
        salary_min: "90k".into(),
        salary_max: "80,000".into(),
        salary_currency: "dollars".into(),
        source_url: "javascript:alert(1)".into(),
        deadline: "2026-02-30".into(),
        status: "hired".into(),
        tags: "x".repeat(41),
        ..JobForm::default()
    };
    let Err(TrackerError::Invalid(problems)) = check(&bad) else {
        panic!("the form should be refused");
    };
    let fields: Vec<&str> = problems.iter().map(|(f, _)| *f).collect();
    assert_eq!(
        fields,
        [
            "title",
            "company_website",
            "work_mode",
            "job_type",
            "salary_min",
            "salary_currency",
            "source_url",
            "tags",
            "deadline",
            "status"
        ]
    );
    assert!(problems.contains(&("salary_min", Problem::MinAboveMax)));
    assert!(problems.contains(&("deadline", Problem::DateShape)));

    let good = check(&JobForm {
        title: "مهندس برمجيات".into(),
        description: "نبحث عن مهندس برمجيات خبرة خمس سنوات في بايثون".into(),
        salary_min: "12 000".into(),
        salary_max: "15k".into(),
        salary_currency: "sar".into(),
        tags: "remote, Remote ,backend،urgent".into(),
        deadline: "2026-12-31".into(),
        ..JobForm::default()
    })
    .expect("a good form");
    assert_eq!(good.fields.language, "ar");
    assert_eq!(
        (good.fields.salary_min, good.fields.salary_max),
        (Some(12_000), Some(15_000))
    );
    assert_eq!(good.fields.salary_currency, "SAR");
    assert_eq!(good.tags, ["remote", "backend", "urgent"]);
    assert_eq!(good.status, Status::Interested);
}

store_test!(jobs_move_keep_their_order_and_their_timeline, |db| {
    users(db).await;
    let store = db.store.as_ref();
    let mut ids = Vec::new();
    for (title, company) in [("Alpha", "Acme"), ("Beta", "acme"), ("Gamma", "Globex")] {
        ids.push(
            create(store, 1, &form(title, company))
                .await
                .expect("created"),
        );
    }
    // New jobs go on top of their column; "acme" is the same company as "Acme".
    let board = cards(store, 1, &BoardFilter::default())
        .await
        .expect("board");
    assert_eq!(
        column(&board, Status::Interested),
        ["Gamma", "Beta", "Alpha"]
    );
    assert_eq!(store.companies(1).await.expect("companies").len(), 2);

    // Alpha to applied, then Beta below it, then Gamma between them.
    move_to(store, 1, ids[0], "applied", 0)
        .await
        .expect("moved");
    move_to(store, 1, ids[1], "applied", 1)
        .await
        .expect("moved");
    move_to(store, 1, ids[2], "applied", 1)
        .await
        .expect("moved");
    let board = cards(store, 1, &BoardFilter::default())
        .await
        .expect("board");
    assert_eq!(column(&board, Status::Applied), ["Alpha", "Gamma", "Beta"]);
    // Within the column: Beta to the top.
    move_to(store, 1, ids[1], "applied", 0)
        .await
        .expect("moved");
    let board = cards(store, 1, &BoardFilter::default())
        .await
        .expect("board");
    assert_eq!(column(&board, Status::Applied), ["Beta", "Alpha", "Gamma"]);

    let alpha = detail(store, 1, ids[0]).await.expect("detail");
    let steps: Vec<(Option<Status>, Status)> =
        alpha.timeline.iter().map(|c| (c.from, c.to)).collect();
    assert_eq!(
        steps,
        [
            (None, Status::Interested),
            (Some(Status::Interested), Status::Applied)
        ]
    );
    assert!(alpha.applied_at.is_some());
    assert!(alpha.requirements.skills.contains(&"Rust".to_owned()));
    // A move within a column adds nothing to the timeline.
    let beta = detail(store, 1, ids[1]).await.expect("detail");
    assert_eq!(beta.timeline.len(), 2);

    let err = move_to(store, 1, ids[0], "hired", 0)
        .await
        .expect_err("bad status");
    assert!(matches!(err, TrackerError::Invalid(_)), "{err}");
});

store_test!(the_board_filters_searches_and_sorts, |db| {
    users(db).await;
    let store = db.store.as_ref();
    let mut remote = form("Rust Engineer", "Acme");
    remote.work_mode = "remote".into();
    remote.tags = "Dream, backend".into();
    remote.deadline = "2026-12-01".into();
    let rust = create(store, 1, &remote).await.expect("created");
    let mut nurse = form("Night Nurse", "City Hospital");
    nurse.description = "Care for patients on the cardiology ward.".into();
    nurse.job_type = "part_time".into();
    nurse.deadline = "2026-11-30".into();
    create(store, 1, &nurse).await.expect("created");
    let mut late = form("Data Analyst", "Globex");
    late.status = "applied".into();
    create(store, 1, &late).await.expect("created");

    let titles = |cards: Vec<JobCard>| cards.into_iter().map(|c| c.title).collect::<Vec<_>>();
    let by =
        |filter: BoardFilter| async move { titles(cards(store, 1, &filter).await.expect("cards")) };
    assert_eq!(
        by(BoardFilter {
            work_mode: Some(WorkMode::Remote),
            ..BoardFilter::default()
        })
        .await,
        ["Rust Engineer"]
    );
    assert_eq!(
        by(BoardFilter {
            job_type: Some(JobType::PartTime),
            ..BoardFilter::default()
        })
        .await,
        ["Night Nurse"]
    );
    assert_eq!(
        by(BoardFilter {
            tag: Some("DREAM".into()),
            ..BoardFilter::default()
        })
        .await,
        ["Rust Engineer"]
    );
    assert_eq!(
        by(BoardFilter {
            company: Some("city hospital".into()),
            ..BoardFilter::default()
        })
        .await,
        ["Night Nurse"]
    );
    assert_eq!(
        by(BoardFilter {
            status: Some(Status::Applied),
            ..BoardFilter::default()
        })
        .await,
        ["Data Analyst"]
    );
    // Every word somewhere in the title, the company or the description.
    assert_eq!(
        by(BoardFilter {
            q: Some("CARDIOLOGY hospital".into()),
            ..BoardFilter::default()
        })
        .await,
        ["Night Nurse"]
    );
    assert!(
        by(BoardFilter {
            q: Some("cardiology acme".into()),
            ..BoardFilter::default()
        })
        .await
        .is_empty()
    );
    assert_eq!(
        by(BoardFilter {
            sort: Some(Sort::Deadline),
            ..BoardFilter::default()
        })
        .await,
        ["Night Nurse", "Rust Engineer", "Data Analyst"]
    );
    let card = cards(store, 1, &BoardFilter::default())
        .await
        .expect("cards");
    let tagged = card.iter().find(|c| c.id == rust).expect("rust");
    assert_eq!(tagged.tags, ["backend", "Dream"]);

    // Changing the tags drops the unused one.
    let mut edited = remote.clone();
    edited.tags = "backend".into();
    update(store, 1, rust, &edited).await.expect("updated");
    assert!(
        by(BoardFilter {
            tag: Some("dream".into()),
            ..BoardFilter::default()
        })
        .await
        .is_empty()
    );
});

store_test!(nobody_reaches_another_users_jobs, |db| {
    users(db).await;
    let store = db.store.as_ref();
    let ada = create(store, 1, &form("Ada's job", "Acme"))
        .await
        .expect("created");
    let note = add_note(store, 1, ada, "Call back on Monday")
        .await
        .expect("note");
    let contact = add_contact(
        store,
        1,
        ada,
        &Contact {
            name: "Grace".into(),
            email: "grace@acme.test".into(),
            ..Contact::default()
        },
    )
    .await
    .expect("contact");

    // Bea (user 2) sees nothing and changes nothing.
    assert!(
        cards(store, 2, &BoardFilter::default())
            .await
            .expect("cards")
            .is_empty()
    );
    assert!(matches!(
        detail(store, 2, ada).await,
        Err(TrackerError::NotFound)
    ));
    assert!(matches!(
        move_to(store, 2, ada, "applied", 0).await,
        Err(TrackerError::NotFound)
    ));
    assert!(matches!(
        update(store, 2, ada, &form("Mine now", "Evil")).await,
        Err(TrackerError::NotFound)
    ));
    assert!(matches!(
        add_note(store, 2, ada, "hi").await,
        Err(TrackerError::NotFound)
    ));
    assert!(matches!(
        delete_note(store, 2, note).await,
        Err(TrackerError::NotFound)
    ));
    assert!(matches!(
        add_contact(
            store,
            2,
            ada,
            &Contact {
                name: "X".into(),
                ..Contact::default()
            }
        )
        .await,
        Err(TrackerError::NotFound)
    ));
    assert!(matches!(
        delete_contact(store, 2, contact).await,
        Err(TrackerError::NotFound)
    ));
    assert!(
        !store
            .posting_set_tags(2, ada, &["stolen".into()])
            .await
            .expect("tags")
    );
    assert!(matches!(
        delete(store, 2, ada).await,
        Err(TrackerError::NotFound)
    ));

    // Ada's job is as she left it.
    let job = detail(store, 1, ada).await.expect("still there");
    assert_eq!(job.card.title, "Ada's job");
    assert_eq!(job.card.status, Status::Interested);
    assert_eq!(job.notes.len(), 1);
    assert_eq!(job.contacts.len(), 1);
    assert_eq!(job.timeline.len(), 1);
    // Bad contact fields are named.
    let err = add_contact(
        store,
        1,
        ada,
        &Contact {
            email: "nope".into(),
            ..Contact::default()
        },
    )
    .await
    .expect_err("bad contact");
    assert_eq!(
        err.to_string(),
        "name: is required; email: must look like name@example.com"
    );
    delete(store, 1, ada).await.expect("deleted");
    assert!(matches!(
        detail(store, 1, ada).await,
        Err(TrackerError::NotFound)
    ));
});

store_test!(the_dashboard_counts_what_happened, |db| {
    users(db).await;
    let store = db.store.as_ref();
    let empty = dashboard::dashboard(store, 1, crate::jobs::now_ms())
        .await
        .expect("dashboard");
    assert_eq!(
        (empty.total, empty.response_rate, empty.average_score),
        (0, None, None)
    );
    let mut ids = Vec::new();
    for (title, company) in [("A", "X"), ("B", "Y"), ("C", "Z"), ("D", "W")] {
        ids.push(
            create(store, 1, &form(title, company))
                .await
                .expect("created"),
        );
    }
    for id in &ids[..3] {
        move_to(store, 1, *id, "applied", 0).await.expect("applied");
    }
    // Scheduling an interview moves the application on, and the dashboard lists it.
    let interview = crate::model::interview::InterviewForm {
        job: ids[0].to_string(),
        date: "2030-12-02".into(),
        time: "09:30".into(),
        kind: "technical".into(),
        ..Default::default()
    };
    crate::interviews::create(store, 1, &interview)
        .await
        .expect("interview");
    move_to(store, 1, ids[1], "offer_received", 0)
        .await
        .expect("offer");
    move_to(store, 1, ids[1], "accepted", 0)
        .await
        .expect("accepted");
    // Bea's jobs count for Bea only.
    create(store, 2, &form("Bea's", "Q")).await.expect("bea");

    let now = crate::jobs::now_ms();
    let board = dashboard::dashboard(store, 1, now)
        .await
        .expect("dashboard");
    assert_eq!(board.total, 4);
    let count = |s: Status| {
        board
            .by_status
            .iter()
            .find(|(st, _)| *st == s)
            .map_or(0, |(_, n)| *n)
    };
    assert_eq!(
        (
            count(Status::Interested),
            count(Status::Applied),
            count(Status::InterviewScheduled),
            count(Status::Accepted)
        ),
        (1, 1, 1, 1)
    );
    assert_eq!(
        (board.applied_this_week, board.applied_last_four_weeks),
        (3, 3)
    );
    // Two of the three applications got an answer.
    assert_eq!(board.response_rate, Some(66));
    let funnel: Vec<u32> = board.funnel.iter().map(|(_, n)| *n).collect();
    assert_eq!(funnel, [4, 3, 2, 1, 1]);
    assert_eq!(board.weekly.len(), dashboard::WEEKS);
    let last = board.weekly.last().expect("this week");
    assert_eq!((last.applied, last.moves), (3, 6));
    assert_eq!(board.interviews.len(), 1);
    assert_eq!(board.interviews[0].title, "A");
    assert_eq!(
        board.interviews[0].when.as_deref(),
        Some("2030-12-02 09:30")
    );
    assert_eq!(board.recent.first().map(|a| a.to), Some(Status::Accepted));
    assert!(board.recent.iter().all(|a| a.title != "Bea's"));
});
