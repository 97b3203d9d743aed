//! Making the startup snapshot: the runtime executable itself makes it, so that the V8 build,
//! its flags and the table of native functions are the ones that will restore it.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};
use pack_payload::{BundleMap, Codec, Section, SectionKind};
use serde::Deserialize;

use crate::bundle::Bundle;
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};

/// What the runtime reports when V8 rejects the bundle, or a `--preinit` module fails.
#[derive(Deserialize)]
struct CompileError {
    message: String,
    line: u32,
    column: u32,
    /// The module at fault (a `--preinit` one) when no line is known.
    #[serde(default)]
    module: Option<String>,
}

/// A code V8 rejects (an early error the bundler let through), placed in the project's file
/// through the bundle's source map.
fn compile_error(report: &str, bundle: &Bundle) -> Option<Diagnostic> {
    let report: CompileError = serde_json::from_str(report.trim()).ok()?;
    if report.line == 0 {
        let file = report.module.as_deref().unwrap_or(&bundle.entry);
        return Some(Diagnostic::about_file(file, report.message));
    }
    let map = BundleMap::new(Section {
        kind: SectionKind::SourceMap,
        codec: Codec::Raw,
        raw_len: bundle.source_map.len() as u64,
        stored: &bundle.source_map,
    });
    let Some(original) = map.original(report.line, report.column) else {
        return Some(Diagnostic::about_file(
            &bundle.entry,
            format!("{} (in code the bundler added)", report.message),
        ));
    };
    Some(Diagnostic {
        severity: Severity::Error,
        file: original.source.to_string(),
        line: original.line as usize,
        column: original.column as usize,
        line_text: map
            .source_line(original.source, original.line)
            .unwrap_or_default()
            .to_string(),
        message: report.message,
    })
}

/// Asks `runtime` whether V8 takes `flags` as they are; V8's complaint otherwise (an unknown
/// flag, a value it cannot read), naming `source`, where the flags came from.
pub fn check_v8_flags(runtime: &Path, flags: &[String], source: &str) -> Result<()> {
    if flags.is_empty() {
        return Ok(());
    }
    let out = Command::new(runtime)
        .arg(pack_payload::V8_FLAGS_CHECK_ARG)
        .args(flags)
        .env_clear()
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("cannot run the runtime {}", runtime.display()))?;
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if !out.status.success() || !said.trim().is_empty() {
        bail!("{source}: {}", said.trim());
    }
    Ok(())
}

/// Runs `runtime` in snapshot mode on `bundle`, with the built-ins it imports loaded into the
/// snapshot, the modules named in `preinit` run into it and the V8 flags the executable will
/// start with; returns the snapshot.
pub fn make(
    runtime: &Path,
    bundle: &Bundle,
    v8_flags: &[String],
    preinit: &[String],
) -> Result<Vec<u8>> {
    let preload = &bundle.builtins;
    let source = &bundle.code;
    let mut child = Command::new(runtime)
        .arg(pack_payload::SNAPSHOT_MODE_ARG)
        .args(
            v8_flags
                .iter()
                .map(|f| format!("{}{f}", pack_payload::SNAPSHOT_V8_FLAG_PREFIX)),
        )
        .args(preload)
        .args(
            preinit
                .iter()
                .map(|m| format!("{}{m}", pack_payload::SNAPSHOT_PREINIT_PREFIX)),
        )
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
        let writer = s.spawn(move || stdin.write_all(source.as_bytes()));
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
    if status.code() == Some(i32::from(pack_payload::SNAPSHOT_COMPILE_ERROR))
        && let Some(diagnostic) = compile_error(&errors, bundle)
    {
        return Err(Diagnostics(vec![diagnostic]).into());
    }
    if !status.success() {
        bail!(
            "the runtime {} could not make the startup snapshot ({status}): {}",
            runtime.display(),
            errors.trim()
        );
    }
    blob.with_context(|| format!("reading the snapshot from {}", runtime.display()))
}
