//! Scan: from the entry, read and parse every module the program can load, lower TypeScript and
//! JSX, and resolve each request Node's way. Problems are collected, not fatal, so that one run
//! reports all of them.

use std::collections::{HashMap, VecDeque};
use std::path::{Component, Path, PathBuf};

use oxc_resolver::{FileSystem, PackageType};
use swc_core::common::sync::Lrc;
use swc_core::common::{FileName, Mark, SourceMap, Span, SyntaxContext};
use swc_core::ecma::ast::*;
use swc_core::ecma::parser::Syntax;
use swc_core::ecma::transforms::base::resolver;
use swc_core::ecma::visit::{Visit, VisitWith};

use super::ast::static_string;
use super::builtins::is_builtin;
use super::graph::{Graph, How, ModuleRecord, Source, Target, counts_as_static_request};
use super::resolve::{JsxConfig, RequestKind, Resolver};
use crate::diagnostics::Diagnostic;
use crate::parse::{self, Goal};

pub struct Scan<'a, Fs> {
    fs: &'a Fs,
    resolver: &'a Resolver<Fs>,
    root: &'a Path,
    externals: &'a [String],
    jsx: JsxConfig,
    pub cm: Lrc<SourceMap>,
    pub unresolved_mark: Mark,
    modules: Vec<Option<ModuleRecord>>,
    by_path: HashMap<PathBuf, usize>,
    queue: VecDeque<(usize, PathBuf)>,
    /// The `"type"` of the package scope of each directory looked at.
    scopes: HashMap<PathBuf, Option<PackageType>>,
    builtins: Vec<String>,
    specifiers: Vec<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// A request as written, before resolution.
struct Raw {
    specifier: String,
    span: Span,
    how: How,
    /// Inside a `try` block: the program expects that it may fail.
    guarded: bool,
}

