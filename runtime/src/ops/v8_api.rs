//! `node:v8`: V8's value serializer in Node's wire format (typed arrays and Buffers as host
//! objects: a view type index, a byte length, the bytes), heap statistics and flags.

use v8::{ValueDeserializerHelper, ValueSerializerHelper};

/// Node's index of Buffer among the view types (Int8Array 0 .. DataView 9, Buffer 10,
/// BigInt64Array 11, BigUint64Array 12).
const BUFFER: u32 = 10;

/// Serializes views as Node's DefaultSerializer does; `buffer_prototype` tells Buffers apart.
struct NodeSerializer {
    buffer_prototype: v8::Global<v8::Value>,
}

/// Node's index of a view's type (Buffer aside).
fn view_type(view: v8::Local<v8::Value>) -> Option<u32> {
    let checks: [(bool, u32); 12] = [
        (view.is_int8_array(), 0),
        (view.is_uint8_array(), 1),
        (view.is_uint8_clamped_array(), 2),
        (view.is_int16_array(), 3),
        (view.is_uint16_array(), 4),
        (view.is_int32_array(), 5),
        (view.is_uint32_array(), 6),
        (view.is_float32_array(), 7),
        (view.is_float64_array(), 8),
        (view.is_data_view(), 9),
        (view.is_big_int64_array(), 11),
        (view.is_big_uint64_array(), 12),
    ];
    checks.iter().find(|(yes, _)| *yes).map(|(_, index)| *index)
}

impl v8::ValueSerializerImpl for NodeSerializer {
    fn throw_data_clone_error<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        message: v8::Local<'s, v8::String>,
    ) {
        let error = v8::Exception::error(scope, message);
        scope.throw_exception(error);
    }

    fn write_host_object<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        object: v8::Local<'s, v8::Object>,
        serializer: &dyn ValueSerializerHelper,
    ) -> Option<bool> {
        let value: v8::Local<v8::Value> = object.into();
        let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(value) else {
            let message = v8::String::new(scope, "Unserializable host object")?;
            let error = v8::Exception::type_error(scope, message);
            scope.throw_exception(error);
            return None;
        };
        let buffer_prototype = v8::Local::new(scope, &self.buffer_prototype);
        let mut index = view_type(value)?;
        if index == 1 && object.get_prototype(scope)?.strict_equals(buffer_prototype) {
            index = BUFFER;
        }
        let mut bytes = vec![0u8; view.byte_length()];
        view.copy_contents(&mut bytes);
        serializer.write_uint32(index);
        serializer.write_uint32(bytes.len() as u32);
        serializer.write_raw_bytes(&bytes);
        Some(true)
    }
}

/// Reads views back as Node does: views into the input's own memory where their alignment
/// allows, copies otherwise; Buffers get `buffer_prototype`.
struct NodeDeserializer {
    buffer_prototype: v8::Global<v8::Value>,
    /// The input's ArrayBuffer, where its bytes start in it, and their address.
    input: v8::Global<v8::ArrayBuffer>,
    input_offset: usize,
    input_start: usize,
}

