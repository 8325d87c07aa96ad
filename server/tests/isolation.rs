//! No user sees or changes another user's data. Bea (a plain user) calls every
//! server function, passing Ada's ids wherever a function takes one; afterwards
//! Ada's account is exactly as it was. A new server function that is not listed
//! here fails `every_server_function_is_covered`, so each one gets this check.

mod common;

use std::collections::BTreeSet;

use common::{PASSWORD, TestApp, body_json, call, sign_in, sign_up, user_id, who};
use http::StatusCode;
use jobforge_core::testing::TestDb;

/// What Bea's call must answer.
#[derive(Clone, Copy, Debug)]
enum Expect {
    /// 404: the function does not admit the thing exists (admin functions, others' ids).
    NotFound,
    /// The call acts on Bea's own account only; any answer is fine, as long as
    /// Ada's account is unchanged afterwards.
    OwnAccount,
}

/// Every server function with the body Bea sends it. `{ada_id}`, `{ada_session}`
/// and `{ada_job}` are filled in with Ada's user id, one of her session handles
/// and one of her background jobs; `{ada_posting}`, `{ada_note}` and
/// `{ada_contact}` one of her tracked jobs with a note and a contact.
const CALLS: &[(&str, &str, Expect)] = &[
    ("/api/current_user", "", Expect::OwnAccount),
    (
        "/api/login",
        "email=bea%40example.com&password=x",
        Expect::OwnAccount,
    ),
    (
        "/api/register",
        "email=bea2%40example.com&password=bea+second+phrase&display_name=",
        Expect::OwnAccount,
    ),
    (
        "/api/account/verify_email",
        "token={ada_session}",
        Expect::OwnAccount,
    ),
    ("/api/account/resend_verification", "", Expect::OwnAccount),
    (
        "/api/account/request_password_reset",
        "email=bea%40example.com",
        Expect::OwnAccount,
    ),
    (
        "/api/account/reset_password",
        "token={ada_session}&password=a+new+long+phrase",
        Expect::OwnAccount,
    ),
    ("/api/settings/profile", "", Expect::OwnAccount),
    (
        "/api/settings/update_profile",
        "display_name=Bea&headline=&location=&ui_lang=en&output_lang=en",
        Expect::OwnAccount,
    ),
    (
        "/api/settings/change_password",
        "current_password=wrong+phrase+here&new_password=another+long+phrase",
        Expect::OwnAccount,
    ),
    ("/api/settings/sessions", "", Expect::OwnAccount),
    (
        "/api/settings/end_session",
        "handle={ada_session}",
        Expect::NotFound,
    ),
    ("/api/settings/ai", "", Expect::OwnAccount),
    (
        "/api/settings/save_ai",
        "provider=openai&base_url=&model=m&api_key=sk-bea",
        Expect::OwnAccount,
    ),
    ("/api/settings/clear_ai", "", Expect::OwnAccount),
    (
        "/api/settings/delete_account",
        "password=a+long+and+uncommon+phrase+not",
        Expect::OwnAccount,
    ),
    (
        "/api/admin/set_user_disabled",
        "user_id={ada_id}&disabled=true",
        Expect::NotFound,
    ),
    ("/api/admin/outbox", "", Expect::NotFound),
    ("/api/admin/users", "", Expect::NotFound),
    ("/api/admin/job_counts", "", Expect::NotFound),
    ("/api/admin/run_test_job", "", Expect::NotFound),
    ("/api/jobs/status", "id={ada_job}", Expect::NotFound),
    ("/api/jobs/cancel", "id={ada_job}", Expect::NotFound),
    (
        "/api/admin/set_user_role",
        "user_id={ada_id}&role=user",
        Expect::NotFound,
    ),
    ("/api/tracker/board", "filter[q]=Ada", Expect::OwnAccount),
    ("/api/tracker/dashboard", "", Expect::OwnAccount),
    ("/api/tracker/job", "id={ada_posting}", Expect::NotFound),
    (
        "/api/tracker/create",
        "form[title]=Bea%27s+job",
        Expect::OwnAccount,
    ),
    (
        "/api/tracker/update",
        "id={ada_posting}&form[title]=Taken",
        Expect::NotFound,
    ),
    (
        "/api/tracker/move",
        "id={ada_posting}&status=rejected&index=0",
        Expect::NotFound,
    ),
    ("/api/tracker/delete", "id={ada_posting}", Expect::NotFound),
    (
        "/api/tracker/add_note",
        "id={ada_posting}&body=mine",
        Expect::NotFound,
    ),
    (
        "/api/tracker/delete_note",
        "id={ada_posting}&note_id={ada_note}",
        Expect::NotFound,
    ),
    (
        "/api/tracker/add_contact",
        "id={ada_posting}&contact[name]=Mallory",
        Expect::NotFound,
    ),
    (
        "/api/tracker/delete_contact",
        "id={ada_posting}&contact_id={ada_contact}",
        Expect::NotFound,
    ),
    (
        "/api/tracker/parse_posting",
        "text=Staff+Engineer%0ACompany%3A+Bea+Corp",
        Expect::OwnAccount,
    ),
    (
        "/api/tracker/import_posting",
        "url=http%3A%2F%2F127.0.0.1%3A9%2Fjob",
        Expect::OwnAccount,
    ),
    ("/api/resumes/list", "", Expect::OwnAccount),
    ("/api/resumes/view", "id={ada_resume}", Expect::NotFound),
    ("/api/resumes/draft", "id={ada_resume}", Expect::NotFound),
    (
        "/api/resumes/import",
        "title=Bea&text=%7B%22basics%22%3A%7B%22name%22%3A%22Bea%22%7D%7D",
        Expect::OwnAccount,
    ),
    (
        "/api/resumes/save",
        "id={ada_resume}&json=%7B%7D&note=mine",
        Expect::NotFound,
    ),
    (
        "/api/resumes/restore",
        "id={ada_resume}&number=1",
        Expect::NotFound,
    ),
    (
        "/api/resumes/duplicate",
        "id={ada_resume}",
        Expect::NotFound,
    ),
    (
        "/api/resumes/set_primary",
        "id={ada_resume}",
        Expect::NotFound,
    ),
    ("/api/resumes/delete", "id={ada_resume}", Expect::NotFound),
    ("/api/resumes/analyze", "id={ada_resume}", Expect::NotFound),
    (
        "/api/resumes/analyze",
        "id={bea_resume}&job={ada_posting}",
        Expect::NotFound,
    ),
    ("/api/resumes/job_choices", "", Expect::OwnAccount),
    (
        "/api/resumes/compare",
        "id={ada_resume}&left=1&right=1",
        Expect::NotFound,
    ),
    ("/api/documents/list", "", Expect::OwnAccount),
    ("/api/documents/view", "id={ada_document}", Expect::NotFound),
    (
        "/api/documents/for_job",
        "job={ada_posting}",
        Expect::OwnAccount,
    ),
    (
        "/api/documents/create",
        "title=Bea&kind=other&job={ada_posting}&markdown=mine",
        Expect::NotFound,
    ),
    (
        "/api/documents/create",
        "title=Bea%27s+note&kind=other&markdown=mine",
        Expect::OwnAccount,
    ),
    (
        "/api/documents/save",
        "id={ada_document}&markdown=mine",
        Expect::NotFound,
    ),
    (
        "/api/documents/restore",
        "id={ada_document}&number=1",
        Expect::NotFound,
    ),
    (
        "/api/documents/update",
        "id={ada_document}&title=Mine&kind=other",
        Expect::NotFound,
    ),
    (
        "/api/documents/update",
        "id={bea_document}&title=Mine&kind=other&job={ada_posting}",
        Expect::NotFound,
    ),
    (
        "/api/documents/delete",
        "id={ada_document}",
        Expect::NotFound,
    ),
    (
        "/api/documents/cover_letter",
        "job={ada_posting}&tone=formal&length=short",
        Expect::NotFound,
    ),
    (
        "/api/documents/cover_letter",
        "job={bea_posting}&tone=formal&length=short&resume={ada_resume}",
        Expect::OwnAccount,
    ),
    (
        "/api/tailor/view",
        "resume={ada_resume}&job={ada_posting}",
        Expect::NotFound,
    ),
    (
        "/api/tailor/view",
        "resume={bea_resume}&job={bea_posting}&t={ada_tailoring}",
        Expect::OwnAccount,
    ),
    ("/api/tailor/start", "job={ada_posting}", Expect::NotFound),
    (
        "/api/tailor/start",
        "job={bea_posting}&resume={ada_resume}",
        Expect::NotFound,
    ),
    ("/api/interviews/list", "", Expect::OwnAccount),
    (
        "/api/interviews/for_job",
        "job={ada_posting}",
        Expect::OwnAccount,
    ),
    (
        "/api/interviews/view",
        "id={ada_interview}",
        Expect::NotFound,
    ),
    (
        "/api/interviews/schedule",
        "form[job]={ada_posting}&form[date]=2026-12-01&form[time]=09:00&form[kind]=technical",
        Expect::NotFound,
    ),
    (
        "/api/interviews/update",
        "id={ada_interview}&form[job]={bea_posting}&form[date]=2026-12-01&form[time]=09:00&form[kind]=final",
        Expect::NotFound,
    ),
    (
        "/api/interviews/delete",
        "id={ada_interview}",
        Expect::NotFound,
    ),
    (
        "/api/interviews/add_interviewer",
        "id={ada_interview}&person[name]=Mallory",
        Expect::NotFound,
    ),
    (
        "/api/interviews/delete_interviewer",
        "id={ada_interview}&interviewer={ada_interviewer}",
        Expect::NotFound,
    ),
    ("/api/interviews/reset_feed", "", Expect::OwnAccount),
    ("/api/mock/history", "", Expect::OwnAccount),
    ("/api/mock/view", "id={ada_mock}", Expect::NotFound),
    (
        "/api/mock/start",
        "job={ada_posting}&depth=job&count=3",
        Expect::NotFound,
    ),
    (
        "/api/mock/answer",
        "id={ada_mock}&position=0&answer=mine",
        Expect::NotFound,
    ),
    (
        "/api/mock/answer",
        "id={ada_mock}&position=0&skip=true",
        Expect::NotFound,
    ),
    ("/api/mock/end", "id={ada_mock}", Expect::NotFound),
    // Last: it ends Bea's sessions.
    ("/api/logout", "", Expect::OwnAccount),
    ("/api/settings/sign_out_everywhere", "", Expect::OwnAccount),
];

