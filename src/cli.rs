//! Command-line interface.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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
    /// Write the script an executable would carry (and its source map, FILE.map), for
    /// inspection: it runs only inside pack's runtime.
    Bundle(BundleArgs),
}

/// What to bundle and how.
#[derive(Debug, Args)]
pub struct ProjectArgs {
    /// The project directory (its package.json names the entry) or the entry script
    /// [default: the current directory].
    pub entry: Option<PathBuf>,

    /// Which of package.json's "bin" commands to build.
    #[arg(long, value_name = "NAME")]
    pub bin: Option<String>,

    /// Leave this package out of the bundle; it is loaded from disk next to the executable at
    /// run time. Repeatable.
    #[arg(long, value_name = "NAME")]
    pub external: Vec<String>,

    /// Minify the bundle (swc's minifier): a smaller executable, same behaviour; function and
    /// class names and source-mapped stack traces stay.
    #[arg(long)]
    pub minify: bool,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub project: ProjectArgs,

    /// Where to write the executable.
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,

    /// Carry the bundle as source, compiled at every launch, instead of a V8 startup snapshot
    /// made now. Slower to start; behaves the same.
    #[arg(long)]
    pub no_snapshot: bool,

    /// How the snapshot is stored: `raw` starts fastest (read in place, nothing to decode),
    /// `lz4` and `zstd` make smaller executables that decode the snapshot at each launch.
    #[arg(long, value_enum, value_name = "CODEC", default_value = "raw")]
    pub snapshot_codec: SnapshotCodec,

    /// The runtime executable to build from (default: `pack-runtime` next to `pack`).
    #[arg(long, value_name = "PATH")]
    pub runtime: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SnapshotCodec {
    Raw,
    Lz4,
    Zstd,
}

impl SnapshotCodec {
    pub fn codec(self) -> pack_payload::Codec {
        match self {
            SnapshotCodec::Raw => pack_payload::Codec::Raw,
            SnapshotCodec::Lz4 => pack_payload::Codec::Lz4,
            SnapshotCodec::Zstd => pack_payload::Codec::Zstd,
        }
    }
}

#[derive(Debug, Args)]
pub struct BundleArgs {
    #[command(flatten)]
    pub project: ProjectArgs,

    /// Where to write the script.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
}
