use std::process::ExitCode;

fn main() -> ExitCode {
    jobforge::cli::run()
}
