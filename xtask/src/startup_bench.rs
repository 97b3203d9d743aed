//! Start-up: a packed executable with its snapshot (in each storage codec) and without one,
//! against `node script.js` and Bun's compiled executable (`bun build --compile`), for hello
//! world and for a large app (the `typescript` package transpiling a small file). Hello world
//! also has a floor: bare V8 (`xtask/v8-floor`) printing a line, which any V8 embedder pays.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};

use crate::bench::say;
use crate::measure::{Summary, repeat};

/// The large app: the TypeScript compiler's version and a small file transpiled.
const TSC_APP: &str = r#"const ts = require('typescript');
const source = 'interface P { x: number }\nexport const p: P = { x: 1 };\nexport default function f(a: string): string { return a + p.x; }\n';
const out = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
});
console.log(`Version ${ts.version}`);
console.log(out.outputText);
"#;

/// One contender: how it was built and how it runs.
struct Contender {
    label: String,
    program: String,
    args: Vec<String>,
    /// The file that would be shipped, where there is one.
    size: Option<u64>,
}

struct Case {
    name: &'static str,
    rows: Vec<(String, Summary, Option<u64>)>,
}

fn pack_build(pack: &Path, entry: &Path, out: &Path, extra: &[&str]) -> Result<u64> {
    let status = Command::new(pack)
        .arg("build")
        .arg(entry)
        .arg("-o")
        .arg(out)
        .args(extra)
        .stdout(Stdio::null())
        .status()
        .context("cannot run pack")?;
    if !status.success() {
        bail!("pack build {} {extra:?} failed", entry.display());
    }
    Ok(std::fs::metadata(out)?.len())
}

fn bun_build(bun: &Path, entry: &Path, out: &Path) -> Result<u64> {
    let status = Command::new(bun)
        .args(["build", "--compile"])
        .arg(entry)
        .arg("--outfile")
        .arg(out)
        .current_dir(entry.parent().unwrap_or(Path::new(".")))
        .stdout(Stdio::null())
        .status()
        .context("cannot run bun")?;
    if !status.success() {
        bail!("bun build --compile {} failed", entry.display());
    }
    Ok(std::fs::metadata(out)?.len())
}

