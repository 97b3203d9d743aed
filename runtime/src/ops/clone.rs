//! `structuredClone` through V8's own serializer (the HTML structured clone algorithm).
//!
//! Built-in classes that clone as themselves (Blob, File) are marked with `markCloneable`: the
//! mark, `[kind, ...values]`, is written in the object's place. The copy is made without running
//! JS (V8 forbids it while deserializing): an object with the prototype and property keys the
//! caller gave for that kind, holding the cloned values, and marked the same way. Ids are kept
//! by V8, so an object met twice is one object in the copy.

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

/// The private key of the mark `markCloneable` sets.
fn cloneable_key<'s>(scope: &mut v8::PinScope<'s, '_>) -> v8::Local<'s, v8::Private> {
    let name = v8::String::new(scope, "pack.cloneable").expect("key");
    v8::Private::for_api(scope, Some(name))
}

/// `markCloneable(object, data)`: `object` is cloned as `revive(data')`, data' a clone of
/// `data`.
pub fn op_mark_cloneable(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    if let Ok(object) = v8::Local::<v8::Object>::try_from(args.get(0)) {
        let key = cloneable_key(scope);
        object.set_private(scope, key, args.get(1));
    }
}

struct Serializer(Rc<RefCell<Shared>>);

impl v8::ValueSerializerImpl for Serializer {
    fn has_custom_host_object(&self, _isolate: &v8::Isolate) -> bool {
        true
    }

    fn is_host_object<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        object: v8::Local<'s, v8::Object>,
    ) -> Option<bool> {
        let key = cloneable_key(scope);
        object.has_private(scope, key)
    }

    fn write_host_object<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        object: v8::Local<'s, v8::Object>,
        serializer: &dyn v8::ValueSerializerHelper,
    ) -> Option<bool> {
        let key = cloneable_key(scope);
        let data = object.get_private(scope, key)?;
        let context = scope.get_current_context();
        serializer.write_value(context, data)
    }

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

struct Deserializer {
    shared: Rc<RefCell<Shared>>,
    /// For each kind of marked object: `[prototype, ...keys]`.
    kinds: Option<v8::Global<v8::Object>>,
}

impl Deserializer {
    fn revive<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        data: v8::Local<'s, v8::Value>,
    ) -> Option<v8::Local<'s, v8::Object>> {
        let data = v8::Local::<v8::Array>::try_from(data).ok()?;
        let kinds = v8::Local::new(scope, self.kinds.as_ref()?);
        let kind = data.get_index(scope, 0)?;
        let shape = v8::Local::<v8::Array>::try_from(kinds.get(scope, kind)?).ok()?;
        let object = v8::Object::new(scope);
        let prototype = shape.get_index(scope, 0)?;
        object.set_prototype(scope, prototype)?;
        for i in 1..shape.length() {
            let key = v8::Local::<v8::Name>::try_from(shape.get_index(scope, i)?).ok()?;
            let value = data.get_index(scope, i)?;
            object.create_data_property(scope, key, value)?;
        }
        let mark = cloneable_key(scope);
        object.set_private(scope, mark, data.into());
        Some(object)
    }
}

impl v8::ValueDeserializerImpl for Deserializer {
    fn read_host_object<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        deserializer: &dyn v8::ValueDeserializerHelper,
    ) -> Option<v8::Local<'s, v8::Object>> {
        let context = scope.get_current_context();
        let data = deserializer.read_value(context)?;
        let object = self.revive(scope, data);
        if object.is_none() {
            let message = v8::String::new(scope, "Unable to deserialize cloned data.")?;
            let error = v8::Exception::error(scope, message);
            scope.throw_exception(error);
        }
        object
    }

    fn get_shared_array_buffer_from_id<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        id: u32,
    ) -> Option<v8::Local<'s, v8::SharedArrayBuffer>> {
        let store = self.shared.borrow().buffers.get(id as usize)?.clone();
        Some(v8::SharedArrayBuffer::with_backing_store(scope, &store))
    }

    fn get_wasm_module_from_id<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        id: u32,
    ) -> Option<v8::Local<'s, v8::WasmModuleObject>> {
        let shared = self.shared.borrow();
        let module = shared.modules.get(id as usize)?;
        v8::WasmModuleObject::from_compiled_module(scope, module)
    }
}

/// `structuredClone(value, transfer, kinds)`: a deep copy; the ArrayBuffers in `transfer` move
/// into the copy and are detached from the original; `kinds` shapes marked objects (above).
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
    let kinds = v8::Local::<v8::Object>::try_from(args.get(2))
        .ok()
        .map(|f| v8::Global::new(scope, f));
    let deserializer =
        v8::ValueDeserializer::new(scope, Box::new(Deserializer { shared, kinds }), &bytes);
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
