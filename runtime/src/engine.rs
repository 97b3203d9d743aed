//! V8 set-up and the life of one application run: bootstrap, main module, microtasks, exit.
//!
//! The policy (what to print for an uncaught error, when a rejection is fatal, which events to
//! emit) lives in `js/internal/bootstrap.js`; this file only moves control between Rust and JS.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Once;
use std::time::Instant;

use pack_payload::BundleMap;

use crate::app::{App, Code};
use crate::event_loop::{self, EventLoop, LoopInfo};
use crate::ops::errors::source_arrow;
use crate::ops::modules::{compile_builtin, compile_function, compile_options};
use crate::stdio::write_stderr;
use crate::{ops, snapshot, version};

/// Exit status for a failure of the runtime itself (not of the application).
const INTERNAL_ERROR: i32 = 70;

/// Node's exit status when an `uncaughtException` handler itself throws.
const HANDLER_THREW: i32 = 7;

/// Per-isolate state shared by the ops, kept in an isolate slot.
pub struct RuntimeState {
    /// Set when the run ends (`process.exit()`, a fatal error): the exit status.
    pub exit_code: Option<i32>,
    pub event_loop: EventLoop,
    /// `bootstrap.js`'s handler for V8's promise-rejection notifications.
    on_promise_reject: Option<v8::Global<v8::Function>>,
    /// `bootstrap.js`'s formatter of `error.stack`.
    prepare_stack_trace: Option<v8::Global<v8::Function>>,
    /// The application's bundle, for error arrows and stack traces.
    bundle: Option<BundleScript>,
    /// Set while a snapshot is made: code is compiled eagerly, so that the snapshot holds the
    /// bytecode of every function and a launch compiles nothing.
    pub eager_compile: bool,
    /// In a worker thread: its link to the parent.
    pub worker: Option<crate::worker::WorkerLink>,
    /// How structured clones make built-in objects (see `ops::clone`), set by JS at launch.
    pub clone_kinds: Option<v8::Global<v8::Object>>,
}

/// The bundle as V8 knows it (one script, named `BUNDLE_NAME`) and how its positions map to
/// the project's files.
struct BundleScript {
    source: v8::Global<v8::String>,
    map: Option<BundleMap<'static>>,
    /// Where the project root is taken to be at run time: the executable's directory.
    root: PathBuf,
    esm: HashSet<String>,
}

/// A bundle position mapped back to a project file, as Node would name it.
pub struct Mapped<'a> {
    /// The file's absolute path, or its `file://` URL for an ES module.
    pub file: String,
    pub line: u32,
    pub column: u32,
    /// The original file as the source map names it.
    source: &'a str,
}

impl RuntimeState {
    /// The source of the script named `name` in stack traces, other than the bundle itself
    /// (see [`RuntimeState::bundle_source`]).
    pub fn script_source(&self, name: &str) -> Option<&str> {
        match &self.bundle {
            Some(bundle) => bundle
                .original_source(name)
                .or_else(|| crate::builtins::source_by_script_name(name)),
            None => crate::builtins::source_by_script_name(name),
        }
    }

    /// The bundle's source, as V8 holds it.
    pub fn bundle_source(&self) -> Option<&v8::Global<v8::String>> {
        self.bundle.as_ref().map(|b| &b.source)
    }

    /// Whether stack traces name the bundle `name`.
    pub fn is_bundle(&self, name: &str) -> bool {
        self.bundle.is_some() && name == BUNDLE_NAME
    }

    /// Where 1-based `line` and `column` of the bundle come from.
    pub fn original_position(&self, line: u32, column: u32) -> Option<Mapped<'_>> {
        let bundle = self.bundle.as_ref()?;
        let original = bundle.map.as_ref()?.original(line, column)?;
        Some(Mapped {
            file: bundle.display_name(original.source),
            line: original.line,
            column: original.column,
            source: original.source,
        })
    }

    /// The text of the original line a position maps to, where the build kept the sources.
    pub fn original_line(&self, mapped: &Mapped) -> Option<&str> {
        let map = self.bundle.as_ref()?.map.as_ref()?;
        map.source_line(mapped.source, mapped.line)
    }
}

