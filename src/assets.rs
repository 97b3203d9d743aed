//! Files to embed (`--assets GLOB`, `"pack".assets`): found by glob under the project's root,
//! a matched directory standing for every file in it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// The files `patterns` match under `root`: their `/`-separated paths relative to `root` and
/// their bytes, sorted by path. `source` names where the patterns came from, for errors;
/// `output` (the executable being written) is never embedded, nor pack's temporary files.
pub fn collect(
    root: &Path,
    patterns: &[String],
    source: &str,
    output: &Path,
) -> Result<Vec<(String, Vec<u8>)>> {
    let output = output.canonicalize().ok();
    let mut found: BTreeMap<String, PathBuf> = BTreeMap::new();
    for pattern in patterns {
        // The pattern alone decides what matches: the root's own characters are literal.
        glob::Pattern::new(pattern)
            .with_context(|| format!("{source}: {pattern:?} is not a glob"))?;
        let text = format!(
            "{}/{pattern}",
            glob::Pattern::escape(&root.to_string_lossy())
        );
        let matches =
            glob::glob(&text).with_context(|| format!("{source}: {pattern:?} is not a glob"))?;
        let mut any = false;
        let mut files = 0;
        for path in matches {
            let path =
                path.with_context(|| format!("{source}: cannot read a match of {pattern:?}"))?;
            any = true;
            files += add(root, &path, pattern, output.as_deref(), &mut found)?;
        }
        if !any {
            bail!(
                "{source}: the asset glob {pattern:?} matches nothing under {}",
                root.display()
            );
        }
        if files == 0 {
            bail!(
                "{source}: the asset glob {pattern:?} matches no files to embed under {} \
                 (empty directories, pack's temporary files and an executable an earlier build \
                 wrote there are not embedded)",
                root.display()
            );
        }
    }
    found
        .into_iter()
        .map(|(name, path)| {
            let bytes = std::fs::read(&path)
                .with_context(|| format!("cannot read asset {}", path.display()))?;
            Ok((name, bytes))
        })
        .collect()
}

/// Adds `path` (a file, or a directory's files) under its name relative to `root`; returns
/// how many files it stands for.
fn add(
    root: &Path,
    path: &Path,
    pattern: &str,
    output: Option<&Path>,
    found: &mut BTreeMap<String, PathBuf>,
) -> Result<usize> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("cannot read asset {}", path.display()))?;
    if meta.is_dir() {
        let mut children: Vec<PathBuf> = std::fs::read_dir(path)
            .with_context(|| format!("cannot read asset directory {}", path.display()))?
            .map(|e| e.map(|e| e.path()))
            .collect::<std::io::Result<_>>()
            .with_context(|| format!("cannot read asset directory {}", path.display()))?;
        children.sort();
        let mut files = 0;
        for child in children {
            files += add(root, &child, pattern, output, found)?;
        }
        return Ok(files);
    }
    // A build's temporary file, and the executable an earlier build wrote where this one
    // writes, are not the project's files (anything else there is, and is not overwritten).
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    if file_name.is_some_and(|n| n.starts_with(".pack-") && n.ends_with(".tmp"))
        || (output.is_some()
            && path.canonicalize().ok().as_deref() == output
            && std::fs::read(path).is_ok_and(|bytes| pack_payload::locate(&bytes).is_ok()))
    {
        return Ok(0);
    }
    let relative = path.strip_prefix(root).ok().filter(|r| {
        r.components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
    });
    let Some(relative) = relative else {
        bail!(
            "the asset {} (matched by {pattern:?}) is outside the project {}",
            path.display(),
            root.display()
        );
    };
    let Some(name) = relative.to_str() else {
        bail!(
            "the asset {} (matched by {pattern:?}) has a name that is not UTF-8; rename it",
            path.display()
        );
    };
    found.insert(name.to_string(), path.to_path_buf());
    Ok(1)
}
