//! The account mails, in English and Arabic. Links carry the token; nothing else in
//! a mail is secret.

use super::Mail;

/// The languages mail is written in; anything else gets English.
fn arabic(lang: &str) -> bool {
    lang == "ar"
}

fn greeting(lang: &str, name: &str) -> String {
    match (arabic(lang), name.trim().is_empty()) {
        (true, true) => "مرحبًا،".to_owned(),
        (true, false) => format!("مرحبًا {}،", name.trim()),
        (false, true) => "Hello,".to_owned(),
        (false, false) => format!("Hello {},", name.trim()),
    }
}

/// "Confirm your email address", sent after registration and on "resend".
pub fn verify_email(lang: &str, to: &str, name: &str, link: &str, hours: i64) -> Mail {
    let hello = greeting(lang, name);
    let (subject, text) = if arabic(lang) {
        (
            "أكّد عنوان بريدك الإلكتروني في Jobforge".to_owned(),
            format!(
                "{hello}\n\nافتح هذا الرابط لتأكيد بريدك الإلكتروني:\n\n{link}\n\nالرابط صالح لمدة {hours} ساعة ويعمل مرة واحدة. إن لم تنشئ حسابًا فتجاهل هذه الرسالة.\n\n— Jobforge\n"
            ),
        )
    } else {
        (
            "Confirm your email address for Jobforge".to_owned(),
            format!(
                "{hello}\n\nOpen this link to confirm your email address:\n\n{link}\n\nThe link works once, for {hours} hours. If you did not create an account, ignore this mail.\n\n— Jobforge\n"
            ),
        )
    };
    Mail {
        to: to.to_owned(),
        subject,
        text,
    }
}

/// "Reset your password", sent on request from the forgot-password page.
pub fn reset_password(lang: &str, to: &str, name: &str, link: &str, minutes: i64) -> Mail {
    let hello = greeting(lang, name);
    let (subject, text) = if arabic(lang) {
        (
            "إعادة تعيين كلمة المرور في Jobforge".to_owned(),
            format!(
                "{hello}\n\nطلب أحدهم إعادة تعيين كلمة مرور حسابك. لاختيار كلمة مرور جديدة افتح هذا الرابط:\n\n{link}\n\nالرابط صالح لمدة {minutes} دقيقة ويعمل مرة واحدة. إن لم تطلب ذلك فتجاهل هذه الرسالة؛ كلمة مرورك لم تتغير.\n\n— Jobforge\n"
            ),
        )
    } else {
        (
            "Reset your Jobforge password".to_owned(),
            format!(
                "{hello}\n\nSomeone asked to reset the password of your account. To choose a new password, open this link:\n\n{link}\n\nThe link works once, for {minutes} minutes. If you did not ask for this, ignore this mail; your password has not changed.\n\n— Jobforge\n"
            ),
        )
    };
    Mail {
        to: to.to_owned(),
        subject,
        text,
    }
}

/// Sent when someone registers with an address that already has an account: the
/// page answers as it does for a new address, and the owner learns of it here.
pub fn already_registered(lang: &str, to: &str, login_link: &str, reset_link: &str) -> Mail {
    let (subject, text) = if arabic(lang) {
        (
            "لديك حساب في Jobforge بالفعل".to_owned(),
            format!(
                "مرحبًا،\n\nحاول أحدهم إنشاء حساب جديد بعنوان بريدك، لكن لديك حساب بالفعل.\n\nلتسجيل الدخول: {login_link}\nإن نسيت كلمة المرور: {reset_link}\n\nإن لم تكن أنت فتجاهل هذه الرسالة؛ لم يتغير شيء في حسابك.\n\n— Jobforge\n"
            ),
        )
    } else {
        (
            "You already have a Jobforge account".to_owned(),
            format!(
                "Hello,\n\nSomeone tried to create a new account with your email address, but you already have one.\n\nTo sign in: {login_link}\nIf you forgot your password: {reset_link}\n\nIf this was not you, ignore this mail; nothing about your account has changed.\n\n— Jobforge\n"
            ),
        )
    };
    Mail {
        to: to.to_owned(),
        subject,
        text,
    }
}
