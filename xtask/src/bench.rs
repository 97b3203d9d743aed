//! `cargo xtask bench`: packed executables against the reference (`node`), in one run.
//!
//! Each case is a fixture script: it is packed with the release `pack`, then the packed
//! executable and `node script.js` are each run several times; the table shows medians and
//! the ratio packed / node.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::measure::{Summary, repeat};

const WARMUP: usize = 2;

/// A benchmark: a script under fixtures/ and how many measured runs it gets by default.
struct Case {
    name: &'static str,
    script: &'static str,
    runs: usize,
}

const CASES: &[Case] = &[
    Case {
        name: "hello world (startup)",
        script: "hello/hello.js",
        runs: 30,
    },
    Case {
        name: "1e6 setImmediate hops",
        script: "bench/immediate_hops.js",
        runs: 5,
    },
    Case {
        name: "1e6 promise hops",
        script: "bench/promise_hops.js",
        runs: 5,
    },
    Case {
        name: "1e6 nextTick hops",
        script: "bench/nexttick_hops.js",
        runs: 5,
    },
    Case {
        name: "1e5 concurrent timers",
        script: "bench/timers_1e5.js",
        runs: 5,
    },
    Case {
        name: "fs.readFileSync 100 MB (x3)",
        script: "bench/fs_readfile_100mb.js",
        runs: 5,
    },
    Case {
        name: "10,000 small files, sync + promises",
        script: "bench/fs_small_files.js",
        runs: 3,
    },
    Case {
        name: "path.join + path.resolve, 1e6 each",
        script: "bench/path_ops.js",
        runs: 5,
    },
    Case {
        name: "Buffer base64 + hex, 64 MB",
        script: "bench/buffer_codecs.js",
        runs: 3,
    },
    Case {
        name: "1 GB stream pipe file to file",
        script: "bench/stream_pipe_1gb.js",
        runs: 3,
    },
    Case {
        name: "sha256 of 1 GB",
        script: "bench/sha256_1gb.js",
        runs: 3,
    },
    Case {
        name: "gzip level 6 of 100 MB, then gunzip",
        script: "bench/gzip_100mb.js",
        runs: 3,
    },
    Case {
        name: "spawn + exit of 500 short children",
        script: "bench/spawn_500.js",
        runs: 3,
    },
    Case {
        name: "worker round trip of 1e5 messages",
        script: "bench/worker_roundtrip.js",
        runs: 3,
    },
    Case {
        name: "50 worker starts, one after another",
        script: "bench/worker_start.js",
        runs: 3,
    },
];

/// Data files some cases read, made once per bench run (not measured).
fn data_files(out_dir: &Path) -> Result<Vec<(String, String)>> {
    let data = out_dir.join("data");
    std::fs::create_dir_all(&data)?;
    let make = |name: &str, bytes: u64| -> Result<String> {
        let path = data.join(name);
        if std::fs::metadata(&path).map(|m| m.len()).ok() != Some(bytes) {
            let file = std::fs::File::create(&path)?;
            file.set_len(bytes)?;
        }
        Ok(path.to_string_lossy().into_owned())
    };
    Ok(vec![
        (
            "PACK_BENCH_FILE".to_string(),
            make("100mb.bin", 100 * 1024 * 1024)?,
        ),
        (
            "PACK_BENCH_BIG_FILE".to_string(),
            make("1gb.bin", 1024 * 1024 * 1024)?,
        ),
    ])
}

struct Options {
    /// Overrides every case's number of runs.
    runs: Option<usize>,
    /// Only cases whose name contains one of these comma-separated parts.
    filter: Option<String>,
}

impl Options {
    /// Whether the case or section called `name` is to be measured.
    fn wants(&self, name: &str) -> bool {
        self.filter
            .as_deref()
            .is_none_or(|f| f.split(',').any(|part| name.contains(part.trim())))
    }
}