impl BundleScript {
    /// How a stack frame names original file `source`: its absolute path at run time, or its
    /// `file://` URL for an ES module.
    fn display_name(&self, source: &str) -> String {
        let path = normalize(&self.root.join(source));
        if self.esm.contains(source) {
            url::Url::from_file_path(&path)
                .map(|u| u.to_string())
                .unwrap_or_else(|_| path.to_string_lossy().into_owned())
        } else {
            path.to_string_lossy().into_owned()
        }
    }

    /// The original text of the file that stack frames name `name`.
    fn original_source(&self, name: &str) -> Option<&str> {
        let map = self.map.as_ref()?;
        let source = map.sources().find(|s| self.display_name(s) == name)?;
        map.contents(source)
    }
}

/// `path` without `.` and `..` components (module names may climb out of the root).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// The bundle's script name. Stack frames and error arrows name the original files instead
/// (through the source map); this shows only where a position has no mapping.
pub const BUNDLE_NAME: &str = "pack:bundle";

/// The bundle is a function of the module registry (see js/internal/modules.js).
const BUNDLE_PARAMS: [&str; 1] = ["$pack"];

/// Starts V8 once per process with `flags` (the runtime's own, then those the build baked in);
/// returns the flags V8 does not know.
pub fn init_v8(flags: &[String]) -> Vec<String> {
    static INIT: Once = Once::new();
    let mut unknown = Vec::new();
    INIT.call_once(|| {
        // v8.setFlagsFromString changes flags after start-up, as Node allows.
        v8::V8::set_flags_from_string("--no-freeze-flags-after-init");
        // The first argument stands for the program's name, as on a command line.
        let mut args = vec![String::new()];
        args.extend(flags.iter().cloned());
        unknown = v8::V8::set_flags_from_command_line(args);
        unknown.retain(|f| !f.is_empty());
        let platform = v8::new_default_platform(0, false).make_shared();
        v8::V8::initialize_platform(platform);
        v8::V8::initialize();
    });
    unknown
}

/// The isolate-wide settings and state every isolate of this runtime has, whether it is made
/// from a snapshot, from scratch, or to make a snapshot. None of it goes into a snapshot.
pub fn configure(isolate: &mut v8::Isolate, origin: Instant) {
    isolate.set_slot(RuntimeState {
        exit_code: None,
        event_loop: EventLoop::new(origin),
        on_promise_reject: None,
        prepare_stack_trace: None,
        bundle: None,
        eager_compile: false,
        worker: None,
        clone_kinds: None,
    });
    isolate.set_prepare_stack_trace_callback(prepare_stack_trace);
    isolate.set_microtasks_policy(v8::MicrotasksPolicy::Explicit);
    isolate.set_promise_reject_callback(promise_reject_callback);
    isolate.set_capture_stack_trace_for_uncaught_exceptions(true, 10);
}

/// Runs the application to completion and ends the process with its exit status. `origin` is
/// when the process started: loop time counts from there, as libuv's does from loop creation.
pub fn run(app: App, exe: &Path, origin: Instant) -> i32 {
    crate::worker::remember_launch(&app, exe);
    run_isolate(app, exe, origin, None)
}

/// Runs a worker thread's isolate to its end and returns its exit code; `on_isolate` receives
/// the handle that can stop it from another thread.
pub fn run_worker(
    app: App,
    exe: &Path,
    link: crate::worker::WorkerLink,
    limits: crate::worker::Limits,
    on_isolate: impl FnOnce(v8::IsolateHandle),
) -> i32 {
    run_isolate(
        app,
        exe,
        Instant::now(),
        Some(WorkerStart {
            link,
            limits,
            on_isolate: Box::new(on_isolate),
        }),
    )
}

