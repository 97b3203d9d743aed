//! What `util.inspect` asks V8 about values that JS cannot look into: promise states, the
//! entries behind collection iterators, and the parts of proxies (read without running traps).

/// `promiseDetails(promise)`: `[state, result]` with state 0 pending, 1 fulfilled, 2 rejected.
pub fn op_promise_details(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(promise) = v8::Local::<v8::Promise>::try_from(args.get(0)) else {
        super::throw_type_error(scope, "promiseDetails: not a promise");
        return;
    };
    let (state, result) = match promise.state() {
        v8::PromiseState::Pending => (0, v8::undefined(scope).into()),
        v8::PromiseState::Fulfilled => (1, promise.result(scope)),
        v8::PromiseState::Rejected => (2, promise.result(scope)),
    };
    let state = v8::Integer::new(scope, state).into();
    let array = v8::Array::new_with_elements(scope, &[state, result]);
    rv.set(array.into());
}

/// `previewEntries(object)`: `[entries, isKeyValue]` for a Map, Set, their iterators and the
/// weak collections (entries flattened `[k0, v0, k1, v1...]` when `isKeyValue`), or undefined.
pub fn op_preview_entries(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(object) = v8::Local::<v8::Object>::try_from(args.get(0)) else {
        return;
    };
    let (Some(entries), is_key_value) = object.preview_entries(scope) else {
        return;
    };
    let flag = v8::Boolean::new(scope, is_key_value).into();
    let array = v8::Array::new_with_elements(scope, &[entries.into(), flag]);
    rv.set(array.into());
}

/// `proxyDetails(value)`: `[target, handler]` of a proxy (both null once revoked), or
/// undefined for anything else.
pub fn op_proxy_details(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(proxy) = v8::Local::<v8::Proxy>::try_from(args.get(0)) else {
        return;
    };
    let target = proxy.get_target(scope);
    let handler = proxy.get_handler(scope);
    let array = v8::Array::new_with_elements(scope, &[target, handler]);
    rv.set(array.into());
}

/// `constructorName(object)`: the class name V8 records for an object, whatever its
/// prototype chain says now.
pub fn op_constructor_name(
    _scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(object) = v8::Local::<v8::Object>::try_from(args.get(0)) else {
        return;
    };
    rv.set(object.get_constructor_name().into());
}
