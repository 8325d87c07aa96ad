pub mod account;
pub mod field;
pub mod form;
pub mod job_progress;
pub mod layout;
pub mod markdown;
pub mod signed_in;
pub mod theme_toggle;