impl v8::ValueDeserializerImpl for NodeDeserializer {
    fn read_host_object<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        deserializer: &dyn ValueDeserializerHelper,
    ) -> Option<v8::Local<'s, v8::Object>> {
        let mut index = 0;
        let mut length = 0;
        let fail = |scope: &mut v8::PinScope<'s, '_>| {
            let message = v8::String::new(scope, "Unable to deserialize cloned data.")?;
            let error = v8::Exception::error(scope, message);
            scope.throw_exception(error);
            None
        };
        if !deserializer.read_uint32(&mut index) || !deserializer.read_uint32(&mut length) {
            return fail(scope);
        }
        let Some(bytes) = deserializer.read_raw_bytes(length as usize) else {
            return fail(scope);
        };
        let len = bytes.len();
        let size = match index {
            3 | 4 => 2,
            5..=7 => 4,
            8 | 11 | 12 => 8,
            _ => 1,
        };
        let at = self.input_offset + (bytes.as_ptr() as usize - self.input_start);
        let (buffer, start) = if at.is_multiple_of(size) {
            (v8::Local::new(scope, &self.input), at)
        } else {
            let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes.to_vec()).make_shared();
            (v8::ArrayBuffer::with_backing_store(scope, &store), 0)
        };
        let element = |size: usize| {
            if len % size == 0 {
                Some(len / size)
            } else {
                None
            }
        };
        let view: Option<v8::Local<v8::Object>> = match index {
            0 => v8::Int8Array::new(scope, buffer, start, len).map(Into::into),
            1 | BUFFER => v8::Uint8Array::new(scope, buffer, start, len).map(Into::into),
            2 => v8::Uint8ClampedArray::new(scope, buffer, start, len).map(Into::into),
            3 => element(2)
                .and_then(|n| v8::Int16Array::new(scope, buffer, start, n).map(Into::into)),
            4 => element(2)
                .and_then(|n| v8::Uint16Array::new(scope, buffer, start, n).map(Into::into)),
            5 => element(4)
                .and_then(|n| v8::Int32Array::new(scope, buffer, start, n).map(Into::into)),
            6 => element(4)
                .and_then(|n| v8::Uint32Array::new(scope, buffer, start, n).map(Into::into)),
            7 => element(4)
                .and_then(|n| v8::Float32Array::new(scope, buffer, start, n).map(Into::into)),
            8 => element(8)
                .and_then(|n| v8::Float64Array::new(scope, buffer, start, n).map(Into::into)),
            9 => Some(v8::DataView::new(scope, buffer, start, len).into()),
            11 => element(8)
                .and_then(|n| v8::BigInt64Array::new(scope, buffer, start, n).map(Into::into)),
            12 => element(8)
                .and_then(|n| v8::BigUint64Array::new(scope, buffer, start, n).map(Into::into)),
            _ => None,
        };
        let Some(view) = view else {
            return fail(scope);
        };
        if index == BUFFER {
            let prototype = v8::Local::new(scope, &self.buffer_prototype);
            view.set_prototype(scope, prototype);
        }
        Some(view)
    }
}

/// `v8Serialize(value, bufferPrototype)`: Node's `v8.serialize`.
pub fn op_v8_serialize(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let delegate = NodeSerializer {
        buffer_prototype: v8::Global::new(scope, args.get(1)),
    };
    let serializer = v8::ValueSerializer::new(scope, Box::new(delegate));
    serializer.set_treat_array_buffer_views_as_host_objects(true);
    serializer.write_header();
    let context = scope.get_current_context();
    if serializer.write_value(context, args.get(0)) == Some(true) {
        let bytes = serializer.release();
        if let Some(array) = super::uint8_array(scope, bytes) {
            rv.set(array.into());
        }
    }
}

/// `v8Deserialize(bytes, bufferPrototype)`: Node's `v8.deserialize`.
pub fn op_v8_deserialize(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    // Read in place: deserializing runs no JS that could touch the buffer.
    let Some(bytes) = super::buffer::view_bytes(scope, args.get(0)) else {
        super::throw_type_error(scope, "buffer must be a TypedArray");
        return;
    };
    let Some((input, input_offset)) = v8::Local::<v8::ArrayBufferView>::try_from(args.get(0))
        .ok()
        .and_then(|view| Some((view.buffer(scope)?, view.byte_offset())))
    else {
        super::throw_type_error(scope, "buffer must be a TypedArray");
        return;
    };
    let delegate = NodeDeserializer {
        buffer_prototype: v8::Global::new(scope, args.get(1)),
        input: v8::Global::new(scope, input),
        input_offset,
        input_start: bytes.as_ptr() as usize,
    };
    let deserializer = v8::ValueDeserializer::new(scope, Box::new(delegate), bytes);
    let context = scope.get_current_context();
    // V8 throws its own error for a header it does not accept.
    if deserializer.read_header(context) != Some(true) {
        return;
    }
    if let Some(value) = deserializer.read_value(context) {
        rv.set(value);
    }
}

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