/// What a worker's isolate is started with.
struct WorkerStart<'a> {
    link: crate::worker::WorkerLink,
    limits: crate::worker::Limits,
    on_isolate: Box<dyn FnOnce(v8::IsolateHandle) + 'a>,
}

fn run_isolate(app: App, exe: &Path, origin: Instant, worker: Option<WorkerStart>) -> i32 {
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .max_blocking_threads(4)
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            write_stderr(format!("pack-runtime: cannot start the event loop: {e}\n"));
            return INTERNAL_ERROR;
        }
    };
    let rt_context = rt.enter();

    // Unknown flags were refused when the executable was built.
    init_v8(&app.manifest.v8_flags);
    let mut params = v8::CreateParams::default();
    if let Code::Snapshot(blob) = app.code {
        let blob = v8::StartupData::from(blob);
        // The build id already matched; this guards against a blob that is not V8's at all.
        if !blob.is_valid() {
            write_stderr(format!(
                "{}: the payload is damaged: its snapshot is not one this runtime's V8 can read\n",
                exe.display()
            ));
            return 1;
        }
        params = params
            .snapshot_blob(blob)
            .external_references(snapshot::external_references());
    }
    if let Some(start) = &worker {
        let limits = start.limits;
        let mb = 1024 * 1024;
        if limits.max_old_generation_mb > 0 || limits.max_young_generation_mb > 0 {
            let young = limits.max_young_generation_mb.max(16);
            let old = if limits.max_old_generation_mb > 0 {
                limits.max_old_generation_mb
            } else {
                2048
            };
            params = params.heap_limits(0, (old + young) * mb);
        }
    }
    let limited = worker.as_ref().is_some_and(|w| {
        w.limits.max_old_generation_mb > 0 || w.limits.max_young_generation_mb > 0
    });
    let isolate = &mut v8::Isolate::new(params);
    configure(isolate, origin);
    // Declared after the isolate, so dropped before it: V8 holds a pointer to it until then.
    let oom_watch = limited.then(|| {
        let watch = Box::new(OomWatch {
            handle: isolate.thread_safe_handle(),
            hit: std::cell::Cell::new(false),
        });
        let data = &*watch as *const OomWatch as *mut std::ffi::c_void;
        isolate.add_near_heap_limit_callback(near_heap_limit, data);
        watch
    });
    let main_thread = worker.is_none();
    if let Some(start) = worker {
        (start.on_isolate)(isolate.thread_safe_handle());
        state_of(isolate).worker = Some(start.link);
    }

    let code = {
        v8::scope!(let scope, isolate);
        let context = match app.code {
            Code::Snapshot(_) => {
                v8::Context::from_snapshot(scope, snapshot::MAIN_CONTEXT, Default::default())
            }
            Code::Source(_) => Some(v8::Context::new(scope, Default::default())),
        };
        let Some(context) = context else {
            write_stderr(format!(
                "{}: the payload is damaged: its snapshot holds no runtime context\n",
                exe.display()
            ));
            return 1;
        };
        let scope = &mut v8::ContextScope::new(scope, context);
        let ended = Run::start(scope, app, exe).and_then(|run| run.finish(scope, &rt));
        match ended {
            Ok(code) | Err(Ended(code)) => code,
        }
    };
    if main_thread {
        // Everything the program wrote has reached the kernel (writes are unbuffered and the
        // loop ran dry): tearing down the heap and the loop would only delay the exit.
        // V8's own output through C stdio (`--prof` logs, traces) is flushed first.
        // SAFETY: fflush(NULL) flushes every open stdio stream; `_exit` then ends the
        // process and nothing after it runs.
        unsafe {
            libc::fflush(std::ptr::null_mut());
            libc::_exit(code & 0xff)
        }
    }
    // Native serializers hold on to the isolate: they go before it does.
    crate::ops::release_before_isolate();
    if oom_watch.as_ref().is_some_and(|w| w.hit.get())
        && let Some(link) = state_of(isolate).worker.as_ref()
    {
        let _ = link.to_parent.send(crate::worker::FromWorker::OutOfMemory);
    }
    drop(rt_context);
    // Blocking reads still in flight (standard input, say) must not hold up the exit.
    rt.shutdown_background();
    code
}

