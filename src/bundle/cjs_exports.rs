//! The names an ES module can import from a CommonJS module: those Node finds in its source
//! before running it (the forms its documentation lists), not whatever `module.exports` holds
//! at run time. `exports.a = ...`, `module.exports.b = ...`, `exports['c'] = ...`,
//! `Object.defineProperty(exports, 'd', { value } | { get() { return x } })`, the properties
//! of `module.exports = { e, f: g, ...require('h') }` up to the first one of another shape,
//! and re-exports: `module.exports = require('i')` and `__exportStar(require('j'), exports)`.

use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{Visit, VisitWith};

use super::ast::static_string;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CjsExports {
    /// Names found, sorted.
    pub names: Vec<String>,
    /// Specifiers of the modules whose names are re-exported.
    pub reexports: Vec<String>,
}

pub fn detect(script: &Script) -> CjsExports {
    let mut found = CjsExports::default();
    script.visit_with(&mut Finder {
        found: &mut found,
        required_as: Vec::new(),
    });
    found.names.sort();
    found.names.dedup();
    found
}

struct Finder<'a> {
    found: &'a mut CjsExports,
    /// `var x = require('y')` (or through `_interopRequireWildcard`): name and specifier, for
    /// Babel's `Object.keys(x).forEach(...)` re-exports.
    required_as: Vec<(String, String)>,
}

fn is_ident(expr: &Expr, name: &str) -> bool {
    matches!(expr, Expr::Ident(i) if i.sym == name)
}

/// `module.exports`
fn is_module_exports(expr: &Expr) -> bool {
    matches!(expr, Expr::Member(m) if is_ident(&m.obj, "module")
        && matches!(&m.prop, MemberProp::Ident(p) if p.sym == "exports"))
}

/// `exports` or `module.exports`
fn is_exports(expr: &Expr) -> bool {
    is_ident(expr, "exports") || is_module_exports(expr)
}

/// The specifier of `require("x")`.
fn required(expr: &Expr) -> Option<String> {
    let Expr::Call(call) = expr else { return None };
    let Callee::Expr(callee) = &call.callee else {
        return None;
    };
    if !is_ident(callee, "require") || call.args.len() != 1 || call.args[0].spread.is_some() {
        return None;
    }
    static_string(&call.args[0].expr)
}

fn prop_name(key: &PropName) -> Option<String> {
    match key {
        PropName::Ident(i) => Some(i.sym.to_string()),
        PropName::Str(s) => Some(s.value.to_atom_lossy().to_string()),
        _ => None,
    }
}

/// Whether `expr` starts with a word (an identifier or a keyword): `Some(true)` if it is just
/// that word, `Some(false)` if more follows; `None` if it starts otherwise.
fn leading_word(expr: &Expr) -> Option<bool> {
    match expr {
        Expr::Ident(_) | Expr::This(_) => Some(true),
        Expr::Lit(Lit::Bool(_) | Lit::Null(_)) => Some(true),
        Expr::Member(m) => leading_word(&m.obj).map(|_| false),
        Expr::Call(c) => match &c.callee {
            Callee::Expr(e) => leading_word(e).map(|_| false),
            Callee::Super(_) | Callee::Import(_) => Some(false),
        },
        Expr::Bin(b) => leading_word(&b.left).map(|_| false),
        Expr::Cond(c) => leading_word(&c.test).map(|_| false),
        Expr::Seq(s) => s.exprs.first().and_then(|e| leading_word(e)).map(|_| false),
        Expr::Update(u) if !u.prefix => leading_word(&u.arg).map(|_| false),
        Expr::TaggedTpl(t) => leading_word(&t.tag).map(|_| false),
        Expr::OptChain(o) => match &*o.base {
            OptChainBase::Member(m) => leading_word(&m.obj).map(|_| false),
            OptChainBase::Call(c) => leading_word(&c.callee).map(|_| false),
        },
        Expr::Fn(_) | Expr::Class(_) | Expr::New(_) | Expr::Await(_) | Expr::Yield(_) => {
            Some(false)
        }
        Expr::MetaProp(_) => Some(false),
        Expr::Unary(u) => {
            matches!(u.op, UnaryOp::TypeOf | UnaryOp::Void | UnaryOp::Delete).then_some(false)
        }
        Expr::Arrow(a) => a.is_async.then_some(false),
        _ => None,
    }
}

/// A getter Node accepts: its body returns an identifier, or a property of one.
fn is_simple_getter(body: Option<&[Stmt]>) -> bool {
    let Some(body) = body else { return false };
    let [Stmt::Return(ReturnStmt { arg: Some(arg), .. })] = body else {
        return false;
    };
    match &**arg {
        Expr::Ident(_) => true,
        Expr::Member(m) => {
            matches!(&*m.obj, Expr::Ident(_))
                && match &m.prop {
                    MemberProp::Ident(_) => true,
                    MemberProp::Computed(c) => matches!(&*c.expr, Expr::Lit(Lit::Str(_))),
                    MemberProp::PrivateName(_) => false,
                }
        }
        _ => false,
    }
}

