pub mod account;
pub mod admin;
pub mod auth;
pub mod dashboard;
pub mod jobs;
pub mod landing;
pub mod not_found;
pub mod settings;