fn state_of(isolate: &mut v8::Isolate) -> &mut RuntimeState {
    isolate
        .get_slot_mut::<RuntimeState>()
        .expect("runtime state")
}

/// A worker with `resourceLimits` that reached them: stopped instead of taking the process down.
struct OomWatch {
    handle: v8::IsolateHandle,
    hit: std::cell::Cell<bool>,
}

/// V8 is about to run out of the heap it was given: the worker's JavaScript is stopped and
/// the limit raised so that it can unwind; the parent hears ERR_WORKER_OUT_OF_MEMORY.
unsafe extern "C" fn near_heap_limit(
    data: *mut std::ffi::c_void,
    current_heap_limit: usize,
    _initial_heap_limit: usize,
) -> usize {
    // SAFETY: `data` is the OomWatch registered with this isolate, alive as long as it is; V8
    // calls this on the isolate's own thread.
    let watch = unsafe { &*(data as *const OomWatch) };
    watch.hit.set(true);
    watch.handle.terminate_execution();
    current_heap_limit.saturating_mul(2)
}

pub fn state<'a>(scope: &'a mut v8::PinScope) -> &'a mut RuntimeState {
    scope.get_slot_mut::<RuntimeState>().expect("runtime state")
}

/// The run is over, with this exit status.
#[derive(Debug, Clone, Copy)]
pub struct Ended(pub i32);

/// Exit status for a failure of the runtime itself (not of the application).
pub const INTERNAL: Ended = Ended(INTERNAL_ERROR);

/// The bootstrap's hooks: JS functions the runtime calls at each stage.
pub struct Run {
    hooks: v8::Global<v8::Object>,
}

/// The result of calling a hook.
pub enum Outcome<'s> {
    Value(v8::Local<'s, v8::Value>),
    /// It threw, and an `uncaughtException` handler took the error: the run goes on.
    Handled,
}

impl Run {
    fn start(scope: &mut v8::PinScope, app: App, exe: &Path) -> Result<Run, Ended> {
        let (hooks, source) = match &app.code {
            Code::Snapshot(_) => snapshot::restore(scope)?,
            Code::Source(source) => {
                let (hooks, _) = bootstrap(scope)?;
                let source = v8::String::new(scope, source).ok_or(Ended(INTERNAL_ERROR))?;
                (hooks, source)
            }
        };
        let run = Run {
            hooks: v8::Global::new(scope, hooks),
        };
        if let Some(handler) = get_function(scope, hooks, "onPromiseReject") {
            state(scope).on_promise_reject = Some(v8::Global::new(scope, handler));
        }
        use_stack_trace_hook(scope, hooks);

        let info = launch_info(scope, &app, exe);
        run.call(scope, "start", &[info])?;

        let root = exe.parent().unwrap_or(Path::new("/")).to_path_buf();
        state(scope).bundle = Some(BundleScript {
            source: v8::Global::new(scope, source),
            map: app.source_map.map(BundleMap::new),
            root: root.clone(),
            esm: app.manifest.esm.into_iter().collect(),
        });
        if let Code::Source(_) = app.code {
            let main = {
                v8::tc_scope!(let tc, scope);
                match compile_bundle(tc, source) {
                    Some(f) => Ok(v8::Global::new(tc, f)),
                    None => Err(tc.exception().map(|e| v8::Global::new(tc, e))),
                }
            };
            let main = match main {
                Ok(main) => v8::Local::new(scope, main),
                Err(exception) => {
                    let exception = exception
                        .map(|e| v8::Local::new(scope, e))
                        .unwrap_or_else(|| v8::undefined(scope).into());
                    run.uncaught(scope, exception, None)?;
                    return Err(Ended(1));
                }
            };
            let preload = v8::Array::new(scope, 0);
            let for_snapshot = v8::Boolean::new(scope, false).into();
            run.call(
                scope,
                "register",
                &[main.into(), preload.into(), for_snapshot],
            )?;
        }
        let root = v8::String::new(scope, &root.to_string_lossy()).expect("root");
        let externals: Vec<v8::Local<v8::Value>> = app
            .manifest
            .external
            .iter()
            .map(|name| v8::String::new(scope, name).expect("name").into())
            .collect();
        let externals = v8::Array::new_with_elements(scope, &externals);
        run.call(scope, "runMain", &[root.into(), externals.into()])?;
        run.after_callback(scope)?;
        Ok(run)
    }