/// The descriptor of `Object.defineProperty(exports, name, descriptor)` in a form Node reads:
/// optionally `enumerable: true`, then `value` or a simple getter.
fn is_detectable_descriptor(expr: &Expr) -> bool {
    let Expr::Object(object) = expr else {
        return false;
    };
    let mut props = object.props.iter().peekable();
    if let Some(PropOrSpread::Prop(p)) = props.peek()
        && let Prop::KeyValue(kv) = &**p
        && prop_name(&kv.key).as_deref() == Some("enumerable")
    {
        if !matches!(&*kv.value, Expr::Lit(Lit::Bool(Bool { value: true, .. }))) {
            return false;
        }
        props.next();
    }
    let Some(PropOrSpread::Prop(p)) = props.next() else {
        return false;
    };
    match &**p {
        Prop::KeyValue(kv) => match prop_name(&kv.key).as_deref() {
            Some("value") => true,
            Some("get") => match &*kv.value {
                Expr::Fn(f) => {
                    f.function.params.is_empty()
                        && is_simple_getter(f.function.body.as_ref().map(|b| b.stmts.as_slice()))
                }
                _ => false,
            },
            _ => false,
        },
        Prop::Method(m) => {
            prop_name(&m.key).as_deref() == Some("get")
                && m.function.params.is_empty()
                && is_simple_getter(m.function.body.as_ref().map(|b| b.stmts.as_slice()))
        }
        _ => false,
    }
}

impl Visit for Finder<'_> {
    fn visit_var_declarator(&mut self, d: &VarDeclarator) {
        if let Pat::Ident(name) = &d.name
            && let Some(init) = &d.init
        {
            let spec = required(init).or_else(|| match &**init {
                Expr::Call(c) if c.args.len() == 1 => match &c.callee {
                    Callee::Expr(f) if is_ident(f, "_interopRequireWildcard") => {
                        required(&c.args[0].expr)
                    }
                    _ => None,
                },
                _ => None,
            });
            if let Some(spec) = spec {
                self.required_as.push((name.id.sym.to_string(), spec));
            }
        }
        d.visit_children_with(self);
    }

    fn visit_assign_expr(&mut self, assign: &AssignExpr) {
        if assign.op == AssignOp::Assign
            && let AssignTarget::Simple(SimpleAssignTarget::Member(target)) = &assign.left
        {
            if is_exports(&target.obj) {
                let name = match &target.prop {
                    MemberProp::Ident(p) => Some(p.sym.to_string()),
                    MemberProp::Computed(c) => match &*c.expr {
                        Expr::Lit(Lit::Str(s)) => Some(s.value.to_atom_lossy().to_string()),
                        _ => None,
                    },
                    MemberProp::PrivateName(_) => None,
                };
                self.found.names.extend(name);
            } else if is_ident(&target.obj, "module")
                && matches!(&target.prop, MemberProp::Ident(p) if p.sym == "exports")
            {
                self.module_exports_assigned(&assign.right);
            }
        }
        assign.visit_children_with(self);
    }

    fn visit_call_expr(&mut self, call: &CallExpr) {
        if let Callee::Expr(callee) = &call.callee {
            let args: Vec<&Expr> = call.args.iter().map(|a| &*a.expr).collect();
            // Object.defineProperty(exports, 'name', descriptor)
            if let Expr::Member(m) = &**callee
                && is_ident(&m.obj, "Object")
                && matches!(&m.prop, MemberProp::Ident(p) if p.sym == "defineProperty")
                && let [target, name, descriptor] = args.as_slice()
                && is_exports(target)
                && let Expr::Lit(Lit::Str(name)) = name
                && is_detectable_descriptor(descriptor)
            {
                self.found
                    .names
                    .push(name.value.to_atom_lossy().to_string());
            }
            // Object.keys(x).forEach(...), where x = require('y'): Babel's `export *`
            if let Expr::Member(m) = &**callee
                && matches!(&m.prop, MemberProp::Ident(p) if p.sym == "forEach")
                && let Expr::Call(keys) = &*m.obj
                && let Callee::Expr(keys_callee) = &keys.callee
                && let Expr::Member(km) = &**keys_callee
                && is_ident(&km.obj, "Object")
                && matches!(&km.prop, MemberProp::Ident(p) if p.sym == "keys")
                && let [arg] = keys.args.as_slice()
                && let Expr::Ident(source) = &*arg.expr
                && let Some((_, spec)) = self
                    .required_as
                    .iter()
                    .find(|(n, _)| n.as_str() == &*source.sym)
            {
                self.found.reexports.push(spec.clone());
            }
            // __export(require('x')), __exportStar(require('x'), exports), tslib's too
            let helper = match &**callee {
                Expr::Ident(i) => Some(&i.sym),
                Expr::Member(m) => m.prop.as_ident().map(|p| &p.sym),
                _ => None,
            };
            if helper.is_some_and(|h| h == "__export" || h == "__exportStar")
                && let Some(first) = args.first()
                && let Some(spec) = required(first)
            {
                self.found.reexports.push(spec);
            }
        }
        call.visit_children_with(self);
    }
}

