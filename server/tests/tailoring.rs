//! Tailoring: a model (a local fake provider) that invents an employer, a title,
//! dates, a degree, a school, a certificate, a project, skills and numbers is
//! overruled by the truthfulness guard, each claim listed as removed; and over
//! HTTP, a tailoring started from a job is worked out in the background and
//! accepted in part as a new resume version, by its owner only.

mod common;
mod fake_provider;

use common::{TestApp, body_json, call, form, location, sign_up};
use fake_provider::{ok, openai_answer, openai_backend};
use http::StatusCode;
use jobforge_core::ai::{AiRunner, OutputLang, PriceTable};
use jobforge_core::testing::TestDb;
use serde_json::{Value, json};

const RESUME: &str = r#"{
  "basics": {"name": "Ada Lovelace", "label": "Backend Engineer", "summary": "Engineer who builds payment systems."},
  "work": [{"name": "Analytical Engines", "position": "Backend Engineer", "startDate": "2019-03",
            "highlights": ["Built payment APIs in Rust and PostgreSQL serving 2M requests a day.",
                           "Organised the office book club."]}],
  "education": [{"institution": "University of London", "studyType": "BSc", "area": "Mathematics"}],
  "certificates": [{"name": "AWS Solutions Architect"}],
  "projects": [{"name": "Open Ledger", "description": "A ledger in Rust."}],
  "skills": [{"name": "Backend", "keywords": ["Rust", "PostgreSQL"]}]
}"#;

/// What a dishonest model answers: every kind of claim the resume does not back.
fn invented() -> Value {
    json!({
        "resume": {
            "basics": {"name": "Ada Lovelace", "label": "VP of Engineering",
                       "summary": "Engineer who builds payment systems. Kubernetes expert since 2010."},
            "work": [
                {"name": "Google", "position": "Staff Engineer", "startDate": "2012-01",
                 "highlights": ["Ran search."]},
                {"name": "Analytical Engines", "position": "Principal Engineer", "startDate": "2015-03",
                 "highlights": ["Built payment APIs in Rust and PostgreSQL serving 2M requests a day.",
                                "Cut costs by 70%."]}
            ],
            "education": [
                {"institution": "University of London", "studyType": "PhD", "area": "Mathematics"},
                {"institution": "Stanford University", "studyType": "MBA"}
            ],
            "certificates": [{"name": "AWS Solutions Architect"}, {"name": "CKA"}],
            "projects": [{"name": "Open Ledger", "description": "A ledger in Rust."},
                         {"name": "Kubernetes Operator", "description": "An operator."}],
            "skills": [{"name": "Backend", "keywords": ["Rust", "Kubernetes", "PostgreSQL", "Terraform"]}]
        },
        "reasons": [{"path": "/skills", "reason": "Lead with the job's stack."}]
    })
}

async fn a_model_that_invents_is_overruled(db: TestDb) {
    let (backend, fake) =
        openai_backend(vec![ok(openai_answer(&invented().to_string(), "stop"))]).await;
    let prices = PriceTable::default();
    let runner = AiRunner {
        store: db.store.as_ref(),
        backend: backend.as_ref(),
        prices: &prices,
        user_id: None,
    };
    db.add_users(&["ada@example.com"]).await;
    let job_form = jobforge_core::model::tracker::JobForm {
        title: "Senior Backend Engineer".into(),
        description: "Rust, PostgreSQL, Kubernetes and Terraform.".into(),
        ..Default::default()
    };
    let store = db.store.as_ref();
    let job_id = jobforge_core::tracker::create(store, 1, &job_form)
        .await
        .expect("job");
    let job = store
        .posting_get(1, job_id)
        .await
        .expect("read")
        .expect("job");
    let source: Value = serde_json::from_str(RESUME).expect("JSON");
    let (result, tailored) =
        jobforge_core::tailor::compute(&runner, &source, &job, OutputLang::En, "", &[], (2026, 11))
            .await
            .expect("tailored");
    assert_eq!(fake.requests().len(), 1, "the model was asked");
    assert!(!result.offline, "the model's answer was used, then guarded");
    let removed: Vec<(&str, &str)> = result
        .removed
        .iter()
        .map(|r| (r.kind.as_str(), r.value.as_str()))
        .collect();
    for expected in [
        ("title", "VP of Engineering"),
        ("skill", "Kubernetes expert since 2010."),
        ("employer", "Google"),
        ("title", "Principal Engineer"),
        ("date", "2015-03"),
        ("number", "Cut costs by 70%."),
        ("degree", "PhD"),
        ("school", "Stanford University"),
        ("certificate", "CKA"),
        ("project", "Kubernetes Operator"),
        ("skill", "Kubernetes"),
        ("skill", "Terraform"),
    ] {
        assert!(
            removed.contains(&expected),
            "{expected:?} not in {removed:?}"
        );
    }
    let text = tailored.to_string();
    for claim in [
        "Google",
        "VP of",
        "Principal",
        "2015",
        "2010",
        "70%",
        "PhD",
        "Stanford",
        "CKA",
        "Kubernetes",
        "Terraform",
    ] {
        assert!(!text.contains(claim), "{claim} survived: {text}");
    }
    assert_eq!(
        tailored["work"],
        json!([{"name": "Analytical Engines", "position": "Backend Engineer", "startDate": "2019-03",
                "highlights": ["Built payment APIs in Rust and PostgreSQL serving 2M requests a day."]}]),
        "the source's entry, with the model's one true line"
    );
    // The honest part of the model's work stands: its reason for the skills.
    let skills = result
        .changes
        .iter()
        .find(|c| c.section == "skills")
        .map(|c| c.reason.as_str());
    assert_eq!(
        skills, None,
        "the skills are as they were once Kubernetes and Terraform go"
    );
    assert!(
        result.missing.iter().any(|k| k == "Kubernetes"),
        "{:?}",
        result.missing
    );
    db.cleanup().await;
}
on_both_databases!(a_model_that_invents_is_overruled);

