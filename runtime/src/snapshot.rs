//! V8 startup snapshots: made by this executable when `pack build` asks (so that V8's build,
//! flags and native functions are the ones that will restore it), restored at launch.
//!
//! A snapshot holds the default context after the bootstrap ran, the built-ins the application
//! imports loaded, and the bundle compiled and registered: no module of the application has run.
//! Its context data is one array, [`Saved`], from which a launch picks up where the build left.

use std::borrow::Cow;
use std::io::{Read, Write};
use std::time::Instant;

use crate::engine::{self, Ended, INTERNAL};
use crate::event_loop::LoopInfo;
use crate::ops;
use crate::stdio::write_stderr;

/// Positions in the array saved as the context's data.
struct Saved;

impl Saved {
    const HOOKS: u32 = 0;
    const LOOP_INFO: u32 = 1;
    const BUNDLE_SOURCE: u32 = 2;
    const LEN: usize = 3;
}

/// V8 flags while a snapshot is made (the build's own come after them). Fixed seeds, and a
/// garbage collector whose schedule counts bytes, never time: which collections run shapes
/// the heap that is saved, so a timed heuristic (heap growth from measured speeds, marking
/// steps paced by the clock, bytecode aged by collections) would let a loaded build machine
/// give other bytes.
const MAKING_FLAGS: [&str; 7] = [
    "--no-extensible-ro-snapshot",
    "--hash-seed=1",
    "--random-seed=1",
    "--predictable",
    "--predictable-gc-schedule",
    "--no-incremental-marking",
    "--no-flush-bytecode",
];

/// The build's flags that size the heap: they are the launch's business (a snapshot keeps no
/// limits), and while one is made they would fight the fixed schedule above (V8 aborts when
/// the heap, old space and semi-space sizes are all given).
const HEAP_SIZE_FLAGS: [&str; 7] = [
    "max-heap-size",
    "max-old-space-size",
    "max-semi-space-size",
    "min-semi-space-size",
    "initial-heap-size",
    "initial-old-space-size",
    "heap-growing-percent",
];

/// Whether `flag` (`--max_old_space_size=64`, `--max-heap-size`) is one of `HEAP_SIZE_FLAGS`.
fn sizes_the_heap(flag: &str) -> bool {
    HEAP_SIZE_FLAGS.contains(&pack_payload::v8_flag_parts(flag).0.as_str())
}

/// Every native function a snapshot may refer to: V8 stores references to them as indices
/// into this list, so making and restoring a snapshot must use the same one. It comes from the
/// op table, the only place native functions are declared.
pub fn external_references() -> Cow<'static, [v8::ExternalReference]> {
    ops::TABLE
        .iter()
        .map(|op| v8::ExternalReference {
            function: (op.callback)(),
        })
        .collect::<Vec<_>>()
        .into()
}

/// What goes into a snapshot besides the bundle.
#[derive(Default)]
pub struct Request {
    /// Built-in modules to load.
    pub preload: Vec<String>,
    /// Modules of the bundle to run (`--preinit`), as the project names them.
    pub preinit: Vec<String>,
    /// The V8 flags the executable will start with.
    pub v8_flags: Vec<String>,
}

/// Snapshot mode: reads the bundle from standard input, writes the snapshot to standard output.
/// Returns the exit status.
pub fn make_to_stdout(request: &Request) -> i32 {
    let mut source = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut source) {
        write_stderr(format!("pack-runtime: cannot read the bundle: {e}\n"));
        return 1;
    }
    let blob = match make(&source, request) {
        Ok(blob) => blob,
        Err(Failure::Compile {
            message,
            line,
            column,
            module,
        }) => {
            let report = serde_json::json!({
                "message": message, "line": line, "column": column, "module": module,
            });
            write_stderr(format!("{report}\n"));
            return i32::from(pack_payload::SNAPSHOT_COMPILE_ERROR);
        }
        Err(Failure::Other(message)) => {
            write_stderr(format!(
                "pack-runtime: cannot make the snapshot: {message}\n"
            ));
            return 1;
        }
    };
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(&blob).and_then(|()| out.flush()) {
        write_stderr(format!("pack-runtime: cannot write the snapshot: {e}\n"));
        return 1;
    }
    0
}

/// Why no snapshot was made.
enum Failure {
    /// V8 rejects the bundle at this 1-based place.
    Compile {
        message: String,
        line: usize,
        column: usize,
        /// The module at fault when no place is known (line 0), by its name in the bundle.
        module: Option<String>,
    },
    Other(String),
}

impl From<&str> for Failure {
    fn from(message: &str) -> Failure {
        Failure::Other(message.to_string())
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure::Other(message)
    }
}

/// The snapshot's index of the runtime's bootstrapped context.
pub const MAIN_CONTEXT: usize = 0;

