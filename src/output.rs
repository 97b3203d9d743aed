//! Writing the executable: to a temporary file beside the target, then renamed into place, so
//! that a failure never leaves a partial file.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// Checks the output path before any work is done: its directory exists and it is not a
/// directory itself, nor one of `inputs`.
pub fn check_target(out: &Path, inputs: &[&Path]) -> Result<()> {
    let dir = parent_dir(out);
    if !dir.is_dir() {
        bail!(
            "cannot write {}: directory {} does not exist",
            out.display(),
            dir.display()
        );
    }
    if out.is_dir() {
        bail!("cannot write {}: it is a directory", out.display());
    }
    let target = absolute_target(out)?;
    for input in inputs {
        if let Ok(input) = input.canonicalize()
            && input == target
        {
            bail!(
                "output {} is the same file as input {}; choose another output path",
                out.display(),
                input.display()
            );
        }
    }
    Ok(())
}

/// Writes `parts` one after another into `out`, with mode 0755.
pub fn write_executable(out: &Path, parts: &[&[u8]]) -> Result<u64> {
    write_parts(out, parts, true)
}

/// Writes `bytes` into `out` (a plain file).
pub fn write_file(out: &Path, bytes: &[u8]) -> Result<u64> {
    write_parts(out, &[bytes], false)
}

fn write_parts(out: &Path, parts: &[&[u8]], executable: bool) -> Result<u64> {
    let dir = parent_dir(out);
    let mut tmp = tempfile::Builder::new()
        .prefix(".pack-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    let mut size = 0u64;
    for part in parts {
        tmp.write_all(part)
            .with_context(|| format!("cannot write {}", tmp.path().display()))?;
        size += part.len() as u64;
    }
    tmp.as_file()
        .sync_all()
        .with_context(|| format!("cannot write {}", tmp.path().display()))?;
    set_mode(tmp.path(), if executable { 0o755 } else { 0o644 })?;
    tmp.persist(out)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write {}", out.display()))?;
    Ok(size)
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .with_context(|| format!("cannot set the mode of {}", path.display()))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> Result<()> {
    Ok(())
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Where `out` will be, resolved through symlinks of its directory.
fn absolute_target(out: &Path) -> Result<PathBuf> {
    if let Ok(existing) = out.canonicalize() {
        return Ok(existing);
    }
    let dir = parent_dir(out)
        .canonicalize()
        .with_context(|| format!("cannot resolve {}", out.display()))?;
    Ok(match out.file_name() {
        Some(name) => dir.join(name),
        None => dir,
    })
}
