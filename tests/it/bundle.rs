//! Projects, not single files: `pack build DIR` bundles the entry and everything it loads.

use std::path::Path;

use crate::differential::assert_same_as_node;
use crate::support::*;

/// `pack build ARGS... -o exe`, which must succeed; returns its stdout.
fn build_ok(args: &[&str], exe: &Path) -> String {
    build_ok_with("build", args, exe)
}

/// `pack COMMAND ARGS... -o out`, which must succeed; returns its stdout.
fn build_ok_with(command: &str, args: &[&str], exe: &Path) -> String {
    let mut all = vec![command];
    all.extend_from_slice(args);
    all.extend_from_slice(&["-o", exe.to_str().unwrap()]);
    let built = pack(&all);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    String::from_utf8_lossy(&built.stdout).into_owned()
}

/// fixtures/project mixes ES modules, CommonJS, JSON, a cycle, top-level await, `import()` and
/// a package with conditional exports; it ends with an uncaught error from another module.
/// Needs node (the oracle); skipped without it.
#[test]
fn mixed_project_runs_as_under_node() {
    let stderr = compare_project_with_node("project", "src/main.js", &[]);
    assert_original_places(&stderr);
}

#[test]
fn minified_mixed_project_runs_as_under_node() {
    let stderr = compare_project_with_node("project", "src/main.js", &["--minify"]);
    assert_original_places(&stderr);
}

/// The arrow and the stack frames of fixtures/project's uncaught error name the original
/// files, lines and columns (the comparison with node leaves frames out).
fn assert_original_places(stderr: &str) {
    for expected in [
        "src/fail.js:2\n  throw new RangeError",
        "at explode (file://",
        "/src/fail.js:2:9)\n",
        "/src/main.js:32:1\n",
    ] {
        assert!(stderr.contains(expected), "{expected:?} in:\n{stderr}");
    }
}

/// fixtures/esm-semantics: evaluation order with top-level await, `export *` chains and
/// ambiguities, default export names, a module importing itself, createRequire.
#[test]
fn es_module_semantics_as_under_node() {
    compare_project_with_node("esm-semantics", "src/main.js", &[]);
}

/// Builds fixtures/NAME, runs it and node on its `entry` (the one its package.json names), and
/// compares; returns the executable's stderr.
fn compare_project_with_node(name: &str, entry: &str, extra: &[&str]) -> String {
    if node().is_none() {
        #[allow(clippy::print_stderr)]
        {
            eprintln!("skipped: node is not installed");
        }
        return String::new();
    }
    let project = fixture(name);
    let dir = fresh_dir(&format!("{name}{}", extra.join("")));
    // The executable sits where the project root was: modules keep their relative places.
    let exe = dir.join("app");
    let mut args = vec![project.to_str().unwrap()];
    args.extend_from_slice(extra);
    build_ok(&args, &exe);

    let expected = run_node(&project.join(entry), &[], &[]);
    let actual = run_exe(&exe, &[], &[]);
    let _ = std::fs::remove_file(&exe);
    assert_same_as_node(name, &actual, &expected, &project, &dir);
    actual.stderr
}

#[test]
fn typescript_project_from_its_package_main() {
    let dir = fresh_dir("ts-project");
    let exe = dir.join("ts");
    build_ok(&[fixture("ts-project").to_str().unwrap()], &exe);
    let run = run_exe(&exe, &[], &[]);
    let _ = std::fs::remove_file(&exe);
    assert_eq!(run.stdout, "square 4.00\ncircle 3.14\nred Green 1\nboxed\n");
    assert_eq!(run.code, Some(0));
}

