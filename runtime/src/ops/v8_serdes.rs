//! `v8.Serializer` and `v8.Deserializer`: V8's value serializer kept across calls, so that JS
//! writes and reads its own fields between values as Node's classes allow.
//!
//! What V8 asks the embedder while it works (a host object to write or read, a
//! SharedArrayBuffer's id, the error for a value it cannot clone) goes to one JS function, the
//! hook, with the JS object whose call is running: `hook(what, object, value)`. The JS side
//! decides (it calls the object's `_writeHostObject` and the like); this side only carries.

use std::cell::RefCell;
use std::rc::Rc;

use v8::{ValueDeserializerHelper, ValueSerializerHelper};

use super::handles::Handles;

/// The JS hook and the objects whose calls are running, innermost last (a host object's
/// writer may write a nested value through the same serializer).
struct Hook {
    function: v8::Global<v8::Function>,
    receivers: RefCell<Vec<v8::Global<v8::Object>>>,
}

impl Hook {
    fn new(scope: &mut v8::PinScope, value: v8::Local<v8::Value>) -> Option<Rc<Hook>> {
        let function = v8::Local::<v8::Function>::try_from(value).ok()?;
        Some(Rc::new(Hook {
            function: v8::Global::new(scope, function),
            receivers: RefCell::new(Vec::new()),
        }))
    }

    /// `hook(what, receiver, value)`; `None` when it threw.
    fn call<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        what: &str,
        value: v8::Local<'s, v8::Value>,
    ) -> Option<v8::Local<'s, v8::Value>> {
        let receiver: v8::Local<v8::Value> = match self.receivers.borrow().last() {
            Some(receiver) => v8::Local::new(scope, receiver).into(),
            None => v8::undefined(scope).into(),
        };
        let what = v8::String::new(scope, what)?.into();
        let function = v8::Local::new(scope, &self.function);
        let undefined = v8::undefined(scope).into();
        function.call(scope, undefined, &[what, receiver, value])
    }

    /// Runs `f` with `receiver` as the object the hook is given.
    fn with_receiver<R>(
        &self,
        scope: &mut v8::PinScope,
        receiver: v8::Local<v8::Value>,
        f: impl FnOnce() -> R,
    ) -> R {
        let pushed = match v8::Local::<v8::Object>::try_from(receiver) {
            Ok(object) => {
                self.receivers
                    .borrow_mut()
                    .push(v8::Global::new(scope, object));
                true
            }
            Err(_) => false,
        };
        let result = f();
        if pushed {
            self.receivers.borrow_mut().pop();
        }
        result
    }
}

struct SerializerHooks(Rc<Hook>);

impl v8::ValueSerializerImpl for SerializerHooks {
    fn throw_data_clone_error<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        message: v8::Local<'s, v8::String>,
    ) {
        if let Some(error) = self.0.call(scope, "error", message.into()) {
            scope.throw_exception(error);
        }
    }

    fn write_host_object<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        object: v8::Local<'s, v8::Object>,
        _serializer: &dyn ValueSerializerHelper,
    ) -> Option<bool> {
        self.0.call(scope, "writeHost", object.into()).map(|_| true)
    }

    fn get_shared_array_buffer_id<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        buffer: v8::Local<'s, v8::SharedArrayBuffer>,
    ) -> Option<u32> {
        // Undefined: no id is given, and V8 throws its own DataCloneError.
        let id = self.0.call(scope, "sharedId", buffer.into())?;
        if id.is_undefined() {
            return None;
        }
        id.uint32_value(scope)
    }
}

struct DeserializerHooks(Rc<Hook>);

impl v8::ValueDeserializerImpl for DeserializerHooks {
    fn read_host_object<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        _deserializer: &dyn ValueDeserializerHelper,
    ) -> Option<v8::Local<'s, v8::Object>> {
        // V8 forbids JS while it reads unless let in; Node's readers are JS. Undefined (no
        // reader): V8 throws its own error for data it cannot read.
        let scope = std::pin::pin!(v8::AllowJavascriptExecutionScope::new(scope));
        let scope = &mut scope.init();
        let undefined = v8::undefined(scope).into();
        let object = self.0.call(scope, "readHost", undefined)?;
        v8::Local::<v8::Object>::try_from(object).ok()
    }
}

