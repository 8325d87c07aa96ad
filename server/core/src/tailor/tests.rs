use serde_json::json;

use super::*;
use crate::jobs::Registry;
use crate::jobs::tests::{fast, start as start_runner, wait_final};
use crate::model::tracker::JobForm;
use crate::store_test;

const RESUME: &str = r#"{
  "basics": {"name": "Ada Lovelace", "label": "Backend Engineer",
             "summary": "Engineer who likes hard problems."},
  "work": [{"name": "Analytical Engines", "position": "Backend Engineer", "startDate": "2019-03",
            "highlights": ["Organised the office book club.",
                           "Built payment APIs in Rust and PostgreSQL serving 2M requests a day.",
                           "Moved the services to Kubernetes."]}],
  "skills": [{"name": "Backend", "keywords": ["Docker", "Rust", "PostgreSQL"]}]
}"#;

fn job() -> JobForm {
    JobForm {
        title: "Senior Backend Engineer".into(),
        company: "Ledgerly".into(),
        description: "We need Rust, PostgreSQL, Kubernetes and Terraform.".into(),
        ..JobForm::default()
    }
}

store_test!(
    a_tailoring_runs_in_the_background_and_is_accepted_in_part,
    |db| {
        let (state, _dir, _mail) = crate::testing::ada_and_bea(db).await;
        let store = state.store.as_ref();
        let job_id = crate::tracker::create(store, 1, &job()).await.expect("job");
        let bea_job = crate::tracker::create(store, 2, &job()).await.expect("job");
        let ask = StartAsk {
            resume_id: None,
            job_id,
            lang: OutputLang::En,
            instruction: String::new(),
        };
        assert!(matches!(
            start(store, 1, &ask).await,
            Err(TailorError::NoResume)
        ));
        let resume_id = crate::resumes::import(&state, 1, "", RESUME)
            .await
            .expect("resume");
        crate::resumes::import(&state, 2, "", RESUME)
            .await
            .expect("Bea's resume");
        // Another user's job or resume is not there; a long instruction is refused.
        assert!(matches!(
            start(
                store,
                1,
                &StartAsk {
                    job_id: bea_job,
                    ..ask.clone()
                }
            )
            .await,
            Err(TailorError::NotFound)
        ));
        assert!(matches!(
            start(
                store,
                2,
                &StartAsk {
                    resume_id: Some(resume_id),
                    job_id: bea_job,
                    ..ask.clone()
                }
            )
            .await,
            Err(TailorError::NotFound)
        ));
        let long = StartAsk {
            instruction: "x".repeat(MAX_INSTRUCTION + 1),
            ..ask.clone()
        };
        assert!(matches!(
            start(store, 1, &long).await,
            Err(TailorError::Invalid {
                field: "instruction",
                ..
            })
        ));

        let (id, resume) = start(store, 1, &ask).await.expect("started");
        assert_eq!(resume, resume_id);
        let running = view(store, 1, resume_id, job_id, None)
            .await
            .expect("view")
            .expect("one");
        assert_eq!(running.state, "running");
        assert!(matches!(
            accept(store, 1, id, None).await,
            Err(TailorError::NotReady)
        ));
        let work = running.work_id.expect("a background job");
        let registry = Registry::for_app(&state);
        let (stop, task) = start_runner(state.store.clone(), registry, fast("w1"));
        let done = wait_final(store, work).await;
        let _ = stop.send(true);
        task.await.expect("runner stops");
        assert_eq!(done.state, "succeeded", "{:?}", done.error);

        let ready = view(store, 1, resume_id, job_id, Some(id))
            .await
            .expect("view")
            .expect("one");
        assert_eq!(ready.state, "ready");
        assert_eq!(ready.job_label, "Senior Backend Engineer — Ledgerly");
        let result = ready.result.expect("a result");
        assert!(result.offline);
        assert!(result.removed.is_empty(), "{:?}", result.removed);
        assert!(result.score_after >= result.score_before, "{result:?}");
        assert!(
            result.missing.iter().any(|k| k == "Terraform"),
            "{:?}",
            result.missing
        );
        assert!(!result.matched.iter().any(|k| k == "Terraform"));
        let sections: Vec<&str> = result.changes.iter().map(|c| c.section.as_str()).collect();
        assert!(
            sections.contains(&"summary")
                && sections.contains(&"work")
                && sections.contains(&"skills"),
            "{sections:?}"
        );
        assert!(result.diff.iter().any(|row| row.kind != "same"));
        // Bea sees none of it and cannot accept it.
        assert!(
            view(store, 2, resume_id, job_id, Some(id))
                .await
                .expect("view")
                .is_none()
        );
        assert!(matches!(
            accept(store, 2, id, None).await,
            Err(TailorError::NotFound)
        ));

        // Accept everything but the highlights.
        let work_change = result
            .changes
            .iter()
            .find(|c| c.section == "work")
            .expect("work")
            .id;
        let keep: Vec<usize> = result
            .changes
            .iter()
            .map(|c| c.id)
            .filter(|c| *c != work_change)
            .collect();
        assert!(matches!(
            accept(store, 1, id, Some(&[99])).await,
            Err(TailorError::Invalid {
                field: "accept",
                ..
            })
        ));
        let (_, number) = accept(store, 1, id, Some(&keep)).await.expect("accepted");
        assert_eq!(number, 2);
        let data = crate::resumes::document(store, 1, resume_id, Some(2))
            .await
            .expect("v2");
        let source: Value = serde_json::from_str(RESUME).expect("JSON");
        assert_eq!(
            data["work"], source["work"],
            "the rejected change was not made"
        );
        assert_ne!(data["basics"]["summary"], source["basics"]["summary"]);
        assert_eq!(data["skills"][0]["keywords"], json!(["Kubernetes"]));
        let versions = store.resume_versions(1, resume_id).await.expect("versions");
        assert_eq!(versions[0].source, "tailor");
        assert!(
            versions[0]
                .note
                .starts_with("Tailored for Senior Backend Engineer — Ledgerly"),
            "{}",
            versions[0].note
        );
        let accepted = view(store, 1, resume_id, job_id, Some(id))
            .await
            .expect("view")
            .expect("one");
        assert_eq!(
            (accepted.state.as_str(), accepted.accepted_version),
            ("accepted", Some(2))
        );
        assert!(matches!(
            accept(store, 1, id, None).await,
            Err(TailorError::NotReady)
        ));

        // A tailoring of an older version cannot be accepted over a newer one.
        let (again, _) = start(store, 1, &ask).await.expect("started");
        crate::resumes::save(store, 1, resume_id, RESUME, "back")
            .await
            .expect("saved");
        let first = store.tailoring_get(1, id).await.expect("row").expect("one");
        store
            .tailoring_finish(1, again, "ready", &first.result, "", 0)
            .await
            .expect("finish");
        assert!(matches!(
            accept(store, 1, again, None).await,
            Err(TailorError::Stale)
        ));
    }
);
