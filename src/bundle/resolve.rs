//! Node's module resolution for the bundler, on `oxc_resolver`: relative and absolute paths with
//! extension probing, `node_modules` lookup, package.json `exports`/`imports` with the
//! conditions of the request's kind, `main`, and symlinks followed to real paths.

use std::path::{Path, PathBuf};

use oxc_resolver::{FileSystem, ResolveError, ResolveOptions, ResolverGeneric};

/// How a module was asked for: the `exports` conditions differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestKind {
    /// `import` declarations and `import()`.
    Import,
    /// `require()`.
    Require,
}

pub struct Resolver<Fs> {
    import: ResolverGeneric<Fs>,
    require: ResolverGeneric<Fs>,
}

/// Extensions probed for extensionless requests, in order.
const EXTENSIONS: &[&str] = &[
    ".js", ".mjs", ".cjs", ".json", ".ts", ".mts", ".cts", ".tsx", ".jsx",
];

fn options(conditions: &[&str]) -> ResolveOptions {
    let strings = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    ResolveOptions {
        condition_names: strings(conditions),
        extensions: strings(EXTENSIONS),
        // TypeScript sources import each other by their output names (`./a.js` for a.ts).
        extension_alias: vec![
            (".js".into(), strings(&[".js", ".ts", ".tsx"])),
            (".mjs".into(), strings(&[".mjs", ".mts"])),
            (".cjs".into(), strings(&[".cjs", ".cts"])),
        ],
        main_fields: strings(&["main"]),
        symlinks: true,
        // The build must not depend on the environment it runs in.
        node_path: false,
        module_type: false,
        ..ResolveOptions::default()
    }
}

impl<Fs: FileSystem + 'static> Resolver<Fs> {
    pub fn new(fs: Fs) -> Self {
        let import = ResolverGeneric::new_with_file_system(fs, options(&["node", "import"]));
        let require = import.clone_with_options(options(&["node", "require"]));
        Resolver { import, require }
    }

    /// Resolves `request` made by a module in `from_dir`. The error is a message for a
    /// diagnostic.
    pub fn resolve(
        &self,
        from_dir: &Path,
        request: &str,
        kind: RequestKind,
    ) -> Result<PathBuf, String> {
        let resolver = match kind {
            RequestKind::Import => &self.import,
            RequestKind::Require => &self.require,
        };
        match resolver.resolve(from_dir, request) {
            Ok(resolution) => Ok(resolution.into_path_buf()),
            Err(e) => Err(describe(request, &e)),
        }
    }
}

fn describe(request: &str, error: &ResolveError) -> String {
    match error {
        ResolveError::NotFound(_) => format!("cannot find module '{request}'"),
        ResolveError::PackagePathNotExported { .. } => {
            format!("cannot find module '{request}': {error}")
        }
        other => format!("cannot resolve '{request}': {other}"),
    }
}
