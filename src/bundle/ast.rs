//! Small constructors for the syntax the bundler generates.

use swc_core::common::{DUMMY_SP, SyntaxContext};
use swc_core::ecma::ast::*;

pub fn ident(name: &str, ctxt: SyntaxContext) -> Ident {
    Ident::new(name.into(), DUMMY_SP, ctxt)
}

pub fn str_lit(value: &str) -> Expr {
    Expr::Lit(Lit::Str(Str {
        span: DUMMY_SP,
        value: value.into(),
        raw: None,
    }))
}

pub fn num(value: usize) -> Expr {
    Expr::Lit(Lit::Num(Number {
        span: DUMMY_SP,
        value: value as f64,
        raw: None,
    }))
}

pub fn bool_lit(value: bool) -> Expr {
    Expr::Lit(Lit::Bool(Bool {
        span: DUMMY_SP,
        value,
    }))
}

/// `obj.name`, or `obj["name"]` where `name` is not an identifier.
pub fn member(obj: Expr, name: &str) -> Expr {
    let prop = if is_identifier_name(name) {
        MemberProp::Ident(IdentName::new(name.into(), DUMMY_SP))
    } else {
        MemberProp::Computed(ComputedPropName {
            span: DUMMY_SP,
            expr: Box::new(str_lit(name)),
        })
    };
    Expr::Member(MemberExpr {
        span: DUMMY_SP,
        obj: Box::new(obj),
        prop,
    })
}

pub fn call(callee: Expr, args: Vec<Expr>) -> Expr {
    Expr::Call(CallExpr {
        span: DUMMY_SP,
        ctxt: SyntaxContext::empty(),
        callee: Callee::Expr(Box::new(callee)),
        args: args
            .into_iter()
            .map(|e| ExprOrSpread {
                spread: None,
                expr: Box::new(e),
            })
            .collect(),
        type_args: None,
    })
}

pub fn await_expr(arg: Expr) -> Expr {
    Expr::Await(AwaitExpr {
        span: DUMMY_SP,
        arg: Box::new(arg),
    })
}

pub fn expr_stmt(expr: Expr) -> Stmt {
    Stmt::Expr(ExprStmt {
        span: DUMMY_SP,
        expr: Box::new(expr),
    })
}

pub fn const_decl(name: Ident, init: Expr) -> Stmt {
    const_pattern(
        Pat::Ident(BindingIdent {
            id: name,
            type_ann: None,
        }),
        init,
    )
}

/// `const [a, , b] = init;` (holes where `names` has none)
pub fn pattern_decl(names: Vec<Option<Ident>>, init: Expr) -> Stmt {
    let elems = names
        .into_iter()
        .map(|n| n.map(|id| Pat::Ident(BindingIdent { id, type_ann: None })))
        .collect();
    const_pattern(
        Pat::Array(ArrayPat {
            span: DUMMY_SP,
            elems,
            optional: false,
            type_ann: None,
        }),
        init,
    )
}

fn const_pattern(name: Pat, init: Expr) -> Stmt {
    Stmt::Decl(Decl::Var(Box::new(VarDecl {
        span: DUMMY_SP,
        ctxt: SyntaxContext::empty(),
        kind: VarDeclKind::Const,
        declare: false,
        decls: vec![VarDeclarator {
            span: DUMMY_SP,
            name,
            init: Some(Box::new(init)),
            definite: false,
        }],
    })))
}

/// `() => body`
pub fn arrow(body: Expr) -> Expr {
    Expr::Arrow(ArrowExpr {
        span: DUMMY_SP,
        ctxt: SyntaxContext::empty(),
        params: vec![],
        body: Box::new(ArrowFunctionBody::Expr(Box::new(body))),
        is_async: false,
        is_generator: false,
        type_params: None,
        return_type: None,
    })
}

/// `[a, b, ...]`
pub fn array(items: Vec<Expr>) -> Expr {
    Expr::Array(ArrayLit {
        span: DUMMY_SP,
        elems: items
            .into_iter()
            .map(|e| {
                Some(ExprOrSpread {
                    spread: None,
                    expr: Box::new(e),
                })
            })
            .collect(),
    })
}

/// `{ key: value, ... }` with keys as written.
pub fn object(props: Vec<(String, Expr)>) -> Expr {
    Expr::Object(ObjectLit {
        span: DUMMY_SP,
        props: props
            .into_iter()
            .map(|(key, value)| {
                let key = if is_identifier_name(&key) {
                    PropName::Ident(IdentName::new(key.into(), DUMMY_SP))
                } else {
                    PropName::Str(Str {
                        span: DUMMY_SP,
                        value: key.into(),
                        raw: None,
                    })
                };
                PropOrSpread::Prop(Box::new(Prop::KeyValue(KeyValueProp {
                    key,
                    value: Box::new(value),
                })))
            })
            .collect(),
    })
}

/// `[async] function (params) { "use strict"?; body }`
pub fn function(params: Vec<Ident>, body: Vec<Stmt>, is_async: bool, strict: bool) -> Expr {
    let mut stmts = Vec::with_capacity(body.len() + 1);
    if strict {
        stmts.push(expr_stmt(str_lit("use strict")));
    }
    stmts.extend(body);
    Expr::Fn(FnExpr {
        ident: None,
        function: Box::new(Function {
            this_param: None,
            params: params
                .into_iter()
                .map(|id| Param {
                    span: DUMMY_SP,
                    decorators: vec![],
                    pat: Pat::Ident(BindingIdent { id, type_ann: None }),
                })
                .collect(),
            decorators: vec![],
            span: DUMMY_SP,
            ctxt: SyntaxContext::empty(),
            body: Some(FunctionBody {
                span: DUMMY_SP,
                stmts,
            }),
            is_generator: false,
            is_async,
            type_params: None,
            return_type: None,
        }),
    })
}

/// The text of a module export name.
pub fn export_name(name: &ModuleExportName) -> String {
    match name {
        ModuleExportName::Ident(i) => i.sym.to_string(),
        ModuleExportName::Str(s) => s.value.to_atom_lossy().to_string(),
    }
}

/// A string literal's value, or the text of a template literal without substitutions.
pub fn static_string(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Lit(Lit::Str(s)) => Some(s.value.to_atom_lossy().to_string()),
        Expr::Tpl(t) if t.exprs.is_empty() && t.quasis.len() == 1 => t.quasis[0]
            .cooked
            .as_ref()
            .map(|c| c.to_atom_lossy().to_string()),
        _ => None,
    }
}

/// Whether `s` can be written as a property name without quotes (reserved words can).
pub fn is_identifier_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(Ident::is_valid_start) && chars.all(Ident::is_valid_continue)
}
