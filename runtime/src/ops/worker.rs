//! worker_threads: starting workers and the messages between a worker and its parent.
//!
//! The parent follows each worker as a stream of its loop: `['message', value]`,
//! `['error', error]` (an exception the worker did not catch) and `['exit', code]`. The worker
//! follows its parent port the same way: `['message', value]` and `['terminate']`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};

use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};

use super::clone;
use crate::async_op::OpValue;
use crate::engine::state;
use crate::ops::property as get;
use crate::ops::stream_event as event;
use crate::worker::{FromWorker, Limits, Terminator, ToWorker, WorkerLink};

/// How a parent reaches a worker it started.
struct Worker {
    to_worker: UnboundedSender<ToWorker>,
    terminator: Terminator,
}

thread_local! {
    /// The workers this thread started, by their stream id.
    static WORKERS: RefCell<HashMap<u32, Worker>> = RefCell::new(HashMap::new());
}

/// Thread ids as Node numbers them: the main thread is 0, workers count up from 1.
static NEXT_THREAD_ID: AtomicU32 = AtomicU32::new(1);

fn megabytes(scope: &mut v8::PinScope, value: v8::Local<v8::Value>) -> usize {
    value
        .number_value(scope)
        .filter(|n| n.is_finite() && *n > 0.0)
        .map_or(0, |n| n as usize)
}

/// `workerStart(entry, isEval, data, transfer, options, callback)`: starts a worker running the
/// bundled module at path `entry` (or the code `entry` when `isEval`) with `workerData` `data`
/// (cloned, `transfer` moved). `options` has `name`, `argv` and `maxOldGenerationSizeMb`/
/// `maxYoungGenerationSizeMb`. Returns `[id, threadId]`; throws when `data` cannot be cloned.
pub fn op_worker_start(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let entry = args.get(0).to_rust_string_lossy(scope);
    let is_eval = args.get(1).is_true();
    let Some(transfer) = clone::transfer_list(scope, args.get(3)) else {
        return;
    };
    let Some(data) = clone::serialize(scope, args.get(2), &transfer) else {
        return;
    };
    let Ok(options) = v8::Local::<v8::Object>::try_from(args.get(4)) else {
        super::throw_type_error(scope, "workerStart: options must be an object");
        return;
    };
    let Ok(callback) = v8::Local::<v8::Function>::try_from(args.get(5)) else {
        super::throw_type_error(scope, "workerStart: callback must be a function");
        return;
    };
    let name = get(scope, options, "name").to_rust_string_lossy(scope);
    let argv_value = get(scope, options, "argv");
    let argv = match v8::Local::<v8::Array>::try_from(argv_value) {
        Ok(list) => (0..list.length())
            .filter_map(|i| list.get_index(scope, i))
            .map(|v| v.to_rust_string_lossy(scope))
            .collect(),
        Err(_) => Vec::new(),
    };
    let env_value = get(scope, options, "env");
    let env = match v8::Local::<v8::Array>::try_from(env_value) {
        Ok(list) => (0..list.length() / 2)
            .filter_map(|i| {
                Some((
                    list.get_index(scope, 2 * i)?,
                    list.get_index(scope, 2 * i + 1)?,
                ))
            })
            .map(|(k, v)| (k.to_rust_string_lossy(scope), v.to_rust_string_lossy(scope)))
            .collect(),
        Err(_) => Vec::new(),
    };
    let old = get(scope, options, "maxOldGenerationSizeMb");
    let young = get(scope, options, "maxYoungGenerationSizeMb");
    let limits = Limits {
        max_old_generation_mb: megabytes(scope, old),
        max_young_generation_mb: megabytes(scope, young),
    };

    let thread_id = NEXT_THREAD_ID.fetch_add(1, Ordering::Relaxed);
    let (to_worker, inbox) = unbounded_channel();
    let (to_parent, mut from_worker) = unbounded_channel();
    let link = WorkerLink {
        thread_id,
        name,
        entry,
        is_eval,
        argv,
        env,
        data: Some(data),
        inbox: Some(inbox),
        to_parent,
        announced: false,
    };
    let terminator = match crate::worker::start(link, limits) {
        Ok(t) => t,
        Err(e) => {
            let message = format!("cannot start a worker thread: {e}");
            let message = v8::String::new(scope, &message).expect("message");
            let error = v8::Exception::error(scope, message);
            scope.throw_exception(error);
            return;
        }
    };
    let id = crate::async_op::open_stream(scope, callback, move |id, events| async move {
        while let Some(message) = from_worker.recv().await {
            let posted = matches!(message, FromWorker::Message(_));
            let (value, last) = match message {
                FromWorker::Online => (event("online", Vec::new()), false),
                FromWorker::OutOfMemory => (event("outOfMemory", Vec::new()), false),
                FromWorker::Stdio(fd, bytes) => (
                    event(
                        "stdio",
                        vec![OpValue::Number(f64::from(fd)), OpValue::Bytes(bytes)],
                    ),
                    false,
                ),
                FromWorker::Message(c) => {
                    (event("message", vec![OpValue::Cloned(Box::new(c))]), false)
                }
                FromWorker::Error(c) => (event("error", vec![OpValue::Cloned(Box::new(c))]), false),
                FromWorker::Exit(code) => {
                    (event("exit", vec![OpValue::Number(f64::from(code))]), true)
                }
            };
            if events.send_posted((id, value), posted).is_err() || last {
                return;
            }
        }
    });
    WORKERS.with(|w| {
        w.borrow_mut().insert(
            id,
            Worker {
                to_worker,
                terminator,
            },
        )
    });
    let items = [
        v8::Integer::new_from_unsigned(scope, id).into(),
        v8::Integer::new_from_unsigned(scope, thread_id).into(),
    ];
    rv.set(v8::Array::new_with_elements(scope, &items).into());
}