/// Builds the bare-V8 floor program (its own package, outside the workspace) into `out_dir`.
fn v8_floor(root: &Path, out_dir: &Path) -> Result<Contender> {
    say("building the bare V8 floor...\n");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let target_dir = out_dir.join("v8-floor-target");
    let status = Command::new(cargo)
        .args([
            "build",
            "--release",
            "--quiet",
            "--locked",
            "--manifest-path",
        ])
        .arg(root.join("xtask/v8-floor/Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir)
        .status()
        .context("cannot run cargo")?;
    if !status.success() {
        bail!("building xtask/v8-floor failed");
    }
    let exe = target_dir.join("release/v8-floor");
    Ok(Contender {
        label: "bare V8: isolate + context, one line (floor)".to_string(),
        size: Some(std::fs::metadata(&exe)?.len()),
        program: path_str(&exe)?,
        args: Vec::new(),
    })
}

fn path_str(p: &Path) -> Result<String> {
    Ok(p.to_str().context("path is not UTF-8")?.to_string())
}

/// Every contender for `entry`, built into `dir` with names starting `stem`.
fn contenders(
    pack: &Path,
    bun: Option<&Path>,
    entry: &Path,
    dir: &Path,
    stem: &str,
) -> Result<Vec<Contender>> {
    let mut list = Vec::new();
    for (label, extra) in [
        ("pack, snapshot raw (default)", &[][..]),
        ("pack, snapshot lz4", &["--snapshot-codec", "lz4"][..]),
        ("pack, snapshot zstd", &["--snapshot-codec", "zstd"][..]),
        ("pack --no-snapshot", &["--no-snapshot"][..]),
    ] {
        let suffix: String = label
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let exe = dir.join(format!("{stem}-{suffix}"));
        let size = pack_build(pack, entry, &exe, extra)?;
        list.push(Contender {
            label: label.to_string(),
            program: path_str(&exe)?,
            args: Vec::new(),
            size: Some(size),
        });
    }
    list.push(Contender {
        label: "node (reference)".to_string(),
        program: "node".to_string(),
        args: vec![path_str(entry)?],
        size: None,
    });
    if let Some(bun) = bun {
        let exe = dir.join(format!("{stem}-bun"));
        let size = bun_build(bun, entry, &exe)?;
        list.push(Contender {
            label: "bun build --compile".to_string(),
            program: path_str(&exe)?,
            args: Vec::new(),
            size: Some(size),
        });
    }
    Ok(list)
}

fn measure(name: &'static str, list: &[Contender], runs: usize) -> Result<Case> {
    say(&format!(
        "measuring start-up: {name} ({runs} runs each)...\n"
    ));
    let mut rows = Vec::new();
    // Interleaving would be fairer to a drifting machine, but each contender's runs together
    // keep its files in the page cache as a user's repeated launches would.
    for c in list {
        evict_from_page_cache(&c.program);
        let args: Vec<&str> = c.args.iter().map(String::as_str).collect();
        let summary = repeat(&c.program, &args, &[], 3, runs)?;
        rows.push((c.label.clone(), summary, c.size));
    }
    Ok(Case { name, rows })
}

/// Drops `program`'s file (found on PATH if it is a bare name) from the page cache, so that
/// its warm-up runs read it from disk as after a download or a reboot. How a file's pages are
/// cached depends on how it was last written or read (one large write leaves large folios,
/// which map more of the file per fault), and that differs from one builder to another: peak
/// RSS varied by several megabytes with it, for the same bytes.
/// Best effort: where it cannot, the contender runs as its file is cached.
fn evict_from_page_cache(program: &str) {
    let path = if program.contains('/') {
        Some(PathBuf::from(program))
    } else {
        crate::bench::which(program)
    };
    let Some(file) = path.and_then(|p| std::fs::File::open(p).ok()) else {
        return;
    };
    // Dirty pages stay cached: written out first.
    if file.sync_all().is_ok() {
        use std::os::fd::AsRawFd;
        // SAFETY: advice on an open descriptor of ours; it changes no memory of this process.
        unsafe { libc::posix_fadvise(file.as_raw_fd(), 0, 0, libc::POSIX_FADV_DONTNEED) };
    }
}

/// Measures the start-up cases; returns the report's section.
pub fn run(pack: &Path, peers: &Path, out_dir: &Path, runs: usize) -> Result<String> {
    let runs = runs.max(20);
    let bun = peers.join("node_modules/bun/bin/bun.exe");
    let bun = bun.is_file().then_some(bun);
    if bun.is_none() {
        say("bun is not installed in the peers: not measured\n");
    }
    let dir = out_dir.join("startup");
    std::fs::create_dir_all(&dir)?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .context("workspace")?
        .to_path_buf();
    let hello = root.join("fixtures/hello/hello.js");
    // The large app sits beside the peers so that `typescript` resolves from there.
    let tsc_app: PathBuf = peers.join("tsc_app.js");
    std::fs::write(&tsc_app, TSC_APP)?;

    let mut cases = Vec::new();
    let mut list = contenders(pack, bun.as_deref(), &hello, &dir, "hello")?;
    list.push(v8_floor(&root, out_dir)?);
    cases.push(measure("hello world", &list, runs)?);
    let list = contenders(pack, bun.as_deref(), &tsc_app, &dir, "tsc")?;
    cases.push(measure("typescript: version + transpile", &list, runs)?);
    Ok(render(&cases, runs))
}

fn render(cases: &[Case], runs: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n## start-up (medians of {runs} runs after 3 warm-up runs, each file first read from disk; ratio = row / node)\n"
    );
    let _ = writeln!(
        out,
        "| app | contender | wall (ms) | ratio | peak RSS (MB) | ratio | file (MB) |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|");
    for case in cases {
        let node = case
            .rows
            .iter()
            .find(|(label, _, _)| label.starts_with("node"))
            .map(|(_, s, _)| s);
        for (label, s, size) in &case.rows {
            let wall = s.wall.as_secs_f64() * 1000.0;
            let rss = s.max_rss as f64 / 1e6;
            let (wall_ratio, rss_ratio) = match node {
                Some(n) => (
                    format!("{:.2}", wall / (n.wall.as_secs_f64() * 1000.0)),
                    format!("{:.2}", rss / (n.max_rss as f64 / 1e6)),
                ),
                None => ("-".into(), "-".into()),
            };
            let size = size.map_or("-".to_string(), |b| format!("{:.1}", b as f64 / 1e6));
            let _ = writeln!(
                out,
                "| {} | {label} | {wall:.2} | {wall_ratio} | {rss:.1} | {rss_ratio} | {size} |",
                case.name
            );
        }
    }
    out
}
