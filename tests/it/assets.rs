//! Embedded files (`--assets`, `"pack".assets`): read through the usual fs APIs at their
//! original paths wherever the executable runs, merged with the real filesystem, read-only.

use crate::support::{copy_dir, fixture, fresh_dir, pack_as_given, pack_in, run_exe, run_exe_in};

/// The fixture under node in its own directory and packed, run from an empty directory
/// elsewhere: the same lines (node reads the real files, the executable its embedded ones).
/// Writes into the tree fail with EROFS, files left out are not there, a real file beside the
/// executable joins the tree, and a large asset streams in pieces.
#[test]
fn assets_read_like_files() {
    let dir = fresh_dir("assets-app");
    // Glob characters in the project's own path are not a pattern.
    let project = dir.join("pro[j]ect");
    copy_dir(&fixture("assets-app"), &project);
    // Large and poorly compressible: stored raw, streamed in many chunks.
    let mut big = Vec::with_capacity(3 << 20);
    let mut x: u32 = 7;
    while big.len() < 3 << 20 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        big.extend_from_slice(&x.to_le_bytes());
    }
    std::fs::write(project.join("big.bin"), &big).unwrap();
    // Compressible: above 16 MiB stored raw (read in place), below it compressed on its own.
    let lines =
        |count: usize| -> String { (0..count).map(|i| format!("line {i:010}\n")).collect() };
    std::fs::write(project.join("large.txt"), lines(17 << 20 >> 4)).unwrap();
    std::fs::write(project.join("notes.txt"), lines(4096)).unwrap();
    let out_dir = dir.join("elsewhere");
    std::fs::create_dir_all(&out_dir).unwrap();
    let exe = out_dir.join("app");
    let built = pack_in(
        &project,
        &[
            "build",
            "-o",
            exe.to_str().unwrap(),
            "--assets",
            "templates",
            "--assets",
            "data/*.json",
            "--assets",
            "big.bin",
            "--assets",
            "*.txt",
        ],
        &[],
    );
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let packed = run_exe(&exe, &[], &[]);
    packed.assert_no_panic();
    assert_eq!(packed.code, Some(0), "{}", packed.stderr);
    if let Some(node) = crate::support::node() {
        let expected = std::process::Command::new(node)
            .arg("main.js")
            .current_dir(&project)
            .output()
            .unwrap();
        assert_eq!(packed.stdout, String::from_utf8_lossy(&expected.stdout));
    } else {
        // The test harness shows this line for the skipped comparison.
        #[allow(clippy::print_stderr)]
        {
            eprintln!("skipped: node is not installed (comparing with it)");
        }
    }
    assert!(
        packed.stdout.contains("a.html \"<h1>{{title}}</h1>\\n\""),
        "{}",
        packed.stdout
    );
    assert!(packed.stdout.contains("stream true "), "{}", packed.stdout);
    assert!(
        packed
            .stdout
            .contains("large 17825792 \"line 0001114111\\n\""),
        "{}",
        packed.stdout
    );

    let writes = run_exe(&exe, &[], &[("CHECK_WRITES", "1")]);
    assert!(
        writes.stdout.contains(
            "writes EROFS,EROFS,EROFS,EROFS,EROFS,EROFS,EROFS,EROFS,EROFS,EROFS,EROFS,EROFS,ENOENT"
        ),
        "{}",
        writes.stdout
    );
    assert!(
        writes
            .stdout
            .contains("async writes EROFS,EROFS,EROFS,EROFS,EROFS,EROFS,EROFS"),
        "{}",
        writes.stdout
    );

    // A real file beside the executable joins the embedded directory; an asset copied out
    // is a real file.
    std::fs::create_dir_all(out_dir.join("templates")).unwrap();
    std::fs::write(out_dir.join("templates/local.html"), "local").unwrap();
    let copy = dir.join("copy.html");
    let merged = run_exe_in(&exe, &dir, &[]);
    assert!(
        merged.stdout.contains("readdir a.html,local.html,partials"),
        "{}",
        merged.stdout
    );
    let copied = run_exe(&exe, &[copy.to_str().unwrap()], &[]);
    assert!(copied.stdout.contains("copied 19"), "{}", copied.stdout);
    assert_eq!(
        std::fs::read_to_string(&copy).unwrap(),
        "<h1>{{title}}</h1>\n"
    );

    // pack inspect lists them, largest first.
    let report = pack_as_given(&["inspect", "--json", exe.to_str().unwrap()]);
    let report: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    let assets: Vec<&str> = report["assets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        assets,
        [
            "large.txt",
            "big.bin",
            "notes.txt",
            "templates/partials/b.html",
            "templates/a.html",
            "data/one.json",
            "data/two.json"
        ]
    );
    // How each is stored: the large one and the noise raw, the small text compressed.
    let stored = |i: usize| {
        let a = &report["assets"][i];
        let size = a["size"].as_u64().unwrap();
        let stored = a["storedSize"].as_u64().unwrap();
        (
            a["codec"].as_str().unwrap().to_string(),
            stored == size,
            stored < size / 4,
        )
    };
    assert_eq!(stored(0), ("raw".to_string(), true, false));
    assert_eq!(stored(1), ("raw".to_string(), true, false));
    assert_eq!(stored(2), ("zstd".to_string(), false, true));
    let shown = pack_as_given(&["inspect", exe.to_str().unwrap()]);
    let shown = String::from_utf8_lossy(&shown.stdout);
    assert!(
        shown.contains("assets (7, ") && shown.contains(" notes.txt (zstd "),
        "{shown}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// `"pack".assets` in package.json, and a glob that matches nothing: a build error naming it,
/// with nothing written.
#[test]
fn asset_globs_from_package_json_and_empty_matches() {
    let dir = fresh_dir("assets-config");
    let project = dir.join("project");
    copy_dir(&fixture("assets-app"), &project);
    let exe = dir.join("app");
    let built = pack_in(&project, &["build", "-o", exe.to_str().unwrap()], &[]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let run = run_exe(&exe, &[], &[]);
    assert!(
        run.stdout.contains("data one.json,two.json"),
        "{}",
        run.stdout
    );
    let run = run_exe(&exe, &[], &[("CHECK_WRITES", "1")]);
    // data/skip.txt was not embedded.
    assert!(run.stdout.contains(",ENOENT\n"), "{}", run.stdout);

    // The executable is not embedded in itself when a glob matches it, however often the
    // build runs.
    let everything = project.join("everything");
    for _ in 0..2 {
        let out = pack_in(
            &project,
            &["build", "-q", "-o", "everything", "--assets", "*"],
            &[],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let report = pack_as_given(&["inspect", "--json", everything.to_str().unwrap()]);
    let report: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    let names: Vec<&str> = report["assets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect();
    assert!(
        !names.contains(&"everything") && names.contains(&"main.js"),
        "{names:?}"
    );
    let _ = std::fs::remove_file(&everything);

    // Only empty directories: nothing to embed, a build error.
    std::fs::create_dir_all(project.join("empty/inner")).unwrap();
    let out = pack_in(&project, &["build", "-o", "x", "--assets", "empty"], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("matches no files"));

    // The output may not overwrite anything the build read.
    let before = std::fs::read(project.join("main.js")).unwrap();
    let out = pack_in(
        &project,
        &["build", "-o", "templates/a.html", "--assets", "templates"],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is the same file as input"));
    let out = pack_in(&project, &["build", "-o", "main.js"], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(project.join("main.js")).unwrap(), before);

    let missing = dir.join("missing");
    let out = pack_in(
        &project,
        &[
            "build",
            "-o",
            missing.to_str().unwrap(),
            "--assets",
            "public/**/*.css",
        ],
        &[],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("--assets: the asset glob \"public/**/*.css\" matches nothing"),
        "{stderr}"
    );
    assert!(!missing.exists());
    let _ = std::fs::remove_dir_all(&dir);
}

/// `node:sea` in a packed executable: it is a single-executable application whose assets are
/// the embedded files by their paths relative to the project, with Node's errors for a
/// missing key and for arguments of the wrong type. (Node itself answers false to `isSea()`
/// outside such an application, so this is not compared with node.)
#[test]
fn node_sea_reads_assets() {
    let dir = fresh_dir("sea-app");
    let project = dir.join("project");
    copy_dir(&fixture("sea-app"), &project);
    let exe = dir.join("app");
    let built = pack_in(
        &project,
        &[
            "build",
            "main.mjs",
            "-o",
            exe.to_str().unwrap(),
            "--assets",
            "data",
        ],
        &[],
    );
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    // Run from elsewhere: the assets come from the executable, not the project.
    let packed = run_exe_in(&exe, &dir, &[]);
    packed.assert_no_panic();
    assert_eq!(packed.code, Some(0), "{}", packed.stderr);
    let expected = [
        "isSea true",
        "keys [\"data/greeting.txt\",\"data/sub/bytes.bin\"]",
        "text \"hello from an asset\\n\"",
        "raw true 0,1,2,255",
        "each call is a copy 0",
        "blob text/plain 20 \"hello from an asset\\n\"",
        "ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND Cannot find asset data/missing.txt \
         for the single executable application",
        "ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND Cannot find asset \
         ./data/greeting.txt for the single executable application",
        "ERR_INVALID_ARG_TYPE The \"key\" argument must be of type string. Received type \
         number (5)",
        "ERR_INVALID_ARG_TYPE The \"encoding\" argument must be of type string. Received type \
         number (5)",
    ];
    assert_eq!(packed.stdout, format!("{}\n", expected.join("\n")));
}
