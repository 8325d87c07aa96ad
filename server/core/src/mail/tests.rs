use super::*;
use crate::settings::SmtpSettings;
use crate::testing::SmtpCatcher;

fn mail(to: &str, subject: &str, text: &str) -> Mail {
    Mail {
        to: to.into(),
        subject: subject.into(),
        text: text.into(),
    }
}

fn smtp_to(catcher: &SmtpCatcher) -> MailSettings {
    MailSettings {
        smtp: Some(SmtpSettings {
            host: "127.0.0.1".into(),
            port: catcher.port,
            tls: SmtpTls::None,
            username: None,
            password: None,
        }),
        from: "Jobforge <jobs@example.test>".into(),
    }
}

#[tokio::test]
async fn without_smtp_mail_lands_in_the_outbox_newest_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mailer = Mailer::new(&MailSettings::default(), dir.path(), None).expect("mailer");
    assert!(mailer.uses_outbox());
    assert!(mailer.outbox(10).await.expect("empty outbox").is_empty());
    mailer
        .send(&mail("ada@example.com", "First", "one"))
        .await
        .expect("first");
    mailer
        .send(&mail(
            "ada@example.com",
            "تأكيد",
            "نص عربي https://x.test/a",
        ))
        .await
        .expect("second");
    let listed = mailer.outbox(10).await.expect("outbox");
    let subjects: Vec<&str> = listed.iter().map(|m| m.subject.as_str()).collect();
    assert_eq!(subjects, ["تأكيد", "First"]);
    assert_eq!(listed[0].text, "نص عربي https://x.test/a");
    assert_eq!(mailer.outbox(1).await.expect("limited").len(), 1);
    // Each mail is also kept as the message it would have been, readable only by us.
    let emls: Vec<_> = std::fs::read_dir(dir.path().join("outbox"))
        .expect("outbox folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .collect();
    assert_eq!(emls.len(), 2);
    let raw = std::fs::read_to_string(emls[0].path()).expect("eml");
    assert!(raw.contains("To: ada@example.com"), "{raw}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = emls[0].metadata().expect("meta").permissions().mode();
        assert_eq!(mode & 0o077, 0, "outbox files are private: {mode:o}");
    }
}

#[tokio::test]
async fn smtp_delivers_english_and_arabic_mail_intact() {
    let catcher = SmtpCatcher::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let mailer =
        Mailer::new(&smtp_to(&catcher), dir.path(), Some("jobs.example.test")).expect("mailer");
    assert!(!mailer.uses_outbox());
    let link = "http://127.0.0.1:3000/verify-email?token=".to_owned() + &"ab".repeat(32);
    mailer
        .send(&mail(
            "ada@example.com",
            "Confirm",
            &format!("Open:\n\n{link}\n"),
        ))
        .await
        .expect("english mail");
    mailer
        .send(&mail(
            "ada@example.com",
            "تأكيد",
            &format!("افتح الرابط:\n\n{link}\n"),
        ))
        .await
        .expect("arabic mail");
    let english = catcher.wait_for("ada@example.com", 1).await;
    assert_eq!(english.from, "jobs@example.test");
    assert_eq!(english.header("Subject").as_deref(), Some("Confirm"));
    assert_eq!(
        english.link("/verify-email").as_deref(),
        Some(link.as_str())
    );
    let arabic = catcher.wait_for("ada@example.com", 2).await;
    assert!(arabic.text().contains("افتح الرابط"), "{}", arabic.raw);
    assert_eq!(arabic.link("/verify-email").as_deref(), Some(link.as_str()));
    assert!(
        dir.path().join("outbox").read_dir().is_err(),
        "nothing went to the outbox"
    );
}

#[tokio::test]
async fn a_server_that_is_down_gives_an_error_naming_it() {
    // Bind and drop a listener to get a port with nothing behind it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let settings = MailSettings {
        smtp: Some(SmtpSettings {
            host: "127.0.0.1".into(),
            port,
            tls: SmtpTls::None,
            username: None,
            password: None,
        }),
        from: "jobs@example.test".into(),
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let mailer = Mailer::new(&settings, dir.path(), None).expect("mailer");
    let err = mailer
        .send(&mail("ada@example.com", "x", "y"))
        .await
        .expect_err("nothing listens there");
    assert!(
        err.to_string().contains(&format!("127.0.0.1:{port}")),
        "{err}"
    );
}

#[test]
fn bad_addresses_are_refused_with_the_setting_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let settings = MailSettings {
        smtp: None,
        from: "not an address".into(),
    };
    let err = Mailer::new(&settings, dir.path(), None).expect_err("bad from");
    assert!(err.to_string().contains("JOBFORGE_MAIL_FROM"), "{err}");
    let mailer = Mailer::new(&MailSettings::default(), dir.path(), None).expect("mailer");
    let err = mailer
        .message(&mail("nobody", "x", "y"))
        .expect_err("bad recipient");
    assert!(err.to_string().contains("nobody"), "{err}");
}
