//! Making the startup snapshot: the runtime executable itself makes it, so that the V8 build,
//! its flags and the table of native functions are the ones that will restore it.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};

/// Runs `runtime` in snapshot mode on `bundle`, with the built-ins `preload` loaded into the
/// snapshot; returns the snapshot.
pub fn make(runtime: &Path, bundle: &str, preload: &[String]) -> Result<Vec<u8>> {
    let mut child = Command::new(runtime)
        .arg(pack_payload::SNAPSHOT_MODE_ARG)
        .args(preload)
        // Nothing from this environment may leak into the snapshot.
        .env_clear()
        .current_dir(runtime.parent().unwrap_or(Path::new("/")))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot run the runtime {}", runtime.display()))?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let mut stderr = child.stderr.take().expect("piped stderr");
    // The bundle goes in while the snapshot comes out: neither pipe may fill up and stall.
    let (blob, errors) = std::thread::scope(|s| {
        let errors = s.spawn(move || {
            let mut text = String::new();
            let _ = stderr.read_to_string(&mut text);
            text
        });
        let writer = s.spawn(move || stdin.write_all(bundle.as_bytes()));
        let mut blob = Vec::new();
        let read = child
            .stdout
            .take()
            .expect("piped stdout")
            .read_to_end(&mut blob);
        let written = writer.join().expect("writer thread");
        (
            read.and(written).map(|_| blob),
            errors.join().expect("stderr thread"),
        )
    });
    let status = child.wait().context("waiting for the runtime")?;
    if !status.success() {
        bail!(
            "the runtime {} could not make the startup snapshot ({status}): {}",
            runtime.display(),
            errors.trim()
        );
    }
    blob.with_context(|| format!("reading the snapshot from {}", runtime.display()))
}
