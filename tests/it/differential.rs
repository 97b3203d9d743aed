//! The same program under `node` and as a packed executable: the same output and exit code.
//! These tests need `node`; where it is not installed they say so and pass without comparing.

use std::path::Path;

use crate::support::*;

/// Makes stderr comparable: paths of the program, stack frames (Node's loader frames differ
/// from ours) and Node's version footer go.
fn normalize_stderr(stderr: &str, script_dir: &Path, exe_dir: &Path) -> String {
    let mut lines = Vec::new();
    for line in stderr.lines() {
        if line.starts_with("    at ") || line.starts_with("Node.js v") {
            continue;
        }
        let line = line
            .replace(script_dir.to_str().unwrap(), "<dir>")
            .replace(exe_dir.to_str().unwrap(), "<dir>");
        lines.push(line);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

fn compare(mode: &[&str]) {
    if node().is_none() {
        // The test harness shows this line for the skipped comparison.
        #[allow(clippy::print_stderr)]
        {
            eprintln!("skipped: node is not installed");
        }
        return;
    }
    let script = fixture("process/main.js");
    let exe = built("process/main.js");
    let expected = run_node(&script, mode, &[]);
    let actual = run_exe(&exe, mode, &[]);
    actual.assert_no_panic();
    assert_eq!(actual.stdout, expected.stdout, "stdout of {mode:?}");
    assert_eq!(actual.code, expected.code, "exit code of {mode:?}");
    let script_dir = script.parent().unwrap().canonicalize().unwrap();
    let exe_dir = exe.parent().unwrap().canonicalize().unwrap();
    assert_eq!(
        normalize_stderr(&actual.stderr, &script_dir, &exe_dir),
        normalize_stderr(&expected.stderr, &script_dir, &exe_dir),
        "stderr of {mode:?}"
    );
}

#[test]
fn same_as_node_args() {
    compare(&["args", "a", "b c"]);
}

#[test]
fn same_as_node_exit() {
    compare(&["exit", "4"]);
    compare(&["exitCode", "9"]);
    compare(&["badExitCode"]);
}

#[test]
fn same_as_node_uncaught_throw() {
    compare(&["throw"]);
    compare(&["throwValue"]);
}

#[test]
fn same_as_node_rejections() {
    compare(&["reject"]);
    compare(&["caught"]);
}

#[test]
fn same_as_node_await() {
    compare(&["await"]);
}

#[test]
fn same_as_node_streams() {
    compare(&["streams"]);
}

#[test]
fn same_as_node_format() {
    compare(&["format"]);
}

#[test]
fn same_as_node_info() {
    compare(&["info"]);
}

#[test]
fn same_as_node_require() {
    compare(&["require"]);
}
