//! The module graph: every module the program can load, parsed and lowered, with the target of
//! each of its requests.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use swc_core::common::sync::Lrc;
use swc_core::common::{SourceFile, SourceMap};
use swc_core::ecma::ast::{Module, ModuleDecl, ModuleItem, Script};

use super::ast::export_name;
use super::cjs_exports::CjsExports;

/// What a request leads to. Indices point into the graph's tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Module(usize),
    /// A built-in module, named in `Graph::builtins`.
    Builtin(usize),
    /// Left to be loaded from disk at run time (`--external`); named in `Graph::specifiers`.
    External(usize),
    /// Not found at build time; named in `Graph::specifiers`.
    Missing(usize),
}

/// How a request is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// `import ... from`, `export ... from`
    Static,
    /// `require("...")`
    Require,
    /// `import("...")`
    Dynamic,
    /// `require.resolve("...")`: the path is wanted, not the module.
    Resolve,
    /// `fork(path)` or `new Worker(path)`: a module a child process or worker thread runs;
    /// it is bundled, and found by its path.
    Fork,
}

pub enum Source {
    CommonJs(Script),
    Esm(Module),
    /// The JSON text.
    Json(String),
}

pub struct ModuleRecord {
    /// Path relative to the project root, with `/` separators: how the module is named at run
    /// time (`__filename`) and in source maps.
    pub name: String,
    pub source: Source,
    /// Targets of the static imports and re-exports, in source order.
    pub static_targets: Vec<Target>,
    /// Targets of `require("...")`, by specifier.
    pub require_targets: Vec<(String, Target)>,
    /// Files named by `require.resolve("...")` that are not required: specifier and path
    /// relative to the root.
    pub resolved_paths: Vec<(String, String)>,
    /// Targets of `import("...")`, by specifier.
    pub dynamic_targets: HashMap<String, Target>,
    pub top_level_await: bool,
    /// For CommonJS: the names an import can see, as Node finds them in the source.
    pub cjs_exports: CjsExports,
    /// Whether `source` is (or was, before emit took it) an ES module.
    pub esm: bool,
    /// The text as read.
    pub file: Option<Lrc<SourceFile>>,
    /// Its text can go into the bundle as it is: CommonJS that needed no change (no types, no
    /// JSX, no `import()`). Such modules keep their exact text (`Function.prototype.toString`)
    /// and positions.
    pub verbatim: bool,
    /// Bytes of source text.
    pub size: usize,
}

impl ModuleRecord {
    pub fn is_esm(&self) -> bool {
        self.esm
    }

    /// A JSON module: its only export is `default`.
    pub fn is_json(&self) -> bool {
        self.name.ends_with(".json")
    }

    /// The target of the `n`-th static request.
    pub fn static_target(&self, n: usize) -> Target {
        self.static_targets[n]
    }
}

/// The names an ES module exports, with those of its `export *` of other ES modules.
#[derive(Debug, Clone, Default)]
pub struct ExportNames {
    /// Sorted.
    pub names: Vec<String>,
    /// The names that come through `export *`: which one (by its place among the module's
    /// `export *` declarations) brings each. A name two of them bring from different modules is
    /// ambiguous, and left out as Node does.
    pub star_names: BTreeMap<String, usize>,
    /// It also re-exports everything of a CommonJS or built-in module, at some depth: names
    /// known only at run time.
    pub has_runtime_stars: bool,
    /// Where each name is declared: module and local export name.
    origins: BTreeMap<String, (usize, String)>,
}

impl ExportNames {
    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.names.iter()
    }
}

pub struct Graph {
    pub cm: Lrc<SourceMap>,
    pub modules: Vec<ModuleRecord>,
    pub builtins: Vec<String>,
    pub specifiers: Vec<String>,
    exports: Vec<ExportNames>,
    asyncs: Vec<bool>,
    /// For CommonJS modules: their names and those they re-export, sorted.
    cjs_names: Vec<Vec<String>>,
}

impl Graph {
    pub fn new(
        cm: Lrc<SourceMap>,
        modules: Vec<ModuleRecord>,
        builtins: Vec<String>,
        specifiers: Vec<String>,
    ) -> Graph {
        let mut graph = Graph {
            cm,
            modules,
            builtins,
            specifiers,
            exports: Vec::new(),
            asyncs: Vec::new(),
            cjs_names: Vec::new(),
        };
        let mut memo = vec![None; graph.modules.len()];
        let mut visiting = vec![false; graph.modules.len()];
        for i in 0..graph.modules.len() {
            graph.collect_exports(i, &mut memo, &mut visiting);
        }
        graph.exports = memo.into_iter().map(Option::unwrap_or_default).collect();
        graph.asyncs = graph.find_async();
        graph.cjs_names = (0..graph.modules.len())
            .map(|i| {
                let mut names = Vec::new();
                graph.collect_cjs_names(i, &mut vec![false; graph.modules.len()], &mut names);
                names.sort();
                names.dedup();
                names
            })
            .collect();
        graph
    }

    pub fn export_names(&self, i: usize) -> &ExportNames {
        &self.exports[i]
    }

    /// Whether module `i` runs asynchronously: it awaits at top level, or imports (statically)
    /// a module that does.
    pub fn is_async(&self, i: usize) -> bool {
        self.asyncs[i]
    }

    /// The names an ES module can import from CommonJS module `i` (besides `default`).
    pub fn cjs_names(&self, i: usize) -> &[String] {
        &self.cjs_names[i]
    }

