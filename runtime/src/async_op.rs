//! The one way native work reaches JavaScript asynchronously.
//!
//! An op that does I/O (file reads, later sockets and child processes) produces a future of an
//! [`OpResult`] and hands it to [`spawn`] together with the JS side's completion target: a
//! callback `cb(err, value)`, called as a macrotask from the loop's poll phase as Node calls
//! its I/O callbacks, or a promise. While the work is pending and referenced, the event loop
//! keeps the process alive.

use std::future::Future;

use crate::engine::RuntimeState;

/// Plain data an op completes with; turned into JS values on the isolate's thread.
pub enum OpValue {
    Undefined,
    Bool(bool),
    Number(f64),
    String(String),
    /// A Uint8Array.
    Bytes(Vec<u8>),
    Array(Vec<OpValue>),
    /// A structured clone from another isolate (a worker's message), copied in on delivery.
    Cloned(Box<crate::ops::clone::Cloned>),
}

/// An OS error as Node reports it: `ENOENT: no such file or directory, open '/x'`.
#[derive(Debug, Clone, PartialEq)]
pub struct OpError {
    pub code: &'static str,
    pub errno: i32,
    pub syscall: &'static str,
    pub path: Option<String>,
    pub dest: Option<String>,
    pub description: String,
}

pub type OpResult = Result<OpValue, OpError>;

impl OpError {
    pub fn from_io(err: &std::io::Error, syscall: &'static str, path: Option<&str>) -> OpError {
        let errno = err.raw_os_error().unwrap_or(libc::EIO);
        OpError {
            code: crate::ops::code_of(err),
            errno: -errno,
            syscall,
            path: path.map(str::to_string),
            dest: None,
            description: crate::ops::errno::description(errno),
        }
    }

    /// Node's message: `CODE: description, syscall 'path' -> 'dest'`.
    pub fn message(&self) -> String {
        let mut message = format!("{}: {}, {}", self.code, self.description, self.syscall);
        if let Some(path) = &self.path {
            message.push_str(&format!(" '{path}'"));
        }
        if let Some(dest) = &self.dest {
            message.push_str(&format!(" -> '{dest}'"));
        }
        message
    }

    /// The JS `Error` with Node's properties.
    pub fn to_js<'s>(&self, scope: &mut v8::PinScope<'s, '_>) -> v8::Local<'s, v8::Value> {
        let message = v8::String::new(scope, &self.message()).expect("message");
        let error = v8::Exception::error(scope, message);
        let object = error.to_object(scope).expect("error is an object");
        let set = |key: &str, value: v8::Local<v8::Value>| {
            let key = v8::String::new(scope, key).expect("key");
            object.set(scope, key.into(), value);
        };
        set("errno", v8::Integer::new(scope, self.errno).into());
        set(
            "code",
            v8::String::new(scope, self.code).expect("code").into(),
        );
        set(
            "syscall",
            v8::String::new(scope, self.syscall)
                .expect("syscall")
                .into(),
        );
        if let Some(path) = &self.path {
            set("path", v8::String::new(scope, path).expect("path").into());
        }
        if let Some(dest) = &self.dest {
            set("dest", v8::String::new(scope, dest).expect("dest").into());
        }
        error
    }
}

impl OpValue {
    /// The JS value; bytes move into the new ArrayBuffer without a copy.
    pub fn into_js<'s>(self, scope: &mut v8::PinScope<'s, '_>) -> v8::Local<'s, v8::Value> {
        match self {
            OpValue::Undefined => v8::undefined(scope).into(),
            OpValue::Bool(b) => v8::Boolean::new(scope, b).into(),
            OpValue::Number(n) => v8::Number::new(scope, n).into(),
            OpValue::String(s) => v8::String::new(scope, &s).expect("string").into(),
            OpValue::Array(items) => {
                let items: Vec<_> = items.into_iter().map(|i| i.into_js(scope)).collect();
                v8::Array::new_with_elements(scope, &items).into()
            }
            OpValue::Bytes(bytes) => crate::ops::uint8_array(scope, bytes)
                .expect("Uint8Array")
                .into(),
            // A message that cannot be read here (a kind this isolate cannot make) arrives as
            // undefined; Node reports such messages as 'messageerror'.
            OpValue::Cloned(cloned) => {
                let value = {
                    v8::tc_scope!(let tc, scope);
                    crate::ops::clone::deserialize(tc, *cloned)
                        .map(|value| v8::Global::new(tc, value))
                };
                match value {
                    Some(value) => v8::Local::new(scope, value),
                    None => v8::undefined(scope).into(),
                }
            }
        }
    }
}

/// Where a completed op delivers its result.
pub enum OpTarget {
    /// A callback, and the async context frame it is called in.
    Callback(v8::Global<v8::Function>, Option<v8::Global<v8::Value>>),
    Promise(v8::Global<v8::PromiseResolver>),
}

/// The async context frame current now (see js/internal/async_context.js), if there is one:
/// callbacks of work started now run in it.
fn current_frame(scope: &mut v8::PinScope) -> Option<v8::Global<v8::Value>> {
    let frame = scope.get_continuation_preserved_embedder_data();
    (!frame.is_undefined()).then(|| v8::Global::new(scope, frame))
}

/// Opens a source of repeated values for the loop ([`crate::event_loop::EventLoop::open_stream`])
/// whose `callback` runs in the async context frame current now. Returns the source's id.
pub fn open_stream<F>(
    scope: &mut v8::PinScope,
    callback: v8::Local<v8::Function>,
    work: impl FnOnce(u32, crate::event_loop::StreamSender) -> F,
) -> u32
where
    F: Future<Output = ()> + 'static,
{
    let callback = v8::Global::new(scope, callback);
    let frame = current_frame(scope);
    let state = scope.get_slot_mut::<RuntimeState>().expect("runtime state");
    state.event_loop.open_stream(callback, frame, work)
}

/// Starts `work` for the op being called. If `callback` is a function it is called as
/// `callback(err, value)` when the work is done and undefined is returned; otherwise a promise
/// is returned. Returns the op's id (for `ref`/`unref`) through `id_out` when given.
pub fn spawn<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    callback: v8::Local<v8::Value>,
    work: impl Future<Output = OpResult> + 'static,
) -> v8::Local<'s, v8::Value> {
    let (target, ret): (OpTarget, v8::Local<v8::Value>) =
        match v8::Local::<v8::Function>::try_from(callback) {
            Ok(f) => (
                OpTarget::Callback(v8::Global::new(scope, f), current_frame(scope)),
                v8::undefined(scope).into(),
            ),
            Err(_) => {
                let resolver = v8::PromiseResolver::new(scope).expect("resolver");
                let promise = resolver.get_promise(scope);
                (
                    OpTarget::Promise(v8::Global::new(scope, resolver)),
                    promise.into(),
                )
            }
        };
    let state = scope.get_slot_mut::<RuntimeState>().expect("runtime state");
    state.event_loop.submit(target, Box::pin(work));
    ret
}

/// Runs blocking `work` (file system calls) on the capped blocking pool.
pub fn spawn_blocking<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    callback: v8::Local<v8::Value>,
    work: impl FnOnce() -> OpResult + Send + 'static,
) -> v8::Local<'s, v8::Value> {
    let handle = tokio::task::spawn_blocking(work);
    spawn(scope, callback, async move {
        handle.await.unwrap_or_else(|e| {
            Err(OpError {
                code: "EIO",
                errno: -libc::EIO,
                syscall: "task",
                path: None,
                dest: None,
                description: e.to_string(),
            })
        })
    })
}