fn make(source: &str, request: &Request) -> Result<v8::StartupData, Failure> {
    // Ops reached while bootstrapping may expect an event loop to exist; none runs.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the event loop: {e}"))?;
    let _rt_context = rt.enter();
    // Fixed seeds make the same bundle give the same bytes. Neither survives into the launch:
    // V8 rehashes a restored heap with a fresh seed and seeds Math.random anew.
    let mut flags: Vec<String> = MAKING_FLAGS.iter().map(|f| f.to_string()).collect();
    flags.extend(
        request
            .v8_flags
            .iter()
            .filter(|flag| !sizes_the_heap(flag))
            .cloned(),
    );
    // `pack` had V8 judge the build's flags already (`V8_FLAGS_CHECK_ARG`).
    engine::init_v8(&flags);
    // Read-only space saves a few per cent of a large app's start, but breaks direct eval.
    let mut isolate = if may_compile_direct_eval(source, request) {
        v8::Isolate::snapshot_creator_from_existing_snapshot(
            base_blob()?,
            Some(external_references()),
            None,
        )
    } else {
        v8::Isolate::snapshot_creator(Some(external_references()), None)
    };
    engine::configure(&mut isolate, Instant::now());
    if let Some(state) = isolate.get_slot_mut::<engine::RuntimeState>() {
        state.eager_compile = true;
    }
    let prepared = {
        v8::scope!(let scope, &mut isolate);
        let context = v8::Context::new(scope, Default::default());
        let scope = &mut v8::ContextScope::new(scope, context);
        prepare(scope, source, request).map(|saved| {
            scope.add_context_data(context, saved);
            // The default context stays blank: it is what vm contexts are made from. The
            // runtime's own is restored by its index.
            let blank = v8::Context::new(scope, Default::default());
            scope.set_default_context(blank);
            let index = scope.add_context(context);
            debug_assert_eq!(index, MAIN_CONTEXT);
        })
    };
    if let Err(message) = prepared {
        // A snapshot creator may only end by making its blob; the process exits instead.
        std::mem::forget(isolate);
        return Err(message);
    }
    // Handles the runtime state holds must be gone before V8 serialises the heap.
    isolate.remove_slot::<engine::RuntimeState>();
    let blob = isolate
        .create_blob(v8::FunctionCodeHandling::Keep)
        .ok_or("V8 could not serialise the heap")?;
    // The fixed hash seed must not outlive the build: a heap V8 cannot rehash would keep it.
    if !blob.can_be_rehashed() {
        return Err("V8 made a snapshot it cannot rehash at launch".into());
    }
    Ok(blob)
}

/// Whether code compiled while the snapshot is made may hold a direct `eval` call (see
/// `base_blob`). Erring on the side of yes: the bundle's text has `eval` as a word of its own
/// anywhere (code, strings and comments alike, whatever follows: `(eval)(x)` and
/// `eval /* */ (x)` are direct calls too), or a `\u` escape that could spell it, or preinit
/// runs code, which may compile more.
fn may_compile_direct_eval(source: &str, request: &Request) -> bool {
    let is_name_char = |c: char| c.is_alphanumeric() || matches!(c, '_' | '$' | '#');
    let word = source.match_indices("eval").any(|(at, _)| {
        let before = source[..at].chars().next_back();
        let after = source[at + 4..].chars().next();
        !before.is_some_and(is_name_char) && !after.is_some_and(is_name_char)
    });
    let escaped = [
        "\\u0065", "\\u0076", "\\u0061", "\\u006c", "\\u006C", "\\u{",
    ]
    .iter()
    .any(|escape| source.contains(escape));
    !request.preinit.is_empty() || word || escaped
}

/// A blank heap for the snapshot to start from. A snapshot made from nothing moves the
/// immutable objects it can into V8's read-only space just before it is serialised, and that
/// move turns weak references to them into strong ones: among them the script's weak links to
/// the scopes of direct `eval` calls, which V8 checks (and aborts on) when such an eval runs.
/// Starting from a heap whose read-only space is already sealed leaves everything in place.
fn base_blob() -> Result<v8::StartupData, Failure> {
    let mut isolate = v8::Isolate::snapshot_creator(Some(external_references()), None);
    {
        v8::scope!(let scope, &mut isolate);
        let context = v8::Context::new(scope, Default::default());
        scope.set_default_context(context);
    }
    Ok(isolate
        .create_blob(v8::FunctionCodeHandling::Clear)
        .ok_or("V8 could not serialise a blank heap")?)
}