/// `workerPost(id, value, transfer)`: a message to worker `id`; false once it is gone. Throws
/// when the value cannot be cloned.
pub fn op_worker_post(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let Some(transfer) = clone::transfer_list(scope, args.get(2)) else {
        return;
    };
    let Some(cloned) = clone::serialize(scope, args.get(1), &transfer) else {
        return;
    };
    let sent = WORKERS.with(|w| {
        w.borrow()
            .get(&id)
            .is_some_and(|worker| worker.to_worker.send(ToWorker::Message(cloned)).is_ok())
    });
    rv.set(v8::Boolean::new(scope, sent).into());
}

/// `workerStdin(id, bytes | null)`: input for worker `id`'s process.stdin; null ends it.
pub fn op_worker_stdin(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let bytes = super::buffer::view_bytes(scope, args.get(1)).map(|b| b.to_vec());
    WORKERS.with(|w| {
        if let Some(worker) = w.borrow().get(&id) {
            let _ = worker.to_worker.send(ToWorker::Stdin(bytes));
        }
    });
}

/// `workerTerminate(id)`: stops worker `id`'s JavaScript now; its 'exit' follows.
pub fn op_worker_terminate(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    WORKERS.with(|w| {
        if let Some(worker) = w.borrow().get(&id) {
            // A worker waiting in its loop hears it as a message; one running JS is stopped.
            let _ = worker.to_worker.send(ToWorker::Terminate);
            worker.terminator.terminate();
        }
    });
}

/// `workerClose(id)`: forgets worker `id` after its exit.
pub fn op_worker_close(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    WORKERS.with(|w| w.borrow_mut().remove(&id));
    state(scope).event_loop.close_stream(id);
}