fn parse_options(args: &[String]) -> Result<Options> {
    let mut options = Options {
        runs: None,
        filter: None,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--runs" => {
                let n = it.next().context("--runs needs a number")?;
                let runs: usize = n.parse().with_context(|| format!("--runs {n}"))?;
                if runs < 1 {
                    bail!("--runs must be at least 1");
                }
                options.runs = Some(runs);
            }
            "--filter" => options.filter = Some(it.next().context("--filter needs text")?.clone()),
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

pub fn say(text: &str) {
    let _ = std::io::stdout().write_all(text.as_bytes());
}

/// One measured case.
struct Row {
    name: &'static str,
    packed: Summary,
    node: Option<Summary>,
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
    let pack = root.join("target/release/pack");
    let envs = data_files(&out_dir)?;

    let mut rows = Vec::new();
    let mut hello_size = None;
    for case in CASES {
        if !options.wants(case.name) {
            continue;
        }
        let script = root.join("fixtures").join(case.script);
        let exe = out_dir.join(Path::new(case.script).file_stem().context("script name")?);
        let status = Command::new(&pack)
            .arg("build")
            .arg(&script)
            .arg("-o")
            .arg(&exe)
            .stdout(std::process::Stdio::null())
            .status()
            .context("cannot run pack")?;
        if !status.success() {
            bail!("pack build {} failed", case.script);
        }
        if case.script == "hello/hello.js" {
            hello_size = Some(std::fs::metadata(&exe)?.len());
        }
        let runs = options.runs.unwrap_or(case.runs);
        say(&format!("measuring {} ({runs} runs each)...\n", case.name));
        let exe = exe.to_str().context("path is not UTF-8")?;
        let script = script.to_str().context("path is not UTF-8")?;
        let packed = repeat(exe, &[], &envs, WARMUP, runs)?;
        let node = match repeat("node", &[script], &envs, WARMUP, runs) {
            Ok(s) => Some(s),
            Err(e) => {
                say(&format!("node not measured: {e:#}\n"));
                None
            }
        };
        rows.push(Row {
            name: case.name,
            packed,
            node,
        });
    }

    let mut startup = String::new();
    if options.wants("startup") {
        let peers = crate::bundle_bench::peers(&out_dir)?;
        startup = crate::startup_bench::run(&pack, &peers, &out_dir, options.runs.unwrap_or(30))?;
    }

    let mut bundling = String::new();
    if options.wants("bundling") {
        bundling = crate::bundle_bench::run(&pack, &out_dir, options.runs.unwrap_or(5))?;
    }

    let mut http = String::new();
    if options.wants("http") {
        http = crate::http_bench::run(&pack, &out_dir, 5)?;
    }

    let node_size = which("node")
        .and_then(|p| std::fs::metadata(p).ok())
        .map(|m| m.len());
    let mut report = render(&rows, hello_size, node_size);
    report.push_str(&startup);
    report.push_str(&bundling);
    report.push_str(&http);
    say(&report);
    let file = out_dir.join("report.md");
    std::fs::write(&file, &report).with_context(|| format!("cannot write {}", file.display()))?;
    say(&format!("written to {}\n", file.display()));
    Ok(())
}

/// The file that `program` runs as, found on PATH.
pub fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
        .and_then(|p| p.canonicalize().ok())
}

fn ms(s: &Summary) -> f64 {
    s.wall.as_secs_f64() * 1000.0
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_000_000.0
}

fn render(rows: &[Row], hello_size: Option<u64>, node_size: Option<u64>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# pack bench\n");
    let _ = writeln!(
        out,
        "medians after {WARMUP} warm-up runs; ratio = packed / node (below 1: packed is better)\n"
    );
    let _ = writeln!(out, "| case | metric | packed | node | ratio |");
    let _ = writeln!(out, "|---|---|---|---|---|");
    for row in rows {
        line(
            &mut out,
            row.name,
            "wall time (ms)",
            ms(&row.packed),
            row.node.as_ref().map(ms),
        );
        line(
            &mut out,
            row.name,
            "peak RSS (MB)",
            mb(row.packed.max_rss),
            row.node.as_ref().map(|n| mb(n.max_rss)),
        );
    }
    if let Some(size) = hello_size {
        // A Node single executable application is at least the node binary.
        line(
            &mut out,
            "hello world",
            "executable size (MB; node: its binary)",
            mb(size),
            node_size.map(mb),
        );
    }
    out
}

/// One table row: the packed figure, the reference's, and their ratio.
fn line(out: &mut String, case: &str, metric: &str, packed: f64, reference: Option<f64>) {
    let _ = match reference {
        Some(r) => writeln!(
            out,
            "| {case} | {metric} | {packed:.2} | {r:.2} | {:.2} |",
            packed / r
        ),
        None => writeln!(out, "| {case} | {metric} | {packed:.2} | - | - |"),
    };
}
