//! Startup snapshots: what runs at build time and what at launch, every built-in inside one,
//! and snapshots that do not belong to the runtime.

use std::path::{Path, PathBuf};

use pack_payload::SectionKind;

use crate::payload_errors::{assert_reports, runtime_with_payload};
use crate::support::*;

fn build(entry: &Path, out: &Path, extra: &[&str]) {
    let result = pack_build_as_given(entry, out, extra);
    assert!(
        result.status.success(),
        "pack build {} failed:\n{}",
        entry.display(),
        String::from_utf8_lossy(&result.stderr)
    );
}

fn json_line(run: &Run) -> serde_json::Value {
    run.assert_no_panic();
    assert_eq!(run.code, Some(0), "stderr:\n{}", run.stderr);
    serde_json::from_str(run.stdout.trim()).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

/// Top-level code reads the environment, arguments, files, the clock and the random generator
/// when the executable starts, with or without a snapshot.
#[test]
fn top_level_code_runs_at_launch_not_at_build() {
    let dir = fresh_dir("snapshot-launch");
    let entry = fixture("snapshot/launch.js");
    let data = dir.join("data.txt");
    std::fs::write(&data, "written before the build").unwrap();
    let built_at = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis()
        .to_string();
    let snap = dir.join("snap");
    let plain = dir.join("plain");
    build(&entry, &snap, &[]);
    build(&entry, &plain, &["--no-snapshot"]);
    std::fs::write(&data, "written after the build").unwrap();
    let home = dir.join("home");
    std::fs::create_dir_all(&home).unwrap();

    let launch = |exe: &Path, value: &str, arg: &str| {
        let mut cmd = std::process::Command::new(exe);
        cmd.arg(arg)
            .current_dir(&home)
            .env("PACK_TEST_VALUE", value)
            .env("PACK_TEST_FILE", &data)
            .env("PACK_TEST_BUILT_AT", &built_at)
            .env("HOME", &home)
            .stdin(std::process::Stdio::null());
        json_line(&Run::from_output(cmd.output().unwrap()))
    };
    let first = launch(&snap, "one", "--first");
    let second = launch(&snap, "two", "--second");
    let home_str = home.to_str().unwrap();
    for (run, value, arg) in [(&first, "one", "--first"), (&second, "two", "--second")] {
        assert_eq!(run["env"], value);
        assert_eq!(run["argv"], serde_json::json!([arg]));
        assert_eq!(run["file"], "written after the build");
        assert_eq!(run["cwd"], home_str);
        assert_eq!(run["home"], home_str);
        for fact in [
            "dirname",
            "nowAfterBuild",
            "uptimeSmall",
            "hrtimeSmall",
            "timeOrigin",
        ] {
            assert_eq!(run[fact], true, "{fact} in {run}");
        }
    }
    assert_ne!(first["random"], second["random"], "Math.random repeats");
    assert_ne!(first["pid"], second["pid"]);

    // The same facts without a snapshot: the program cannot tell the difference.
    let plain_run = launch(&plain, "one", "--first");
    for key in [
        "env",
        "argv",
        "file",
        "cwd",
        "home",
        "dirname",
        "timeOrigin",
    ] {
        assert_eq!(plain_run[key], first[key], "{key}");
    }
}

/// The public built-in modules, by the names `require` takes.
fn builtin_names() -> Vec<String> {
    let root = workspace().join("runtime/js/node");
    let mut names = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "js") {
                let rel = path.strip_prefix(&root).unwrap().with_extension("");
                names.push(rel.to_str().unwrap().to_string());
            }
        }
    }
    names.sort();
    names
}

/// A program that imports every built-in module has all of them loaded into its snapshot:
/// V8 refuses to make one that refers to a native function missing from the runtime's list
/// of external references, so this build fails if any is missing.
#[test]
fn every_built_in_module_fits_in_a_snapshot() {
    let dir = fresh_dir("snapshot-all-builtins");
    let names = builtin_names();
    assert!(names.len() > 20, "found only {names:?}");
    let mut source = String::from("const loaded = {};\n");
    for name in &names {
        source.push_str(&format!(
            "loaded[{name:?}] = typeof require('node:{name}');\n"
        ));
    }
    source.push_str("console.log(JSON.stringify(loaded));\n");
    let entry = dir.join("all.js");
    std::fs::write(&entry, source).unwrap();
    let exe = dir.join("all");
    build(&entry, &exe, &[]);
    let loaded = json_line(&run_exe(&exe, &[], &[]));
    for name in &names {
        let kind = loaded[name].as_str().unwrap_or("missing");
        assert!(
            kind == "object" || kind == "function",
            "node:{name} loaded as {kind}"
        );
    }
}