/// Runs queued jobs until the job `id` is done; its state.
async fn run_job(app: &TestApp, id: i64) -> String {
    let state = jobforge_core::testing::app_state(&app.db, app.data_dir.path(), &app.mail);
    common::run_until_done(&state, id).await.state
}

async fn tailorings_are_started_worked_out_and_accepted(db: TestDb) {
    let app = TestApp::on(db).await;
    let ada = sign_up(&app, "ada%40example.com").await;
    let bea = sign_up(&app, "bea%40example.com").await;
    let imported = app
        .send(call(
            "/api/resumes/import",
            &format!(
                "text={}",
                jobforge_app::components::signed_in::urlencoding(RESUME)
            ),
            Some(&ada),
        ))
        .await;
    let resume = location(&imported);
    let created = app
        .send(call(
            "/api/tracker/create",
            "form[title]=Senior+Backend+Engineer&form[company]=Ledgerly&form[description]=Rust+PostgreSQL+Kubernetes",
            Some(&ada),
        ))
        .await;
    let job: i64 = location(&created)["/jobs/".len()..]
        .parse()
        .expect("job id");

    // Started from the job's page: the primary resume.
    let started = app
        .send(call(
            "/api/tailor/start",
            &format!("job={job}&lang=en"),
            Some(&ada),
        ))
        .await;
    let page = location(&started);
    assert!(
        page.starts_with(&format!("{resume}/tailor/{job}?t=")),
        "{page}"
    );
    let t: i64 = page
        .rsplit('=')
        .next()
        .and_then(|v| v.parse().ok())
        .expect("t");
    let resume_id: i64 = resume["/resumes/".len()..].parse().expect("resume id");
    let ask = format!("resume={resume_id}&job={job}&t={t}");
    let view = body_json(app.send(call("/api/tailor/view", &ask, Some(&ada))).await).await;
    let work = view["work_id"].as_i64().expect("a background job");
    assert_eq!(run_job(&app, work).await, "succeeded");
    let view = body_json(app.send(call("/api/tailor/view", &ask, Some(&ada))).await).await;
    assert_eq!(view["state"], "ready", "{view}");
    let changes = view["result"]["changes"]
        .as_array()
        .expect("changes")
        .clone();
    assert_eq!(changes[0]["section"], "summary", "{changes:?}");
    // Bea cannot read it, accept it, or tailor Ada's resume.
    let response = app.send(call("/api/tailor/view", &ask, Some(&bea))).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let accept = format!("/resumes/{resume_id}/tailor/{job}/accept");
    let first = changes[0]["id"].as_u64().expect("id");
    let response = app
        .send(form(
            &accept,
            &format!("tailoring={t}&accept={first}"),
            Some(&bea),
        ))
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let response = app
        .send(form(
            &accept,
            &format!("tailoring={t}&accept=x"),
            Some(&ada),
        ))
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let response = app
        .send(form(&accept, &format!("tailoring={t}"), Some(&ada)))
        .await;
    assert_eq!(
        location(&response),
        format!("/resumes/{resume_id}/tailor/{job}?t={t}&error=none")
    );

    // Ada keeps the first change only.
    let response = app
        .send(form(
            &accept,
            &format!("tailoring={t}&accept={first}"),
            Some(&ada),
        ))
        .await;
    assert_eq!(location(&response), format!("{resume}?version=2"));
    let version = body_json(
        app.send(call(
            "/api/resumes/view",
            &format!("id={resume_id}"),
            Some(&ada),
        ))
        .await,
    )
    .await;
    assert_eq!(version["version"], 2);
    assert_eq!(version["history"][0]["source"], "tailor");
    let note = version["history"][0]["note"].as_str().unwrap_or_default();
    assert!(
        note.contains("Senior Backend Engineer — Ledgerly") && note.contains("1 of"),
        "{note}"
    );
    let response = app
        .send(form(&accept, &format!("tailoring={t}&all=1"), Some(&ada)))
        .await;
    assert!(
        location(&response).ends_with("error=not_ready"),
        "{}",
        location(&response)
    );
    let view = body_json(app.send(call("/api/tailor/view", &ask, Some(&ada))).await).await;
    assert_eq!(
        (view["state"].as_str(), view["accepted_version"].as_i64()),
        (Some("accepted"), Some(2))
    );
    app.cleanup().await;
}
on_both_databases!(tailorings_are_started_worked_out_and_accepted);
