//! The build tool around `pack build`: package.json settings and their command-line overrides,
//! default output names, `pack inspect`, baked V8 flags, executables that ignore the launching
//! environment, completions and exit codes.

use std::path::Path;

use crate::support::{NO_SNAPSHOT_ENV, fresh_dir, pack_as_given, pack_in, run_exe, runtime_bin};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A project in `dir`: package.json as given, and `src/main.js` printing the heap limit (which
/// V8 flags change), whether a bundled helper loaded, and what NODE_OPTIONS holds.
fn write_project(dir: &Path, package_json: &str) {
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(dir.join("package.json"), package_json).unwrap();
    std::fs::write(
        dir.join("src/main.js"),
        "const v8 = require('v8');\n\
         const helper = require('./helper');\n\
         console.log('heap MB', Math.round(v8.getHeapStatistics().heap_size_limit / 1048576));\n\
         console.log(helper.greet('pack'), JSON.stringify(process.env.NODE_OPTIONS));\n\
         console.log('dotenv', process.env.FROM_DOTENV);\n\
         try {\n\
           require('module').createRequire(process.execPath)('injected');\n\
         } catch (e) {\n\
           console.log('not injected', e.code);\n\
         }\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("src/helper.js"),
        "exports.greet = function greet(name) {\n  return `hello ${name}`.padEnd(12, '.');\n};\n",
    )
    .unwrap();
}

fn inspect_json(exe: &Path) -> serde_json::Value {
    let out = pack_as_given(&["inspect", "--json", exe.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("inspect --json prints JSON")
}

/// package.json's `"pack"` settings apply (output place, minify, external, V8 flags), flags
/// on the command line win over them, and `pack inspect` reports what was built.
#[test]
fn package_json_settings_flags_and_inspect() {
    let dir = fresh_dir("cli-config");
    write_project(
        &dir,
        r#"{"name": "@scope/configured", "main": "src/main.js",
            "pack": {"output": "dist/tool", "minify": true, "external": ["left-pad"],
                     "v8Flags": ["--max-old-space-size=96"]}}"#,
    );
    std::fs::create_dir_all(dir.join("dist")).unwrap();
    let built = pack_in(&dir, &["build"], &[]);
    assert!(built.status.success(), "{}", text(&built.stderr));
    let exe = dir.join("dist/tool");
    assert!(text(&built.stdout).starts_with(exe.to_str().unwrap()));
    // NODE_OPTIONS cannot change the heap the build fixed, nor load anything; NODE_PATH
    // adds no place to load modules from, and nothing is read from the working directory.
    std::fs::write(dir.join("evil.js"), "console.log('evil loaded')").unwrap();
    std::fs::create_dir_all(dir.join("global/injected")).unwrap();
    std::fs::write(
        dir.join("global/injected/index.js"),
        "console.log('evil loaded')",
    )
    .unwrap();
    std::fs::write(dir.join(".env"), "FROM_DOTENV=1\n").unwrap();
    let global = dir.join("global");
    let run = crate::support::run_exe_in(
        &exe,
        &dir,
        &[
            (
                "NODE_OPTIONS",
                "--max-old-space-size=4000 --require ./evil.js",
            ),
            ("NODE_PATH", global.to_str().unwrap()),
        ],
    );
    assert!(
        run.stdout.contains("not injected MODULE_NOT_FOUND"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("dotenv undefined"), "{}", run.stdout);
    let limit = run.stdout.lines().next().unwrap_or_default().to_string();
    let mb: u64 = limit.trim_start_matches("heap MB ").parse().expect(&limit);
    assert!(
        (96..400).contains(&mb),
        "heap limit {mb} MB: {}",
        run.stdout
    );
    assert!(!run.stdout.contains("evil loaded"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("hello pack.. \"--max-old-space-size=4000 --require ./evil.js\""),
        "{}",
        run.stdout
    );

    let report = inspect_json(&exe);
    let snapshot = std::env::var_os(NO_SNAPSHOT_ENV).is_none();
    assert_eq!(report["entry"], "src/main.js");
    assert_eq!(report["pack"], env!("CARGO_PKG_VERSION"));
    assert_eq!(report["runtime"]["pack"], env!("CARGO_PKG_VERSION"));
    assert!(
        report["runtime"]["v8"]
            .as_str()
            .is_some_and(|v| v.contains('.'))
    );
    assert!(
        report["runtime"]["node"]
            .as_str()
            .is_some_and(|v| v.starts_with("20."))
    );
    assert_eq!(report["options"]["minify"], true);
    assert_eq!(report["options"]["snapshot"], snapshot);
    assert_eq!(
        report["options"]["external"],
        serde_json::json!(["left-pad"])
    );
    assert_eq!(
        report["options"]["v8Flags"],
        serde_json::json!(["--max-old-space-size=96"])
    );
    // Each module with its source size, the largest first.
    let modules: Vec<(&str, u64)> = report["modules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["path"].as_str().unwrap(), m["size"].as_u64().unwrap()))
        .collect();
    let mut expected: Vec<(&str, u64)> = ["src/main.js", "src/helper.js"]
        .into_iter()
        .map(|p| (p, std::fs::metadata(dir.join(p)).unwrap().len()))
        .collect();
    expected.sort_by_key(|m| std::cmp::Reverse(m.1));
    assert_eq!(modules, expected);
    let sections: Vec<&str> = report["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    let code = if snapshot { "snapshot" } else { "bundle" };
    assert_eq!(sections, ["manifest", code, "source map", "contents"]);
    let sizes = report["size"].as_u64().unwrap();
    assert_eq!(
        sizes,
        report["runtimeSize"].as_u64().unwrap() + report["payloadSize"].as_u64().unwrap()
    );
    assert_eq!(sizes, std::fs::metadata(&exe).unwrap().len());
    // The payload's format, the runtime build it is for, and each section's two sizes: raw
    // ones stored as they are, compressed ones smaller, all within the payload.
    assert_eq!(report["formatVersion"], pack_payload::FORMAT_VERSION);
    let runtime = std::fs::read(runtime_bin()).unwrap();
    let build_id = pack_payload::read_build_id(&runtime).unwrap();
    assert_eq!(report["runtimeBuild"], pack_payload::hex(&build_id));
    let mut stored_total = 0;
    for section in report["sections"].as_array().unwrap() {
        let stored = section["storedSize"].as_u64().unwrap();
        let size = section["size"].as_u64().unwrap();
        match section["codec"].as_str().unwrap() {
            "raw" => assert_eq!(stored, size, "{section}"),
            _ => assert!(stored < size, "{section}"),
        }
        stored_total += stored;
    }
    assert!(stored_total < report["payloadSize"].as_u64().unwrap());

    // The text form says the same for people.
    let shown = pack_as_given(&["inspect", exe.to_str().unwrap()]);
    let shown = text(&shown.stdout);
    for part in [
        "packed executable",
        "runtime         pack-runtime ",
        "entry           src/main.js",
        "minified        yes",
        "external        left-pad",
        "V8 flags        --max-old-space-size=96",
        "modules (2,",
    ] {
        assert!(shown.contains(part), "{part:?} missing from:\n{shown}");
    }

    // Flags win: another output, no minifying, other V8 flags, no externals given stays as
    // configured.
    let other = dir.join("other");
    let built = pack_in(
        &dir,
        &[
            "build",
            "--no-minify",
            "-o",
            other.to_str().unwrap(),
            "--v8-flags",
            "--max-old-space-size=200 --stack-size=500",
        ],
        &[],
    );
    assert!(built.status.success(), "{}", text(&built.stderr));
    let report = inspect_json(&other);
    assert_eq!(report["options"]["minify"], false);
    assert_eq!(
        report["options"]["v8Flags"],
        serde_json::json!(["--max-old-space-size=200", "--stack-size=500"])
    );
    let run = run_exe(&other, &[], &[]);
    let mb: u64 = run.stdout.lines().next().unwrap()["heap MB ".len()..]
        .parse()
        .unwrap();
    assert!((200..500).contains(&mb), "{}", run.stdout);
    let _ = std::fs::remove_file(&other);

    // Heap sizes given two ways at once (total and old space) are the launch's: making the
    // snapshot, which sizes its heap on its own, does not trip over them.
    let sized = dir.join("sized");
    let built = pack_in(
        &dir,
        &[
            "build",
            "-o",
            sized.to_str().unwrap(),
            "--snapshot",
            "--v8-flags",
            "--max-heap-size=300 --max-old-space-size=200",
        ],
        &[],
    );
    assert!(built.status.success(), "{}", text(&built.stderr));
    let run = run_exe(&sized, &[], &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.starts_with("heap MB "), "{}", run.stdout);
    let _ = std::fs::remove_file(&sized);
    let _ = std::fs::remove_file(&exe);
}

/// `"pack".snapshot`, `.assets` and `.external` apply, and the flags replace them (assets and
/// externals are replaced, not merged): seen in `pack inspect` and in what the program finds.
#[test]
fn snapshot_assets_and_external_settings_yield_to_flags() {
    let dir = fresh_dir("cli-settings-override");
    for (path, body) in [
        (
            "package.json",
            r#"{"name": "over", "main": "main.js",
                "pack": {"snapshot": false, "assets": ["a"], "external": ["left-pad"]}}"#,
        ),
        (
            "main.js",
            "const fs = require('fs');\nconst path = require('path');\n\
             const has = (p) => fs.existsSync(path.join(__dirname, p));\n\
             console.log('a', has('a/x.txt'), 'b', has('b/y.txt'));\n",
        ),
        ("a/x.txt", "x"),
        ("b/y.txt", "y"),
    ] {
        let file = dir.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, body).unwrap();
    }
    // Built into a directory of their own, so that the project's real files are not found.
    std::fs::create_dir_all(dir.join("out")).unwrap();
    let build = |extra: &[&str], out: &str| {
        let mut args = vec!["build", "-o", out];
        args.extend_from_slice(extra);
        let built = crate::support::pack_in_as_given(&dir, &args, &[]);
        assert!(built.status.success(), "{}", text(&built.stderr));
        let exe = dir.join(out);
        (inspect_json(&exe), run_exe(&exe, &[], &[]).stdout)
    };
    let names = |list: &serde_json::Value, key: &str| -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|x| x[key].as_str().unwrap().to_string())
            .collect()
    };

    let (report, stdout) = build(&[], "out/configured");
    assert_eq!(report["options"]["snapshot"], false);
    assert!(names(&report["sections"], "name").contains(&"bundle".to_string()));
    assert_eq!(names(&report["assets"], "path"), ["a/x.txt"]);
    assert_eq!(
        report["options"]["external"],
        serde_json::json!(["left-pad"])
    );
    assert_eq!(stdout, "a true b false\n");

    let (report, stdout) = build(
        &["--snapshot", "--assets", "b", "--external", "right-pad"],
        "out/flagged",
    );
    assert_eq!(report["options"]["snapshot"], true);
    assert!(names(&report["sections"], "name").contains(&"snapshot".to_string()));
    assert_eq!(names(&report["assets"], "path"), ["b/y.txt"]);
    assert_eq!(
        report["options"]["external"],
        serde_json::json!(["right-pad"])
    );
    assert_eq!(stdout, "a false b true\n");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A packed executable starts the same whatever launches it: arguments that would steer the
/// runtime (its own build-time modes, Node's options) are the program's arguments, Node's
/// start-up variables change nothing and write nothing, and modules in the working
/// directory's node_modules are not loaded.
#[test]
fn launch_environment_and_arguments_change_nothing() {
    let dir = fresh_dir("cli-hermetic");
    std::fs::write(
        dir.join("main.js"),
        "console.log(JSON.stringify(process.argv.slice(2)), JSON.stringify(process.execArgv));\n\
         console.log('heap MB', Math.round(require('v8').getHeapStatistics().heap_size_limit / 1048576));\n\
         try {\n  require('injected');\n} catch (e) {\n  console.log('not injected', e.code);\n}\n\
         process.emitWarning('careful');\n",
    )
    .unwrap();
    let exe = dir.join("bin/app");
    std::fs::create_dir_all(dir.join("bin")).unwrap();
    let built = pack_in(
        &dir,
        &[
            "build",
            "main.js",
            "-o",
            "bin/app",
            "--v8-flags",
            "--max-old-space-size=64",
        ],
        &[],
    );
    assert!(built.status.success(), "{}", text(&built.stderr));
    // The working directory offers a module, a preload, an .env and a config file.
    let cwd = dir.join("cwd");
    std::fs::create_dir_all(cwd.join("node_modules/injected")).unwrap();
    let evil =
        "require('fs').writeFileSync(__dirname + '/../../ran', 'x'); console.log('evil loaded');";
    std::fs::write(cwd.join("node_modules/injected/index.js"), evil).unwrap();
    std::fs::write(cwd.join("evil.js"), evil).unwrap();
    std::fs::write(cwd.join(".env"), "NODE_OPTIONS=--require ./evil.js\n").unwrap();
    std::fs::write(
        cwd.join("package.json"),
        r##"{"type": "module", "imports": {"#x": "./evil.js"}}"##,
    )
    .unwrap();
    let args = [
        pack_payload::SNAPSHOT_MODE_ARG,
        pack_payload::VERSIONS_ARG,
        "--max-old-space-size=1",
        "--require",
        "./evil.js",
        "-e",
        "console.log('evaluated')",
    ];
    let coverage = dir.join("coverage");
    let warnings = dir.join("warnings.txt");
    let env = [
        (
            "NODE_OPTIONS",
            "--max-old-space-size=4000 --require ./evil.js",
        ),
        ("NODE_V8_COVERAGE", coverage.to_str().unwrap()),
        ("NODE_REDIRECT_WARNINGS", warnings.to_str().unwrap()),
        ("NODE_EXTRA_CA_CERTS", "/nonexistent/ca.pem"),
        ("NODE_ICU_DATA", "/nonexistent/icu"),
        ("NODE_PRESERVE_SYMLINKS", "1"),
        ("NODE_PENDING_DEPRECATION", "1"),
        ("UV_THREADPOOL_SIZE", "1"),
    ];
    let mut cmd = std::process::Command::new(&exe);
    cmd.args(args)
        .current_dir(&cwd)
        .stdin(std::process::Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let run = crate::support::Run::from_output(cmd.output().unwrap());
    run.assert_no_panic();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let argv = serde_json::to_string(&args).unwrap();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", run.stdout);
    assert_eq!(lines[0], format!("{argv} []"));
    assert_eq!(lines[2], "not injected MODULE_NOT_FOUND");
    // The heap the build fixed (V8 adds the young generation to it), not NODE_OPTIONS's.
    let mb: u64 = lines[1]
        .trim_start_matches("heap MB ")
        .parse()
        .expect(lines[1]);
    assert!((64..200).contains(&mb), "{}", run.stdout);
    // The warning goes where it always goes; nothing was written or run.
    assert!(run.stderr.contains("Warning: careful"), "{}", run.stderr);
    assert!(!warnings.exists() && !coverage.exists() && !dir.join("ran").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

/// Without `--output` or `"pack".output` the executable is named after the package (its
/// scope left out), or after the entry file when the package has no name, in the current
/// directory.
#[test]
fn default_output_names() {
    let dir = fresh_dir("cli-names");
    write_project(
        &dir.join("named"),
        r#"{"name": "@me/named-tool", "main": "src/main.js"}"#,
    );
    let built = pack_in(&dir, &["build", "named"], &[]);
    assert!(built.status.success(), "{}", text(&built.stderr));
    assert!(dir.join("named-tool").is_file());
    assert!(text(&built.stdout).starts_with("named-tool ("));

    write_project(&dir.join("anonymous"), r#"{"main": "src/main.js"}"#);
    let built = pack_in(&dir, &["build", "anonymous/src/main.js"], &[]);
    assert!(built.status.success(), "{}", text(&built.stderr));
    assert!(dir.join("main").is_file());
    let run = run_exe(&dir.join("main"), &[], &[]);
    assert!(run.stdout.contains("hello pack"), "{}", run.stdout);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Wrong settings stop the build before anything is written, with a message naming the file
/// and the key; bad V8 flags are refused too.
#[test]
fn bad_settings_name_the_key() {
    let dir = fresh_dir("cli-bad-config");
    let cases = [
        (
            r#"{"pack": {"minfy": true}}"#,
            "unknown key \"pack\".minfy (the keys are: entry, output, assets, external, minify, snapshot, v8Flags, preinit)",
        ),
        (
            r#"{"pack": {"minify": "yes"}}"#,
            "\"pack\".minify must be true or false, not a string",
        ),
        (
            r#"{"pack": {"external": "left-pad"}}"#,
            "\"pack\".external must be an array of package names, not a string",
        ),
        (
            r#"{"pack": {"preinit": "lodash"}}"#,
            "\"pack\".preinit must be an array of module names, not a string",
        ),
        (r#"{"pack": "fast"}"#, "\"pack\" must be an object"),
        (
            r#"{"main": "src/main.js", "pack": {"v8Flags": "max-old-space-size=9"}}"#,
            "\"pack\".v8Flags: \"max-old-space-size=9\" is not a V8 flag",
        ),
    ];
    for (json, message) in cases {
        write_project(&dir, json);
        let out = pack_in(&dir, &["build", "-o", "app"], &[]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{json}: {stderr}");
        assert!(stderr.contains(message), "{json}: {stderr}");
        assert!(
            stderr.contains(dir.join("package.json").to_str().unwrap()),
            "{stderr}"
        );
        assert!(
            !dir.join("app").exists(),
            "{json}: an executable was written"
        );
    }
    write_project(&dir, r#"{"main": "src/main.js"}"#);
    let out = pack_in(&dir, &["build", "-o", "app", "--v8-flags", "--help"], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("--v8-flags: \"--help\" is not a V8 flag"));
    // Three heap sizes at once parse, but V8 would stop when it sizes the heap at launch.
    let three = "--max-heap-size=300 --max_old_space_size=200 --max-semi-space-size=8";
    let out = pack_in(&dir, &["build", "-o", "app", "--v8-flags", three], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("--v8-flags: --max-heap-size cannot be given with both"),
        "{}",
        text(&out.stderr)
    );
    // V8 itself judges the flags, with or without a snapshot.
    for flags in ["--no-such-flag", "--max-old-space-size=lots"] {
        let out = pack_in(&dir, &["build", "-o", "app", "--v8-flags", flags], &[]);
        assert_eq!(out.status.code(), Some(1));
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains("--v8-flags: ") && stderr.contains(flags),
            "{stderr}"
        );
    }
    assert!(!dir.join("app").exists());
}

/// `pack inspect` on what is not a packed executable: a clear error naming it, status 1.
#[test]
fn inspect_refuses_what_is_not_packed() {
    let dir = fresh_dir("cli-inspect-bad");
    let text_file = dir.join("notes.txt");
    std::fs::write(&text_file, "plain text").unwrap();
    let runtime = runtime_bin();
    let missing = dir.join("missing");
    for (file, message) in [
        (
            text_file.as_path(),
            "not an executable this version of pack understands",
        ),
        (
            runtime.as_path(),
            "not a packed executable (it carries no payload)",
        ),
        (missing.as_path(), "cannot read"),
    ] {
        let out = pack_as_given(&["inspect", file.to_str().unwrap()]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains(message), "{stderr}");
        assert!(stderr.contains(file.to_str().unwrap()), "{stderr}");
        assert!(out.stdout.is_empty());
    }
}

/// Completion scripts for the shells, and the documented exit statuses: 2 for a command line
/// pack does not understand.
#[test]
fn completions_and_usage_errors() {
    for (shell, marker) in [
        ("bash", "_pack()"),
        ("zsh", "#compdef pack"),
        ("fish", "complete -c pack"),
    ] {
        let out = pack_as_given(&["completions", shell]);
        assert!(out.status.success());
        let script = text(&out.stdout);
        assert!(script.contains(marker), "{shell}: {script}");
        assert!(
            script.contains("inspect") && script.contains("v8-flags"),
            "{shell}"
        );
    }
    for args in [
        &["completions", "tcsh"][..],
        &["frobnicate"],
        &["build", "--no-such-option"],
    ] {
        let out = pack_as_given(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let help = text(&pack_as_given(&["help", "build"]).stdout);
    assert!(
        help.contains("Examples:") && help.contains("pack build --bin mytool"),
        "{help}"
    );
    let version = text(&pack_as_given(&["--version"]).stdout);
    assert_eq!(
        version.trim(),
        format!("pack {}", env!("CARGO_PKG_VERSION"))
    );
}

/// Each phase with its time on standard error (plain lines when it is not a terminal), the
/// summary on standard output; `--quiet` says nothing, `--verbose` more.
#[test]
fn progress_lines_quiet_and_verbose() {
    let dir = fresh_dir("cli-progress");
    write_project(&dir, r#"{"name": "progress", "main": "src/main.js"}"#);
    let built = pack_in(&dir, &["build"], &[]);
    assert!(built.status.success(), "{}", text(&built.stderr));
    let stderr = text(&built.stderr);
    let phases: Vec<&str> = stderr
        .lines()
        .map(|l| l.split_whitespace().next().unwrap_or_default())
        .collect();
    let expected: &[&str] = if std::env::var_os(NO_SNAPSHOT_ENV).is_none() {
        &["resolve", "bundle", "snapshot", "write"]
    } else {
        &["resolve", "bundle", "write"]
    };
    assert_eq!(phases, expected, "{stderr}");
    assert!(stderr.contains(" s  2 modules, "), "{stderr}");
    assert!(
        !stderr.contains('\x1b'),
        "no terminal, no escapes: {stderr}"
    );
    // The summary: the executable, its size and the module count.
    let size = std::fs::metadata(dir.join("progress")).unwrap().len() as f64 / 1e6;
    assert_eq!(
        text(&built.stdout),
        format!("progress ({size:.1} MB, 2 modules)\n")
    );

    let quiet = pack_in(&dir, &["build", "--quiet"], &[]);
    assert!(quiet.status.success());
    assert_eq!(
        (text(&quiet.stdout), text(&quiet.stderr)),
        (String::new(), String::new())
    );

    let verbose = pack_in(&dir, &["build", "--verbose"], &[]);
    assert!(verbose.status.success());
    let stderr = text(&verbose.stderr);
    assert!(
        stderr.contains("  runtime ") && stderr.contains("  project "),
        "{stderr}"
    );
    assert!(
        stderr.contains("  section manifest (raw): ")
            && stderr.contains("  section source map (zstd): "),
        "{stderr}"
    );
    assert_eq!(
        pack_in(&dir, &["build", "--quiet", "--verbose"], &[])
            .status
            .code(),
        Some(2)
    );
}

/// On a terminal (through `script`, where it is installed): a spinner and coloured errors,
/// but no colours when NO_COLOR is set.
#[test]
fn terminal_spinner_and_colours() {
    if !Path::new("/usr/bin/script").exists() {
        // The test harness shows this line for the skipped test.
        #[allow(clippy::print_stderr)]
        {
            eprintln!("skipped: script(1) is not installed to give pack a terminal");
        }
        return;
    }
    let dir = fresh_dir("cli-terminal");
    write_project(&dir, r#"{"name": "tty", "main": "src/main.js"}"#);
    std::fs::write(dir.join("bad.js"), "let x = ;\n").unwrap();
    let pack = crate::support::pack_bin().to_str().unwrap().to_string();
    let in_terminal = |command: &str, no_color: bool| {
        let mut cmd = std::process::Command::new("/usr/bin/script");
        cmd.args(["-qec", command, "/dev/null"]).current_dir(&dir);
        if no_color {
            cmd.env("NO_COLOR", "1");
        } else {
            cmd.env_remove("NO_COLOR");
        }
        text(&cmd.output().unwrap().stdout)
    };
    let built = in_terminal(&format!("{pack} build"), false);
    assert!(
        built.contains("\u{2713}\x1b[0m resolve") && built.contains("\r\x1b[2K"),
        "{built:?}"
    );
    let failed = in_terminal(&format!("{pack} build bad.js -o bad"), false);
    assert!(failed.contains("\x1b[1;31merror\x1b[0m"), "{failed:?}");
    let plain = in_terminal(&format!("{pack} build bad.js -o bad"), true);
    assert!(
        plain.contains(": error: ") && !plain.contains("\x1b[1;31m"),
        "{plain:?}"
    );
}
