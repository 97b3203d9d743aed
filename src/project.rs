//! Which project is built and where its entry is: `pack build [DIR | ENTRY]`.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde_json::Value;

use crate::config::{self, Config};

/// The project root (module names and `__filename` are relative to it), the entry file, and
/// what its package.json says about the build.
#[derive(Debug)]
pub struct Project {
    pub root: PathBuf,
    pub entry: PathBuf,
    /// The package's name without its scope, when package.json gives one.
    pub name: Option<String>,
    pub config: Config,
}

/// A package.json read: its JSON and its `"pack"` settings.
struct Package {
    manifest: Value,
    config: Config,
}

impl Package {
    fn read(dir: &Path) -> Result<Option<Package>> {
        let path = dir.join("package.json");
        if !path.is_file() {
            return Ok(None);
        }
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let manifest: Value = serde_json::from_str(&text)
            .with_context(|| format!("{} is not valid JSON", path.display()))?;
        if !manifest.is_object() {
            bail!("{} must hold a JSON object", path.display());
        }
        let config = config::read(&manifest, &path)?;
        Ok(Some(Package { manifest, config }))
    }

    fn name(&self) -> Option<String> {
        let name = self.manifest.get("name")?.as_str()?;
        let name = name.rsplit('/').next().unwrap_or(name);
        (!name.is_empty()).then(|| name.to_string())
    }
}

/// Finds the project for `input` (default: the current directory). A directory's entry comes
/// from its package.json: `"pack".entry`, else `"bin"` (the only one, or `bin_name`), else
/// `"main"`, else index.js. A file is the entry itself, in the project of the nearest
/// package.json above it (whose settings apply).
pub fn locate(input: Option<&Path>, bin_name: Option<&str>) -> Result<Project> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let input = match input {
        Some(p) => cwd.join(p),
        None => cwd,
    };
    let meta = std::fs::metadata(&input)
        .with_context(|| format!("cannot read entry {}", input.display()))?;
    let input = std::fs::canonicalize(&input)
        .with_context(|| format!("cannot read entry {}", input.display()))?;
    if !meta.is_dir() {
        if bin_name.is_some() {
            bail!("--bin names an entry in package.json; it cannot be used with an entry file");
        }
        let dir = input.parent().unwrap_or(Path::new("/"));
        let root = dir
            .ancestors()
            .find(|d| d.join("package.json").is_file())
            .unwrap_or(dir)
            .to_path_buf();
        let package = Package::read(&root)?;
        return Ok(Project {
            root,
            entry: input,
            name: package.as_ref().and_then(Package::name),
            config: package.map(|p| p.config).unwrap_or_default(),
        });
    }
    let package = Package::read(&input)?;
    let entry = match &package {
        Some(package) => entry_of(&package.manifest, &package.config, bin_name)
            .with_context(|| format!("in {}", input.join("package.json").display()))?,
        None => match bin_name {
            Some(name) => bail!(
                "--bin {name}: {} has no package.json to name it",
                input.display()
            ),
            None => None,
        },
    };
    // A name without a leading `./` still means a file of the package, as Node reads "main".
    let entry = match entry {
        Some(e) if e.starts_with("./") || e.starts_with("../") || Path::new(&e).is_absolute() => e,
        Some(e) => format!("./{e}"),
        None => "./index.js".to_string(),
    };
    Ok(Project {
        entry: input.join(&entry),
        name: package.as_ref().and_then(Package::name),
        config: package.map(|p| p.config).unwrap_or_default(),
        root: input,
    })
}

fn entry_of(manifest: &Value, config: &Config, bin_name: Option<&str>) -> Result<Option<String>> {
    if let Some(entry) = &config.entry {
        return Ok(Some(entry.clone()));
    }
    match manifest.get("bin") {
        Some(Value::String(path)) => {
            if let Some(name) = bin_name {
                let package = manifest.get("name").and_then(Value::as_str).unwrap_or("");
                let package = package.rsplit('/').next().unwrap_or(package);
                if name != package {
                    bail!("--bin {name}: the only bin is named {package}");
                }
            }
            return Ok(Some(path.clone()));
        }
        Some(Value::Object(bins)) => {
            let names: Vec<&str> = bins.keys().map(String::as_str).collect();
            let chosen = match bin_name {
                Some(name) => bins.get(name).with_context(|| {
                    format!(
                        "--bin {name}: no such bin (there are: {})",
                        names.join(", ")
                    )
                })?,
                None if bins.len() == 1 => bins.values().next().expect("one bin"),
                None if bins.is_empty() => return main_of(manifest),
                None => bail!(
                    "\"bin\" names several commands ({}); choose one with --bin NAME",
                    names.join(", ")
                ),
            };
            let Some(path) = chosen.as_str() else {
                bail!("\"bin\" entries must be strings");
            };
            return Ok(Some(path.to_string()));
        }
        None | Some(Value::Null) => {}
        Some(_) => bail!("\"bin\" must be a path or an object of commands and paths"),
    }
    if let Some(name) = bin_name {
        bail!("--bin {name}: package.json has no \"bin\"");
    }
    main_of(manifest)
}

fn main_of(manifest: &Value) -> Result<Option<String>> {
    match manifest.get("main") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(main)) => Ok((!main.is_empty()).then(|| main.clone())),
        Some(_) => bail!("\"main\" must be a path"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn entry_of(manifest: &Value, bin_name: Option<&str>) -> Result<Option<String>> {
        let config = config::read(manifest, Path::new("package.json"))?;
        super::entry_of(manifest, &config, bin_name)
    }

    #[test]
    fn entry_order() {
        let m = json!({"pack": {"entry": "a.js"}, "bin": "b.js", "main": "c.js"});
        assert_eq!(entry_of(&m, None).unwrap().as_deref(), Some("a.js"));
        let m = json!({"bin": "b.js", "main": "c.js"});
        assert_eq!(entry_of(&m, None).unwrap().as_deref(), Some("b.js"));
        let m = json!({"bin": {"x": "x.js", "y": "y.js"}});
        assert!(
            entry_of(&m, None)
                .unwrap_err()
                .to_string()
                .contains("--bin NAME")
        );
        assert_eq!(entry_of(&m, Some("y")).unwrap().as_deref(), Some("y.js"));
        assert!(entry_of(&m, Some("z")).is_err());
        let m = json!({"main": "c.js"});
        assert_eq!(entry_of(&m, None).unwrap().as_deref(), Some("c.js"));
        assert_eq!(entry_of(&json!({}), None).unwrap(), None);
    }
}