    fn collect_cjs_names(&self, i: usize, visiting: &mut Vec<bool>, out: &mut Vec<String>) {
        let module = &self.modules[i];
        if visiting[i] || module.is_esm() || module.is_json() {
            return;
        }
        visiting[i] = true;
        out.extend(module.cjs_exports.names.iter().cloned());
        for spec in &module.cjs_exports.reexports {
            let target = module.require_targets.iter().find(|(s, _)| s == spec);
            match target {
                Some((_, Target::Module(t))) if self.modules[*t].is_esm() => out.extend(
                    self.exports[*t]
                        .names
                        .iter()
                        .filter(|n| *n != "default")
                        .cloned(),
                ),
                Some((_, Target::Module(t))) => self.collect_cjs_names(*t, visiting, out),
                _ => {}
            }
        }
    }

    /// The export names of module `i`, computed once (`memo`); a module met again inside its
    /// own `export *` chain counts as exporting nothing more.
    fn collect_exports(
        &self,
        i: usize,
        memo: &mut Vec<Option<ExportNames>>,
        visiting: &mut Vec<bool>,
    ) -> ExportNames {
        if let Some(done) = &memo[i] {
            return done.clone();
        }
        let Source::Esm(module) = &self.modules[i].source else {
            return ExportNames::default();
        };
        if visiting[i] {
            return ExportNames::default();
        }
        visiting[i] = true;
        let mut out = ExportNames::default();
        // Each name with where it is declared: here, or in the module it is re-exported from.
        let mut own: Vec<(String, (usize, String))> = Vec::new();
        let mut stars = Vec::new();
        let mut n = 0;
        for item in &module.body {
            let ModuleItem::ModuleDecl(decl) = item else {
                continue;
            };
            if counts_as_static_request(decl) {
                n += 1;
            }
            let here = |name: String| (name.clone(), (i, name));
            match decl {
                ModuleDecl::ExportDecl(e) => {
                    for id in super::esm::declared(&e.decl) {
                        own.push(here(id.0.to_string()));
                    }
                }
                ModuleDecl::ExportNamed(named) if !named.type_only => {
                    let from = named
                        .src
                        .as_ref()
                        .map(|_| self.modules[i].static_target(n - 1));
                    for spec in &named.specifiers {
                        use swc_core::ecma::ast::ExportSpecifier as S;
                        let (name, orig) = match spec {
                            S::Named(s) if !s.is_type_only => {
                                let orig = export_name(&s.orig);
                                (
                                    s.exported.as_ref().map(export_name).unwrap_or(orig.clone()),
                                    orig,
                                )
                            }
                            S::Namespace(s) => (export_name(&s.name), "*".into()),
                            S::Default(s) => (s.exported.sym.to_string(), "default".into()),
                            S::Named(_) => continue,
                        };
                        let origin = match from {
                            None => (i, name.clone()),
                            Some(Target::Module(t)) if self.modules[t].is_esm() => self
                                .collect_exports(t, memo, visiting)
                                .origins
                                .get(&orig)
                                .cloned()
                                .unwrap_or((t, orig)),
                            Some(Target::Module(t)) => (t, orig),
                            Some(_) => (usize::MAX, orig),
                        };
                        own.push((name, origin));
                    }
                }
                ModuleDecl::ExportDefaultDecl(_) | ModuleDecl::ExportDefaultExpr(_) => {
                    own.push(here("default".into()))
                }
                ModuleDecl::ExportAll(all) if !all.type_only => {
                    stars.push(self.modules[i].static_target(n - 1));
                }
                _ => {}
            }
        }
        out.origins.extend(own);
        let mut ambiguous = BTreeSet::new();
        for (k, target) in stars.into_iter().enumerate() {
            match target {
                Target::Module(t) if self.modules[t].is_esm() => {
                    let inner = self.collect_exports(t, memo, visiting);
                    out.has_runtime_stars |= inner.has_runtime_stars;
                    for (name, origin) in inner.origins {
                        if name == "default"
                            || !out.star_names.contains_key(&name)
                                && out.origins.contains_key(&name)
                        {
                            continue;
                        }
                        match out.origins.get(&name) {
                            Some(seen) if *seen != origin => {
                                ambiguous.insert(name);
                            }
                            Some(_) => {}
                            None => {
                                out.origins.insert(name.clone(), origin);
                                out.star_names.insert(name, k);
                            }
                        }
                    }
                }
                _ => out.has_runtime_stars = true,
            }
        }
        for name in &ambiguous {
            out.origins.remove(name);
            out.star_names.remove(name);
        }
        visiting[i] = false;
        out.names = out.origins.keys().cloned().collect();
        memo[i] = Some(out.clone());
        out
    }

    fn find_async(&self) -> Vec<bool> {
        let mut asyncs: Vec<bool> = self.modules.iter().map(|m| m.top_level_await).collect();
        // To a fixed point: cycles settle once nothing changes.
        loop {
            let mut changed = false;
            for (i, m) in self.modules.iter().enumerate() {
                if asyncs[i] || !m.is_esm() {
                    continue;
                }
                if m.static_targets.iter().any(
                    |t| matches!(t, Target::Module(d) if asyncs[*d] && self.modules[*d].is_esm()),
                ) {
                    asyncs[i] = true;
                    changed = true;
                }
            }
            if !changed {
                return asyncs;
            }
        }
    }
}

/// Whether a module declaration is one of the static requests, counted in source order.
pub fn counts_as_static_request(decl: &ModuleDecl) -> bool {
    match decl {
        ModuleDecl::Import(i) => !i.type_only,
        ModuleDecl::ExportNamed(n) => n.src.is_some() && !n.type_only,
        ModuleDecl::ExportAll(a) => !a.type_only,
        _ => false,
    }
}
