//! The bundler: a project's entry and everything it loads, as one script for the runtime's
//! module registry, plus a source map. Phases as in esbuild: scan (parse, lower, resolve),
//! link (ES module exports and interop) and emit.

mod ast;
pub mod builtins;
mod cjs_exports;
mod emit;
mod esm;
mod graph;
mod resolve;
mod scan;

use std::collections::BTreeSet;
use std::path::Path;

use oxc_resolver::FileSystem;
use swc_core::common::{GLOBALS, Globals};

use crate::diagnostics::{Diagnostic, Diagnostics, Severity};

pub use resolve::{RequestKind, Resolver};
pub use scan::relative_name;

pub struct Options<'a> {
    /// Packages left to be loaded from disk at run time.
    pub externals: &'a [String],
    /// Smaller code (swc's minifier); behaviour and source maps stay.
    pub minify: bool,
}

pub struct Bundle {
    pub code: String,
    pub source_map: Vec<u8>,
    /// The entry's path relative to the root.
    pub entry: String,
    /// Every bundled module's name and source size, in bundle order.
    pub modules: Vec<(String, usize)>,
    /// The names of the ES modules among them.
    pub esm: Vec<String>,
    /// The built-in modules they import or require by a constant name, without `node:`,
    /// sorted.
    pub builtins: Vec<String>,
    pub warnings: Vec<Diagnostic>,
}

/// Bundles the program whose entry is `entry` (a path the resolver can find from `root`).
pub fn bundle<Fs: FileSystem + 'static>(
    fs: &Fs,
    resolver: &Resolver<Fs>,
    root: &Path,
    entry: &Path,
    options: &Options,
) -> Result<Bundle, Diagnostics> {
    GLOBALS.set(&Globals::new(), || {
        let entry_found = resolver
            .resolve(root, &entry.to_string_lossy(), RequestKind::Import)
            .map_err(|message| {
                Diagnostics(vec![Diagnostic::about_file(
                    &entry.display().to_string(),
                    message,
                )])
            })?;
        let jsx = resolver.jsx(root).map_err(|message| {
            let tsconfig = root.join("tsconfig.json").display().to_string();
            Diagnostics(vec![Diagnostic::about_file(&tsconfig, message)])
        })?;
        let scan = scan::Scan::new(fs, resolver, root, options.externals, jsx);
        let unresolved_mark = scan.unresolved_mark;
        let mut diagnostics = Vec::new();
        let (graph, scan_diagnostics) = scan.run(entry_found);
        diagnostics.extend(scan_diagnostics);
        for (i, module) in graph.modules.iter().enumerate() {
            if let graph::Source::Esm(m) = &module.source {
                esm::check_imports(&graph, i, m, &mut diagnostics);
            }
        }
        let has_errors = |d: &[Diagnostic]| d.iter().any(|d| d.severity == Severity::Error);
        if has_errors(&diagnostics) {
            return Err(Diagnostics(diagnostics));
        }
        let entry = graph.modules[0].name.clone();
        let modules = graph
            .modules
            .iter()
            .map(|m| (m.name.clone(), m.size))
            .collect();
        let esm = graph
            .modules
            .iter()
            .filter(|m| m.is_esm())
            .map(|m| m.name.clone())
            .collect();
        let builtins: BTreeSet<String> = graph
            .builtins
            .iter()
            .map(|b| b.strip_prefix("node:").unwrap_or(b).to_string())
            .collect();
        let emitted = emit::emit(graph, unresolved_mark, options.minify, &mut diagnostics);
        if has_errors(&diagnostics) {
            return Err(Diagnostics(diagnostics));
        }
        Ok(Bundle {
            code: emitted.code,
            source_map: emitted.source_map,
            entry,
            modules,
            esm,
            builtins: builtins.into_iter().collect(),
            warnings: diagnostics,
        })
    })
}

#[cfg(test)]
mod memory_fs;
#[cfg(test)]
mod tests;