    /// Runs the event loop to its end and the exit sequence; returns the exit status.
    fn finish(self, scope: &mut v8::PinScope, rt: &tokio::runtime::Runtime) -> Result<i32, Ended> {
        event_loop::drive(&self, scope, rt)?;
        match self.call(scope, "exit", &[])? {
            Outcome::Value(v) => Ok(v.int32_value(scope).unwrap_or(0)),
            Outcome::Handled => Ok(1),
        }
    }

    /// After each callback from the loop: the nextTick queue, microtasks and unhandled
    /// rejections, as Node's `processTicksAndRejections`. After an exception that a handler
    /// took, what is left waits: the loop drains it before the next immediates (the handler
    /// queued an empty one so that they come), or it runs after the next callback.
    pub fn after_callback(&self, scope: &mut v8::PinScope) -> Result<(), Ended> {
        let info = |scope: &mut v8::PinScope, slot| state(scope).event_loop.info(slot);
        if info(scope, LoopInfo::TICK_SCHEDULED) == 0 {
            scope.perform_microtask_checkpoint();
            ended(scope)?;
            if info(scope, LoopInfo::TICK_SCHEDULED) == 0
                && info(scope, LoopInfo::REJECTIONS_PENDING) == 0
            {
                return Ok(());
            }
        }
        self.call(scope, "processTicksAndRejections", &[])?;
        Ok(())
    }

