//! `pack`: turns a JavaScript project into one standalone executable.

mod build;
mod bundle;
mod cli;
mod diagnostics;
mod output;
mod parse;
mod project;
mod runtime;
mod snapshot;
mod term;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let result = match cli.command {
        cli::Command::Build(args) => build::run(&args),
        cli::Command::Bundle(args) => build::run_bundle(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            if let Some(diags) = err.downcast_ref::<diagnostics::Diagnostics>() {
                term::error_out(&diags.render());
            } else {
                term::error_out(&format!("error: {err:#}\n"));
            }
            ExitCode::from(1)
        }
    }
}
