//! The async context frame of `node:async_hooks` (see js/internal/async_context.js): V8 keeps
//! it along promise continuations as continuation-preserved embedder data.

/// `asyncContextGet()`: the current frame, or undefined.
pub fn op_async_context_get(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    rv.set(scope.get_continuation_preserved_embedder_data());
}

/// `asyncContextSet(frame)`: makes `frame` current.
pub fn op_async_context_set(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    scope.set_continuation_preserved_embedder_data(args.get(0));
}
