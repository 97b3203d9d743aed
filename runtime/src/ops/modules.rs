//! Compiling the runtime's built-in modules and the application's code.

use crate::builtins;

/// Parameters of a built-in module's wrapper function.
const BUILTIN_PARAMS: [&str; 4] = ["exports", "require", "module", "ops"];

/// Compiles `source` as the body of a function with parameters `params`, named `filename` in
/// stack traces. Returns `None` with the exception pending if it does not compile.
pub fn compile_function<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    source: v8::Local<v8::String>,
    filename: &str,
    params: &[&str],
    options: v8::script_compiler::CompileOptions,
) -> Option<v8::Local<'s, v8::Function>> {
    let origin = script_origin(scope, filename, 0, 0);
    let mut source = v8::script_compiler::Source::new(source, Some(&origin));
    let params: Vec<_> = params
        .iter()
        .map(|p| v8::String::new(scope, p).expect("parameter name"))
        .collect();
    v8::script_compiler::compile_function(
        scope,
        &mut source,
        &params,
        &[],
        options,
        v8::script_compiler::NoCacheReason::NoReason,
    )
}

/// Where a classic script says it comes from: a file name and the position of its first
/// character (vm's lineOffset and columnOffset).
pub fn script_origin<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    filename: &str,
    line: i32,
    column: i32,
) -> v8::ScriptOrigin<'s> {
    let name = v8::String::new(scope, filename).expect("file name");
    v8::ScriptOrigin::new(
        scope,
        name.into(),
        line,
        column,
        false,
        0,
        None,
        false,
        false,
        false,
        None,
    )
}

/// Eager while a snapshot is made (see `RuntimeState::eager_compile`), lazy otherwise.
pub fn compile_options(scope: &v8::PinScope) -> v8::script_compiler::CompileOptions {
    if scope
        .get_slot::<crate::engine::RuntimeState>()
        .is_some_and(|s| s.eager_compile)
    {
        v8::script_compiler::CompileOptions::EagerCompile
    } else {
        v8::script_compiler::CompileOptions::NoCompileOptions
    }
}

/// Compiles the embedded file `id` as a built-in module wrapper.
pub fn compile_builtin<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    id: &str,
) -> Option<v8::Local<'s, v8::Function>> {
    let source = builtins::source(id)?;
    let filename = match id.strip_prefix("node/") {
        Some(name) => format!("node:{name}"),
        None => format!("node:{id}"),
    };
    let source = v8::String::new(scope, source)?;
    compile_function(
        scope,
        source,
        &filename,
        &BUILTIN_PARAMS,
        compile_options(scope),
    )
}

/// `compileBuiltin(id)`: the wrapper function of an embedded module, or undefined if there is
/// no such file.
pub fn op_compile_builtin(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(id) = super::string_arg(scope, &args, 0, "id") else {
        return;
    };
    if builtins::source(&id).is_none() {
        return;
    }
    if let Some(func) = compile_builtin(scope, &id) {
        rv.set(func.into());
    }
}

/// `compileFunction(source, filename, params)`: compiles application code; a syntax error is
/// thrown as a JS `SyntaxError`.
pub fn op_compile_function(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(source) = v8::Local::<v8::String>::try_from(args.get(0)) else {
        super::throw_type_error(scope, "source must be a string");
        return;
    };
    let Some(filename) = super::string_arg(scope, &args, 1, "filename") else {
        return;
    };
    let Ok(list) = v8::Local::<v8::Array>::try_from(args.get(2)) else {
        super::throw_type_error(scope, "params must be an array");
        return;
    };
    let mut params = Vec::new();
    for i in 0..list.length() {
        let item = list.get_index(scope, i).expect("array element");
        params.push(item.to_rust_string_lossy(scope));
    }
    let params: Vec<&str> = params.iter().map(String::as_str).collect();
    let options = v8::script_compiler::CompileOptions::NoCompileOptions;
    if let Some(func) = compile_function(scope, source, &filename, &params, options) {
        rv.set(func.into());
    }
}

/// `builtinNames()`: the public built-in module names, sorted.
pub fn op_builtin_names(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    rv.set(super::string_array(scope, builtins::public_names()).into());
}

/// `nodeBuiltinNames()`: Node's built-in module names from the list shared with `pack`; names
/// that exist only with the prefix keep their `node:`.
pub fn op_node_builtin_names(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    const LIST: &str = include_str!("../../node-builtins.txt");
    let names = LIST
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    rv.set(super::string_array(scope, names).into());
}
