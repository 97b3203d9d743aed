//! `node:v8`: heap statistics and flags (the value serializer is in `v8_serdes`).

/// `v8HeapStatistics()`: the numbers of `v8.getHeapStatistics()`, in Node's order.
pub fn op_v8_heap_statistics(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let s = scope.get_heap_statistics();
    let values = [
        s.total_heap_size() as f64,
        s.total_heap_size_executable() as f64,
        s.total_physical_size() as f64,
        s.total_available_size() as f64,
        s.used_heap_size() as f64,
        s.heap_size_limit() as f64,
        s.malloced_memory() as f64,
        s.peak_malloced_memory() as f64,
        f64::from(u8::from(s.does_zap_garbage())),
        s.number_of_native_contexts() as f64,
        s.number_of_detached_contexts() as f64,
        s.total_global_handles_size() as f64,
        s.used_global_handles_size() as f64,
        s.external_memory() as f64,
    ];
    let items: Vec<v8::Local<v8::Value>> = values
        .iter()
        .map(|n| v8::Number::new(scope, *n).into())
        .collect();
    rv.set(v8::Array::new_with_elements(scope, &items).into());
}

/// `v8HeapSpaces()`: `[name, size, used, available, physical]` for each heap space.
pub fn op_v8_heap_spaces(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let count = scope.number_of_heap_spaces();
    let mut rows: Vec<v8::Local<v8::Value>> = Vec::with_capacity(count);
    for i in 0..count {
        let Some(space) = scope.get_heap_space_statistics(i) else {
            continue;
        };
        let name = space.space_name().to_string_lossy().into_owned();
        let name = v8::String::new(scope, &name).expect("name").into();
        let mut row = vec![name];
        for n in [
            space.space_size(),
            space.space_used_size(),
            space.space_available_size(),
            space.physical_space_size(),
        ] {
            row.push(v8::Number::new(scope, n as f64).into());
        }
        rows.push(v8::Array::new_with_elements(scope, &row).into());
    }
    rv.set(v8::Array::new_with_elements(scope, &rows).into());
}

/// `v8SetFlags(flags)` and `v8CachedDataVersionTag()`.
pub fn op_v8_set_flags(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let flags = args.get(0).to_rust_string_lossy(scope);
    v8::V8::set_flags_from_string(&flags);
}

pub fn op_v8_cached_data_version_tag(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let tag = v8::script_compiler::cached_data_version_tag();
    rv.set(v8::Integer::new_from_unsigned(scope, tag).into());
}
