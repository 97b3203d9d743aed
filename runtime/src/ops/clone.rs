//! `structuredClone` through V8's own serializer (the HTML structured clone algorithm).

use v8::{ValueDeserializerHelper, ValueSerializerHelper};

struct Serializer;

impl v8::ValueSerializerImpl for Serializer {
    fn throw_data_clone_error<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        message: v8::Local<'s, v8::String>,
    ) {
        // The JS side turns this marker into a DOMException named DataCloneError.
        let error = v8::Object::new(scope);
        let key = v8::String::new(scope, "dataCloneError").expect("key");
        error.set(scope, key.into(), message.into());
        scope.throw_exception(error.into());
    }
}

struct Deserializer;

impl v8::ValueDeserializerImpl for Deserializer {}

/// `structuredClone(value, transfer)`: a deep copy; the ArrayBuffers in `transfer` move into
/// the copy and are detached from the original.
pub fn op_structured_clone(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let value = args.get(0);
    let mut transfer: Vec<v8::Local<v8::ArrayBuffer>> = Vec::new();
    if let Ok(list) = v8::Local::<v8::Array>::try_from(args.get(1)) {
        for i in 0..list.length() {
            let item = list.get_index(scope, i).expect("element");
            match v8::Local::<v8::ArrayBuffer>::try_from(item) {
                Ok(buffer) if buffer.is_detachable() => transfer.push(buffer),
                _ => {
                    super::throw_type_error(scope, "Found invalid value in transferList.");
                    return;
                }
            }
        }
    }
    let context = scope.get_current_context();
    let serializer = v8::ValueSerializer::new(scope, Box::new(Serializer));
    serializer.write_header();
    for (id, buffer) in transfer.iter().enumerate() {
        serializer.transfer_array_buffer(id as u32, *buffer);
    }
    if serializer.write_value(context, value) != Some(true) {
        return;
    }
    let bytes = serializer.release();
    // Move each transferred buffer's memory to a new ArrayBuffer, detaching the original.
    let moved: Vec<_> = transfer
        .iter()
        .map(|buffer| {
            let store = buffer.get_backing_store();
            buffer.detach(None);
            v8::ArrayBuffer::with_backing_store(scope, &store)
        })
        .collect();
    let deserializer = v8::ValueDeserializer::new(scope, Box::new(Deserializer), &bytes);
    if deserializer.read_header(context) != Some(true) {
        return;
    }
    for (id, buffer) in moved.into_iter().enumerate() {
        deserializer.transfer_array_buffer(id as u32, buffer);
    }
    if let Some(copy) = deserializer.read_value(context) {
        rv.set(copy);
    }
}
