//! ES modules into function bodies the runtime's module registry calls: import declarations
//! become namespace objects fetched before the body runs, references to imported bindings read
//! those namespaces (so bindings stay live), and exports become getters on the module's own
//! namespace, defined before any import is evaluated (so cycles see hoisted functions).

use std::collections::{BTreeMap, HashMap};

use swc_core::common::{DUMMY_SP, Mark, Span, SyntaxContext};
use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{VisitMut, VisitMutWith};

use super::ast::*;
use super::graph::{Graph, Target};
use crate::diagnostics::Diagnostic;

/// How an imported binding is read.
#[derive(Clone)]
enum Access {
    /// `dep.name`
    Named(usize, String),
    /// The namespace object itself.
    Namespace(usize),
}

/// One module this module imports statically: the local holding its namespace.
struct Dep {
    target: Target,
    local: Ident,
}

enum Export {
    Local(Id),
    /// `export { name } from 'dep'`
    From(usize, String),
    /// `export * as name from 'dep'`
    NamespaceFrom(usize),
}

/// What the transform needs from the rest of the graph.
pub struct Context<'a> {
    pub graph: &'a Graph,
    pub pack: &'a Ident,
    /// Index of the module being transformed.
    pub index: usize,
}

/// The wrapper body for ES module `index`, and its parameters (namespace, import.meta).
pub fn transform(
    module: Module,
    cx: &Context,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Ident>, Vec<Stmt>) {
    let ns = private("$ns");
    let meta = private("$meta");
    let record = &cx.graph.modules[cx.index];
    let mut deps: Vec<Dep> = Vec::new();
    let mut dep_of_target: HashMap<Target, usize> = HashMap::new();
    let mut bindings: HashMap<Id, Access> = HashMap::new();
    let mut exports: BTreeMap<String, Export> = BTreeMap::new();
    let mut stars: Vec<usize> = Vec::new();
    let mut body: Vec<Stmt> = Vec::new();
    let mut renames: Vec<Stmt> = Vec::new();
    let mut static_index = 0;

    let mut dep_for = |_src: &Str, deps: &mut Vec<Dep>| -> usize {
        let target = record.static_target(static_index);
        static_index += 1;
        *dep_of_target.entry(target).or_insert_with(|| {
            deps.push(Dep {
                target,
                local: private(&format!("$d{}", deps.len())),
            });
            deps.len() - 1
        })
    };

    for item in module.body {
        let decl = match item {
            ModuleItem::Stmt(stmt) => {
                body.push(stmt);
                continue;
            }
            ModuleItem::ModuleDecl(decl) => decl,
        };
        match decl {
            ModuleDecl::Import(import) => {
                if import.type_only {
                    continue;
                }
                let dep = dep_for(&import.src, &mut deps);
                for spec in import.specifiers {
                    let (local, access) = match spec {
                        ImportSpecifier::Default(s) => {
                            (s.local, Access::Named(dep, "default".into()))
                        }
                        ImportSpecifier::Named(s) => {
                            if s.is_type_only {
                                continue;
                            }
                            let name = s
                                .imported
                                .as_ref()
                                .map(export_name)
                                .unwrap_or_else(|| s.local.sym.to_string());
                            (s.local, Access::Named(dep, name))
                        }
                        ImportSpecifier::Namespace(s) => (s.local, Access::Namespace(dep)),
                    };
                    bindings.insert(local.to_id(), access);
                }
            }
            ModuleDecl::ExportDecl(ExportDecl { decl, .. }) => {
                for id in declared(&decl) {
                    exports.insert(id.0.to_string(), Export::Local(id));
                }
                body.push(Stmt::Decl(decl));
            }
            ModuleDecl::ExportNamed(named) => {
                if named.type_only {
                    continue;
                }
                match &named.src {
                    None => {
                        for spec in named.specifiers {
                            if let ExportSpecifier::Named(s) = spec {
                                if s.is_type_only {
                                    continue;
                                }
                                let ModuleExportName::Ident(orig) = &s.orig else {
                                    continue;
                                };
                                let name = s.exported.as_ref().map(export_name);
                                let name = name.unwrap_or_else(|| orig.sym.to_string());
                                exports.insert(name, Export::Local(orig.to_id()));
                            }
                        }
                    }
                    Some(src) => {
                        let dep = dep_for(src, &mut deps);
                        for spec in named.specifiers {
                            match spec {
                                ExportSpecifier::Named(s) => {
                                    if s.is_type_only {
                                        continue;
                                    }
                                    let orig = export_name(&s.orig);
                                    let name = s.exported.as_ref().map(export_name);
                                    exports.insert(
                                        name.unwrap_or_else(|| orig.clone()),
                                        Export::From(dep, orig),
                                    );
                                }
                                ExportSpecifier::Namespace(s) => {
                                    exports
                                        .insert(export_name(&s.name), Export::NamespaceFrom(dep));
                                }
                                ExportSpecifier::Default(s) => {
                                    exports.insert(
                                        s.exported.sym.to_string(),
                                        Export::From(dep, "default".into()),
                                    );
                                }
                            }
                        }
                    }
                }
            }
            ModuleDecl::ExportDefaultDecl(default) => match default.decl {
                DefaultDecl::Fn(f) => {
                    let (ident, anonymous) = named_or_default(f.ident);
                    if anonymous {
                        renames.push(set_name(cx.pack, &ident));
                    }
                    exports.insert("default".into(), Export::Local(ident.to_id()));
                    body.push(Stmt::Decl(Decl::Fn(FnDecl {
                        ident,
                        declare: false,
                        function: f.function,
                    })));
                }
                DefaultDecl::Class(c) => match c.ident {
                    Some(ident) => {
                        exports.insert("default".into(), Export::Local(ident.to_id()));
                        body.push(Stmt::Decl(Decl::Class(ClassDecl {
                            ident,
                            declare: false,
                            class: c.class,
                        })));
                    }
                    None => {
                        let ident = private("$default");
                        exports.insert("default".into(), Export::Local(ident.to_id()));
                        let class = Expr::Class(ClassExpr {
                            ident: None,
                            class: c.class,
                        });
                        body.push(const_decl(ident, named_default(class)));
                    }
                },
                DefaultDecl::TsInterfaceDecl(_) => {}
            },
            ModuleDecl::ExportDefaultExpr(default) => {
                let ident = private("$default");
                let mut value = *default.expr;
                if is_anonymous_function(&value) {
                    value = named_default(value);
                }
                exports.insert("default".into(), Export::Local(ident.to_id()));
                body.push(const_decl(ident, value));
            }
            ModuleDecl::ExportAll(all) => {
                if all.type_only {
                    continue;
                }
                let dep = dep_for(&all.src, &mut deps);
                stars.push(dep);
            }
            ModuleDecl::TsImportEquals(_)
            | ModuleDecl::TsExportAssignment(_)
            | ModuleDecl::TsNamespaceExport(_) => {
                diagnostics.push(Diagnostic::at(
                    &cx.graph.cm,
                    decl_span(&decl),
                    "`import =` and `export =` are TypeScript's CommonJS forms; use `import`/`export` or a .cts file".into(),
                ));
            }
        }
    }

    // Names from `export *` of ES modules are known now (a name of the module's own wins, and
    // one two of them bring is left out); those of CommonJS and built-ins come at run time.
    let names = cx.graph.export_names(cx.index);
    for (name, &k) in &names.star_names {
        if !exports.contains_key(name) {
            exports.insert(name.clone(), Export::From(stars[k], name.clone()));
        }
    }
    let runtime_stars: Vec<usize> = stars
        .iter()
        .copied()
        .filter(|&dep| match deps[dep].target {
            Target::Module(t) if cx.graph.modules[t].is_esm() => {
                cx.graph.export_names(t).has_runtime_stars
            }
            _ => true,
        })
        .collect();

    let read = |access: &Access| -> Expr {
        match access {
            Access::Named(dep, name) => member(Expr::Ident(deps[*dep].local.clone()), name),
            Access::Namespace(dep) => Expr::Ident(deps[*dep].local.clone()),
        }
    };
    let getters: Vec<(String, Expr)> = exports
        .iter()
        .map(|(name, export)| {
            let value = match export {
                Export::Local(id) => match bindings.get(id) {
                    Some(access) => read(access),
                    None => Expr::Ident(Ident::new(id.0.clone(), DUMMY_SP, id.1)),
                },
                Export::From(dep, orig) => read(&Access::Named(*dep, orig.clone())),
                Export::NamespaceFrom(dep) => read(&Access::Namespace(*dep)),
            };
            (name.clone(), arrow(value))
        })
        .collect();

    let mut rewrite = Rewrite {
        bindings: &bindings,
        deps: &deps,
        meta: &meta,
        pack: cx.pack,
        function_depth: 0,
    };
    for stmt in &mut body {
        stmt.visit_mut_with(&mut rewrite);
    }

    let pack = |name: &str| member(Expr::Ident(cx.pack.clone()), name);
    let mut out = Vec::new();
    // Namespaces of ES modules exist before they run: bind them first.
    for dep in &deps {
        if let Target::Module(i) = dep.target
            && cx.graph.modules[i].is_esm()
        {
            out.push(const_decl(dep.local.clone(), call(pack("n"), vec![num(i)])));
        }
    }
    out.push(expr_stmt(call(
        pack("x"),
        if runtime_stars.is_empty() {
            vec![Expr::Ident(ns.clone()), object(getters)]
        } else {
            // Names of CommonJS modules re-exported with `export *` come later (`s`).
            vec![Expr::Ident(ns.clone()), object(getters), bool_lit(true)]
        },
    )));
    out.extend(renames);
    // Each import in order: ES modules run (their namespaces are bound above), the others'
    // namespaces are bound here.
    let loads: Vec<(Expr, Option<Ident>)> = deps
        .iter()
        .map(|dep| match dep.target {
            Target::Module(i) if cx.graph.modules[i].is_esm() => {
                let run = if cx.graph.is_async(i) { "ra" } else { "r" };
                (call(pack(run), vec![num(i)]), None)
            }
            Target::Module(i) => (call(pack("i"), vec![num(i)]), Some(dep.local.clone())),
            Target::Builtin(b) => (
                call(pack("b"), vec![str_lit(&cx.graph.builtins[b])]),
                Some(dep.local.clone()),
            ),
            // From disk at run time (`--external`); a missing module stops the build first.
            Target::Missing(s) | Target::External(s) => (
                call(
                    pack("m"),
                    vec![str_lit(&cx.graph.specifiers[s]), num(cx.index)],
                ),
                Some(dep.local.clone()),
            ),
        })
        .collect();
    let awaits_imports = deps.iter().any(|dep| {
        matches!(dep.target, Target::Module(i) if cx.graph.modules[i].is_esm() && cx.graph.is_async(i))
    });
    if awaits_imports {
        // All start in order and are awaited together: an import that awaits does not hold
        // back the ones after it, as in Node.
        let (runs, names): (Vec<Expr>, Vec<Option<Ident>>) = loads.into_iter().unzip();
        let all = await_expr(call(pack("w"), vec![array(runs)]));
        out.push(if names.iter().any(Option::is_some) {
            pattern_decl(names, all)
        } else {
            expr_stmt(all)
        });
    } else {
        for (load, name) in loads {
            out.push(match name {
                Some(name) => const_decl(name, load),
                None => expr_stmt(load),
            });
        }
    }
    if !runtime_stars.is_empty() {
        let mut args = vec![Expr::Ident(ns.clone())];
        args.extend(
            runtime_stars
                .iter()
                .map(|&dep| Expr::Ident(deps[dep].local.clone())),
        );
        out.push(expr_stmt(call(pack("s"), args)));
    }
    out.extend(body);
    (vec![ns, meta], out)
}

