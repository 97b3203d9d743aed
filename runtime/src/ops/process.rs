//! Process-level ops: exit, environment, working directory.

use crate::engine::state;

/// `exit(code)`: ends the process with `code` as soon as control returns to the runtime. JS
/// execution stops at once, as with Node's `process.exit()`.
pub fn op_exit(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let code = args.get(0).int32_value(scope).unwrap_or(0);
    state(scope).exit_code.get_or_insert(code);
    scope.terminate_execution();
}

/// `env()`: the environment as a plain object of strings.
pub fn op_env(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let env = v8::Object::new(scope);
    for (key, value) in std::env::vars_os() {
        let key = v8::String::new(scope, &key.to_string_lossy()).expect("env key");
        let value = v8::String::new(scope, &value.to_string_lossy()).expect("env value");
        env.set(scope, key.into(), value.into());
    }
    rv.set(env.into());
}

/// `cwd()`: the working directory, or a thrown error with Node's code.
pub fn op_cwd(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    match std::env::current_dir() {
        Ok(dir) => {
            let dir = v8::String::new(scope, &dir.to_string_lossy()).expect("cwd");
            rv.set(dir.into());
        }
        Err(e) => {
            let message = format!("{}: process.cwd failed", super::code_of(&e));
            let message = v8::String::new(scope, &message).expect("message");
            let error = v8::Exception::error(scope, message);
            scope.throw_exception(error);
        }
    }
}
