//! Every string the UI shows goes through here. A `Strings` table per language keeps
//! the languages in step: a key missing in one of them does not compile.

mod ar;
mod en;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use self::strings::Strings;

pub mod documents;
pub mod editor;
pub mod interviews;
pub mod mock;
pub mod resume;
mod strings;
pub mod tailor;
pub mod tracker;

/// The text of `key` in a table of `(key, text)` pairs.
pub(crate) fn pick(table: &[(&str, &'static str)], key: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// A count in words: `forms` are for one, two, a few (3 to 10, as Arabic
/// counts them) and many, each with `{n}` for the number.
pub(crate) fn plural(forms: &[&'static str; 4], n: i64) -> String {
    let form = match n {
        1 => 0,
        2 => 1,
        3..=10 => 2,
        _ => 3,
    };
    forms[form].replace("{n}", &n.to_string())
}

/// The name of the cookie that remembers a visitor's chosen language.
pub const LANG_COOKIE: &str = "jf_lang";

/// The `Set-Cookie` value that remembers `lang` for a year.
pub fn lang_cookie(lang: Lang) -> String {
    format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
        lang.code()
    )
}

/// A UI language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ar];

    /// The BCP 47 code, as used in `<html lang>` and in the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ar => "ar",
        }
    }

    /// Text direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En => "ltr",
            Lang::Ar => "rtl",
        }
    }

    /// The language's own name, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ar => "العربية",
        }
    }

    /// Parses a code such as `ar`, `ar-EG` or `EN`; unknown languages give `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "ar" => Some(Lang::Ar),
            _ => None,
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &en::STRINGS,
            Lang::Ar => &ar::STRINGS,
        }
    }

    /// Picks the language for a request: the cookie wins, then the best match of
    /// `Accept-Language` by quality, then English.
    pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> Lang {
        cookie
            .and_then(Lang::from_code)
            .or_else(|| accept_language.and_then(best_accepted))
            .unwrap_or_default()
    }
}

/// The supported language with the highest `q` in an `Accept-Language` header.
fn best_accepted(header: &str) -> Option<Lang> {
    let mut best: Option<(Lang, f32)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let Some(lang) = parts.next().and_then(Lang::from_code) else {
            continue;
        };
        let quality = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok());
        let Some(quality) = quality.filter(|q| (0.0..=1.0).contains(q) && *q > 0.0) else {
            continue;
        };
        if best.is_none_or(|(_, q)| quality > q) {
            best = Some((lang, quality));
        }
    }
    best.map(|(lang, _)| lang)
}

/// Reads the cookie value of `name` from a `Cookie` header.
pub fn cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(';').find_map(|pair| {
        let (key, value) = pair.trim().split_once('=')?;
        (key == name).then_some(value)
    })
}

/// The language of the current page. The server decides it per request and writes it
/// into `<html lang>`; the browser reads it back from there when it hydrates.
pub fn use_lang() -> Lang {
    if let Some(lang) = use_context::<Lang>() {
        return lang;
    }
    let lang = detect();
    provide_context(lang);
    lang
}

/// Words a field problem in `strings`' language.
pub fn problem_text(strings: &Strings, problem: jobforge_core::model::Problem) -> String {
    use jobforge_core::model::Problem;
    match problem {
        Problem::Required => strings.problem_required.to_owned(),
        Problem::TooShort { min } => strings.problem_too_short.replace("{n}", &min.to_string()),
        Problem::TooLong { max } => strings.problem_too_long.replace("{n}", &max.to_string()),
        Problem::EmailShape => strings.problem_email_shape.to_owned(),
        Problem::CommonPassword => strings.problem_common_password.to_owned(),
        Problem::SameAsEmail => strings.problem_same_as_email.to_owned(),
        Problem::Taken => strings.problem_taken.to_owned(),
        Problem::SameAsSelf => strings.problem_same_as_self.to_owned(),
        Problem::Incorrect => strings.problem_incorrect.to_owned(),
        Problem::NotAllowed => strings.problem_not_allowed.to_owned(),
        Problem::LinkExpired => strings.problem_link_expired.to_owned(),
        Problem::UrlShape => strings.problem_url_shape.to_owned(),
        Problem::NumberShape => strings.problem_number_shape.to_owned(),
        Problem::DateShape => strings.problem_date_shape.to_owned(),
        Problem::TimeShape => strings.problem_time_shape.to_owned(),
        Problem::MinAboveMax => strings.problem_min_above_max.to_owned(),
        Problem::TooMany { max } => strings.problem_too_many.replace("{n}", &max.to_string()),
    }
}

/// The strings of the current page's language.
pub fn use_strings() -> &'static Strings {
    use_lang().strings()
}

#[cfg(feature = "ssr")]
fn detect() -> Lang {
    let accept = crate::request::header(http::header::ACCEPT_LANGUAGE);
    Lang::negotiate(
        crate::request::cookie(LANG_COOKIE).as_deref(),
        accept.as_deref(),
    )
}

#[cfg(not(feature = "ssr"))]
fn detect() -> Lang {
    #[cfg(feature = "hydrate")]
    {
        document()
            .document_element()
            .and_then(|html| html.get_attribute("lang"))
            .and_then(|code| Lang::from_code(&code))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "hydrate"))]
    Lang::default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_with_regions_and_case() {
        assert_eq!(Lang::from_code("ar-EG"), Some(Lang::Ar));
        assert_eq!(Lang::from_code("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn accept_language_is_ranked_by_quality() {
        assert_eq!(best_accepted("fr, ar;q=0.8, en;q=0.5"), Some(Lang::Ar));
        assert_eq!(best_accepted("en;q=0.2, ar;q=0.9"), Some(Lang::Ar));
        assert_eq!(best_accepted("ar;q=0, en"), Some(Lang::En));
        assert_eq!(best_accepted("de, fr;q=0.9"), None);
        assert_eq!(best_accepted("ar;q=abc"), None);
    }

    #[test]
    fn the_cookie_wins_over_the_header() {
        assert_eq!(Lang::negotiate(Some("ar"), Some("en")), Lang::Ar);
        assert_eq!(Lang::negotiate(Some("xx"), Some("ar")), Lang::Ar);
        assert_eq!(Lang::negotiate(None, None), Lang::En);
    }

    #[test]
    fn cookies_are_found_by_exact_name() {
        let header = "theme=dark; xjf_lang=en; jf_lang=ar";
        assert_eq!(cookie_value(header, LANG_COOKIE), Some("ar"));
        assert_eq!(cookie_value(header, "missing"), None);
    }

    #[test]
    fn problems_are_worded_in_each_language() {
        use jobforge_core::model::Problem;
        let short = Problem::TooShort { min: 8 };
        assert_eq!(
            problem_text(Lang::En.strings(), short),
            "Use at least 8 characters."
        );
        assert!(problem_text(Lang::Ar.strings(), short).contains('8'));
        assert_ne!(
            problem_text(Lang::Ar.strings(), Problem::Taken),
            problem_text(Lang::En.strings(), Problem::Taken)
        );
    }

    #[test]
    fn arabic_is_right_to_left() {
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::En.dir(), "ltr");
    }
}
