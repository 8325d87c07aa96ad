//! Light and dark theme. The choice lives in a cookie so the server renders the right
//! theme on the first byte; switching it needs JavaScript (the toggle is disabled
//! until the page has hydrated).

pub const THEME_COOKIE: &str = "jf_theme";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    pub fn from_cookie(value: Option<&str>) -> Theme {
        match value {
            Some("dark") => Theme::Dark,
            _ => Theme::Light,
        }
    }

    pub fn html_class(self) -> &'static str {
        match self {
            Theme::Light => "",
            Theme::Dark => "dark",
        }
    }
}

/// The theme the request's cookie asks for.
#[cfg(feature = "ssr")]
pub fn request_theme() -> Theme {
    Theme::from_cookie(crate::request::cookie(THEME_COOKIE).as_deref())
}

#[cfg(not(feature = "ssr"))]
pub fn request_theme() -> Theme {
    Theme::default()
}

/// The theme the page currently shows (browser only).
#[cfg(feature = "hydrate")]
pub fn current_theme() -> Theme {
    use leptos::prelude::document;
    let dark = document()
        .document_element()
        .is_some_and(|html| html.class_list().contains("dark"));
    if dark { Theme::Dark } else { Theme::Light }
}

/// Shows `theme` at once and remembers it for a year.
#[cfg(feature = "hydrate")]
pub fn apply_theme(theme: Theme) {
    use leptos::prelude::document;
    use wasm_bindgen::JsCast;
    let doc = document();
    if let Some(html) = doc.document_element() {
        let _ = html
            .class_list()
            .toggle_with_force("dark", theme == Theme::Dark);
    }
    let value = if theme == Theme::Dark {
        "dark"
    } else {
        "light"
    };
    if let Ok(html_doc) = doc.dyn_into::<web_sys::HtmlDocument>() {
        let _ = html_doc.set_cookie(&format!(
            "{THEME_COOKIE}={value}; Path=/; Max-Age=31536000; SameSite=Lax"
        ));
    }
}
