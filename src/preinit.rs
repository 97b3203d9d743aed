//! `--preinit`: which modules of the bundle the snapshot runs. Each is named as a program would
//! require it from the project's directory (a package name, or a path starting with `./`) and
//! must be one of the bundled modules; the runtime is told its name in the bundle.

use std::path::Path;

use anyhow::{Result, bail};
use oxc_resolver::{FileSystem, FileSystemOs};

use crate::bundle::{Bundle, RequestKind, Resolver, relative_name};

/// The bundle names of the modules `requested` (from `source`: a flag or package.json).
pub fn modules(
    root: &Path,
    requested: &[String],
    source: &str,
    bundle: &Bundle,
) -> Result<Vec<String>> {
    if requested.is_empty() {
        return Ok(Vec::new());
    }
    let resolver = Resolver::new(FileSystemOs::new());
    let mut names = Vec::new();
    for request in requested {
        let path = match resolver.resolve(root, request, RequestKind::Require) {
            Ok(path) => path,
            Err(why) => bail!("{source}: {request}: {why}"),
        };
        let name = relative_name(root, &path);
        if !bundle.modules.iter().any(|(bundled, _)| *bundled == name) {
            bail!(
                "{source}: {request} ({name}) is not in the bundle: only modules the program imports, and that are not external, can be preinitialised"
            );
        }
        if !names.contains(&name) {
            names.push(name);
        }
    }
    Ok(names)
}