impl Finder<'_> {
    /// `module.exports = ...`: a re-export, or an object literal's names up to the first
    /// property of another form.
    fn module_exports_assigned(&mut self, value: &Expr) {
        if let Some(spec) = required(value) {
            // The module becomes that one: re-exports found before no longer count.
            self.found.reexports.clear();
            self.found.reexports.push(spec);
            return;
        }
        let Expr::Object(object) = value else { return };
        for prop in &object.props {
            match prop {
                PropOrSpread::Spread(spread) => match required(&spread.expr) {
                    Some(spec) => self.found.reexports.push(spec),
                    None if matches!(&*spread.expr, Expr::Ident(_)) => {}
                    None => return,
                },
                PropOrSpread::Prop(p) => match &**p {
                    Prop::Shorthand(i) => self.found.names.push(i.sym.to_string()),
                    // Node reads `key: word`; a value that only starts with a word still
                    // gives its key, and ends the reading.
                    Prop::KeyValue(kv) => match (prop_name(&kv.key), leading_word(&kv.value)) {
                        (Some(name), Some(whole)) => {
                            self.found.names.push(name);
                            if !whole {
                                return;
                            }
                        }
                        _ => return,
                    },
                    _ => return,
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{Goal, parse, syntax_for};
    use swc_core::common::sync::Lrc;
    use swc_core::common::{FileName, GLOBALS, Globals, SourceMap};

    fn found(source: &str) -> CjsExports {
        GLOBALS.set(&Globals::new(), || {
            let cm: Lrc<SourceMap> = Default::default();
            let file = cm.new_source_file(
                Lrc::new(FileName::Custom("x.js".into())),
                source.to_string(),
            );
            let Program::Script(script) =
                parse(&cm, &file, syntax_for("x.js"), Goal::CommonJs).unwrap()
            else {
                panic!("a script")
            };
            detect(&script)
        })
    }

    #[test]
    fn assignments_and_definitions() {
        let f = found(
            "exports.a = 1; module.exports.b = 2; exports['c'] = 3; exports[name] = 4;\n\
             function later() { exports.d = 5 }\n\
             Object.defineProperty(exports, 'e', { enumerable: true, value: 1 });\n\
             Object.defineProperty(exports, 'f', { enumerable: true, get: function () { return x.y; } });\n\
             Object.defineProperty(module.exports, 'g', { get() { return x['z']; } });\n\
             Object.defineProperty(exports, 'h', { enumerable: false, value: 1 });\n\
             Object.defineProperty(exports, 'i', { get() { return 1; } });\n\
             Object.defineProperty(exports, '__esModule', { value: true });",
        );
        assert_eq!(f.names, ["__esModule", "a", "b", "c", "d", "e", "f", "g"]);
        assert!(f.reexports.is_empty());
    }

    #[test]
    fn object_literals_stop_at_the_first_other_shape() {
        let f = found("module.exports = { a, 'b-c': d, e: f, ...require('./r'), g: 1, h };");
        assert_eq!(f.names, ["a", "b-c", "e"]);
        assert_eq!(f.reexports, ["./r"]);
        let f = found("module.exports = { a: true, b, c: this, d: function () {}, e };");
        assert_eq!(f.names, ["a", "b", "c", "d"]);
        let f = found("module.exports = { p: q.r, s };");
        assert_eq!(f.names, ["p"]);
        assert_eq!(
            found("module.exports = make();").names,
            Vec::<String>::new()
        );
    }

    #[test]
    fn reexports() {
        let f = found(
            "module.exports = require('./a');\n\
             tslib_1.__exportStar(require('./b'), exports);\n\
             __export(require('./c'));\n\
             var _d = require('./d');\n\
             Object.keys(_d).forEach(function (key) { exports[key] = _d[key]; });\n\
             var _e = _interopRequireWildcard(require('./e'));\n\
             Object.keys(_e).forEach(function (key) {});",
        );
        assert_eq!(f.reexports, ["./a", "./b", "./c", "./d", "./e"]);
        // A later `module.exports = require(...)` replaces every re-export before it.
        let f = found(
            "__exportStar(require('./a'), exports);\nif (x) module.exports = require('./b');\nelse module.exports = require('./c');",
        );
        assert_eq!(f.reexports, ["./c"]);
    }
}
