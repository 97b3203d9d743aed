//! Finding and checking the runtime executable that packed applications are copies of.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use pack_payload::BuildId;

/// File name of the runtime, installed next to `pack`.
pub const RUNTIME_NAME: &str = "pack-runtime";

/// A runtime executable read into memory, with its build id.
pub struct Runtime {
    pub bytes: Vec<u8>,
    pub build_id: BuildId,
}

/// The runtime at `explicit`, or the one next to the `pack` executable.
pub fn find(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(path) = explicit {
        return Ok(path.to_path_buf());
    }
    let me = std::env::current_exe().context("cannot find the pack executable itself")?;
    let dir = me.parent().unwrap_or(Path::new("."));
    let candidate = dir.join(RUNTIME_NAME);
    if !candidate.is_file() {
        bail!(
            "the runtime {} is missing: install it next to pack, or name one with --runtime PATH",
            candidate.display()
        );
    }
    Ok(candidate)
}

pub fn load(path: &Path) -> Result<Runtime> {
    let bytes =
        std::fs::read(path).with_context(|| format!("cannot read runtime {}", path.display()))?;
    let build_id = pack_payload::read_build_id(&bytes)
        .with_context(|| format!("{} is not a pack runtime", path.display()))?;
    let end = pack_payload::image_end(&bytes)
        .with_context(|| format!("{} is not a pack runtime", path.display()))?;
    if end != bytes.len() as u64 {
        bail!(
            "{} already carries an application; use the bare pack runtime",
            path.display()
        );
    }
    Ok(Runtime { bytes, build_id })
}

/// What the runtime at `path` says of its versions (`pack-runtime --pack-versions`).
pub fn versions(path: &Path) -> Result<serde_json::Value> {
    let out = std::process::Command::new(path)
        .arg(pack_payload::VERSIONS_ARG)
        .env_clear()
        .stdin(std::process::Stdio::null())
        .output()
        .with_context(|| format!("cannot run the runtime {}", path.display()))?;
    if !out.status.success() {
        bail!(
            "{} is not a pack runtime (it cannot tell its versions)",
            path.display()
        );
    }
    serde_json::from_slice(&out.stdout).with_context(|| {
        format!(
            "{} is not a pack runtime (it cannot tell its versions)",
            path.display()
        )
    })
}