fn private(name: &str) -> Ident {
    ident(name, SyntaxContext::empty().apply_mark(Mark::new()))
}

fn named_or_default(ident: Option<Ident>) -> (Ident, bool) {
    match ident {
        Some(i) => (i, false),
        None => (private("$default"), true),
    }
}

/// `({ default: value }).default`: an anonymous function or class named `default` the way the
/// language names it, before a class's static members run (which may rename it).
fn named_default(value: Expr) -> Expr {
    member(object(vec![("default".to_string(), value)]), "default")
}

/// `$pack.nm(f, "default")`: the name the language gives an anonymous default export.
fn set_name(pack: &Ident, f: &Ident) -> Stmt {
    expr_stmt(call(
        member(Expr::Ident(pack.clone()), "nm"),
        vec![Expr::Ident(f.clone()), str_lit("default")],
    ))
}

fn is_anonymous_function(expr: &Expr) -> bool {
    match expr {
        Expr::Fn(f) => f.ident.is_none(),
        Expr::Class(c) => c.ident.is_none(),
        Expr::Arrow(_) => true,
        Expr::Paren(p) => is_anonymous_function(&p.expr),
        _ => false,
    }
}

fn decl_span(decl: &ModuleDecl) -> Span {
    use swc_core::common::Spanned;
    decl.span()
}