impl<'a, Fs: FileSystem + 'static> Scan<'a, Fs> {
    pub fn new(
        fs: &'a Fs,
        resolver: &'a Resolver<Fs>,
        root: &'a Path,
        externals: &'a [String],
        jsx: JsxConfig,
    ) -> Self {
        Scan {
            fs,
            resolver,
            root,
            externals,
            jsx,
            cm: Default::default(),
            unresolved_mark: Mark::new(),
            modules: Vec::new(),
            by_path: HashMap::new(),
            queue: VecDeque::new(),
            scopes: HashMap::new(),
            builtins: Vec::new(),
            specifiers: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    /// Scans everything reachable from `entry` (a found file); the entry is module 0.
    pub fn run(mut self, entry: PathBuf) -> (Graph, Vec<Diagnostic>) {
        self.add(entry);
        while let Some((index, path)) = self.queue.pop_front() {
            let dir = path.parent().unwrap_or(Path::new("/"));
            let package_type = self.scope_type(dir);
            let record = self.load(&path, package_type);
            self.modules[index] = record;
        }
        let modules: Vec<ModuleRecord> = self
            .modules
            .into_iter()
            .map(|m| m.expect("scanned"))
            .collect();
        let graph = Graph::new(self.cm, modules, self.builtins, self.specifiers);
        (graph, self.diagnostics)
    }

    /// The `"type"` of the nearest package.json at or above `dir`, as Node finds a file's
    /// package scope (the search stops at a `node_modules` directory).
    fn scope_type(&mut self, dir: &Path) -> Option<PackageType> {
        if let Some(found) = self.scopes.get(dir) {
            return *found;
        }
        let manifest = dir.join("package.json");
        let found = match self.fs.read_to_string(&manifest) {
            Ok(text) => serde_json::from_str::<serde_json::Value>(&text)
                .ok()
                .and_then(|v| match v.get("type").and_then(|t| t.as_str()) {
                    Some("module") => Some(PackageType::Module),
                    Some("commonjs") => Some(PackageType::CommonJs),
                    _ => None,
                }),
            Err(_) => match dir.parent() {
                Some(parent) if dir.file_name().is_some_and(|n| n != "node_modules") => {
                    self.scope_type(parent)
                }
                _ => None,
            },
        };
        self.scopes.insert(dir.to_path_buf(), found);
        found
    }

    fn add(&mut self, path: PathBuf) -> usize {
        if let Some(&i) = self.by_path.get(&path) {
            return i;
        }
        let i = self.modules.len();
        self.modules.push(None);
        self.by_path.insert(path.clone(), i);
        self.queue.push_back((i, path));
        i
    }

    fn intern(table: &mut Vec<String>, s: &str) -> usize {
        match table.iter().position(|t| t == s) {
            Some(i) => i,
            None => {
                table.push(s.to_string());
                table.len() - 1
            }
        }
    }

    fn load(&mut self, path: &Path, package_type: Option<PackageType>) -> Option<ModuleRecord> {
        let name = relative_name(self.root, path);
        let empty = |source| ModuleRecord {
            name: name.clone(),
            source,
            static_targets: Vec::new(),
            require_targets: Vec::new(),
            resolved_paths: Vec::new(),
            cjs_exports: Default::default(),
            dynamic_targets: HashMap::new(),
            top_level_await: false,
            esm: false,
            file: None,
            verbatim: false,
            size: 0,
        };
        let text = match self.fs.read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                self.diagnostics.push(Diagnostic::about_file(
                    &path.display().to_string(),
                    format!("cannot read this file: {e}"),
                ));
                return Some(empty(Source::Json("null".into())));
            }
        };
        let size = text.len();
        let empty = |source| ModuleRecord {
            size,
            ..empty(source)
        };
        let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
        let file = self
            .cm
            .new_source_file(Lrc::new(FileName::Custom(name.clone())), text);
        if ext == "json" {
            if let Err(e) = serde_json::from_str::<serde_json::Value>(&file.src) {
                let pos = file.start_pos
                    + swc_core::common::BytePos(offset_of(&file.src, e.line(), e.column()) as u32);
                self.diagnostics.push(Diagnostic::at(
                    &self.cm,
                    Span::new(pos, pos),
                    format!("invalid JSON: {e}"),
                ));
            }
            return Some(empty(Source::Json(file.src.to_string())));
        }
        let goal = match ext {
            "mjs" | "mts" => Goal::Module,
            "cjs" | "cts" => Goal::CommonJs,
            _ => match package_type {
                Some(PackageType::Module) => Goal::Module,
                // TypeScript sources are written with `import` whatever the package says.
                Some(PackageType::CommonJs) if !matches!(ext, "ts" | "tsx") => Goal::CommonJs,
                _ => Goal::Detect,
            },
        };
        let syntax = parse::syntax_for(&name);
        let mut program = match parse::parse(&self.cm, &file, syntax, goal) {
            Ok(p) => p,
            Err(errors) => {
                self.diagnostics.extend(errors);
                return Some(empty(Source::Json("null".into())));
            }
        };
        self.lower(&mut program, syntax);

        let unresolved = SyntaxContext::empty().apply_mark(self.unresolved_mark);
        let mut collect = Collect {
            unresolved,
            is_esm: matches!(program, Program::Module(_)),
            out: Vec::new(),
            try_depth: 0,
            function_depth: 0,
            top_level_await: false,
            dynamic_import: false,
            computed: Vec::new(),
        };
        program.visit_with(&mut collect);
        let top_level_await = collect.top_level_await && collect.is_esm;

        // Dependencies do this knowingly (optional features, plugins); only the project's own
        // code hears about it.
        let in_dependency = name.starts_with("node_modules/") || name.contains("/node_modules/");
        if !in_dependency {
            for (span, how) in &collect.computed {
                let what = if *how == How::Require {
                    "require()"
                } else {
                    "import()"
                };
                self.diagnostics.push(
                    Diagnostic::at(
                        &self.cm,
                        *span,
                        format!(
                            "{what} of a name computed at run time is not bundled: it can only \
                             load built-in modules and files that are in the bundle"
                        ),
                    )
                    .warning(),
                );
            }
        }
        let dir = path.parent().unwrap_or(Path::new("/")).to_path_buf();
        let mut record = empty(Source::Json(String::new()));
        record.top_level_await = top_level_await;
        for raw in collect.out {
            if raw.how == How::Resolve {
                if !is_builtin(&raw.specifier) {
                    match self
                        .resolver
                        .resolve(&dir, &raw.specifier, RequestKind::Require)
                    {
                        Ok(found) => {
                            let rel = relative_name(self.root, &found);
                            record.resolved_paths.push((raw.specifier, rel));
                        }
                        Err(message) if !raw.guarded => self
                            .diagnostics
                            .push(Diagnostic::at_or(&self.cm, raw.span, message, &name).warning()),
                        Err(_) => {}
                    }
                }
                continue;
            }
            let target = self.resolve(&dir, &raw, &name);
            match raw.how {
                // Only bundled: the child finds it by its path.
                How::Fork => {}
                How::Static => record.static_targets.push(target),
                How::Require => {
                    if !record
                        .require_targets
                        .iter()
                        .any(|(s, _)| *s == raw.specifier)
                    {
                        record.require_targets.push((raw.specifier, target));
                    }
                }
                How::Dynamic => {
                    record.dynamic_targets.insert(raw.specifier, target);
                }
                How::Resolve => unreachable!("handled above"),
            }
        }
        record.esm = matches!(program, Program::Module(_));
        record.verbatim = !record.esm
            && !collect.dynamic_import
            && matches!(syntax, Syntax::Es(ref es) if !es.jsx);
        record.file = Some(file.clone());
        record.source = match program {
            Program::Module(m) => Source::Esm(m),
            Program::Script(s) => {
                record.cjs_exports = super::cjs_exports::detect(&s);
                Source::CommonJs(s)
            }
        };
        Some(record)
    }

    /// TypeScript types and JSX out; identifiers get their scopes (the resolver's marks), which
    /// later steps rely on.
    fn lower(&self, program: &mut Program, syntax: Syntax) {
        let top_level_mark = Mark::new();
        let is_ts = matches!(syntax, Syntax::Typescript(_));
        program.mutate(resolver(self.unresolved_mark, top_level_mark, is_ts));
        if is_ts {
            program.mutate(swc_core::ecma::transforms::typescript::typescript(
                Default::default(),
                self.unresolved_mark,
                top_level_mark,
            ));
        }
        if syntax.jsx() {
            use swc_core::ecma::transforms::react::{Options, Runtime, react};
            let jsx = &self.jsx;
            let options = Options {
                runtime: Some(if jsx.automatic {
                    Runtime::Automatic
                } else {
                    Runtime::Classic
                }),
                development: Some(jsx.development),
                import_source: jsx.import_source.clone().map(Into::into),
                pragma: jsx.factory.clone().map(Into::into),
                pragma_frag: jsx.fragment.clone().map(Into::into),
                ..Default::default()
            };
            program.mutate(react(
                self.cm.clone(),
                None::<swc_core::common::comments::SingleThreadedComments>,
                options,
                top_level_mark,
                self.unresolved_mark,
            ));
        }
    }

    /// The target of `raw`, a request of module `name` in `dir`.
    fn resolve(&mut self, dir: &Path, raw: &Raw, name: &str) -> Target {
        let spec = raw.specifier.as_str();
        if is_builtin(spec) {
            return Target::Builtin(Self::intern(&mut self.builtins, spec));
        }
        if self
            .externals
            .iter()
            .any(|e| package_name(spec) == Some(e.as_str()))
        {
            return Target::External(Self::intern(&mut self.specifiers, spec));
        }
        let kind = match raw.how {
            How::Require | How::Fork => RequestKind::Require,
            _ => RequestKind::Import,
        };
        match self.resolver.resolve(dir, spec, kind) {
            Ok(path) => Target::Module(self.add(path)),
            Err(message) => {
                let d = Diagnostic::at_or(&self.cm, raw.span, message, name);
                self.diagnostics.push(match raw.how {
                    How::Static => d,
                    How::Require if raw.guarded => {
                        return Target::Missing(Self::intern(&mut self.specifiers, spec));
                    }
                    _ => d.warning(),
                });
                Target::Missing(Self::intern(&mut self.specifiers, spec))
            }
        }
    }
}

