//! `pack`: turns a JavaScript project into one standalone executable.

mod assets;
mod build;
mod bundle;
mod cli;
mod config;
mod diagnostics;
mod init;
mod inspect;
mod output;
mod parse;
mod preinit;
mod progress;
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
        cli::Command::Inspect(args) => inspect::run(&args.app, args.json),
        cli::Command::Init(args) => init::run(args.dir.as_deref(), args.template),
        cli::Command::Completions(args) => {
            use clap::CommandFactory;
            let mut command = cli::Cli::command();
            let mut script = Vec::new();
            clap_complete::generate(args.shell, &mut command, "pack", &mut script);
            term::out(&String::from_utf8_lossy(&script));
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let colors = term::stderr_colors();
            if let Some(diags) = err.downcast_ref::<diagnostics::Diagnostics>() {
                term::error_out(&diags.render_colored(colors));
            } else {
                let label = if colors {
                    "\x1b[1;31merror\x1b[0m"
                } else {
                    "error"
                };
                term::error_out(&format!("{label}: {err:#}\n"));
            }
            ExitCode::from(1)
        }
    }
}