#[test]
fn every_error_of_a_project_in_one_run_and_nothing_written() {
    let dir = fresh_dir("broken-project");
    std::fs::write(dir.join("package.json"), r#"{"main": "main.js"}"#).unwrap();
    std::fs::write(dir.join("main.js"), "require('./a');\nrequire('./b');\n").unwrap();
    std::fs::write(dir.join("a.js"), "let x = = 1;\n").unwrap();
    std::fs::write(dir.join("b.mjs"), "export {};\n").unwrap();
    std::fs::write(
        dir.join("b.js"),
        "import { nope } from './b.mjs';\nimport gone from './gone.js';\n",
    )
    .unwrap();
    let out = dir.join("app");
    let result = pack(&["build", dir.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(1), "{stderr}");
    assert!(!out.exists());
    for expected in [
        "a.js:1:9: error:",
        "b.js:1:10: error: the module './b.mjs' does not provide an export named 'nope'",
        "b.js:2:18: error: cannot find module './gone.js'",
        " 2 | import gone from './gone.js';",
        "3 errors found; nothing was written",
    ] {
        assert!(stderr.contains(expected), "{expected:?} in:\n{stderr}");
    }
}

#[test]
fn bin_selection_and_missing_entries() {
    let dir = fresh_dir("bins");
    std::fs::write(
        dir.join("package.json"),
        r#"{"bin": {"one": "one.js", "two": "two.js"}}"#,
    )
    .unwrap();
    std::fs::write(dir.join("one.js"), "console.log('one')").unwrap();
    std::fs::write(dir.join("two.js"), "console.log('two')").unwrap();
    let out = dir.join("app");
    let result = pack(&["build", dir.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(1));
    assert!(stderr.contains("choose one with --bin NAME"), "{stderr}");
    build_ok(&[dir.to_str().unwrap(), "--bin", "two"], &out);
    assert_eq!(run_exe(&out, &[], &[]).stdout, "two\n");
    let _ = std::fs::remove_file(&out);
}

#[test]
fn bundle_command_writes_the_script_and_its_source_map() {
    let dir = fresh_dir("bundle-command");
    let out = dir.join("app.js");
    let stdout = build_ok_with("bundle", &[fixture("project").to_str().unwrap()], &out);
    assert!(stdout.contains(", 11 modules)"), "{stdout}");
    let code = std::fs::read_to_string(&out).unwrap();
    // CommonJS modules are carried as written.
    assert!(code.contains("exports.named = 'named export';"), "{code}");
    let map = std::fs::read_to_string(dir.join("app.js.map")).unwrap();
    assert!(map.contains("\"src/main.js\""), "{map}");
    assert!(map.contains("\"node_modules/cond-pkg/esm.mjs\""), "{map}");
    // No absolute paths of the build machine in either.
    let root = fixture("project").canonicalize().unwrap();
    assert!(!code.contains(root.to_str().unwrap()));
    assert!(!map.contains(root.to_str().unwrap()));
}

/// A package marked `--external` is not in the bundle: it loads from node_modules next to the
/// executable, by require and by import, and is missing (Node's error) where it is not there.
/// Needs node (the oracle); skipped without it.
#[test]
fn external_packages_load_from_disk_next_to_the_executable() {
    if node().is_none() {
        #[allow(clippy::print_stderr)]
        {
            eprintln!("skipped: node is not installed");
        }
        return;
    }
    let project = fixture("external-project");
    let dir = fresh_dir("external-project");
    let exe = dir.join("app");
    let stdout = build_ok(&[project.to_str().unwrap(), "--external", "ext-dep"], &exe);
    assert!(stdout.contains(", 2 modules)"), "{stdout}");

    let missing = run_exe(&exe, &[], &[]);
    missing.assert_no_panic();
    assert_eq!(missing.code, Some(1));
    assert!(
        missing.stderr.contains("Cannot find package 'ext-dep'"),
        "{}",
        missing.stderr
    );

    copy_dir(&project.join("node_modules"), &dir.join("node_modules"));
    let expected = run_node(&project.join("main.mjs"), &[], &[]);
    let actual = run_exe(&exe, &[], &[]);
    let _ = std::fs::remove_file(&exe);
    assert_eq!(actual.stdout, expected.stdout);
    assert_eq!(actual.code, Some(0), "{}", actual.stderr);
}

/// The same projects built in two places at two times give byte-identical executables, with
/// and without a snapshot, minified, with assets: nothing of the moment or of the build
/// machine is stored. No build path is inside either, searched in the file's bytes and in
/// every payload section decoded (compressed sections would hide it from the first search).
#[test]
fn a_project_built_in_two_places_gives_identical_executables() {
    let builds: [(&str, &[&str]); 3] = [
        ("project", &["--minify"]),
        ("assets-app", &["--snapshot"]),
        ("assets-app", &["--no-snapshot"]),
    ];
    let mut outputs: Vec<Vec<Vec<u8>>> = Vec::new();
    // At different times (SOURCE_DATE_EPOCH too): nothing of the moment is stored.
    for (place, epoch) in [
        ("repro-a", "1000000000"),
        ("repro-b/somewhere/deeper", "1700000000"),
    ] {
        let dir = fresh_dir(place);
        let mut executables = Vec::new();
        for (i, (fixture_name, flags)) in builds.iter().enumerate() {
            let project = dir.join(fixture_name);
            if !project.exists() {
                copy_dir(&fixture(fixture_name), &project);
            }
            let out = format!("app{i}");
            let mut args = vec!["build", project.to_str().unwrap(), "-o", &out];
            args.extend_from_slice(flags);
            let built = pack_in_as_given(&dir, &args, &[("SOURCE_DATE_EPOCH", epoch)]);
            assert!(
                built.status.success(),
                "{}",
                String::from_utf8_lossy(&built.stderr)
            );
            let bytes = std::fs::read(dir.join(&out)).unwrap();
            assert_no_build_path(&bytes, &dir);
            // What `pack inspect` reports of it names no build path either (the executable
            // is named relative to the directory, as the report repeats that name).
            let report = pack_in_as_given(&dir, &["inspect", "--json", &out], &[]);
            assert!(report.status.success());
            let report = String::from_utf8(report.stdout).unwrap();
            assert!(report.contains("\"modules\""), "{report}");
            assert!(!report.contains(dir.to_str().unwrap()), "{report}");
            executables.push(bytes);
        }
        outputs.push(executables);
        let _ = std::fs::remove_dir_all(&dir);
        std::thread::sleep(std::time::Duration::from_millis(1100));
    }
    for (i, (fixture_name, flags)) in builds.iter().enumerate() {
        assert!(
            outputs[0][i] == outputs[1][i],
            "{fixture_name} {flags:?}: the two executables differ"
        );
    }
    assert_snapshot_independent_of_collections(&outputs[0][1]);
}

/// The heap a snapshot saves does not depend on which garbage collections ran while it was
/// made. A busy build machine changes the collector's timing, so a snapshot that did would
/// differ from build to build; here every collection is forced to be a full one instead.
fn assert_snapshot_independent_of_collections(usual: &[u8]) {
    let dir = fresh_dir("repro-collections");
    copy_dir(&fixture("assets-app"), &dir.join("assets-app"));
    let args = [
        "build",
        "assets-app",
        "-o",
        "app",
        "--snapshot",
        "--v8-flags=--gc-global",
    ];
    let built = pack_in_as_given(&dir, &args, &[]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let forced = std::fs::read(dir.join("app")).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let snapshot = |exe: &[u8]| {
        let payload = pack_payload::Payload::parse(pack_payload::locate(exe).unwrap()).unwrap();
        let data = payload.data(pack_payload::SectionKind::Snapshot).unwrap();
        data.expect("a snapshot section").into_owned()
    };
    assert!(
        snapshot(usual) == snapshot(&forced),
        "the snapshot changed when every collection was a full one"
    );
}

/// Neither the executable's bytes nor any section of its payload, decoded (each asset too),
/// holds `dir`.
fn assert_no_build_path(exe: &[u8], dir: &Path) {
    let needle = dir.to_str().unwrap().as_bytes();
    let holds = |bytes: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(
        !holds(exe),
        "the executable holds the build path {}",
        dir.display()
    );
    let payload = pack_payload::Payload::parse(pack_payload::locate(exe).unwrap()).unwrap();
    for section in payload.sections() {
        let data = section.data().unwrap();
        let name = section.kind.name();
        assert!(
            !holds(&data),
            "section {name} holds the build path {}",
            dir.display()
        );
        if section.kind == pack_payload::SectionKind::Assets {
            for asset in pack_payload::read_assets(&data).unwrap() {
                let path = asset.path;
                assert!(
                    !holds(&asset.data().unwrap()),
                    "asset {path} holds the build path"
                );
            }
        }
    }
}

/// tsconfig.json's `jsx: react-jsx` with `jsxImportSource`: .tsx files call the named
/// package's jsx-runtime, imported like any other module.
#[test]
fn jsx_through_the_automatic_runtime_named_by_tsconfig() {
    let dir = fresh_dir("jsx-project");
    let exe = dir.join("jsx");
    let stdout = build_ok(&[fixture("jsx-project").to_str().unwrap()], &exe);
    assert!(stdout.contains(", 4 modules)"), "{stdout}");
    let run = run_exe(&exe, &[], &[]);
    let _ = std::fs::remove_file(&exe);
    assert_eq!(
        run.stdout,
        "<main id=\"top\"><section class=\"card\"><h2>List</h2><ul><li>one</li><li>two</li></ul></section><p>fragment</p></main>\n"
    );
}

/// `pack build -o OUT` with no path builds the current directory, whose package.json's
/// `"pack".entry` wins over `"main"`; a directory with neither falls back to index.js. A
/// `require` the bundler cannot resolve is a warning naming the place, and Node's
/// MODULE_NOT_FOUND when the program reaches it.
#[test]
fn entry_from_the_current_directory_and_unresolved_requires() {
    let dir = fresh_dir("cwd-project");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(
        dir.join("package.json"),
        r#"{"main": "other.js", "pack": {"entry": "src/app.js"}}"#,
    )
    .unwrap();
    std::fs::write(dir.join("other.js"), "console.log('not me')").unwrap();
    std::fs::write(
        dir.join("src/app.js"),
        "console.log('app');\nfunction later() {\n  return require('not-installed');\n}\nlater();\n",
    )
    .unwrap();
    let built = std::process::Command::new(pack_bin())
        .args(["build", "-o", "app"])
        .current_dir(&dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&built.stderr);
    assert!(built.status.success(), "{stderr}");
    assert!(
        stderr.contains("src/app.js:3:10: warning: cannot find module 'not-installed'"),
        "{stderr}"
    );
    let run = run_exe(&dir.join("app"), &[], &[]);
    let _ = std::fs::remove_file(dir.join("app"));
    assert_eq!(run.stdout, "app\n");
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr
            .contains("Error: Cannot find module 'not-installed'")
            && run.stderr.contains("code: 'MODULE_NOT_FOUND'"),
        "{}",
        run.stderr
    );

    let plain = fresh_dir("index-project");
    std::fs::write(plain.join("index.js"), "console.log('index')").unwrap();
    build_ok(&[plain.to_str().unwrap()], &plain.join("app"));
    assert_eq!(run_exe(&plain.join("app"), &[], &[]).stdout, "index\n");
    let _ = std::fs::remove_file(plain.join("app"));
}
