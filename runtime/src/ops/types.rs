//! `util.types`: V8's own answers about what a value is (a `Symbol.toStringTag` cannot fool
//! them).

/// The checks, in the order of their bits; `internal/types.js` reads the names from
/// `typeCheckNames()`.
type Check = fn(&v8::Value) -> bool;

const CHECKS: &[(&str, Check)] = &[
    ("isExternal", v8::Value::is_external),
    ("isDate", v8::Value::is_date),
    ("isArgumentsObject", v8::Value::is_arguments_object),
    ("isBigIntObject", v8::Value::is_big_int_object),
    ("isBooleanObject", v8::Value::is_boolean_object),
    ("isNumberObject", v8::Value::is_number_object),
    ("isStringObject", v8::Value::is_string_object),
    ("isSymbolObject", v8::Value::is_symbol_object),
    ("isNativeError", v8::Value::is_native_error),
    ("isRegExp", v8::Value::is_reg_exp),
    ("isAsyncFunction", v8::Value::is_async_function),
    ("isGeneratorFunction", v8::Value::is_generator_function),
    ("isPromise", v8::Value::is_promise),
    ("isMap", v8::Value::is_map),
    ("isSet", v8::Value::is_set),
    ("isMapIterator", v8::Value::is_map_iterator),
    ("isSetIterator", v8::Value::is_set_iterator),
    ("isGeneratorObject", v8::Value::is_generator_object),
    ("isWeakMap", v8::Value::is_weak_map),
    ("isWeakSet", v8::Value::is_weak_set),
    ("isArrayBuffer", v8::Value::is_array_buffer),
    ("isArrayBufferView", v8::Value::is_array_buffer_view),
    ("isTypedArray", v8::Value::is_typed_array),
    ("isDataView", v8::Value::is_data_view),
    ("isSharedArrayBuffer", v8::Value::is_shared_array_buffer),
    ("isProxy", v8::Value::is_proxy),
    (
        "isModuleNamespaceObject",
        v8::Value::is_module_namespace_object,
    ),
];

/// `typeCheckNames()`: the names of the checks, bit 0 first.
pub fn op_type_check_names(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let names: Vec<v8::Local<v8::Value>> = CHECKS
        .iter()
        .map(|(name, _)| v8::String::new(scope, name).expect("name").into())
        .collect();
    rv.set(v8::Array::new_with_elements(scope, &names).into());
}

/// `typeChecks(value)`: a bit mask of the checks that hold.
pub fn op_type_checks(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let value = args.get(0);
    let mut mask = 0u32;
    for (bit, (_, check)) in CHECKS.iter().enumerate() {
        if check(&value) {
            mask |= 1 << bit;
        }
    }
    rv.set(v8::Number::new(scope, f64::from(mask)).into());
}
