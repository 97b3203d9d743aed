//! `--preinit`: modules run into the snapshot at build time, and the modules a build refuses to
//! run because they reach what belongs to the launch.

use std::path::Path;

use crate::support::*;

fn build_preinit(
    dir: &Path,
    entry: &str,
    extra: &[&str],
) -> (std::process::Output, std::path::PathBuf) {
    let out = dir.join("app");
    let entry = fixture(&format!("preinit/{entry}"));
    (pack_build_as_given(&entry, &out, extra), out)
}

/// The package and the ES module package.json names are run at build time: the program finds
/// them ready (they did not see the entry's marker), with their state, classes, promise jobs
/// and `require.cache` entries at the launch's paths.
#[test]
fn preinitialised_modules_are_ready_at_launch() {
    let dir = fresh_dir("preinit-ready");
    let (result, exe) = build_preinit(&dir, "main.js", &[]);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let run = run_exe(&exe, &[], &[]);
    run.assert_no_panic();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "1000 998001 1 2\n\
         Point { x: 1, y: 2 } true main.js\n\
         ran at launch: false false\n\
         10 perimeter,ranAtLaunch,sides\n\
         node_modules/tables/index.js true true true node_modules/tables/node_modules\n\
         eval 10 2\n"
    );
    // Preinitialised modules need the snapshot: a build without one is refused.
    let (result, _) = build_preinit(&dir.join("plain"), "main.js", &["--no-snapshot"]);
    assert_eq!(
        result.status.code(),
        Some(1),
        "--no-snapshot with preinit in package.json"
    );
    assert!(
        String::from_utf8_lossy(&result.stderr)
            .contains("\"pack\".preinit: preinitialised modules live in the startup snapshot"),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );

    let inspected = pack_as_given(&["inspect", exe.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&inspected.stdout);
    assert!(
        text.contains("preinitialised  tables ./lib/shapes.mjs"),
        "{text}"
    );
}

/// Each way a module can reach the launch stops the build at the place it happened, and no
/// executable is written.
#[test]
fn modules_that_reach_the_launch_are_refused() {
    let dir = fresh_dir("preinit-refused");
    let cases = [
        (
            "./lib/env.js",
            "lib/env.js:1:26: error: --preinit lib/env.js: the module cannot run at build time: process.env belongs to the launch",
        ),
        (
            "./lib/time.js",
            "lib/time.js:1:18: error: --preinit lib/time.js: the module cannot run at build time: the time (new Date()) belongs to the launch",
        ),
        (
            "./lib/random.js",
            "lib/random.js:1:23: error: --preinit lib/random.js: the module cannot run at build time: randomness (Math.random()) belongs to the launch",
        ),
        (
            "./lib/file.js",
            "lib/file.js:1:32: error: --preinit lib/file.js: the module cannot run at build time: the native function 'fsSync' belongs to the launch",
        ),
        (
            "./lib/place.js",
            "lib/place.js: error: --preinit lib/place.js: the module cannot run at build time: the place of lib/place.js (__dirname, __filename) belongs to the launch",
        ),
        (
            "./lib/timer.js",
            "lib/timer.js:1:1: error: --preinit lib/timer.js: the module cannot run at build time: a timer (setTimeout()) belongs to the launch",
        ),
        (
            "./lib/throws.js",
            "lib/throws.js:1:7: error: --preinit lib/throws.js: the module threw while the build ran it: no good",
        ),
        (
            "./lib/meta.mjs",
            "lib/meta.mjs:1:33: error: --preinit lib/meta.mjs: the module cannot run at build time: import.meta of lib/meta.mjs belongs to the launch",
        ),
        (
            "./lib/caught.js",
            "lib/caught.js:3:18: error: --preinit lib/caught.js: the module cannot run at build time: process.env belongs to the launch",
        ),
        (
            "./lib/intl.js",
            "lib/intl.js:1:16: error: --preinit lib/intl.js: the module cannot run at build time: Intl.NumberFormat (native state) belongs to the launch",
        ),
        (
            "./lib/later.js",
            "lib/later.js: error: --preinit lib/later.js: the module cannot run at build time: work scheduled for later (a timer, an immediate or a tick) belongs to the launch",
        ),
        (
            "no-such-package",
            "error: --preinit: no-such-package: cannot find module 'no-such-package'",
        ),
        (
            "./main.js",
            "error: --preinit: ./main.js (main.js) is not in the bundle",
        ),
    ];
    let minified = "error: --preinit: preinitialised modules cannot be minified yet";
    let cases = cases
        .iter()
        .copied()
        .chain([("./lib/env.js --minify", minified)]);
    for (module, expected) in cases {
        // A case may carry one more flag after the module.
        let mut words = module.split(' ');
        let module = words.next().unwrap();
        let mut extra = vec!["--preinit", module];
        extra.extend(words);
        let (result, exe) = build_preinit(&dir, "bad.js", &extra);
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert_eq!(result.status.code(), Some(1), "{module}: {stderr}");
        assert!(stderr.contains(expected), "{module}:\n{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(!exe.exists(), "{module}: an executable was written");
    }
}
