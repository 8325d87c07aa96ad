/// One language's UI text. Add a field here and the compiler asks for it in every
/// language.
pub struct Strings {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub language_label: &'static str,
    pub theme_dark: &'static str,
    pub theme_light: &'static str,

    pub hero_title: &'static str,
    pub hero_body: &'static str,
    pub hero_note: &'static str,
    pub features_title: &'static str,
    /// (title, description) of each part of the product, in the order a search runs.
    pub features: [(&'static str, &'static str); 6],
    pub trust_title: &'static str,
    pub trust_points: [&'static str; 3],

    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub back_home: &'static str,
    pub error_title: &'static str,
    pub error_body: &'static str,
    pub footer: &'static str,
}
