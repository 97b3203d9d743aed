//! Files to embed (`--assets GLOB`, `"pack".assets`): found by glob under the project's root,
//! a matched directory standing for everything in it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// The files `patterns` match under `root`: their `/`-separated paths relative to `root` and
/// their bytes, sorted by path. `source` names where the patterns came from, for errors.
pub fn collect(root: &Path, patterns: &[String], source: &str) -> Result<Vec<(String, Vec<u8>)>> {
    let mut found: BTreeMap<String, PathBuf> = BTreeMap::new();
    for pattern in patterns {
        let full = root.join(pattern);
        let text = full.to_string_lossy();
        let matches =
            glob::glob(&text).with_context(|| format!("{source}: bad glob {pattern:?}"))?;
        let mut any = false;
        for path in matches {
            let path =
                path.with_context(|| format!("{source}: cannot read a match of {pattern:?}"))?;
            any = true;
            add(root, &path, pattern, &mut found)?;
        }
        if !any {
            bail!(
                "{source}: the asset glob {pattern:?} matches nothing under {}",
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

/// Adds `path` (a file, or a directory's files) under its name relative to `root`.
fn add(
    root: &Path,
    path: &Path,
    pattern: &str,
    found: &mut BTreeMap<String, PathBuf>,
) -> Result<()> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("cannot read asset {}", path.display()))?;
    if meta.is_dir() {
        let mut children: Vec<PathBuf> = std::fs::read_dir(path)
            .with_context(|| format!("cannot read asset directory {}", path.display()))?
            .map(|e| e.map(|e| e.path()))
            .collect::<std::io::Result<_>>()
            .with_context(|| format!("cannot read asset directory {}", path.display()))?;
        children.sort();
        for child in children {
            add(root, &child, pattern, found)?;
        }
        return Ok(());
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
    let name: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    found.insert(name.join("/"), path.to_path_buf());
    Ok(())
}
