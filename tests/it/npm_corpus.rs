//! Real npm packages (fixtures/npm, installed with `npm ci` from its lock file on first use):
//! each driver in fixtures/npm/drivers prints the same packed as under node. Needs node and
//! npm; skipped, saying so, where either is missing.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use crate::differential::assert_same_as_node;
use crate::support::*;

/// The corpus directory with its packages installed, or None where node or npm is missing.
fn corpus() -> Option<&'static Path> {
    static READY: OnceLock<Option<PathBuf>> = OnceLock::new();
    READY
        .get_or_init(|| {
            node()?;
            let dir = fixture("npm");
            if !dir.join("node_modules/.package-lock.json").is_file() {
                let installed = Command::new("npm")
                    .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
                    .current_dir(&dir)
                    .output()
                    .ok()?;
                assert!(
                    installed.status.success(),
                    "npm ci in {}: {}",
                    dir.display(),
                    String::from_utf8_lossy(&installed.stderr)
                );
            }
            Some(dir)
        })
        .as_deref()
}

fn compare_driver(file: &str, extra: &[&str]) {
    let Some(corpus) = corpus() else {
        #[allow(clippy::print_stderr)]
        {
            eprintln!("skipped: node or npm is not installed");
        }
        return;
    };
    let driver = corpus.join("drivers").join(file);
    let name = file.split('.').next().unwrap();
    let dir = fresh_dir(&format!("npm-{name}{}", extra.join("")));
    // The executable stands where the corpus root was, so paths relative to it match.
    let exe = dir.join(format!("{name}-app"));
    let mut args = vec![
        "build",
        driver.to_str().unwrap(),
        "-o",
        exe.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let built = pack(&args);
    assert!(
        built.status.success(),
        "pack build {file}: {}",
        String::from_utf8_lossy(&built.stderr)
    );
    let expected = run_node(&driver, &[], &[]);
    let actual = run_exe(&exe, &[], &[]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_same_as_node(file, &actual, &expected, corpus, &dir);
}

macro_rules! drivers {
    ($($name:ident => $file:literal $(, $flag:literal)?;)*) => {
        $(
            #[test]
            fn $name() {
                compare_driver($file, &[$($flag)?]);
            }
        )*
    };
}

drivers! {
    ajv => "ajv.js";
    commander => "commander.js";
    chalk => "chalk.mjs";
    dayjs => "dayjs.js";
    express => "express.js";
    fastify => "fastify.js";
    got => "got.mjs";
    hono => "hono.mjs";
    interop => "interop.mjs";
    koa_axios => "koa-axios.js";
    debug => "debug.js";
    js_yaml => "js-yaml.js";
    lodash => "lodash.js";
    marked => "marked.mjs";
    minimist => "minimist.js";
    semver => "semver.js";
    tar => "tar.js";
    uuid => "uuid.js";
    ws => "ws.js";
    yargs => "yargs.mjs";
    zod => "zod.js";
    // Minified bundles behave the same.
    lodash_minified => "lodash.js", "--minify";
    marked_minified => "marked.mjs", "--minify";
    yargs_minified => "yargs.mjs", "--minify";
    zod_minified => "zod.js", "--minify";
}

/// A TypeScript program (fixtures/npm/ts-app) packed from its sources prints what tsc's output
/// prints under node.
#[test]
fn typescript_app_as_compiled_by_tsc() {
    let Some(corpus) = corpus() else {
        #[allow(clippy::print_stderr)]
        {
            eprintln!("skipped: node or npm is not installed");
        }
        return;
    };
    let dir = fresh_dir("npm-ts-app");
    let compiled = dir.join("tsc-out");
    let tsc = Command::new("node")
        .arg(corpus.join("node_modules/typescript/bin/tsc"))
        .args(["-p", corpus.join("ts-app").to_str().unwrap(), "--outDir"])
        .arg(&compiled)
        .output()
        .expect("run tsc");
    assert!(
        tsc.status.success(),
        "tsc: {}",
        String::from_utf8_lossy(&tsc.stdout)
    );
    let modules = corpus.join("node_modules");
    let expected = run_node(
        &compiled.join("main.js"),
        &[],
        &[("NODE_PATH", modules.to_str().unwrap())],
    );
    assert_eq!(expected.code, Some(0), "{}", expected.stderr);

    let exe = dir.join("ts-app");
    let entry = corpus.join("ts-app/src/main.ts");
    let built = pack(&[
        "build",
        entry.to_str().unwrap(),
        "-o",
        exe.to_str().unwrap(),
    ]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let actual = run_exe(&exe, &[], &[]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(actual.stdout, expected.stdout);
    assert_eq!(actual.code, Some(0), "{}", actual.stderr);
}
