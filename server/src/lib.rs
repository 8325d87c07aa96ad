//! The `jobforge` binary: command line, configuration and the axum web server around
//! the Leptos app and the service layer.

pub mod cli;
pub mod config;
pub mod error;
pub mod serve;
pub mod telemetry;
pub mod web;
