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
    /// Build an executable from a project directory or an entry script.
    Build(BuildArgs),
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The project directory (its package.json names the entry) or the entry script
    /// [default: the current directory].
    pub entry: Option<PathBuf>,

    /// Where to write the executable.
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,

    /// Which of package.json's "bin" commands to build.
    #[arg(long, value_name = "NAME")]
    pub bin: Option<String>,

    /// Leave this package out of the bundle; it is loaded from disk next to the executable at
    /// run time. Repeatable.
    #[arg(long, value_name = "NAME")]
    pub external: Vec<String>,

    /// The runtime executable to build from (default: `pack-runtime` next to `pack`).
    #[arg(long, value_name = "PATH")]
    pub runtime: Option<PathBuf>,
}