struct Writing {
    serializer: v8::ValueSerializer<'static>,
    hook: Rc<Hook>,
}

struct Reading {
    // Dropped before the memory it reads.
    deserializer: v8::ValueDeserializer<'static>,
    hook: Rc<Hook>,
    /// The input's bytes, which V8 reads.
    memory: Box<[u8]>,
}

thread_local! {
    static WRITING: Handles<Rc<Writing>> = const { Handles::new() };
    static READING: Handles<Rc<Reading>> = const { Handles::new() };
}

/// Drops this thread's serializers and deserializers: V8's destructors reach into the
/// isolate, so they must run before it is disposed of.
pub fn release() {
    WRITING.with(Handles::clear);
    READING.with(Handles::clear);
}

fn number<'s>(scope: &mut v8::PinScope<'s, '_>, n: f64) -> v8::Local<'s, v8::Value> {
    v8::Number::new(scope, n).into()
}

/// The serializer or deserializer numbered by argument 0, and the method argument 1 names.
fn target<T: Clone>(
    scope: &mut v8::PinScope,
    args: &v8::FunctionCallbackArguments,
    table: &'static std::thread::LocalKey<Handles<T>>,
) -> Option<(u32, T, String)> {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let Some(item) = table.with(|table| table.with(id, |item| item.clone())) else {
        throw_error(scope, "the serializer or deserializer was released");
        return None;
    };
    Some((id, item, args.get(1).to_rust_string_lossy(scope)))
}

fn throw_error(scope: &mut v8::PinScope, message: &str) {
    let message = v8::String::new(scope, message).expect("message");
    let error = v8::Exception::error(scope, message);
    scope.throw_exception(error);
}

/// `v8SerializerNew(hook)`: a serializer's number.
pub fn op_v8_serializer_new(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(hook) = Hook::new(scope, args.get(0)) else {
        super::throw_type_error(scope, "hook must be a function");
        return;
    };
    let serializer = v8::ValueSerializer::new(scope, Box::new(SerializerHooks(hook.clone())));
    let id = WRITING.with(|table| table.insert(Rc::new(Writing { serializer, hook })));
    rv.set(v8::Integer::new_from_unsigned(scope, id).into());
}

/// `v8Serializer(id, method, receiver, a, b)`: one of the serializer's methods; arguments
/// were checked by the caller.
pub fn op_v8_serializer(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some((id, writing, method)) = target(scope, &args, &WRITING) else {
        return;
    };
    let (a, b) = (args.get(3), args.get(4));
    let serializer = &writing.serializer;
    match method.as_str() {
        "header" => serializer.write_header(),
        "value" => {
            let context = scope.get_current_context();
            let written = writing
                .hook
                .with_receiver(scope, args.get(2), || serializer.write_value(context, a));
            if written == Some(true) {
                rv.set(v8::Boolean::new(scope, true).into());
            }
        }
        "release" => {
            let bytes = serializer.release();
            if let Some(array) = super::uint8_array(scope, bytes) {
                rv.set(array.into());
            }
        }
        "transfer" => {
            let n = a.uint32_value(scope).unwrap_or(0);
            if let Ok(buffer) = v8::Local::<v8::ArrayBuffer>::try_from(b) {
                serializer.transfer_array_buffer(n, buffer);
            }
        }
        "uint32" => serializer.write_uint32(a.uint32_value(scope).unwrap_or(0)),
        "uint64" => {
            let hi = u64::from(a.uint32_value(scope).unwrap_or(0));
            let lo = u64::from(b.uint32_value(scope).unwrap_or(0));
            serializer.write_uint64(hi << 32 | lo);
        }
        "double" => serializer.write_double(a.number_value(scope).unwrap_or(f64::NAN)),
        "raw" => {
            if let Some(bytes) = super::buffer::view_bytes(scope, a) {
                serializer.write_raw_bytes(bytes);
            }
        }
        "views" => serializer.set_treat_array_buffer_views_as_host_objects(a.boolean_value(scope)),
        "drop" => {
            WRITING.with(|table| table.remove(id));
        }
        _ => super::throw_type_error(scope, "unknown serializer method"),
    }
}

