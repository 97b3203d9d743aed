//! Command-line interface.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "pack",
    version,
    about = "Turns a JavaScript project into one standalone executable",
    after_help = "Exit status: 0 on success, 1 when the build or the input is wrong, 2 for a \
                  command line pack does not understand."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build an executable from a project directory or an entry script.
    #[command(after_help = "Examples:
  pack build                         the project in this directory, named after its package
  pack build src/cli.ts -o dist/tool an entry script, written to dist/tool
  pack build --bin mytool            one of package.json's \"bin\" commands
  pack build --minify --v8-flags \"--max-old-space-size=4096\"
  pack build --assets templates      embed a directory, read at its original paths
  pack build --preinit typescript    run a large dependency into the startup snapshot

Settings can also live in package.json, under \"pack\": entry, output, assets, external,
minify, snapshot, v8Flags and preinit; flags given here win over them.")]
    Build(BuildArgs),
    /// Write the script an executable would carry (and its source map, FILE.map), for
    /// inspection: it runs only inside pack's runtime.
    Bundle(BundleArgs),
    /// Show what a packed executable carries: versions, entry, build options, payload
    /// sections and every bundled module with its size.
    Inspect(InspectArgs),
    /// Start a project from a template: one that `pack build` turns into a working executable
    /// at once.
    Init(InitArgs),
    /// Print a completion script for a shell, for example
    /// `pack completions bash > /etc/bash_completion.d/pack`.
    Completions(CompletionsArgs),
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to create the project (made if missing) [default: the current directory].
    pub dir: Option<PathBuf>,

    /// Which starter to use.
    #[arg(long, value_enum, default_value = "cli")]
    pub template: crate::init::TemplateName,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The packed executable.
    pub app: PathBuf,

    /// Print one JSON object (for scripts and CI) instead of text.
    #[arg(long)]
    pub json: bool,
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
    /// run time. Repeatable; replaces package.json's `"pack".external`.
    #[arg(long, value_name = "NAME")]
    pub external: Vec<String>,

    /// Minify the bundle (swc's minifier): a smaller executable, same behaviour; function and
    /// class names and source-mapped stack traces stay.
    #[arg(long, overrides_with = "no_minify")]
    pub minify: bool,

    /// Do not minify, whatever package.json says.
    #[arg(long, overrides_with = "minify")]
    pub no_minify: bool,
}

impl ProjectArgs {
    /// `--minify` or `--no-minify`, when given.
    pub fn minify(&self) -> Option<bool> {
        flag(self.minify, self.no_minify)
    }
}

/// A `--x`/`--no-x` pair: `Some` when one of them was given (the last one wins).
fn flag(yes: bool, no: bool) -> Option<bool> {
    match (yes, no) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    }
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub project: ProjectArgs,

    /// Where to write the executable [default: package.json's `"pack".output`, else the
    /// package's name, else the entry's file name without its extension, in the current
    /// directory].
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// Embed the files this glob matches (relative to the project's directory; a directory
    /// stands for all its files). The program reads them with fs at their original paths,
    /// read-only. Repeatable; replaces package.json's `"pack".assets`.
    #[arg(long, value_name = "GLOB")]
    pub assets: Vec<String>,

    /// Carry the bundle as source, compiled at every launch, instead of a V8 startup snapshot
    /// made now. Slower to start; behaves the same.
    #[arg(long, overrides_with = "snapshot")]
    pub no_snapshot: bool,

    /// Make a startup snapshot (the default), whatever package.json says.
    #[arg(long, overrides_with = "no_snapshot")]
    pub snapshot: bool,

    /// V8 flags the executable always starts with, separated by spaces (for example
    /// "--max-old-space-size=4096"); replaces package.json's `"pack".v8Flags`. Nothing at run
    /// time can change them.
    #[arg(long, value_name = "FLAGS", allow_hyphen_values = true)]
    pub v8_flags: Option<String>,

    /// Run this module of the bundle (a package name, or a path from the project's directory)
    /// while the snapshot is made, so that launches start with its exports ready. Only for
    /// modules whose top-level code computes from their own code alone: one that reads files,
    /// the environment, the time or its own location stops the build with an error.
    /// Repeatable; replaces package.json's `"pack".preinit`.
    #[arg(long, value_name = "MODULE")]
    pub preinit: Vec<String>,

    /// How the snapshot is stored: `raw` starts fastest (read in place, nothing to decode),
    /// `lz4` and `zstd` make smaller executables that decode the snapshot at each launch.
    #[arg(long, value_enum, value_name = "CODEC", default_value = "raw")]
    pub snapshot_codec: SnapshotCodec,

    /// Say nothing but errors and warnings (no phases, no summary).
    #[arg(short, long, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Say more about each phase: where settings came from, the built-ins in the snapshot,
    /// the payload's sections.
    #[arg(long)]
    pub verbose: bool,

    /// The runtime executable to build from (default: `pack-runtime` next to `pack`).
    #[arg(long, value_name = "PATH")]
    pub runtime: Option<PathBuf>,
}

impl BuildArgs {
    pub fn verbosity(&self) -> crate::progress::Verbosity {
        use crate::progress::Verbosity;
        match (self.quiet, self.verbose) {
            (true, _) => Verbosity::Quiet,
            (_, true) => Verbosity::Verbose,
            _ => Verbosity::Normal,
        }
    }

    /// `--snapshot` or `--no-snapshot`, when given.
    pub fn snapshot(&self) -> Option<bool> {
        flag(self.snapshot, self.no_snapshot)
    }
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