#[test]
fn every_server_function_is_covered() {
    let registered: BTreeSet<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect();
    let covered: BTreeSet<String> = CALLS
        .iter()
        .map(|(path, _, _)| (*path).to_owned())
        .collect();
    let missing: Vec<&String> = registered.difference(&covered).collect();
    assert!(missing.is_empty(), "add these to CALLS: {missing:?}");
    let stale: Vec<&String> = covered.difference(&registered).collect();
    assert!(stale.is_empty(), "no such server functions: {stale:?}");
}

/// Everything about Ada that Bea could have touched.
async fn ada_as_seen_by_herself(app: &TestApp, cookie: &str) -> [serde_json::Value; 9] {
    let me = who(app, cookie).await;
    let ai = body_json(app.send(call("/api/settings/ai", "", Some(cookie))).await).await;
    let mut sessions = body_json(
        app.send(call("/api/settings/sessions", "", Some(cookie)))
            .await,
    )
    .await;
    // `current` depends on who asks; everything else must match.
    if let Some(list) = sessions.as_array_mut() {
        list.sort_by_key(|s| s["handle"].as_str().map(str::to_owned));
    }
    let mut board = body_json(
        app.send(call("/api/tracker/board", "filter[q]=", Some(cookie)))
            .await,
    )
    .await;
    // The server's clock moves on; the jobs must not.
    board[0] = serde_json::Value::Null;
    let resumes = body_json(app.send(call("/api/resumes/list", "", Some(cookie))).await).await;
    let documents = body_json(
        app.send(call("/api/documents/list", "", Some(cookie)))
            .await,
    )
    .await;
    // Her newest tailoring of her first resume to her first job.
    let first = |list: &serde_json::Value, pointer: &str| {
        list.pointer(pointer)
            .and_then(serde_json::Value::as_i64)
            .unwrap_or(0)
    };
    let tailoring = body_json(
        app.send(call(
            "/api/tailor/view",
            &format!(
                "resume={}&job={}",
                first(&resumes, "/0/id"),
                first(&board, "/1/0/id")
            ),
            Some(cookie),
        ))
        .await,
    )
    .await;
    let mut interviews = body_json(
        app.send(call("/api/interviews/list", "", Some(cookie)))
            .await,
    )
    .await;
    interviews["now"] = serde_json::Value::Null;
    let mut mock = body_json(
        app.send(call(
            "/api/mock/view",
            &format!("id={}", first(&mocks_of(app, cookie).await, "/0/id")),
            Some(cookie),
        ))
        .await,
    )
    .await;
    // The seconds waited grow with the clock; the questions must not change.
    mock["waited"] = serde_json::Value::Null;
    [
        me, sessions, ai, board, resumes, documents, tailoring, interviews, mock,
    ]
}

