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

/// Memory of an ArrayBuffer or SharedArrayBuffer on its way to another isolate.
pub struct Store(v8::SharedRef<v8::BackingStore>);

// SAFETY: a backing store's reference count is atomic and V8 lets stores be used from any
// isolate's thread (that is what SharedArrayBuffer is for); only the memory is shared, and
// JS on each side synchronises its access with Atomics as it would in a browser.
unsafe impl Send for Store {}

/// What a clone shares with its original instead of copying: SharedArrayBuffer memory and
/// compiled WebAssembly modules, by index.
#[derive(Default)]
struct Shared {
    buffers: Vec<Store>,
    modules: Vec<v8::CompiledWasmModule>,
}

/// A value serialized for another isolate (or the same one): V8's bytes, what it shares, and
/// the memory of the ArrayBuffers it transfers.
pub struct Cloned {
    bytes: Vec<u8>,
    shared: Shared,
    transferred: Vec<Store>,
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
        // A mark without data: an object that moves only in a transfer list (a MessagePort).
        if data.is_null_or_undefined() {
            let message = v8::String::new(
                scope,
                "Object that needs transfer was found in message but not listed in transferList",
            )?;
            let error = v8::Exception::type_error(scope, message);
            let object = error.to_object(scope)?;
            let key = v8::String::new(scope, "code")?;
            let code = v8::String::new(scope, "ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST")?;
            object.set(scope, key.into(), code.into());
            scope.throw_exception(error);
            return None;
        }
        let context = scope.get_current_context();
        serializer.write_value(context, data)
    }

    fn get_shared_array_buffer_id<'s>(
        &self,
        _scope: &mut v8::PinScope<'s, '_>,
        buffer: v8::Local<'s, v8::SharedArrayBuffer>,
    ) -> Option<u32> {
        let mut shared = self.0.borrow_mut();
        shared.buffers.push(Store(buffer.get_backing_store()));
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
    shared: Shared,
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
            let entry = shape.get_index(scope, i)?;
            let value = data.get_index(scope, i)?;
            // A key given as `[key]` is a property that enumeration and inspection do not show.
            if let Ok(hidden) = v8::Local::<v8::Array>::try_from(entry) {
                let key = v8::Local::<v8::Name>::try_from(hidden.get_index(scope, 0)?).ok()?;
                object.define_own_property(scope, key, value, v8::PropertyAttribute::DONT_ENUM)?;
            } else {
                let key = v8::Local::<v8::Name>::try_from(entry).ok()?;
                object.create_data_property(scope, key, value)?;
            }
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
        let store = &self.shared.buffers.get(id as usize)?.0;
        Some(v8::SharedArrayBuffer::with_backing_store(scope, store))
    }

    fn get_wasm_module_from_id<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        id: u32,
    ) -> Option<v8::Local<'s, v8::WasmModuleObject>> {
        let module = self.shared.modules.get(id as usize)?;
        v8::WasmModuleObject::from_compiled_module(scope, module)
    }
}

/// Serializes `value`, moving the memory of the ArrayBuffers in `transfer` out of them (they
/// are detached). `None` with an exception thrown when the value cannot be cloned.
pub fn serialize(
    scope: &mut v8::PinScope,
    value: v8::Local<v8::Value>,
    transfer: &[v8::Local<v8::ArrayBuffer>],
) -> Option<Cloned> {
    let context = scope.get_current_context();
    let shared = Rc::new(RefCell::new(Shared::default()));
    let serializer = v8::ValueSerializer::new(scope, Box::new(Serializer(shared.clone())));
    serializer.write_header();
    for (id, buffer) in transfer.iter().enumerate() {
        serializer.transfer_array_buffer(id as u32, *buffer);
    }
    if serializer.write_value(context, value) != Some(true) {
        return None;
    }
    let bytes = serializer.release();
    drop(serializer);
    let transferred = transfer
        .iter()
        .map(|buffer| {
            let store = buffer.get_backing_store();
            buffer.detach(None);
            Store(store)
        })
        .collect();
    let shared = Rc::try_unwrap(shared).ok()?.into_inner();
    Some(Cloned {
        bytes,
        shared,
        transferred,
    })
}

/// `setCloneKinds(kinds)`: for each kind of marked object, `[prototype, ...keys]` (see the
/// module's notes); set by JS at launch.
pub fn op_set_clone_kinds(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    if let Ok(kinds) = v8::Local::<v8::Object>::try_from(args.get(0)) {
        let kinds = v8::Global::new(scope, kinds);
        crate::engine::state(scope).clone_kinds = Some(kinds);
    }
}

/// The copy a [`Cloned`] describes, made in the isolate of `scope`. `None` with an exception
/// thrown on failure.
pub fn deserialize<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    cloned: Cloned,
) -> Option<v8::Local<'s, v8::Value>> {
    let kinds = crate::engine::state(scope).clone_kinds.clone();
    let context = scope.get_current_context();
    let moved: Vec<_> = cloned
        .transferred
        .iter()
        .map(|store| v8::ArrayBuffer::with_backing_store(scope, &store.0))
        .collect();
    let deserializer = v8::ValueDeserializer::new(
        scope,
        Box::new(Deserializer {
            shared: cloned.shared,
            kinds,
        }),
        &cloned.bytes,
    );
    if deserializer.read_header(context) != Some(true) {
        return None;
    }
    for (id, buffer) in moved.into_iter().enumerate() {
        deserializer.transfer_array_buffer(id as u32, buffer);
    }
    deserializer.read_value(context)
}

/// The ArrayBuffers of a transfer list; throws and returns `None` on anything else.
pub fn transfer_list<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    list: v8::Local<v8::Value>,
) -> Option<Vec<v8::Local<'s, v8::ArrayBuffer>>> {
    let mut transfer = Vec::new();
    if let Ok(list) = v8::Local::<v8::Array>::try_from(list) {
        for i in 0..list.length() {
            let item = list.get_index(scope, i)?;
            match v8::Local::<v8::ArrayBuffer>::try_from(item) {
                Ok(buffer) if buffer.is_detachable() => transfer.push(buffer),
                _ => {
                    super::throw_type_error(scope, "Found invalid value in transferList.");
                    return None;
                }
            }
        }
    }
    Some(transfer)
}

/// `structuredClone(value, transfer)`: a deep copy; the ArrayBuffers in `transfer` move into
/// the copy and are detached from the original.
pub fn op_structured_clone(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(transfer) = transfer_list(scope, args.get(1)) else {
        return;
    };
    let Some(cloned) = serialize(scope, args.get(0), &transfer) else {
        return;
    };
    if let Some(copy) = deserialize(scope, cloned) {
        rv.set(copy);
    }
}
