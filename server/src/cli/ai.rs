//! `jobforge ai`: the AI tasks by name. `tasks` lists them with their schemas,
//! `example` prints a task's example input, `prompt` the prompt a model would get,
//! and `run` the offline engine's answer. JSON on stdout; no database, no network.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use jobforge_core::ai::OutputLang;
use jobforge_core::ai::registry::{self, AnyTask};
use serde_json::{Value, json};

use super::input::read_json;
use crate::error::ServerError;

#[derive(Args, Debug)]
pub struct AiArgs {
    #[command(subcommand)]
    pub command: AiCommand,
}

#[derive(Subcommand, Debug)]
pub enum AiCommand {
    /// Every task with its prompt version, fallback rule and schemas.
    Tasks,
    /// A task's example input.
    Example { task: String },
    /// The prompt a model gets for INPUT (a JSON file, `-` for stdin; default: the example).
    Prompt(TaskArgs),
    /// The offline engine's answer for INPUT (a JSON file, `-` for stdin; default: the example).
    Run(TaskArgs),
}

#[derive(Args, Debug)]
pub struct TaskArgs {
    pub task: String,
    pub input: Option<PathBuf>,
    /// The output language: en or ar.
    #[arg(long, default_value = "en", value_parser = ["en", "ar"])]
    pub lang: String,
}

fn task(name: &str) -> Result<&'static dyn AnyTask, ServerError> {
    registry::require(name).map_err(ServerError::Input)
}

fn input(task: &dyn AnyTask, path: Option<&PathBuf>) -> Result<Value, ServerError> {
    match path {
        Some(path) => read_json(path, "INPUT"),
        None => Ok(task.example()),
    }
}

fn failed(err: jobforge_core::ai::TaskError) -> ServerError {
    ServerError::Input(err.to_string())
}

pub fn run(args: AiArgs) -> Result<(), ServerError> {
    let out = match args.command {
        AiCommand::Tasks => Value::Array(
            registry::tasks()
                .map(|t| {
                    json!({
                        "name": t.name(),
                        "prompt_version": t.prompt_version(),
                        "falls_back_offline": t.falls_back_offline(),
                        "input_schema": t.input_schema(),
                        "output_schema": t.output_schema(),
                    })
                })
                .collect(),
        ),
        AiCommand::Example { task: name } => task(&name)?.example(),
        AiCommand::Prompt(args) => {
            let task = task(&args.task)?;
            let input = input(task, args.input.as_ref())?;
            let prompt = task
                .prompt(&input, OutputLang::from_code(&args.lang))
                .map_err(failed)?;
            json!({"system": prompt.system, "user": prompt.user})
        }
        AiCommand::Run(args) => {
            let task = task(&args.task)?;
            let input = input(task, args.input.as_ref())?;
            let output = task
                .offline(&input, OutputLang::from_code(&args.lang))
                .map_err(failed)?;
            json!({"task": task.name(), "engine": "offline", "output": output})
        }
    };
    println!("{out}");
    Ok(())
}
