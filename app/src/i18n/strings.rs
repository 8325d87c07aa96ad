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

    pub nav_sign_in: &'static str,
    pub nav_register: &'static str,
    pub sign_out: &'static str,
    pub signed_in_as: &'static str,
    pub account_label: &'static str,
    pub login_title: &'static str,
    pub register_title: &'static str,
    pub register_intro: &'static str,
    pub field_email: &'static str,
    pub field_password: &'static str,
    pub field_display_name: &'static str,
    pub password_hint: &'static str,
    pub submit_sign_in: &'static str,
    pub submit_register: &'static str,
    pub no_account: &'static str,
    pub have_account: &'static str,
    pub bad_credentials: &'static str,
    pub sign_in_required: &'static str,
    pub server_error: &'static str,
    /// `{n}` stands for the minutes to wait.
    pub too_many_attempts: &'static str,
    pub problem_required: &'static str,
    /// `{n}` stands for the number.
    pub problem_too_short: &'static str,
    /// `{n}` stands for the number.
    pub problem_too_long: &'static str,
    pub problem_email_shape: &'static str,
    pub problem_common_password: &'static str,
    pub problem_same_as_email: &'static str,
    pub problem_taken: &'static str,
}
