//! While a build runs modules into the snapshot (`--preinit`), native functions that reach the
//! environment (files, processes, time, randomness, the network) or keep state outside V8's heap
//! are refused: what they would read or make belongs to a launch, and a snapshot cannot hold it.
//! The op table marks the functions that stay available (`@pure`).

use std::cell::Cell;

thread_local! {
    static ACTIVE: Cell<bool> = const { Cell::new(false) };
    /// The first op refused since the guard went up: a module that catches the refusal still
    /// fails the build.
    static REFUSED: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// The marker JS looks for to tell a refusal from the module's own errors.
const REFUSAL: &str = "ERR_PACK_PREINIT_ENVIRONMENT";

/// Throws the refusal for op `name` and returns true while modules are being preinitialised.
pub fn refuses(scope: &mut v8::PinScope, name: &'static str) -> bool {
    if !ACTIVE.get() {
        return false;
    }
    if REFUSED.get().is_none() {
        REFUSED.set(Some(name));
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

/// `buildGuard(on)`: refuses the environment's functions from now on, or no longer. Taking the
/// guard down returns the name of the first op refused meanwhile, if any.
pub fn op_build_guard(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let on = args.get(0).is_true();
    ACTIVE.set(on);
    if on {
        REFUSED.set(None);
    } else if let Some(name) = REFUSED.take() {
        let name = v8::String::new(scope, name).expect("op name");
        rv.set(name.into());
    }
}
