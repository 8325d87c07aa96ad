use std::collections::HashMap;

use time::{Duration, OffsetDateTime};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{ExpiredDeletion, SessionStore};

use super::{AUTH_DATA_KEY, DbSessionStore};
use crate::accounts::{Registration, register};
use crate::store_test;

fn record(user_id: Option<i64>, expires_in: Duration) -> Record {
    let mut data = HashMap::new();
    data.insert("theme".to_owned(), serde_json::json!("dark"));
    if let Some(id) = user_id {
        data.insert(
            AUTH_DATA_KEY.to_owned(),
            serde_json::json!({ "user_id": id, "auth_hash": [1, 2, 3] }),
        );
    }
    Record {
        id: Id::default(),
        data,
        expiry_date: OffsetDateTime::now_utc() + expires_in,
    }
}

async fn user(db: &crate::testing::TestDb, email: &str) -> i64 {
    register(
        db.store.as_ref(),
        Registration {
            email,
            password: "a long and uncommon phrase",
            display_name: "",
            role: None,
        },
    )
    .await
    .expect("account")
    .id
}

store_test!(sessions_round_trip_and_expire, |db| {
    let sessions = DbSessionStore::new(db.store.clone());
    let mut live = record(None, Duration::hours(1));
    sessions.create(&mut live).await.expect("create");
    let loaded = sessions.load(&live.id).await.expect("load").expect("found");
    assert_eq!(loaded.data, live.data);
    assert_eq!(
        loaded.expiry_date.unix_timestamp(),
        live.expiry_date.unix_timestamp()
    );

    live.data.insert("step".into(), serde_json::json!(2));
    sessions.save(&live).await.expect("save");
    let loaded = sessions.load(&live.id).await.expect("load").expect("found");
    assert_eq!(loaded.data["step"], 2);

    let mut old = record(None, Duration::seconds(-5));
    sessions.create(&mut old).await.expect("create expired");
    assert!(
        sessions.load(&old.id).await.expect("load").is_none(),
        "expired"
    );
    sessions.delete_expired().await.expect("delete expired");
    assert!(
        sessions.load(&live.id).await.expect("load").is_some(),
        "live kept"
    );

    sessions.delete(&live.id).await.expect("delete");
    assert!(sessions.load(&live.id).await.expect("load").is_none());
    assert!(sessions.load(&Id::default()).await.expect("load").is_none());
});

store_test!(a_users_sessions_end_together_except_the_kept_one, |db| {
    let sessions = DbSessionStore::new(db.store.clone());
    let ada = user(db, "ada@example.com").await;
    let grace = user(db, "grace@example.com").await;
    let mut laptop = record(Some(ada), Duration::hours(1));
    let mut phone = record(Some(ada), Duration::hours(1));
    let mut other = record(Some(grace), Duration::hours(1));
    let mut visitor = record(None, Duration::hours(1));
    for r in [&mut laptop, &mut phone, &mut other, &mut visitor] {
        sessions.create(r).await.expect("create");
    }
    let ended = db
        .store
        .sessions_end_for_user(ada, Some(&laptop.id.to_string()))
        .await
        .expect("end");
    assert_eq!(ended, 1);
    assert!(sessions.load(&laptop.id).await.expect("load").is_some());
    assert!(sessions.load(&phone.id).await.expect("load").is_none());
    assert!(
        sessions.load(&other.id).await.expect("load").is_some(),
        "other users untouched"
    );
    assert!(sessions.load(&visitor.id).await.expect("load").is_some());

    assert_eq!(
        db.store
            .sessions_end_for_user(ada, None)
            .await
            .expect("end"),
        1
    );
    assert!(sessions.load(&laptop.id).await.expect("load").is_none());
});

store_test!(deleting_a_user_deletes_their_sessions, |db| {
    let sessions = DbSessionStore::new(db.store.clone());
    let ada = user(db, "ada@example.com").await;
    let mut laptop = record(Some(ada), Duration::hours(1));
    sessions.create(&mut laptop).await.expect("create");
    db.execute("DELETE FROM users WHERE email = $1", &["ada@example.com"])
        .await
        .expect("delete user");
    assert!(sessions.load(&laptop.id).await.expect("load").is_none());
});
