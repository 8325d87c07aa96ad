//! `jobforge [serve]`, `migrate`, `admin`, `worker`, `score`, `ai`, `parse` and `pdf`.
//! Machine-readable output is JSON on stdout; logs go to stderr.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod admin;
mod ai;
mod input;
mod parse;
mod pdf;
mod score;

use crate::config::{CommonArgs, ServeArgs, check_env};
use crate::error::ServerError;

#[derive(Parser, Debug)]
#[command(
    name = "jobforge",
    version,
    about = "Jobforge: a self-hosted workbench for the job search",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(flatten)]
    pub common: CommonArgs,

    /// `jobforge` with no subcommand serves, with these settings.
    #[command(flatten)]
    pub serve: ServeArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the web server (the default).
    Serve(Box<ServeArgs>),
    /// Apply pending database migrations and print the schema status as JSON.
    Migrate,
    /// Operator tasks: `admin create --email …`.
    Admin(admin::AdminArgs),
    /// Run background jobs only (no web server), for extra worker processes.
    Worker(Box<crate::config::WorkerCmd>),
    /// Score a JSON Resume against a job (text or HTML) offline; prints JSON.
    Score(score::ScoreArgs),
    /// AI tasks by name: list them, show a prompt, run one offline; prints JSON.
    Ai(ai::AiArgs),
    /// Read a job posting (URL or file) offline; prints JSON.
    Parse(parse::ParseArgs),
    /// Typeset a JSON Resume as a PDF (classic, modern or compact; English or Arabic).
    Pdf(pdf::PdfArgs),
}

pub fn run() -> ExitCode {
    crate::telemetry::init();
    let cli = Cli::parse();
    match execute(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err}");
            eprintln!("jobforge: {err}");
            ExitCode::FAILURE
        }
    }
}

fn execute(cli: Cli) -> Result<(), ServerError> {
    check_env(std::env::vars().map(|(name, _)| name))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(ServerError::Runtime)?;
    match cli.command {
        None => runtime.block_on(crate::serve::serve(cli.common, cli.serve)),
        Some(Command::Serve(args)) => runtime.block_on(crate::serve::serve(cli.common, *args)),
        Some(Command::Migrate) => runtime.block_on(migrate(cli.common)),
        Some(Command::Admin(args)) => runtime.block_on(admin::run(cli.common, args)),
        Some(Command::Worker(args)) => runtime.block_on(crate::serve::work(cli.common, *args)),
        Some(Command::Score(args)) => score::run(args),
        Some(Command::Ai(args)) => ai::run(args),
        Some(Command::Pdf(args)) => pdf::run(args),
        Some(Command::Parse(args)) => parse::run(args),
    }
}

async fn migrate(common: CommonArgs) -> Result<(), ServerError> {
    let store = jobforge_core::db::connect_and_migrate(&common.database_url()).await?;
    let status = store.migration_status().await?;
    let out = serde_json::json!({
        "backend": store.backend(),
        "migrations": status,
    });
    println!("{out}");
    store.close().await;
    Ok(())
}