/// `workerSelf()`: in a worker, `[threadId, name, entry, isEval, argv]`; undefined on the main
/// thread. The first call, as the worker's JavaScript starts, is the parent's 'online'.
pub fn op_worker_self(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(link) = state(scope).worker.as_mut() else {
        return;
    };
    if !link.announced {
        link.announced = true;
        let _ = link.to_parent.send(FromWorker::Online);
    }
    let thread_id = link.thread_id;
    let name = link.name.clone();
    let entry = link.entry.clone();
    let is_eval = link.is_eval;
    let argv = link.argv.clone();
    let argv = super::string_array(scope, argv.iter().map(String::as_str));
    let items = [
        v8::Integer::new_from_unsigned(scope, thread_id).into(),
        v8::String::new(scope, &name).expect("name").into(),
        v8::String::new(scope, &entry).expect("entry").into(),
        v8::Boolean::new(scope, is_eval).into(),
        argv.into(),
    ];
    rv.set(v8::Array::new_with_elements(scope, &items).into());
}

/// `workerStdio(fd, bytes)`: in a worker, output for the parent's `worker.stdout` (1) or
/// `worker.stderr` (2).
pub fn op_worker_stdio(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let fd = if args.get(0).uint32_value(scope) == Some(2) {
        2
    } else {
        1
    };
    let bytes = match super::buffer::view_bytes(scope, args.get(1)) {
        Some(bytes) => bytes.to_vec(),
        None => args.get(1).to_rust_string_lossy(scope).into_bytes(),
    };
    if let Some(link) = state(scope).worker.as_ref() {
        let _ = link.to_parent.send(FromWorker::Stdio(fd, bytes));
    }
}

/// `workerData()`: in a worker, its `workerData`, copied in the first time (undefined after).
/// Throws when it cannot be read here.
pub fn op_worker_data(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(data) = state(scope).worker.as_mut().and_then(|l| l.data.take()) else {
        return;
    };
    if let Some(value) = clone::deserialize(scope, data) {
        rv.set(value);
    }
}

/// `parentPortOpen(callback)`: in a worker, follows the messages from the parent; returns the
/// stream id (undefined when already open or on the main thread).
pub fn op_parent_port_open(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(callback) = v8::Local::<v8::Function>::try_from(args.get(0)) else {
        super::throw_type_error(scope, "parentPortOpen: callback must be a function");
        return;
    };
    let Some(mut inbox) = state(scope).worker.as_mut().and_then(|l| l.inbox.take()) else {
        return;
    };
    let id = crate::async_op::open_stream(scope, callback, move |id, events| async move {
        while let Some(message) = inbox.recv().await {
            let posted = matches!(message, ToWorker::Message(_));
            let value = match message {
                ToWorker::Message(c) => event("message", vec![OpValue::Cloned(Box::new(c))]),
                ToWorker::Stdin(Some(bytes)) => event("stdin", vec![OpValue::Bytes(bytes)]),
                ToWorker::Stdin(None) => event("stdin", Vec::new()),
                ToWorker::Terminate => event("terminate", Vec::new()),
            };
            if events.send_posted((id, value), posted).is_err() {
                return;
            }
        }
    });
    rv.set(v8::Integer::new_from_unsigned(scope, id).into());
}

/// `parentPortPost(value, transfer)`: in a worker, a message to the parent. Throws when the
/// value cannot be cloned.
pub fn op_parent_port_post(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let Some(transfer) = clone::transfer_list(scope, args.get(1)) else {
        return;
    };
    let Some(cloned) = clone::serialize(scope, args.get(0), &transfer) else {
        return;
    };
    if let Some(link) = state(scope).worker.as_ref() {
        let _ = link.to_parent.send(FromWorker::Message(cloned));
    }
}

/// `workerFail(error)`: in a worker, hands an uncaught exception to the parent's 'error' event.
/// A value that cannot be cloned goes as its string.
pub fn op_worker_fail(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let error = args.get(0);
    let cloned = {
        v8::tc_scope!(let tc, scope);
        match clone::serialize(tc, error, &[]) {
            Some(c) => Some(c),
            None => {
                let text = error
                    .to_string(tc)
                    .unwrap_or_else(|| v8::String::new(tc, "").expect("empty"));
                clone::serialize(tc, text.into(), &[])
            }
        }
    };
    if let (Some(cloned), Some(link)) = (cloned, state(scope).worker.as_ref()) {
        let _ = link.to_parent.send(FromWorker::Error(cloned));
    }
}
