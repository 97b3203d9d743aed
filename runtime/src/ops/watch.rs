//! `fs.watch` on inotify.

use futures::StreamExt;
use inotify::{EventMask, Inotify, WatchMask};

use crate::async_op::{OpError, OpValue};
use crate::engine::state;

/// `fsWatch(path, callback)`: watches a file or directory; `callback([eventType, filename])`
/// for each change. Returns the watcher's id, or throws Node's error for a bad path.
pub fn op_fs_watch(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let path = args.get(0).to_rust_string_lossy(scope);
    let Ok(callback) = v8::Local::<v8::Function>::try_from(args.get(1)) else {
        super::throw_type_error(scope, "fsWatch: callback must be a function");
        return;
    };
    let fail = |scope: &mut v8::PinScope, e: &std::io::Error| {
        let error = OpError::from_io(e, "watch", Some(&path)).to_js(scope);
        scope.throw_exception(error);
    };
    let meta = match std::fs::metadata(&path) {
        Ok(m) => m,
        Err(e) => return fail(scope, &e),
    };
    // Changes to a watched file are reported under its own name.
    let own_name = if meta.is_dir() {
        None
    } else {
        std::path::Path::new(&path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
    };
    let inotify = match Inotify::init() {
        Ok(i) => i,
        Err(e) => return fail(scope, &e),
    };
    let mask = WatchMask::MODIFY
        | WatchMask::ATTRIB
        | WatchMask::CREATE
        | WatchMask::DELETE
        | WatchMask::DELETE_SELF
        | WatchMask::MOVE_SELF
        | WatchMask::MOVED_FROM
        | WatchMask::MOVED_TO;
    if let Err(e) = inotify.watches().add(&path, mask) {
        return fail(scope, &e);
    }
    let stream = match inotify.into_event_stream(vec![0u8; 4096]) {
        Ok(s) => s,
        Err(e) => return fail(scope, &e),
    };
    let callback = v8::Global::new(scope, callback);
    let id = state(scope)
        .event_loop
        .open_stream(callback, move |id, tx| async move {
            let mut stream = stream;
            while let Some(Ok(event)) = stream.next().await {
                let kind = if event.mask.intersects(EventMask::MODIFY | EventMask::ATTRIB) {
                    "change"
                } else {
                    "rename"
                };
                let name = event
                    .name
                    .map(|n| n.to_string_lossy().into_owned())
                    .or_else(|| own_name.clone())
                    .unwrap_or_default();
                let value =
                    OpValue::Array(vec![OpValue::String(kind.into()), OpValue::String(name)]);
                if tx.send((id, value)).is_err() {
                    break;
                }
            }
        });
    rv.set(v8::Number::new(scope, f64::from(id)).into());
}

/// `fsWatchClose(id)` and `fsWatchRef(id, refed)`.
pub fn op_fs_watch_close(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    state(scope).event_loop.close_stream(id);
}

pub fn op_fs_watch_ref(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let refed = args.get(1).is_true();
    state(scope).event_loop.ref_stream(id, refed);
}