/// `v8DeserializerNew(hook, view)`: a deserializer's number, reading a copy of the view's
/// bytes.
pub fn op_v8_deserializer_new(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(hook) = Hook::new(scope, args.get(0)) else {
        super::throw_type_error(scope, "hook must be a function");
        return;
    };
    // A copy: the input's buffer could be resized, detached or shared and written while it is
    // read. Raw bytes are still shown as views into the input by the JS side (by offset).
    let Some(bytes) = super::buffer::view_bytes(scope, args.get(1)).map(|b| b.to_vec()) else {
        super::throw_type_error(scope, "buffer must be a TypedArray or a DataView");
        return;
    };
    let memory: Box<[u8]> = bytes.into_boxed_slice();
    // SAFETY: `memory` is a heap allocation owned by the same `Reading` as the deserializer,
    // never moved or changed, and dropped after it (field order).
    let data: &'static [u8] = unsafe { std::slice::from_raw_parts(memory.as_ptr(), memory.len()) };
    let deserializer =
        v8::ValueDeserializer::new(scope, Box::new(DeserializerHooks(hook.clone())), data);
    let reading = Reading {
        deserializer,
        hook,
        memory,
    };
    let id = READING.with(|table| table.insert(Rc::new(reading)));
    rv.set(v8::Integer::new_from_unsigned(scope, id).into());
}

/// `v8Deserializer(id, method, receiver, a, b)`: one of the deserializer's methods. A read
/// past the end throws Node's `<Method>() failed`.
pub fn op_v8_deserializer(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some((id, reading, method)) = target(scope, &args, &READING) else {
        return;
    };
    let (a, b) = (args.get(3), args.get(4));
    let deserializer = &reading.deserializer;
    let context = scope.get_current_context();
    match method.as_str() {
        "header" => {
            // V8 throws its own error for a header it does not accept.
            let read = reading
                .hook
                .with_receiver(scope, args.get(2), || deserializer.read_header(context));
            if read == Some(true) {
                rv.set(v8::Boolean::new(scope, true).into());
            }
        }
        "value" => {
            let value = reading
                .hook
                .with_receiver(scope, args.get(2), || deserializer.read_value(context));
            if let Some(value) = value {
                rv.set(value);
            }
        }
        "version" => {
            let version = deserializer.get_wire_format_version();
            rv.set(v8::Integer::new_from_unsigned(scope, version).into());
        }
        "transfer" => {
            let n = a.uint32_value(scope).unwrap_or(0);
            if let Ok(buffer) = v8::Local::<v8::SharedArrayBuffer>::try_from(b) {
                deserializer.transfer_shared_array_buffer(n, buffer);
            } else if let Ok(buffer) = v8::Local::<v8::ArrayBuffer>::try_from(b) {
                deserializer.transfer_array_buffer(n, buffer);
            }
        }
        "uint32" => {
            let mut value = 0;
            if deserializer.read_uint32(&mut value) {
                rv.set(v8::Integer::new_from_unsigned(scope, value).into());
            } else {
                throw_error(scope, "ReadUint32() failed");
            }
        }
        "uint64" => {
            let mut value = 0;
            if deserializer.read_uint64(&mut value) {
                let hi = number(scope, (value >> 32) as f64);
                let lo = number(scope, (value & 0xffff_ffff) as f64);
                rv.set(v8::Array::new_with_elements(scope, &[hi, lo]).into());
            } else {
                throw_error(scope, "ReadUint64() failed");
            }
        }
        "double" => {
            let mut value = 0.0;
            if deserializer.read_double(&mut value) {
                rv.set(number(scope, value));
            } else {
                throw_error(scope, "ReadDouble() failed");
            }
        }
        "raw" => {
            // Where the bytes start in the input, for the caller to view them there.
            let length = a.integer_value(scope).unwrap_or(-1);
            let read = usize::try_from(length)
                .ok()
                .and_then(|length| deserializer.read_raw_bytes(length));
            match read {
                Some(bytes) => {
                    let offset = bytes.as_ptr() as usize - reading.memory.as_ptr() as usize;
                    rv.set(number(scope, offset as f64));
                }
                None => throw_error(scope, "ReadRawBytes() failed"),
            }
        }
        "drop" => {
            READING.with(|table| table.remove(id));
        }
        _ => super::throw_type_error(scope, "unknown deserializer method"),
    }
}
