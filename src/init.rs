//! `pack init [DIR] --template NAME`: a new project from one of the starters in templates/,
//! which pack carries inside itself.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::ValueEnum;

use crate::{output, term};

/// The starters, as `--template` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TemplateName {
    /// A command-line tool with options and a help text.
    Cli,
    /// An HTTP server whose static files are embedded in the executable.
    Server,
    /// A TypeScript program in two modules.
    Typescript,
}

/// The files of `templates/DIR`, each with its text.
macro_rules! template_files {
    ($dir:literal: $($path:literal),* $(,)?) => {
        &[$(($path, include_str!(concat!("../templates/", $dir, "/", $path)))),*]
    };
}

type Files = &'static [(&'static str, &'static str)];

impl TemplateName {
    fn dir(self) -> &'static str {
        match self {
            TemplateName::Cli => "cli",
            TemplateName::Server => "server",
            TemplateName::Typescript => "typescript",
        }
    }

    fn files(self) -> Files {
        match self {
            TemplateName::Cli => template_files!("cli": "package.json", "src/cli.js"),
            TemplateName::Server => template_files!(
                "server": "package.json",
                "src/server.js",
                "public/index.html",
            ),
            TemplateName::Typescript => template_files!(
                "typescript": "package.json",
                "tsconfig.json",
                "src/main.ts",
                "src/stats.ts",
            ),
        }
    }
}

/// A package name for the directory `dir`: its name in lower case, with what npm does not
/// allow in a name turned into `-`.
fn package_name(dir: &Path) -> String {
    let base = dir
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let name: String = base
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let name = name
        .trim_start_matches(['.', '_', '-'])
        .trim_end_matches('-');
    if name.is_empty() {
        "app".to_string()
    } else {
        name.to_string()
    }
}

pub fn run(dir: Option<&Path>, template: TemplateName) -> Result<()> {
    let dir = dir.map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let absolute = dir
        .canonicalize()
        .with_context(|| format!("cannot read {}", dir.display()))?;
    let files = template.files();
    // The executable is named after the package: it must not be one of the project's own
    // directories (a project named "src").
    let mut name = package_name(&absolute);
    if files
        .iter()
        .any(|(path, _)| path.split('/').next() == Some(name.as_str()))
    {
        name.push_str("-app");
    }
    // Nothing is written when anything would be overwritten.
    for (path, _) in files {
        let target = dir.join(path);
        if target.exists() {
            bail!(
                "{} already exists; pack init does not overwrite files (choose an empty directory)",
                target.display()
            );
        }
    }
    for (path, text) in files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        output::write_file(&target, text.replace("{{name}}", &name).as_bytes())?;
    }
    let mut report = format!(
        "Created {name} from the {} template in {}:\n",
        template.dir(),
        dir.display()
    );
    for (path, _) in files {
        report.push_str(&format!("  {path}\n"));
    }
    report.push_str("Build and run it:\n");
    if dir != Path::new(".") {
        report.push_str(&format!("  cd {}\n", dir.display()));
    }
    report.push_str(&format!("  pack build\n  ./{name}\n"));
    term::out(&report);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file in a template's directory is one pack carries, and no other.
    #[test]
    fn templates_carry_their_whole_directories() {
        fn walk(dir: &Path, base: &Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, base, out);
                } else {
                    let rel = path.strip_prefix(base).unwrap();
                    out.push(rel.to_string_lossy().replace('\\', "/"));
                }
            }
        }
        for template in TemplateName::value_variants() {
            let base = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("templates")
                .join(template.dir());
            let mut on_disk = Vec::new();
            walk(&base, &base, &mut on_disk);
            on_disk.sort();
            let mut carried: Vec<String> = template
                .files()
                .iter()
                .map(|(p, _)| p.to_string())
                .collect();
            carried.sort();
            assert_eq!(on_disk, carried, "template {}", template.dir());
        }
    }

    #[test]
    fn names_from_directories() {
        assert_eq!(package_name(Path::new("/x/My Tool")), "my-tool");
        assert_eq!(package_name(Path::new("/x/.hidden")), "hidden");
        assert_eq!(package_name(Path::new("/")), "app");
        assert_eq!(package_name(Path::new("/x/tool_2.0")), "tool_2.0");
    }
}
