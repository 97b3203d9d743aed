//! `pack build` on bad input: one clear message naming the path, exit code 1, nothing written.

use std::path::Path;

use crate::support::*;

fn assert_fails_cleanly(args: &[&str], out: &Path, must_mention: &str) -> String {
    let result = pack(args);
    let stderr = String::from_utf8_lossy(&result.stderr).into_owned();
    assert_eq!(result.status.code(), Some(1), "stderr: {stderr}");
    assert!(
        stderr.contains(must_mention),
        "stderr should name {must_mention}: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!out.exists(), "{} was written", out.display());
    // No temporary file left behind either.
    if let Some(dir) = out.parent().filter(|d| d.is_dir()) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let name = entry.unwrap().file_name();
            assert!(
                !name.to_string_lossy().starts_with(".pack-"),
                "left {name:?}"
            );
        }
    }
    stderr
}

#[test]
fn syntax_error_is_reported_with_position_line_and_caret() {
    let dir = fresh_dir("syntax");
    let out = dir.join("app");
    let entry = fixture("syntax-error/bad.js");
    let stderr = assert_fails_cleanly(
        &[
            "build",
            entry.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
        &out,
        "bad.js:2:14: error:",
    );
    assert!(stderr.contains(" 2 | let broken = = 2;\n"), "{stderr}");
    assert!(stderr.contains("   |              ^\n"), "{stderr}");
}

#[test]
fn missing_entry() {
    let dir = fresh_dir("missing-entry");
    let out = dir.join("app");
    let entry = dir.join("nope.js");
    let stderr = assert_fails_cleanly(
        &[
            "build",
            entry.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
        &out,
        entry.to_str().unwrap(),
    );
    assert!(stderr.contains("No such file or directory"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
}

#[test]
fn directory_entry() {
    let dir = fresh_dir("dir-entry");
    let out = dir.join("app");
    let stderr = assert_fails_cleanly(
        &["build", dir.to_str().unwrap(), "-o", out.to_str().unwrap()],
        &out,
        dir.to_str().unwrap(),
    );
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
}

#[test]
fn unreadable_entry() {
    use std::os::unix::fs::PermissionsExt;
    let dir = fresh_dir("unreadable");
    let entry = dir.join("secret.js");
    std::fs::write(&entry, "console.log(1)").unwrap();
    std::fs::set_permissions(&entry, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&entry).is_ok() {
        // Running as root: permissions do not stop reads; use an entry that is not UTF-8.
        std::fs::write(&entry, [0xff, 0xfe, 0x00]).unwrap();
    }
    let out = dir.join("app");
    assert_fails_cleanly(
        &[
            "build",
            entry.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
        &out,
        entry.to_str().unwrap(),
    );
}

#[test]
fn output_directory_missing() {
    let dir = fresh_dir("out-missing");
    let out = dir.join("no/such/dir/app");
    let entry = fixture("hello/hello.js");
    let stderr = assert_fails_cleanly(
        &[
            "build",
            entry.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
        &out,
        dir.join("no/such/dir").to_str().unwrap(),
    );
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
}

#[test]
fn output_equal_to_input_is_refused() {
    let dir = fresh_dir("same-file");
    let entry = dir.join("app.js");
    std::fs::write(&entry, "console.log('keep me')").unwrap();
    let result = pack(&[
        "build",
        entry.to_str().unwrap(),
        "-o",
        entry.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(1));
    assert!(stderr.contains("same file"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&entry).unwrap(),
        "console.log('keep me')"
    );
}

#[test]
fn runtime_that_is_not_a_runtime() {
    let dir = fresh_dir("bad-runtime");
    let fake = dir.join("fake-runtime");
    std::fs::write(&fake, "#!/bin/sh\necho hi\n").unwrap();
    let out = dir.join("app");
    let entry = fixture("hello/hello.js");
    assert_fails_cleanly(
        &[
            "build",
            entry.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--runtime",
            fake.to_str().unwrap(),
        ],
        &out,
        fake.to_str().unwrap(),
    );
}

#[test]
fn explicit_runtime_and_success_line() {
    let dir = fresh_dir("explicit-runtime");
    let out = dir.join("app");
    let entry = fixture("hello/hello.js");
    let runtime = runtime_bin();
    let result = pack(&[
        "build",
        entry.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--runtime",
        runtime.to_str().unwrap(),
    ]);
    assert!(result.status.success());
    let stdout = String::from_utf8_lossy(&result.stdout);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.starts_with(out.to_str().unwrap()), "{stdout}");
    assert!(stdout.contains(" MB, 1 module)"), "{stdout}");
    assert_eq!(run_exe(&out, &[], &[]).stdout, "Hello from pack!\n");
}

#[test]
fn packed_executable_is_refused_as_runtime() {
    let dir = fresh_dir("packed-as-runtime");
    let out = dir.join("app");
    let entry = fixture("hello/hello.js");
    let packed = built("hello/hello.js");
    let stderr = assert_fails_cleanly(
        &[
            "build",
            entry.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--runtime",
            packed.to_str().unwrap(),
        ],
        &out,
        "already carries an application",
    );
    assert!(stderr.contains(packed.to_str().unwrap()));
}

#[test]
fn builds_are_byte_identical() {
    let dir = fresh_dir("determinism");
    let entry = fixture("process/main.js");
    let a = dir.join("a");
    let b = dir.join("b");
    for out in [&a, &b] {
        assert!(
            pack(&[
                "build",
                entry.to_str().unwrap(),
                "-o",
                out.to_str().unwrap()
            ])
            .status
            .success()
        );
    }
    let (a, b) = (std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
    assert!(a == b, "two builds of the same input differ");
}