/// `fork(...)` or `anything.fork(...)`: child_process.fork by any name it was imported as.
fn is_fork_callee(callee: &Expr) -> bool {
    match callee {
        Expr::Ident(i) => i.sym == "fork",
        Expr::Member(m) => m.prop.as_ident().is_some_and(|p| p.sym == "fork"),
        _ => false,
    }
}

/// The module a `fork()` argument names, relative to the calling module, when it is written
/// from the module's own place: `path.join(__dirname, 'child.js')` (or `resolve`, or the bare
/// imported function), `__dirname + '/child.js'`, `` `${__dirname}/child.js` ``,
/// `require.resolve('./child')`, `new URL('./child.js', import.meta.url)`, and any of these
/// inside `fileURLToPath(...)`. `__filename` is the module itself, bundled already.
fn fork_specifier(expr: &Expr) -> Option<String> {
    let is_dirname = |e: &Expr| matches!(e, Expr::Ident(i) if i.sym == "__dirname");
    let rest = |parts: &[String]| -> Option<String> {
        let joined = parts.join("/");
        let joined = joined.trim_start_matches('/');
        (!joined.is_empty()).then(|| format!("./{joined}"))
    };
    let callee_named = |callee: &Callee, names: &[&str]| -> bool {
        let Callee::Expr(e) = callee else {
            return false;
        };
        match &**e {
            Expr::Ident(i) => names.contains(&&*i.sym),
            Expr::Member(m) => m.prop.as_ident().is_some_and(|p| names.contains(&&*p.sym)),
            _ => false,
        }
    };
    match expr {
        Expr::Paren(p) => fork_specifier(&p.expr),
        Expr::Call(call) if callee_named(&call.callee, &["join", "resolve"]) => {
            let Callee::Expr(callee) = &call.callee else {
                return None;
            };
            // require.resolve('./x'): a specifier already.
            if let Expr::Member(m) = &**callee
                && matches!(&*m.obj, Expr::Ident(i) if i.sym == "require")
            {
                return call.args.first().and_then(|a| static_string(&a.expr));
            }
            let (first, others) = call.args.split_first()?;
            if !is_dirname(&first.expr) {
                return None;
            }
            let parts: Option<Vec<String>> =
                others.iter().map(|a| static_string(&a.expr)).collect();
            rest(&parts?)
        }
        Expr::Call(call) if callee_named(&call.callee, &["fileURLToPath"]) => {
            fork_specifier(&call.args.first()?.expr)
        }
        Expr::Bin(bin) if bin.op == BinaryOp::Add && is_dirname(&bin.left) => {
            rest(&[static_string(&bin.right)?])
        }
        Expr::Tpl(tpl) if tpl.exprs.len() == 1 && is_dirname(&tpl.exprs[0]) => {
            let before = tpl.quasis.first()?.cooked.as_ref()?;
            if !before.is_empty() {
                return None;
            }
            let after = tpl
                .quasis
                .get(1)?
                .cooked
                .as_ref()?
                .to_atom_lossy()
                .to_string();
            rest(&[after])
        }
        Expr::New(new) if matches!(&*new.callee, Expr::Ident(i) if i.sym == "URL") => {
            let args = new.args.as_ref()?;
            let base = &args.get(1)?.expr;
            let is_meta_url = matches!(&**base, Expr::Member(m)
                if matches!(&*m.obj, Expr::MetaProp(_))
                    && m.prop.as_ident().is_some_and(|p| p.sym == "url"));
            if !is_meta_url {
                return None;
            }
            let spec = static_string(&args.first()?.expr)?;
            if spec.starts_with("./") || spec.starts_with("../") {
                Some(spec)
            } else {
                rest(&[spec])
            }
        }
        _ => None,
    }
}

