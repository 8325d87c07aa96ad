//! `jobforge admin …`: operator tasks from the command line.

use std::io::Read;

use clap::{Args, Subcommand};
use jobforge_core::accounts::{self, Registration, generate_password};
use jobforge_core::model::Role;

use crate::config::CommonArgs;
use crate::error::ServerError;

#[derive(Args, Debug)]
pub struct AdminArgs {
    #[command(subcommand)]
    pub command: AdminCommand,
}

#[derive(Subcommand, Debug)]
pub enum AdminCommand {
    /// Create an admin account. Prints it as JSON, with the password when generated.
    Create {
        /// The admin's email address (the sign-in name).
        #[arg(long)]
        email: String,
        /// Display name.
        #[arg(long, default_value = "")]
        name: String,
        /// Read the password from standard input instead of generating one.
        #[arg(long)]
        password_stdin: bool,
    },
}

pub async fn run(common: CommonArgs, args: AdminArgs) -> Result<(), ServerError> {
    match args.command {
        AdminCommand::Create {
            email,
            name,
            password_stdin,
        } => create(common, &email, &name, password_stdin).await,
    }
}

async fn create(
    common: CommonArgs,
    email: &str,
    name: &str,
    password_stdin: bool,
) -> Result<(), ServerError> {
    let (password, generated) = if password_stdin {
        let mut input = String::new();
        std::io::stdin().read_to_string(&mut input).map_err(|e| {
            ServerError::Config(format!("cannot read the password from stdin: {e}"))
        })?;
        (input.trim_end_matches(['\r', '\n']).to_owned(), false)
    } else {
        (generate_password()?, true)
    };
    let store = jobforge_core::db::connect_and_migrate(&common.database_url()).await?;
    let created = accounts::register(
        store.as_ref(),
        Registration {
            email,
            password: &password,
            display_name: name,
            role: Some(Role::Admin),
        },
    )
    .await;
    // The operator vouches for the address: no verification mail is needed.
    let verified = match &created {
        Ok(user) => store.set_email_verified(user.id).await.map(|_| ()),
        Err(_) => Ok(()),
    };
    store.close().await;
    let user = created?;
    verified?;
    let mut out = serde_json::json!({
        "id": user.id,
        "email": user.email,
        "role": user.role,
    });
    if generated {
        out["password"] = serde_json::Value::String(password);
    }
    println!("{out}");
    Ok(())
}
