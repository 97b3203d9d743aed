//! Command-line interface.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "pack",
    version,
    about = "Turns a JavaScript project into one standalone executable"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build an executable from an entry script.
    Build(BuildArgs),
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The entry script.
    pub entry: PathBuf,

    /// Where to write the executable.
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,

    /// The runtime executable to build from (default: `pack-runtime` next to `pack`).
    #[arg(long, value_name = "PATH")]
    pub runtime: Option<PathBuf>,
}
