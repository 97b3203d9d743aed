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

/// How JSX is compiled, from the project's tsconfig.json (`jsx`, `jsxFactory`,
/// `jsxFragmentFactory`, `jsxImportSource`, following `extends`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JsxConfig {
    /// `react-jsx`/`react-jsxdev`: calls into `IMPORT_SOURCE/jsx-runtime`, imported.
    pub automatic: bool,
    pub development: bool,
    pub import_source: Option<String>,
    /// The classic runtime's calls: `React.createElement` and `React.Fragment` unless named.
    pub factory: Option<String>,
    pub fragment: Option<String>,
}

impl<Fs: FileSystem + 'static> Resolver<Fs> {
    /// The JSX settings of the tsconfig.json in `root`; the defaults (classic
    /// `React.createElement`) without one. A tsconfig.json that cannot be read is an error.
    pub fn jsx(&self, root: &Path) -> Result<JsxConfig, String> {
        let path = root.join("tsconfig.json");
        let config = match self.import.resolve_tsconfig(&path) {
            Ok(config) => config,
            Err(ResolveError::TsconfigNotFound(_)) => return Ok(JsxConfig::default()),
            Err(ResolveError::IOError(e))
                if std::io::Error::from(e.clone()).kind() == std::io::ErrorKind::NotFound =>
            {
                return Ok(JsxConfig::default());
            }
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        let options = &config.compiler_options;
        let mode = options.jsx.as_deref().unwrap_or("react");
        Ok(JsxConfig {
            automatic: matches!(mode, "react-jsx" | "react-jsxdev"),
            development: mode == "react-jsxdev",
            import_source: options.jsx_import_source.clone(),
            factory: options.jsx_factory.clone(),
            fragment: options.jsx_fragment_factory.clone(),
        })
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
