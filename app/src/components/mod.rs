pub mod account;
pub mod field;
pub mod form;
pub mod layout;
pub mod theme_toggle;
