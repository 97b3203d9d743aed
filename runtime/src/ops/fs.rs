//! File system ops (the first of them: reading whole files).

use crate::async_op::{self, OpError, OpValue};

/// `readFile(path, callback?)`: the file's bytes, on the blocking pool.
pub fn op_read_file(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(path) = super::string_arg(scope, &args, 0, "path") else {
        return;
    };
    let ret = async_op::spawn_blocking(scope, args.get(1), move || {
        std::fs::read(&path)
            .map(OpValue::Bytes)
            .map_err(|e| OpError::from_io(&e, "open", Some(&path)))
    });
    rv.set(ret);
}

/// `readFileSync(path)`: the file's bytes, or a thrown Node-style error.
pub fn op_read_file_sync(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(path) = super::string_arg(scope, &args, 0, "path") else {
        return;
    };
    match std::fs::read(&path) {
        Ok(bytes) => rv.set(OpValue::Bytes(bytes).to_js(scope)),
        Err(e) => {
            let error = OpError::from_io(&e, "open", Some(&path)).to_js(scope);
            scope.throw_exception(error);
        }
    }
}
