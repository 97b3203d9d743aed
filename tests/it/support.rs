//! Building fixtures once and running executables.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Mutex, OnceLock};

pub fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(rel: &str) -> PathBuf {
    workspace().join("fixtures").join(rel)
}

/// The `pack` under test, with its runtime built next to it (once per test run, so that it is
/// never stale).
pub fn pack_bin() -> &'static Path {
    static RUNTIME_READY: OnceLock<PathBuf> = OnceLock::new();
    RUNTIME_READY.get_or_init(|| {
        let pack = PathBuf::from(env!("CARGO_BIN_EXE_pack"));
        let profile_dir = pack.parent().expect("pack has a directory");
        let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
        cmd.current_dir(workspace())
            .args(["build", "--quiet", "-p", "pack-runtime"]);
        if profile_dir.file_name().is_some_and(|n| n == "release") {
            cmd.arg("--release");
        }
        let status = cmd.status().expect("run cargo to build the runtime");
        assert!(status.success(), "building pack-runtime failed");
        assert!(
            profile_dir.join("pack-runtime").is_file(),
            "pack-runtime is not next to pack in {}",
            profile_dir.display()
        );
        pack
    })
}

pub fn runtime_bin() -> PathBuf {
    pack_bin().parent().unwrap().join("pack-runtime")
}

/// A directory for this test run's outputs under cargo's target directory, emptied at the start
/// of each run (packed executables are large; they must not pile up in /tmp).
pub fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("it");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create scratch dir");
        dir
    })
}

/// A fresh empty directory under `scratch()`.
pub fn fresh_dir(name: &str) -> PathBuf {
    let dir = scratch().join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Copies the directory `from` into `to`, recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Set to build every executable of the suite without a snapshot (`pack build
/// --no-snapshot`): the suite must pass both ways. Tests of the snapshot itself use
/// [`pack_as_given`].
pub const NO_SNAPSHOT_ENV: &str = "PACK_TEST_NO_SNAPSHOT";

/// Runs `pack args`; builds follow [`NO_SNAPSHOT_ENV`].
pub fn pack(args: &[&str]) -> Output {
    pack_as_given(&snapshot_mode(args))
}

/// `args` with `--no-snapshot` added to a build when the suite runs without snapshots.
fn snapshot_mode<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut args = args.to_vec();
    if args.first() == Some(&"build") && std::env::var_os(NO_SNAPSHOT_ENV).is_some() {
        args.push("--no-snapshot");
    }
    args
}

/// Runs `pack args` exactly as given.
pub fn pack_as_given(args: &[&str]) -> Output {
    Command::new(pack_bin())
        .args(args)
        .output()
        .expect("run pack")
}

/// `pack build ENTRY -o OUT EXTRA...` exactly as given.
pub fn pack_build_as_given(entry: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "build",
        entry.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    pack_as_given(&args)
}

/// Runs `pack args` in `dir` with `env` added; builds follow [`NO_SNAPSHOT_ENV`].
pub fn pack_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    pack_in_as_given(dir, &snapshot_mode(args), env)
}

/// Runs `pack args` exactly as given, in `dir` with `env` added.
pub fn pack_in_as_given(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(pack_bin());
    cmd.args(args).current_dir(dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run pack")
}

/// Builds `entry` (relative to fixtures/) once per test run; later calls share the executable.
pub fn built(entry: &str) -> PathBuf {
    static BUILT: OnceLock<Mutex<HashMap<String, PathBuf>>> = OnceLock::new();
    let map = BUILT.get_or_init(Default::default);
    // Hold the lock while building: a second test asking for the same fixture waits for it.
    let mut map = map.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(path) = map.get(entry) {
        return path.clone();
    }
    let dir = fresh_dir(&format!("built-{}", entry.replace('/', "_")));
    let out = dir.join(Path::new(entry).file_stem().unwrap());
    let src = fixture(entry);
    let result = pack(&["build", src.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(
        result.status.success(),
        "pack build {entry} failed:\n{}",
        String::from_utf8_lossy(&result.stderr)
    );
    map.insert(entry.to_string(), out.clone());
    out
}

pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: Option<i32>,
    /// The signal that ended the process, if one did.
    pub signal: Option<i32>,
}

impl Run {
    pub fn from_output(out: Output) -> Run {
        Run {
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            code: out.status.code(),
            signal: std::os::unix::process::ExitStatusExt::signal(&out.status),
        }
    }

    /// No sign of a Rust panic or backtrace.
    pub fn assert_no_panic(&self) {
        for marker in [
            "panicked",
            "RUST_BACKTRACE",
            "stack backtrace",
            "fatal runtime error",
        ] {
            assert!(
                !self.stderr.contains(marker),
                "stderr shows a panic:\n{}",
                self.stderr
            );
        }
    }
}

/// Runs `exe` without arguments in the working directory `dir`, with `env` added.
pub fn run_exe_in(exe: &Path, dir: &Path, env: &[(&str, &str)]) -> Run {
    run_exe_with(exe, &[], Some(dir), env)
}

pub fn run_exe(exe: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    run_exe_with(exe, args, None, env)
}

fn run_exe_with(exe: &Path, args: &[&str], dir: Option<&Path>, env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(exe);
    cmd.args(args).stdin(Stdio::null());
    if let Some(dir) = dir {
        cmd.current_dir(dir);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    Run::from_output(cmd.output().expect("run executable"))
}

/// `node`, if it is installed. Tests that compare with Node skip (saying so) where it is not.
pub fn node() -> Option<&'static Path> {
    static NODE: OnceLock<Option<PathBuf>> = OnceLock::new();
    NODE.get_or_init(|| {
        let ok = Command::new("node")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        ok.then(|| PathBuf::from("node"))
    })
    .as_deref()
}

pub fn run_node(script: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let node = node().expect("node is available");
    let mut cmd = Command::new(node);
    cmd.arg(script).args(args).stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    Run::from_output(cmd.output().expect("run node"))
}