/// Imports of names an ES module does not export: errors in Node before anything runs.
pub fn check_imports(
    graph: &Graph,
    index: usize,
    module: &Module,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let record = &graph.modules[index];
    let mut n = 0;
    for item in &module.body {
        let ModuleItem::ModuleDecl(decl) = item else {
            continue;
        };
        if !super::graph::counts_as_static_request(decl) {
            continue;
        }
        let target = record.static_target(n);
        n += 1;
        let mut check = |name: &str, src: &Str, span: Span| {
            check_export(graph, index, target, name, src, span, diagnostics)
        };
        match decl {
            ModuleDecl::Import(import) => {
                for spec in &import.specifiers {
                    match spec {
                        ImportSpecifier::Default(s) => check("default", &import.src, s.span),
                        ImportSpecifier::Named(s) if !s.is_type_only => {
                            let name = s.imported.as_ref().map(export_name);
                            check(
                                &name.unwrap_or_else(|| s.local.sym.to_string()),
                                &import.src,
                                s.span,
                            )
                        }
                        _ => {}
                    }
                }
            }
            ModuleDecl::ExportNamed(named) => {
                let Some(src) = &named.src else { continue };
                for spec in &named.specifiers {
                    match spec {
                        ExportSpecifier::Named(s) if !s.is_type_only => {
                            check(&export_name(&s.orig), src, s.span)
                        }
                        ExportSpecifier::Default(s) => check("default", src, s.exported.span),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
}

fn check_export(
    graph: &Graph,
    importer: usize,
    target: Target,
    name: &str,
    src: &Str,
    span: Span,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let Target::Module(i) = target else { return };
    let module = &graph.modules[i];
    let exports = graph.export_names(i);
    let src = src.value.to_atom_lossy();
    let message = if module.is_json() {
        (name != "default").then(|| format!("the JSON module '{src}' has only a default export"))
    } else if module.is_esm() {
        (!exports.has_runtime_stars && !exports.iter().any(|n| n == name))
            .then(|| format!("the module '{src}' does not provide an export named '{name}'"))
    } else {
        (name != "default" && !graph.cjs_names(i).iter().any(|n| n == name)).then(|| {
            format!(
                "the CommonJS module '{src}' has no export named '{name}' that Node can find \
                 before running it; import its default export and read '{name}' from that"
            )
        })
    };
    if let Some(message) = message {
        let file = &graph.modules[importer].name;
        diagnostics.push(Diagnostic::at_or(&graph.cm, span, message, file));
    }
}

/// The bindings a declaration introduces.
pub fn declared(decl: &Decl) -> Vec<Id> {
    let mut ids = Vec::new();
    match decl {
        Decl::Fn(f) => ids.push(f.ident.to_id()),
        Decl::Class(c) => ids.push(c.ident.to_id()),
        Decl::Var(v) => {
            for d in &v.decls {
                pattern_ids(&d.name, &mut ids);
            }
        }
        Decl::Using(u) => {
            for d in &u.decls {
                pattern_ids(&d.name, &mut ids);
            }
        }
        Decl::TsEnum(e) => ids.push(e.id.to_id()),
        Decl::TsModule(_) | Decl::TsInterface(_) | Decl::TsTypeAlias(_) => {}
    }
    ids
}

fn pattern_ids(pat: &Pat, ids: &mut Vec<Id>) {
    match pat {
        Pat::Ident(b) => ids.push(b.id.to_id()),
        Pat::Array(a) => a.elems.iter().flatten().for_each(|p| pattern_ids(p, ids)),
        Pat::Rest(r) => pattern_ids(&r.arg, ids),
        Pat::Object(o) => {
            for prop in &o.props {
                match prop {
                    ObjectPatProp::KeyValue(kv) => pattern_ids(&kv.value, ids),
                    ObjectPatProp::Assign(a) => ids.push(a.key.to_id()),
                    ObjectPatProp::Rest(r) => pattern_ids(&r.arg, ids),
                }
            }
        }
        Pat::Assign(a) => pattern_ids(&a.left, ids),
        Pat::Invalid(_) | Pat::Expr(_) => {}
    }
}

/// Rewrites reads of imported bindings and `import.meta`.
struct Rewrite<'a> {
    bindings: &'a HashMap<Id, Access>,
    deps: &'a [Dep],
    meta: &'a Ident,
    pack: &'a Ident,
    /// `arguments` is the module's own only inside a function of its own.
    function_depth: usize,
}

impl Rewrite<'_> {
    /// `arguments` at the module's top level (or in its arrow functions), which names nothing.
    fn is_module_arguments(&self, ident: &Ident) -> bool {
        self.function_depth == 0
            && ident.sym == "arguments"
            && !self.bindings.contains_key(&ident.to_id())
    }

    fn access(&self, ident: &Ident) -> Option<Expr> {
        let access = self.bindings.get(&ident.to_id())?;
        Some(match access {
            Access::Named(dep, name) => {
                // Every piece at the name's place: stack traces point at it.
                let mut local = self.deps[*dep].local.clone();
                local.span = ident.span;
                let mut e = member(Expr::Ident(local), name);
                if let Expr::Member(m) = &mut e {
                    m.span = ident.span;
                    if let MemberProp::Ident(p) = &mut m.prop {
                        p.span = ident.span;
                    }
                }
                e
            }
            Access::Namespace(dep) => {
                let mut local = self.deps[*dep].local.clone();
                local.span = ident.span;
                Expr::Ident(local)
            }
        })
    }
}

/// `(0, e)`: calls through it get no `this`, as calls of imported functions. V8 places such a
/// call after the closing parenthesis, which codegen maps one byte before the span's end: the
/// span is the name's first byte, so that both ends map to where the original call began.
fn detached(e: Expr) -> Expr {
    use swc_core::common::{BytePos, Spanned};
    let lo = e.span().lo;
    Expr::Seq(SeqExpr {
        span: Span::new(lo, lo + BytePos(1)),
        exprs: vec![Box::new(num(0)), Box::new(e)],
    })
}

impl VisitMut for Rewrite<'_> {
    fn visit_mut_expr(&mut self, expr: &mut Expr) {
        let pack = |name: &str| member(Expr::Ident(self.pack.clone()), name);
        match expr {
            Expr::Ident(i) => {
                if let Some(e) = self.access(i) {
                    *expr = e;
                } else if self.is_module_arguments(i) {
                    // A module has no `arguments` of its own (the factory's must not show).
                    *expr = call(pack("ga"), vec![]);
                }
            }
            Expr::Unary(u)
                if u.op == UnaryOp::TypeOf
                    && matches!(&*u.arg, Expr::Ident(i) if self.is_module_arguments(i)) =>
            {
                *expr = str_lit("undefined");
            }
            // Imported bindings are constants: assigning throws Node's TypeError, after the
            // value is computed.
            Expr::Assign(a)
                if matches!(&a.left, AssignTarget::Simple(SimpleAssignTarget::Ident(b))
                    if self.bindings.contains_key(&b.id.to_id())) =>
            {
                a.right.visit_mut_with(self);
                let value =
                    std::mem::replace(&mut *a.right, Expr::Invalid(Invalid { span: DUMMY_SP }));
                *expr = call(pack("ro"), vec![value]);
            }
            Expr::Update(u) if matches!(&*u.arg, Expr::Ident(i) if self.bindings.contains_key(&i.to_id())) =>
            {
                *expr = call(pack("ro"), vec![]);
            }
            Expr::MetaProp(m) if m.kind == MetaPropKind::ImportMeta => {
                let mut meta = self.meta.clone();
                meta.span = m.span;
                *expr = Expr::Ident(meta);
            }
            _ => expr.visit_mut_children_with(self),
        }
    }

    fn visit_mut_function(&mut self, f: &mut Function) {
        self.function_depth += 1;
        f.visit_mut_children_with(self);
        self.function_depth -= 1;
    }

    fn visit_mut_constructor(&mut self, c: &mut Constructor) {
        self.function_depth += 1;
        c.visit_mut_children_with(self);
        self.function_depth -= 1;
    }

    fn visit_mut_getter_prop(&mut self, g: &mut GetterProp) {
        self.function_depth += 1;
        g.visit_mut_children_with(self);
        self.function_depth -= 1;
    }

    fn visit_mut_setter_prop(&mut self, g: &mut SetterProp) {
        self.function_depth += 1;
        g.visit_mut_children_with(self);
        self.function_depth -= 1;
    }

    fn visit_mut_callee(&mut self, callee: &mut Callee) {
        if let Callee::Expr(e) = callee
            && let Expr::Ident(i) = &**e
            && let Some(read) = self.access(i)
        {
            **e = if matches!(read, Expr::Member(_)) {
                detached(read)
            } else {
                read
            };
            return;
        }
        callee.visit_mut_children_with(self);
    }

    fn visit_mut_tagged_tpl(&mut self, tpl: &mut TaggedTpl) {
        if let Expr::Ident(i) = &*tpl.tag
            && let Some(read) = self.access(i)
        {
            *tpl.tag = if matches!(read, Expr::Member(_)) {
                detached(read)
            } else {
                read
            };
            tpl.tpl.visit_mut_with(self);
            return;
        }
        tpl.visit_mut_children_with(self);
    }

    fn visit_mut_prop(&mut self, prop: &mut Prop) {
        if let Prop::Shorthand(i) = prop
            && let Some(read) = self.access(i)
        {
            *prop = Prop::KeyValue(KeyValueProp {
                key: PropName::Ident(IdentName::new(i.sym.clone(), i.span)),
                value: Box::new(read),
            });
            return;
        }
        prop.visit_mut_children_with(self);
    }

    fn visit_mut_simple_assign_target(&mut self, target: &mut SimpleAssignTarget) {
        if let SimpleAssignTarget::Ident(b) = target
            && let Some(Expr::Member(m)) = self.access(&b.id)
        {
            *target = SimpleAssignTarget::Member(m);
            return;
        }
        target.visit_mut_children_with(self);
    }
}
