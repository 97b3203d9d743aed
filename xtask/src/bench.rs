//! `cargo xtask bench`: packed executables against the reference (`node`), in one run.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::measure::{Summary, repeat};

const DEFAULT_RUNS: usize = 30;
const WARMUP: usize = 3;

struct Options {
    runs: usize,
}

fn parse_options(args: &[String]) -> Result<Options> {
    let mut options = Options { runs: DEFAULT_RUNS };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--runs" => {
                let n = it.next().context("--runs needs a number")?;
                options.runs = n.parse().with_context(|| format!("--runs {n}"))?;
                if options.runs < 1 {
                    bail!("--runs must be at least 1");
                }
            }
            other => bail!("unknown bench option {other}"),
        }
    }
    Ok(options)
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the workspace")
        .to_path_buf()
}

fn say(text: &str) {
    let _ = std::io::stdout().write_all(text.as_bytes());
}

pub fn run(args: &[String]) -> Result<()> {
    let options = parse_options(args)?;
    let root = workspace();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    say("building release binaries...\n");
    let status = Command::new(&cargo)
        .current_dir(&root)
        .args(["build", "--release", "-p", "pack", "-p", "pack-runtime"])
        .status()
        .context("cannot run cargo")?;
    if !status.success() {
        bail!("cargo build --release failed");
    }
    let out_dir = root.join("target/bench");
    std::fs::create_dir_all(&out_dir)?;

    let hello_js = root.join("fixtures/hello/hello.js");
    let hello = out_dir.join("hello");
    let pack = root.join("target/release/pack");
    let status = Command::new(&pack)
        .args([
            "build".as_ref(),
            hello_js.as_os_str(),
            "-o".as_ref(),
            hello.as_os_str(),
        ])
        .stdout(std::process::Stdio::null())
        .status()
        .context("cannot run pack")?;
    if !status.success() {
        bail!("pack build failed");
    }
    let size = std::fs::metadata(&hello)?.len();

    let hello_path = hello.to_str().context("path is not UTF-8")?;
    let hello_js_path = hello_js.to_str().context("path is not UTF-8")?;
    say(&format!("measuring, {} runs each...\n", options.runs));
    let packed = repeat(hello_path, &[], WARMUP, options.runs)?;
    let node = match repeat("node", &[hello_js_path], WARMUP, options.runs) {
        Ok(s) => Some(s),
        Err(e) => {
            say(&format!("node not measured: {e:#}\n"));
            None
        }
    };

    let node_size = which("node")
        .and_then(|p| std::fs::metadata(p).ok())
        .map(|m| m.len());
    let report = render(options.runs, size, node_size, &packed, node.as_ref());
    say(&report);
    let file = out_dir.join("report.md");
    std::fs::write(&file, &report).with_context(|| format!("cannot write {}", file.display()))?;
    say(&format!("written to {}\n", file.display()));
    Ok(())
}

fn ms(s: &Summary) -> f64 {
    s.wall.as_secs_f64() * 1000.0
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_000_000.0
}

/// The file that `program` runs as, found on PATH.
fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
        .and_then(|p| p.canonicalize().ok())
}

fn render(
    runs: usize,
    size: u64,
    node_size: Option<u64>,
    packed: &Summary,
    node: Option<&Summary>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# pack bench: hello world\n");
    let _ = writeln!(out, "medians of {runs} runs after {WARMUP} warm-up runs\n");
    let _ = writeln!(out, "| metric | packed | node hello.js | packed / node |");
    let _ = writeln!(out, "|---|---|---|---|");
    row(
        &mut out,
        "startup wall time (ms)",
        ms(packed),
        node.map(ms),
        "",
    );
    row(
        &mut out,
        "peak RSS (MB)",
        mb(packed.max_rss),
        node.map(|n| mb(n.max_rss)),
        "",
    );
    // A Node single executable application is at least the node binary.
    row(
        &mut out,
        "executable size (MB)",
        mb(size),
        node_size.map(mb),
        " (node binary)",
    );
    out
}

/// One table row: the packed figure, the reference's, and their ratio.
fn row(out: &mut String, metric: &str, packed: f64, reference: Option<f64>, note: &str) {
    let _ = match reference {
        Some(r) => writeln!(
            out,
            "| {metric} | {packed:.2} | {r:.2}{note} | {:.2} |",
            packed / r
        ),
        None => writeln!(out, "| {metric} | {packed:.2} | - | - |"),
    };
}
