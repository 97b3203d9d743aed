//! Ops of the event loop: the timer deadline, loop time, microtasks, signals.

use crate::engine::state;

/// `scheduleTimer(ms)`: the earliest JS timer is due `ms` after the current loop time; a
/// negative value means there is no timer.
pub fn op_schedule_timer(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let ms = args.get(0).number_value(scope).unwrap_or(-1.0);
    let after = (ms >= 0.0).then_some(ms as u64);
    state(scope).event_loop.schedule_timer(after);
}

/// `loopNow()`: the loop time in milliseconds, brought up to date first (as Node's timers read
/// it when a timer starts).
pub fn op_loop_now(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let lp = &mut state(scope).event_loop;
    lp.update_time();
    let now = lp.now();
    rv.set(v8::Number::new(scope, now as f64).into());
}

/// `runMicrotasks()`: drains V8's microtask queue.
pub fn op_run_microtasks(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    scope.perform_microtask_checkpoint();
}

/// `listenSignal(signo)`: deliver `signo` to JS (`emitSignal`) instead of its default action.
pub fn op_listen_signal(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let signo = args.get(0).int32_value(scope).unwrap_or(0);
    if let Err(e) = state(scope).event_loop.listen_signal(signo) {
        let message = v8::String::new(scope, &format!("cannot listen for signal {signo}: {e}"))
            .expect("message");
        let error = v8::Exception::error(scope, message);
        scope.throw_exception(error);
    }
}

/// `signalDefault(signo)`: a signal arrived that no JS listener wants any more: take the
/// default action (usually death by that signal, which the parent sees as 128+n).
pub fn op_signal_default(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let signo = args.get(0).int32_value(scope).unwrap_or(0);
    // SAFETY: restoring the default disposition and raising the signal on ourselves.
    unsafe {
        libc::signal(signo, libc::SIG_DFL);
        libc::raise(signo);
    }
}

/// `kill(pid, signo)`: sends a signal; returns undefined, or the error's code (`'ESRCH'`).
pub fn op_kill(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let pid = args.get(0).int32_value(scope).unwrap_or(0);
    let signo = args.get(1).int32_value(scope).unwrap_or(0);
    // SAFETY: kill has no memory-safety preconditions.
    if unsafe { libc::kill(pid, signo) } != 0 {
        let code = crate::ops::code_of(&std::io::Error::last_os_error());
        rv.set(v8::String::new(scope, code).expect("code").into());
    }
}

/// `hrtime()`: nanoseconds since the process started, from the monotonic clock.
pub fn op_hrtime(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let ns = state(scope).event_loop.origin().elapsed().as_nanos() as f64;
    rv.set(v8::Number::new(scope, ns).into());
}

/// `loopTimes()`: `[loopStart, idle]` in milliseconds (loop start on `hrtime`'s clock), or
/// undefined before the event loop first ran.
pub fn op_loop_times(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    if let Some((start, idle)) = state(scope).event_loop.utilization_times() {
        let items = [
            v8::Number::new(scope, start.as_secs_f64() * 1000.0).into(),
            v8::Number::new(scope, idle.as_secs_f64() * 1000.0).into(),
        ];
        rv.set(v8::Array::new_with_elements(scope, &items).into());
    }
}

/// `timeOrigin()`: the wall-clock time the process started, in milliseconds since the epoch.
pub fn op_time_origin(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let since_start = state(scope).event_loop.origin().elapsed();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let origin = now.saturating_sub(since_start).as_secs_f64() * 1000.0;
    rv.set(v8::Number::new(scope, origin).into());
}

/// `hardwareConcurrency()`: how many threads can run in parallel.
pub fn op_hardware_concurrency(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let n = std::thread::available_parallelism().map_or(1, |n| n.get());
    rv.set(v8::Integer::new(scope, n as i32).into());
}

/// `streamRef(id, refed)`: whether a source of the loop's (a watcher, a child) keeps the
/// process alive.
pub fn op_stream_ref(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let refed = args.get(1).is_true();
    state(scope).event_loop.ref_stream(id, refed);
}