    /// Calls hook `name` until it returns normally: after an exception that a handler took, the
    /// hook is called again to finish its work (the rest of the due timers, say).
    pub fn call_retrying<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        name: &str,
        args: &[v8::Local<v8::Value>],
    ) -> Result<v8::Local<'s, v8::Value>, Ended> {
        loop {
            if let Outcome::Value(v) = self.call(scope, name, args)? {
                return Ok(v);
            }
        }
    }

    /// Calls hook `name`. An exception thrown by it is an uncaught exception of the application.
    pub fn call<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        name: &str,
        args: &[v8::Local<v8::Value>],
    ) -> Result<Outcome<'s>, Ended> {
        let hooks = v8::Local::new(scope, &self.hooks);
        let Some(func) = get_function(scope, hooks, name) else {
            write_stderr(format!(
                "pack-runtime: internal error: no bootstrap hook {name}\n"
            ));
            return Err(Ended(INTERNAL_ERROR));
        };
        self.invoke(scope, func, hooks.into(), args)
    }

    /// Calls a JS function (an I/O callback) as a macrotask of the loop, in the async context
    /// `frame` it was scheduled in.
    pub fn call_function(
        &self,
        scope: &mut v8::PinScope,
        func: v8::Local<v8::Function>,
        frame: Option<&v8::Global<v8::Value>>,
        args: &[v8::Local<v8::Value>],
    ) -> Result<(), Ended> {
        if let Some(frame) = frame {
            let frame = v8::Local::new(scope, frame);
            scope.set_continuation_preserved_embedder_data(frame);
        }
        let undefined = v8::undefined(scope).into();
        self.invoke(scope, func, undefined, args).map(|_| ())
    }

    fn invoke<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        func: v8::Local<v8::Function>,
        recv: v8::Local<v8::Value>,
        args: &[v8::Local<v8::Value>],
    ) -> Result<Outcome<'s>, Ended> {
        let result = {
            v8::tc_scope!(let tc, scope);
            let result = func.call(tc, recv, args);
            // What the call entered (a store of AsyncLocalStorage) stays with it.
            if !tc.get_continuation_preserved_embedder_data().is_undefined() {
                let undefined = v8::undefined(tc).into();
                tc.set_continuation_preserved_embedder_data(undefined);
            }
            ended(tc)?;
            match result {
                Some(value) => Ok(v8::Global::new(tc, value)),
                None => {
                    let exception = tc.exception().map(|e| v8::Global::new(tc, e));
                    let arrow = tc.message().and_then(|m| source_arrow(tc, m));
                    Err((exception, arrow))
                }
            }
        };
        match result {
            Ok(value) => Ok(Outcome::Value(v8::Local::new(scope, value))),
            Err((exception, arrow)) => {
                let exception = exception
                    .map(|e| v8::Local::new(scope, e))
                    .unwrap_or_else(|| v8::undefined(scope).into());
                self.uncaught(scope, exception, arrow)?;
                Ok(Outcome::Handled)
            }
        }
    }

    /// Hands an uncaught exception to the bootstrap: `uncaughtException` handlers take it and
    /// the run goes on, or it is printed and the run ends.
    fn uncaught(
        &self,
        scope: &mut v8::PinScope,
        exception: v8::Local<v8::Value>,
        arrow: Option<String>,
    ) -> Result<(), Ended> {
        // An error out of a vm script carries its arrow in its stack already.
        let arrow = arrow.filter(|_| !crate::ops::errors::is_decorated(scope, exception));
        let arrow: v8::Local<v8::Value> = match arrow {
            Some(a) => v8::String::new(scope, &a).expect("arrow").into(),
            None => v8::undefined(scope).into(),
        };
        let hooks = v8::Local::new(scope, &self.hooks);
        let Some(func) = get_function(scope, hooks, "handleUncaught") else {
            return Err(Ended(INTERNAL_ERROR));
        };
        let thrown = {
            v8::tc_scope!(let tc, scope);
            let result = func.call(tc, hooks.into(), &[exception, arrow]);
            ended(tc)?;
            if result.is_some() {
                return Ok(());
            }
            let thrown = tc.exception().map(|e| v8::Global::new(tc, e));
            let arrow = tc.message().and_then(|m| source_arrow(tc, m));
            (thrown, arrow)
        };
        // The handler itself threw: Node reports that error and exits with 7.
        let (thrown, arrow) = thrown;
        let thrown = thrown
            .map(|e| v8::Local::new(scope, e))
            .unwrap_or_else(|| v8::undefined(scope).into());
        let arrow: v8::Local<v8::Value> = match arrow {
            Some(a) => v8::String::new(scope, &a).expect("arrow").into(),
            None => v8::undefined(scope).into(),
        };
        let status = v8::Integer::new(scope, HANDLER_THREW).into();
        let code = match self.call(scope, "fatal", &[thrown, arrow, status]) {
            Ok(Outcome::Value(v)) => v.int32_value(scope).unwrap_or(HANDLER_THREW),
            Ok(Outcome::Handled) => HANDLER_THREW,
            Err(Ended(code)) => code,
        };
        Err(end(scope, code))
    }
}

/// Records the end of the run.
fn end(scope: &mut v8::PinScope, code: i32) -> Ended {
    state(scope).exit_code.get_or_insert(code);
    Ended(state(scope).exit_code.unwrap_or(code))
}

/// `Err` if `process.exit()` (or a fatal error) ended the run.
fn ended(scope: &mut v8::PinScope) -> Result<(), Ended> {
    if let Some(code) = state(scope).exit_code {
        return Err(Ended(code));
    }
    if scope.is_execution_terminating() {
        return Err(end(scope, 1));
    }
    Ok(())
}

/// Compiles the bundle: a function of the module registry. `eager` compiles every function in
/// it now (for a snapshot, which then holds their bytecode) instead of on first call.
pub fn compile_bundle<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    source: v8::Local<v8::String>,
) -> Option<v8::Local<'s, v8::Function>> {
    let options = compile_options(scope);
    compile_function(scope, source, BUNDLE_NAME, &BUNDLE_PARAMS, options)
}

