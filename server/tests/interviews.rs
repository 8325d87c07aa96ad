//! Interviews over HTTP: scheduled through the server function, downloaded as
//! `.ics` and parsed back with a calendar library (`ical`); the private feed
//! works without a session but only with its secret, and a reset secret's old
//! address stops working; nobody else reaches any of it.

mod common;

use common::{TestApp, body_json, body_text, call, get_as, location, sign_up};
use http::StatusCode;
use jobforge_core::testing::TestDb;

/// The events of a calendar, as (property name, value) lists, parsed by `ical`.
fn events(text: &str) -> Vec<Vec<(String, String)>> {
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = parser
        .next()
        .expect("one calendar")
        .expect("a valid calendar");
    assert!(parser.next().is_none(), "only one calendar");
    let version = calendar
        .properties
        .iter()
        .find(|p| p.name == "VERSION")
        .and_then(|p| p.value.clone());
    assert_eq!(version.as_deref(), Some("2.0"));
    calendar
        .events
        .into_iter()
        .map(|e| {
            e.properties
                .into_iter()
                .map(|p| (p.name, p.value.unwrap_or_default()))
                .collect()
        })
        .collect()
}

fn value<'a>(event: &'a [(String, String)], name: &str) -> &'a str {
    event
        .iter()
        .find(|(n, _)| n == name)
        .map_or("", |(_, v)| v.as_str())
}

async fn interviews_export_as_calendars_to_their_owner_only(db: TestDb) {
    let app = TestApp::on(db).await;
    let ada = sign_up(&app, "ada%40example.com").await;
    let bea = sign_up(&app, "bea%40example.com").await;
    let created = app
        .send(call(
            "/api/tracker/create",
            "form[title]=Backend+Engineer&form[company]=Ledgerly%2C+Inc.&form[status]=applied",
            Some(&ada),
        ))
        .await;
    let job: i64 = location(&created)["/jobs/".len()..]
        .parse()
        .expect("job id");

    // Bad fields are named; nothing is scheduled.
    let bad = app
        .send(call(
            "/api/interviews/schedule",
            &format!("form[job]={job}&form[date]=2030-13-01&form[time]=9am&form[kind]=technical"),
            Some(&ada),
        ))
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let text = body_text(bad).await;
    assert!(text.contains("date") && text.contains("time"), "{text}");

    let scheduled = app
        .send(call(
            "/api/interviews/schedule",
            &format!(
                "form[job]={job}&form[date]=2030-12-02&form[time]=09:30&form[time_zone]=Asia%2FRiyadh\
                 &form[duration]=45&form[kind]=video_call&form[round]=2\
                 &form[location]=https%3A%2F%2Fmeet.example%2Fx&form[prep_notes]=Ask+about+on-call%3B+rotas%2C+pay"
            ),
            Some(&ada),
        ))
        .await;
    let page = location(&scheduled);
    assert!(page.starts_with("/interviews/"), "{page}");
    let id = &page["/interviews/".len()..];
    // The application moved on.
    let job_view = body_json(
        app.send(call("/api/tracker/job", &format!("id={job}"), Some(&ada)))
            .await,
    )
    .await;
    assert_eq!(
        job_view[1]["card"]["status"], "interview_scheduled",
        "{job_view}"
    );

    let download = get_as(&app, &format!("/interviews/{id}/interview.ics"), &ada).await;
    assert_eq!(download.status(), StatusCode::OK);
    assert_eq!(
        download.headers()["content-type"],
        "text/calendar; charset=utf-8"
    );
    let one = events(&body_text(download).await);
    assert_eq!(one.len(), 1);
    let event = &one[0];
    // 09:30 in Riyadh (UTC+3) is 06:30 UTC; 45 minutes long.
    assert_eq!(value(event, "DTSTART"), "20301202T063000Z");
    assert_eq!(value(event, "DTEND"), "20301202T071500Z");
    assert_eq!(value(event, "UID"), format!("interview-{id}@jobforge"));
    assert!(!value(event, "DTSTAMP").is_empty());
    assert_eq!(value(event, "LOCATION"), "https://meet.example/x");
    assert_eq!(
        value(event, "SUMMARY"),
        "Interview: Backend Engineer — Ledgerly\\, Inc. (video call)"
    );
    assert!(
        value(event, "DESCRIPTION").contains("on-call\\; rotas\\, pay"),
        "{event:?}"
    );

    // Another user and a visitor get nothing.
    let response = get_as(&app, &format!("/interviews/{id}/interview.ics"), &bea).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let response = app.get(&format!("/interviews/{id}/interview.ics")).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    // The feed: made, read without a session, reset, and the old one is dead.
    let made = app
        .send(call("/api/interviews/reset_feed", "", Some(&ada)))
        .await;
    let url: String = serde_json::from_str(&body_text(made).await).expect("the address");
    let path = url
        .split_once("/calendar/")
        .map(|(_, t)| format!("/calendar/{t}"))
        .expect("a feed path");
    let feed = app.get(&path).await;
    assert_eq!(feed.status(), StatusCode::OK);
    let all = events(&body_text(feed).await);
    assert_eq!(all.len(), 1);
    assert_eq!(value(&all[0], "DTSTART"), "20301202T063000Z");
    let listed = body_json(app.send(call("/api/interviews/list", "", Some(&ada))).await).await;
    assert_eq!(listed["feed_url"], url.as_str());
    app.send(call("/api/interviews/reset_feed", "", Some(&ada)))
        .await;
    assert_eq!(
        app.get(&path).await.status(),
        StatusCode::NOT_FOUND,
        "the old address"
    );
    assert_eq!(
        app.get("/calendar/guess.ics").await.status(),
        StatusCode::NOT_FOUND
    );
    let bea_list = body_json(app.send(call("/api/interviews/list", "", Some(&bea))).await).await;
    assert_eq!(bea_list["upcoming"], serde_json::json!([]));
    assert_eq!(bea_list["feed_url"], serde_json::Value::Null);
    app.cleanup().await;
}
on_both_databases!(interviews_export_as_calendars_to_their_owner_only);