/// `lodash` for `lodash/fp`, `@scope/pkg` for `@scope/pkg/x`; none for paths.
fn package_name(spec: &str) -> Option<&str> {
    if spec.starts_with('.') || spec.starts_with('/') || spec.starts_with('#') {
        return None;
    }
    let mut parts = spec.splitn(3, '/');
    let first = parts.next()?;
    if first.starts_with('@') {
        let second = parts.next()?;
        Some(&spec[..first.len() + 1 + second.len()])
    } else {
        Some(first)
    }
}

/// `path` relative to `root` with `/` separators (`..` where it lies outside).
pub fn relative_name(root: &Path, path: &Path) -> String {
    let root: Vec<Component> = root.components().collect();
    let path: Vec<Component> = path.components().collect();
    let common = root.iter().zip(&path).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); root.len() - common];
    parts.extend(
        path[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// The byte offset of 1-based `line` and `column`.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column.saturating_sub(1)).min(text.len())
}

/// Finds a module's requests and whether it awaits at top level.
struct Collect {
    unresolved: SyntaxContext,
    is_esm: bool,
    out: Vec<Raw>,
    try_depth: usize,
    function_depth: usize,
    top_level_await: bool,
    dynamic_import: bool,
    /// `require(x)` and `import(x)` whose name is computed, outside `try`.
    computed: Vec<(Span, How)>,
}

impl Collect {
    /// CommonJS's own `require`; in an ES module, a `require` it made (`createRequire`).
    fn is_require(&self, ident: &Ident) -> bool {
        ident.sym == "require" && (self.is_esm || ident.ctxt == self.unresolved)
    }

    fn push(&mut self, specifier: String, span: Span, how: How) {
        self.out.push(Raw {
            specifier,
            span,
            how,
            guarded: self.try_depth > 0,
        });
    }
}

impl Visit for Collect {
    fn visit_module_decl(&mut self, decl: &ModuleDecl) {
        if counts_as_static_request(decl) {
            let src = match decl {
                ModuleDecl::Import(i) => &i.src,
                ModuleDecl::ExportNamed(n) => n.src.as_ref().expect("has a source"),
                ModuleDecl::ExportAll(a) => &a.src,
                _ => unreachable!("only requests are counted"),
            };
            self.push(src.value.to_atom_lossy().to_string(), src.span, How::Static);
        }
        decl.visit_children_with(self);
    }

    fn visit_call_expr(&mut self, call: &CallExpr) {
        let first = call.args.first().filter(|a| a.spread.is_none());
        match &call.callee {
            Callee::Import(_) => {
                self.dynamic_import = true;
                match first.and_then(|a| static_string(&a.expr)) {
                    Some(spec) => self.push(spec, call.span, How::Dynamic),
                    None if self.try_depth == 0 => self.computed.push((call.span, How::Dynamic)),
                    None => {}
                }
            }
            Callee::Expr(e) => {
                if let Expr::Member(m) = &**e
                    && let Expr::Ident(obj) = &*m.obj
                    && self.is_require(obj)
                    && m.prop.as_ident().is_some_and(|p| p.sym == "resolve")
                    && let Some(spec) = first.and_then(|a| static_string(&a.expr))
                {
                    self.push(spec, call.span, How::Resolve);
                }
                if is_fork_callee(e)
                    && let Some(spec) = first.and_then(|a| fork_specifier(&a.expr))
                {
                    self.push(spec, call.span, How::Fork);
                }
                if let Expr::Ident(i) = &**e
                    && self.is_require(i)
                    && call.args.len() == 1
                {
                    match first.and_then(|a| static_string(&a.expr)) {
                        Some(spec) => self.push(spec, call.span, How::Require),
                        None if self.try_depth == 0 => {
                            self.computed.push((call.span, How::Require))
                        }
                        None => {}
                    }
                }
            }
            Callee::Super(_) => {}
        }
        call.visit_children_with(self);
    }

    fn visit_new_expr(&mut self, new: &NewExpr) {
        // `new Worker(path)`: the module a worker thread runs, found the way fork's is.
        let is_worker = match &*new.callee {
            Expr::Ident(i) => i.sym == "Worker",
            Expr::Member(m) => m.prop.as_ident().is_some_and(|p| p.sym == "Worker"),
            _ => false,
        };
        if is_worker
            && let Some(spec) = new
                .args
                .as_ref()
                .and_then(|a| a.first())
                .filter(|a| a.spread.is_none())
                .and_then(|a| fork_specifier(&a.expr))
        {
            self.push(spec, new.span, How::Fork);
        }
        new.visit_children_with(self);
    }

    fn visit_try_stmt(&mut self, stmt: &TryStmt) {
        self.try_depth += 1;
        stmt.block.visit_with(self);
        self.try_depth -= 1;
        stmt.handler.visit_with(self);
        stmt.finalizer.visit_with(self);
    }

    fn visit_function(&mut self, f: &Function) {
        self.function_depth += 1;
        f.visit_children_with(self);
        self.function_depth -= 1;
    }

    fn visit_arrow_expr(&mut self, f: &ArrowExpr) {
        self.function_depth += 1;
        f.visit_children_with(self);
        self.function_depth -= 1;
    }

    fn visit_constructor(&mut self, f: &Constructor) {
        self.function_depth += 1;
        f.visit_children_with(self);
        self.function_depth -= 1;
    }

    fn visit_getter_prop(&mut self, f: &GetterProp) {
        self.function_depth += 1;
        f.visit_children_with(self);
        self.function_depth -= 1;
    }

    fn visit_setter_prop(&mut self, f: &SetterProp) {
        self.function_depth += 1;
        f.visit_children_with(self);
        self.function_depth -= 1;
    }

    fn visit_class_prop(&mut self, p: &ClassProp) {
        // The key is computed where the class is; the initialiser runs later, as methods do.
        p.key.visit_with(self);
        self.function_depth += 1;
        p.value.visit_with(self);
        self.function_depth -= 1;
    }

    fn visit_await_expr(&mut self, e: &AwaitExpr) {
        if self.function_depth == 0 {
            self.top_level_await = true;
        }
        e.visit_children_with(self);
    }

    fn visit_for_of_stmt(&mut self, s: &ForOfStmt) {
        if s.is_await && self.function_depth == 0 {
            self.top_level_await = true;
        }
        s.visit_children_with(self);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_relative_to_the_root() {
        assert_eq!(
            relative_name(Path::new("/p"), Path::new("/p/src/a.js")),
            "src/a.js"
        );
        assert_eq!(
            relative_name(Path::new("/p/app"), Path::new("/p/lib/x.js")),
            "../lib/x.js"
        );
    }

    #[test]
    fn package_names() {
        assert_eq!(package_name("lodash/fp"), Some("lodash"));
        assert_eq!(package_name("@a/b/c"), Some("@a/b"));
        assert_eq!(package_name("./x"), None);
    }
}