/// Runs `internal/bootstrap`; returns its hooks object and the loop's shared info array.
pub fn bootstrap<'s>(
    scope: &mut v8::PinScope<'s, '_>,
) -> Result<(v8::Local<'s, v8::Object>, v8::Local<'s, v8::Int32Array>), Ended> {
    v8::tc_scope!(let tc, scope);
    let fail = |tc: &mut v8::PinnedRef<'_, v8::TryCatch<v8::HandleScope>>, what: &str| {
        // A worker stopped (terminate()) while it was still starting.
        if tc.has_terminated() {
            return Ended(1);
        }
        let detail = tc
            .exception()
            .map(|e| {
                let stack = e
                    .to_object(tc)
                    .and_then(|o| {
                        let key = v8::String::new(tc, "stack")?;
                        o.get(tc, key.into())
                    })
                    .filter(|s| s.is_string());
                stack.unwrap_or(e).to_rust_string_lossy(tc)
            })
            .unwrap_or_default();
        write_stderr(format!("pack-runtime: internal error: {what}: {detail}\n"));
        Ended(INTERNAL_ERROR)
    };
    let Some(func) = compile_builtin(tc, "internal/bootstrap") else {
        return Err(fail(tc, "cannot compile the bootstrap"));
    };
    let exports = v8::Object::new(tc);
    let module = v8::Object::new(tc);
    let key = v8::String::new(tc, "exports").expect("key");
    module.set(tc, key.into(), exports.into());
    let ops = ops::create_ops_object(tc);
    let array = LoopInfo::create(tc);
    state(tc).event_loop.set_info(LoopInfo::of(array));
    let set = |tc: &mut v8::PinScope, key: &str, value: v8::Local<v8::Value>| {
        let key = v8::String::new(tc, key).expect("key");
        ops.set(tc, key.into(), value);
    };
    set(tc, "loopInfo", array.into());
    let slots = v8::Object::new(tc);
    for (name, index) in LoopInfo::SLOTS {
        let key = v8::String::new(tc, name).expect("slot name");
        let value = v8::Integer::new(tc, index as i32);
        slots.set(tc, key.into(), value.into());
    }
    set(tc, "loopSlots", slots.into());
    let undefined = v8::undefined(tc).into();
    let args = [exports.into(), undefined, module.into(), ops.into()];
    if func.call(tc, undefined, &args).is_none() {
        return Err(fail(tc, "the bootstrap failed"));
    }
    let hooks = module
        .get(tc, key.into())
        .and_then(|h| h.to_object(tc))
        .ok_or(Ended(INTERNAL_ERROR))?;
    Ok((hooks, array))
}

pub fn get_function<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    object: v8::Local<v8::Object>,
    name: &str,
) -> Option<v8::Local<'s, v8::Function>> {
    let key = v8::String::new(scope, name)?;
    let value = object.get(scope, key.into())?;
    v8::Local::<v8::Function>::try_from(value).ok()
}

/// Has the bootstrap's `prepareStackTrace` write `error.stack` (and honour
/// `Error.prepareStackTrace`) from now on.
pub fn use_stack_trace_hook(scope: &mut v8::PinScope, hooks: v8::Local<v8::Object>) {
    if let Some(handler) = get_function(scope, hooks, "prepareStackTrace") {
        state(scope).prepare_stack_trace = Some(v8::Global::new(scope, handler));
    }
}

