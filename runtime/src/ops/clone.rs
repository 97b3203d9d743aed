//! `structuredClone` through V8's own serializer (the HTML structured clone algorithm).

use std::cell::RefCell;
use std::rc::Rc;

use v8::{ValueDeserializerHelper, ValueSerializerHelper};

/// What a clone shares with its original instead of copying: SharedArrayBuffer memory and
/// compiled WebAssembly modules, by index.
#[derive(Default)]
struct Shared {
    buffers: Vec<v8::SharedRef<v8::BackingStore>>,
    modules: Vec<v8::CompiledWasmModule>,
}

struct Serializer(Rc<RefCell<Shared>>);

impl v8::ValueSerializerImpl for Serializer {
    fn get_shared_array_buffer_id<'s>(
        &self,
        _scope: &mut v8::PinScope<'s, '_>,
        buffer: v8::Local<'s, v8::SharedArrayBuffer>,
    ) -> Option<u32> {
        let mut shared = self.0.borrow_mut();
        shared.buffers.push(buffer.get_backing_store());
        Some(shared.buffers.len() as u32 - 1)
    }

    fn get_wasm_module_transfer_id(
        &self,
        _scope: &mut v8::PinScope<'_, '_>,
        module: v8::Local<v8::WasmModuleObject>,
    ) -> Option<u32> {
        let mut shared = self.0.borrow_mut();
        shared.modules.push(module.get_compiled_module());
        Some(shared.modules.len() as u32 - 1)
    }

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

struct Deserializer(Rc<RefCell<Shared>>);

impl v8::ValueDeserializerImpl for Deserializer {
    fn get_shared_array_buffer_from_id<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        id: u32,
    ) -> Option<v8::Local<'s, v8::SharedArrayBuffer>> {
        let store = self.0.borrow().buffers.get(id as usize)?.clone();
        Some(v8::SharedArrayBuffer::with_backing_store(scope, &store))
    }

    fn get_wasm_module_from_id<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        id: u32,
    ) -> Option<v8::Local<'s, v8::WasmModuleObject>> {
        let shared = self.0.borrow();
        let module = shared.modules.get(id as usize)?;
        v8::WasmModuleObject::from_compiled_module(scope, module)
    }
}

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
    let shared = Rc::new(RefCell::new(Shared::default()));
    let serializer = v8::ValueSerializer::new(scope, Box::new(Serializer(shared.clone())));
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
    let deserializer = v8::ValueDeserializer::new(scope, Box::new(Deserializer(shared)), &bytes);
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