/// A packed application's arguments are its own, even the one that puts a bare runtime into
/// snapshot mode.
#[test]
fn snapshot_mode_argument_goes_to_the_application() {
    let dir = fresh_dir("snapshot-mode-arg");
    let entry = dir.join("args.js");
    std::fs::write(&entry, "console.log(process.argv.slice(2).join(' '));\n").unwrap();
    let exe = dir.join("args");
    build(&entry, &exe, &[]);
    let run = run_exe(&exe, &[pack_payload::SNAPSHOT_MODE_ARG, "fs"], &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(
        run.stdout,
        format!("{} fs\n", pack_payload::SNAPSHOT_MODE_ARG)
    );
}

fn with_snapshot(name: &str, build_id: pack_payload::BuildId, snapshot: Vec<u8>) -> PathBuf {
    runtime_with_payload(
        name,
        build_id,
        vec![
            (SectionKind::Manifest, br#"{"entry":"x.js"}"#.to_vec()),
            (SectionKind::Snapshot, snapshot),
        ],
    )
}

/// A real snapshot made for another runtime build is refused before V8 sees it.
#[test]
fn snapshot_of_another_runtime_build_is_refused() {
    let dir = fresh_dir("snapshot-other-build");
    let entry = dir.join("hi.js");
    std::fs::write(&entry, "console.log('hi');\n").unwrap();
    let exe = dir.join("hi");
    build(&entry, &exe, &[]);
    let bytes = std::fs::read(&exe).unwrap();
    let payload = pack_payload::Payload::parse(pack_payload::locate(&bytes).unwrap()).unwrap();
    let blob = payload
        .data(SectionKind::Snapshot)
        .unwrap()
        .expect("a snapshot section")
        .into_owned();
    let exe = with_snapshot("snapshot-other-build-exe", [0xcd; 16], blob);
    assert_reports(&exe, "runtime build cdcdcdcd");
}

/// Bytes that are not a V8 snapshot, under the right build id (a hand-made payload), give an
/// error rather than a V8 crash.
#[test]
fn bytes_that_are_not_a_snapshot_are_refused() {
    let runtime = std::fs::read(runtime_bin()).unwrap();
    let build_id = pack_payload::read_build_id(&runtime).unwrap();
    let junk: Vec<u8> = (0..65536u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    let exe = with_snapshot("snapshot-junk", build_id, junk);
    assert_reports(&exe, "snapshot");
}

/// Building without a snapshot stores the bundle as source: the executable is smaller, and
/// the snapshot build stores no separate bundle section.
#[test]
fn no_snapshot_stores_source_instead() {
    let dir = fresh_dir("snapshot-sections");
    let entry = fixture("hello/hello.js");
    let (snap, plain) = (dir.join("snap"), dir.join("plain"));
    build(&entry, &snap, &[]);
    build(&entry, &plain, &["--no-snapshot"]);
    let kinds = |exe: &Path| -> Vec<SectionKind> {
        let bytes = std::fs::read(exe).unwrap();
        let payload = pack_payload::Payload::parse(pack_payload::locate(&bytes).unwrap()).unwrap();
        payload.sections().iter().map(|s| s.kind).collect()
    };
    let snap_kinds = kinds(&snap);
    assert!(snap_kinds.contains(&SectionKind::Snapshot));
    assert!(!snap_kinds.contains(&SectionKind::Bundle));
    let plain_kinds = kinds(&plain);
    assert!(plain_kinds.contains(&SectionKind::Bundle));
    assert!(!plain_kinds.contains(&SectionKind::Snapshot));
    for exe in [&snap, &plain] {
        let run = run_exe(exe, &[], &[]);
        assert_eq!(run.stdout, "Hello from pack!\n");
    }
}

/// An early error that only V8 finds (a redeclaration) stops the build while the snapshot is
/// made, named by file, line and column, and nothing is written.
#[test]
fn code_v8_rejects_is_a_build_error_at_its_place() {
    let dir = fresh_dir("snapshot-early-error");
    std::fs::write(dir.join("main.js"), "require('./lib.js');\n").unwrap();
    std::fs::write(
        dir.join("lib.js"),
        "console.log('never');\nlet twice = 1;\nlet twice = 2;\n",
    )
    .unwrap();
    let out = dir.join("app");
    let entry = dir.join("main.js");
    let result = pack_as_given(&[
        "build",
        entry.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "lib.js:3:5: error: SyntaxError: Identifier 'twice' has already been declared"
        ),
        "{stderr}"
    );
    assert!(stderr.contains(" 3 | let twice = 2;\n"), "{stderr}");
    assert!(stderr.contains("   |     ^\n"), "{stderr}");
    assert!(!out.exists());
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 2, "{leftovers:?}");
}