/// V8 asks how to write `error.stack`: `bootstrap.js` answers (Node's `Error.prepareStackTrace`
/// hook, frames mapped back to the project's files). Should that throw, the error's own
/// description stands in.
fn prepare_stack_trace<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    error: v8::Local<'s, v8::Value>,
    sites: v8::Local<'s, v8::Array>,
) -> v8::Local<'s, v8::Value> {
    let handler = state(scope).prepare_stack_trace.clone();
    let handler = handler.map(|h| v8::Local::new(scope, h));
    if let Some(handler) = handler {
        v8::tc_scope!(let tc, scope);
        let undefined = v8::undefined(tc).into();
        if let Some(stack) = handler.call(tc, undefined, &[error, sites.into()]) {
            return stack;
        }
    }
    error
        .to_string(scope)
        .map(Into::into)
        .unwrap_or_else(|| v8::undefined(scope).into())
}

/// Facts read fresh at every launch, for `start(info)`.
fn launch_info<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    app: &App,
    exe: &Path,
) -> v8::Local<'s, v8::Value> {
    let info = v8::Object::new(scope);
    let set = |scope: &mut v8::PinScope<'s, '_>, key: &str, value: v8::Local<v8::Value>| {
        let key = v8::String::new(scope, key).expect("key");
        info.set(scope, key.into(), value);
    };
    let string = |scope: &mut v8::PinScope<'s, '_>, s: &str| -> v8::Local<'s, v8::Value> {
        v8::String::new(scope, s).expect("string").into()
    };

    let exec_path = exe.to_string_lossy().into_owned();
    let mut args = std::env::args_os();
    let argv0 = args
        .next()
        .map(|a| a.to_string_lossy().into_owned())
        .unwrap_or_else(|| exec_path.clone());
    let mut argv: Vec<v8::Local<v8::Value>> =
        vec![string(scope, &exec_path), string(scope, &exec_path)];
    for arg in args {
        argv.push(string(scope, &arg.to_string_lossy()));
    }
    let argv = v8::Array::new_with_elements(scope, &argv);
    set(scope, "argv", argv.into());
    let v = string(scope, &argv0);
    set(scope, "argv0", v);
    let v = string(scope, &exec_path);
    set(scope, "execPath", v);
    let v = v8::Integer::new(scope, std::process::id() as i32).into();
    set(scope, "pid", v);
    // SAFETY: getppid has no preconditions.
    let v = v8::Integer::new(scope, unsafe { libc::getppid() }).into();
    set(scope, "ppid", v);
    let v = string(scope, node_platform());
    set(scope, "platform", v);
    let v = string(scope, node_arch());
    set(scope, "arch", v);
    let v = string(scope, version::NODE_COMPAT);
    set(scope, "nodeVersion", v);
    let v = string(scope, v8::V8::get_version());
    set(scope, "v8Version", v);
    let v = string(scope, version::PACK);
    set(scope, "packVersion", v);
    let v = string(scope, &app.manifest.entry);
    set(scope, "entry", v);
    info.into()
}

/// `process.platform` as Node names it.
fn node_platform() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    }
}

/// `process.arch` as Node names it.
fn node_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        "x86" => "ia32",
        "powerpc64" => "ppc64",
        other => other,
    }
}

/// V8 tells us when a promise is rejected with no handler, and when a handler is added later;
/// the bootstrap keeps the list and decides at the end of each tick.
extern "C" fn promise_reject_callback(message: v8::PromiseRejectMessage) {
    v8::callback_scope!(unsafe scope, &message);
    let Some(handler) = scope
        .get_slot::<RuntimeState>()
        .and_then(|s| s.on_promise_reject.clone())
    else {
        return;
    };
    let handler = v8::Local::new(scope, handler);
    let event = match message.get_event() {
        v8::PromiseRejectEvent::PromiseRejectWithNoHandler => 0,
        v8::PromiseRejectEvent::PromiseHandlerAddedAfterReject => 1,
        v8::PromiseRejectEvent::PromiseRejectAfterResolved => 2,
        v8::PromiseRejectEvent::PromiseResolveAfterResolved => 3,
    };
    let event = v8::Integer::new(scope, event).into();
    let promise = message.get_promise().into();
    let value = message
        .get_value()
        .unwrap_or_else(|| v8::undefined(scope).into());
    let undefined = v8::undefined(scope).into();
    handler.call(scope, undefined, &[event, promise, value]);
}
