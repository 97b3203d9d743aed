//! While a build runs modules into the snapshot (`--preinit`), native functions that reach the
//! environment (files, processes, time, randomness, the network) or keep state outside V8's heap
//! are refused: what they would read or make belongs to a launch, and a snapshot cannot hold it.
//! The op table marks the functions that stay available (`@pure`).

use std::cell::Cell;

thread_local! {
    static ACTIVE: Cell<bool> = const { Cell::new(false) };
}

/// The marker JS looks for to tell a refusal from the module's own errors.
const REFUSAL: &str = "ERR_PACK_PREINIT_ENVIRONMENT";

/// Throws the refusal for op `name` and returns true while modules are being preinitialised.
pub fn refuses(scope: &mut v8::PinScope, name: &str) -> bool {
    if !ACTIVE.get() {
        return false;
    }
    let message = format!("the native function '{name}' belongs to the launch");
    let message = v8::String::new(scope, &message).expect("message");
    let error = v8::Exception::error(scope, message);
    if let Ok(object) = v8::Local::<v8::Object>::try_from(error) {
        let key = v8::String::new(scope, "code").expect("key");
        let value = v8::String::new(scope, REFUSAL).expect("code");
        object.set(scope, key.into(), value.into());
    }
    scope.throw_exception(error);
    true
}

/// `buildGuard(on)`: refuses the environment's functions from now on, or no longer.
pub fn op_build_guard(
    _scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    ACTIVE.set(args.get(0).is_true());
}