async fn mocks_of(app: &TestApp, cookie: &str) -> serde_json::Value {
    body_json(app.send(call("/api/mock/history", "", Some(cookie))).await).await
}

async fn bea_cannot_reach_ada(db: TestDb) {
    let app = TestApp::on(db).await;
    let ada = sign_up(&app, "ada%40example.com").await;
    let ada_phone = sign_in(&app, "ada%40example.com", PASSWORD).await;
    let bea = sign_up(&app, "bea%40example.com").await;
    let ada_id = user_id(&app, &ada).await;
    assert_eq!(who(&app, &ada).await["role"], "admin");
    assert_eq!(who(&app, &bea).await["role"], "user");
    let sessions = body_json(
        app.send(call("/api/settings/sessions", "", Some(&ada)))
            .await,
    )
    .await;
    let ada_session = sessions[0]["handle"].as_str().expect("a handle").to_owned();
    let (ada_job, _) = jobforge_core::jobs::Job::new("system.echo", &serde_json::json!({}))
        .for_user(ada_id)
        .enqueue(app.db.store.as_ref())
        .await
        .expect("a job of Ada's");
    let saved = app
        .send(call(
            "/api/settings/save_ai",
            "provider=anthropic&base_url=&model=claude&api_key=sk-ada-9999",
            Some(&ada),
        ))
        .await;
    assert_eq!(saved.status(), StatusCode::OK);
    let store = app.db.store.as_ref();
    let posting = jobforge_core::model::tracker::JobForm {
        title: "Ada's secret job".into(),
        company: "Analytical Engines".into(),
        ..Default::default()
    };
    let ada_posting = jobforge_core::tracker::create(store, ada_id, &posting)
        .await
        .expect("Ada's job");
    let ada_note = jobforge_core::tracker::add_note(store, ada_id, ada_posting, "Ada's note")
        .await
        .expect("Ada's note");
    let contact = jobforge_core::model::tracker::Contact {
        name: "Charles".into(),
        ..Default::default()
    };
    let ada_contact = jobforge_core::tracker::add_contact(store, ada_id, ada_posting, &contact)
        .await
        .expect("Ada's contact");
    let imported = app
        .send(call(
            "/api/resumes/import",
            "title=Ada%27s+resume&text=%7B%22basics%22%3A%7B%22name%22%3A%22Ada%27s+name%22%7D%7D",
            Some(&ada),
        ))
        .await;
    let ada_resume: i64 = common::location(&imported)
        .strip_prefix("/resumes/")
        .and_then(|id| id.parse().ok())
        .expect("Ada's resume");
    // Bea's own resume, to check against Ada's job.
    let bea_resume: i64 = common::location(
        &app.send(call(
            "/api/resumes/import",
            "text=%7B%22basics%22%3A%7B%22name%22%3A%22Bea%22%7D%7D",
            Some(&bea),
        ))
        .await,
    )
    .strip_prefix("/resumes/")
    .and_then(|id| id.parse().ok())
    .expect("Bea's resume");
    let ada_document = jobforge_core::documents::create(
        store,
        ada_id,
        &jobforge_core::documents::DocumentInput {
            title: "Ada's letter".into(),
            kind: "cover_letter".into(),
            job_id: Some(ada_posting),
            language: "en".into(),
            markdown: "Ada's words".into(),
        },
    )
    .await
    .expect("Ada's document");
    let bea_id = user_id(&app, &bea).await;
    let bea_document = jobforge_core::documents::create(
        store,
        bea_id,
        &jobforge_core::documents::DocumentInput {
            title: "Bea's letter".into(),
            kind: "other".into(),
            markdown: "Bea's words".into(),
            ..Default::default()
        },
    )
    .await
    .expect("Bea's document");
    let bea_posting = jobforge_core::tracker::create(
        store,
        bea_id,
        &jobforge_core::model::tracker::JobForm {
            title: "Bea's job".into(),
            ..Default::default()
        },
    )
    .await
    .expect("Bea's job");
    let (ada_tailoring, _) = jobforge_core::tailor::start(
        store,
        ada_id,
        &jobforge_core::tailor::StartAsk {
            resume_id: Some(ada_resume),
            job_id: ada_posting,
            lang: jobforge_core::ai::OutputLang::En,
            instruction: String::new(),
        },
    )
    .await
    .expect("Ada's tailoring");
    let ada_interview = jobforge_core::interviews::create(
        store,
        ada_id,
        &jobforge_core::model::interview::InterviewForm {
            job: ada_posting.to_string(),
            date: "2030-12-01".into(),
            time: "09:00".into(),
            kind: "technical".into(),
            ..Default::default()
        },
    )
    .await
    .expect("Ada's interview");
    let ada_interviewer = jobforge_core::interviews::add_interviewer(
        store,
        ada_id,
        ada_interview,
        &jobforge_core::model::interview::Interviewer {
            name: "Ada's interviewer".into(),
            ..Default::default()
        },
    )
    .await
    .expect("Ada's interviewer");
    let ada_mock = jobforge_core::mock::start(
        &jobforge_core::testing::app_state(&app.db, app.data_dir.path(), &app.mail),
        ada_id,
        &jobforge_core::mock::StartMock {
            job_id: ada_posting,
            depth: "job".into(),
            count: 3,
            interviewer_name: String::new(),
            interviewer_role: String::new(),
            focus: String::new(),
            lang: jobforge_core::ai::OutputLang::En,
        },
    )
    .await
    .expect("Ada's mock interview");
    let before = ada_as_seen_by_herself(&app, &ada).await;
    assert_eq!(before[5][0]["title"], "Ada's letter");
    assert_eq!(before[8]["total"], 3, "{}", before[8]);
    assert_eq!(
        before[7]["upcoming"][0]["interviewers"][0]["name"],
        "Ada's interviewer"
    );
    assert_eq!(
        before[6]["instruction"], "",
        "Ada sees her tailoring: {}",
        before[6]
    );
    assert_eq!(before[2]["key_hint"], "…9999");
    assert_eq!(before[3][1][0]["title"], "Ada's secret job");

    for (path, body, expect) in CALLS {
        let body = body
            .replace("{ada_id}", &ada_id.to_string())
            .replace("{ada_session}", &ada_session)
            .replace("{ada_job}", &ada_job.to_string())
            .replace("{ada_posting}", &ada_posting.to_string())
            .replace("{ada_note}", &ada_note.to_string())
            .replace("{ada_contact}", &ada_contact.to_string())
            .replace("{ada_resume}", &ada_resume.to_string())
            .replace("{bea_resume}", &bea_resume.to_string())
            .replace("{ada_document}", &ada_document.to_string())
            .replace("{bea_document}", &bea_document.to_string())
            .replace("{bea_posting}", &bea_posting.to_string())
            .replace("{ada_tailoring}", &ada_tailoring.to_string())
            .replace("{ada_interview}", &ada_interview.to_string())
            .replace("{ada_interviewer}", &ada_interviewer.to_string())
            .replace("{ada_mock}", &ada_mock.to_string());
        let response = app.send(call(path, &body, Some(&bea))).await;
        let status = response.status();
        let text = common::body_text(response).await;
        match expect {
            Expect::NotFound => assert_eq!(status, StatusCode::NOT_FOUND, "{path}: {text}"),
            Expect::OwnAccount => {
                assert!(
                    !text.contains("ada@example.com") && !text.contains("Ada's"),
                    "{path} showed Ada's data to Bea: {text}"
                );
            }
        }
        assert_eq!(
            ada_as_seen_by_herself(&app, &ada).await,
            before,
            "{path} changed Ada's account"
        );
    }
    assert_eq!(who(&app, &ada_phone).await["email"], "ada@example.com");
    let job = app
        .db
        .store
        .job_get(ada_job)
        .await
        .expect("read")
        .expect("job");
    assert_eq!(job.state, "queued", "Ada's job was not touched");
    app.cleanup().await;
}
on_both_databases!(bea_cannot_reach_ada);