/// Bootstraps, compiles the bundle and registers its modules; returns what a launch needs.
fn prepare<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    source: &str,
    request: &Request,
) -> Result<v8::Local<'s, v8::Array>, Failure> {
    let (hooks, loop_info) =
        engine::bootstrap(scope).map_err(|_| Failure::from("the bootstrap failed"))?;
    let source = v8::String::new(scope, source).ok_or("the bundle is too large")?;
    v8::tc_scope!(let tc, scope);
    let exception_text = |tc: &mut v8::PinnedRef<'_, v8::TryCatch<v8::HandleScope>>| {
        tc.exception()
            .map(|e| e.to_rust_string_lossy(tc))
            .unwrap_or_default()
    };
    let Some(main) = engine::compile_bundle(tc, source) else {
        let message = exception_text(tc);
        let place = tc
            .message()
            .map(|m| (m.get_line_number(tc).unwrap_or(0), m.get_start_column() + 1));
        let (line, column) = place.unwrap_or((0, 0));
        return Err(Failure::Compile {
            message,
            line,
            column,
            module: None,
        });
    };
    let preload: Vec<&str> = request.preload.iter().map(String::as_str).collect();
    let preload = ops::string_array(tc, preload);
    let register =
        engine::get_function(tc, hooks, "register").ok_or("the bootstrap has no register hook")?;
    let for_snapshot = v8::Boolean::new(tc, true).into();
    if register
        .call(
            tc,
            hooks.into(),
            &[main.into(), preload.into(), for_snapshot],
        )
        .is_none()
    {
        let detail = exception_text(tc);
        return Err(format!("registering the bundle failed: {detail}").into());
    }
    tc.perform_microtask_checkpoint();
    if !request.preinit.is_empty() {
        preinit(tc, hooks, &request.preinit)?;
    }
    let mut saved: Vec<v8::Local<v8::Value>> = vec![v8::undefined(tc).into(); Saved::LEN];
    saved[Saved::HOOKS as usize] = hooks.into();
    saved[Saved::LOOP_INFO as usize] = loop_info.into();
    saved[Saved::BUNDLE_SOURCE as usize] = source.into();
    Ok(v8::Array::new_with_elements(tc, &saved))
}

/// Runs the `--preinit` modules. A failure (the module's own error, or a refusal of something
/// that belongs to the launch) is reported at its place in the bundle where one is known.
fn preinit(
    tc: &mut v8::PinnedRef<'_, v8::TryCatch<v8::HandleScope>>,
    hooks: v8::Local<v8::Object>,
    modules: &[String],
) -> Result<(), Failure> {
    let hook =
        engine::get_function(tc, hooks, "preinit").ok_or("the bootstrap has no preinit hook")?;
    // Failures are placed through the stack's frames, which the hook gives to JS.
    engine::use_stack_trace_hook(tc, hooks);
    let names: Vec<&str> = modules.iter().map(String::as_str).collect();
    let names = ops::string_array(tc, names);
    let bundle_name = v8::String::new(tc, engine::BUNDLE_NAME).ok_or("a string")?;
    if hook
        .call(tc, hooks.into(), &[names.into(), bundle_name.into()])
        .is_some()
    {
        tc.perform_microtask_checkpoint();
        return Ok(());
    }
    let Some(error) = tc.exception() else {
        return Err("preinitialising modules was stopped".into());
    };
    let object = v8::Local::<v8::Object>::try_from(error).ok();
    let field = |name: &str| -> Option<v8::Local<v8::Value>> {
        let key = v8::String::new(tc, name)?;
        object?.get(tc, key.into())
    };
    let message = field("message").filter(|m| m.is_string());
    let line = field("bundleLine");
    let column = field("bundleColumn");
    let module = field("module")
        .filter(|m| m.is_string())
        .map(|m| m.to_rust_string_lossy(tc));
    let message = message.unwrap_or(error).to_rust_string_lossy(tc);
    let number = |value: Option<v8::Local<v8::Value>>| {
        value.and_then(|v| v.uint32_value(tc)).unwrap_or(0) as usize
    };
    let (line, column) = (number(line), number(column));
    Err(Failure::Compile {
        message,
        line,
        column,
        module,
    })
}

/// Picks up a context restored from a snapshot: the bootstrap's hooks and the bundle's source.
pub fn restore<'s>(
    scope: &mut v8::PinScope<'s, '_>,
) -> Result<(v8::Local<'s, v8::Object>, v8::Local<'s, v8::String>), Ended> {
    let damaged = || {
        write_stderr("pack-runtime: the snapshot lacks the runtime's saved state\n");
        INTERNAL
    };
    let saved = scope
        .get_context_data_from_snapshot_once::<v8::Array>(0)
        .map_err(|_| damaged())?;
    let hooks = saved
        .get_index(scope, Saved::HOOKS)
        .and_then(|v| v8::Local::<v8::Object>::try_from(v).ok())
        .ok_or_else(damaged)?;
    let loop_info = saved
        .get_index(scope, Saved::LOOP_INFO)
        .and_then(|v| v8::Local::<v8::Int32Array>::try_from(v).ok())
        .ok_or_else(damaged)?;
    let source = saved
        .get_index(scope, Saved::BUNDLE_SOURCE)
        .and_then(|v| v8::Local::<v8::String>::try_from(v).ok())
        .ok_or_else(damaged)?;
    engine::state(scope)
        .event_loop
        .set_info(LoopInfo::of(loop_info));
    Ok((hooks, source))
}
