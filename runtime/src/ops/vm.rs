//! `node:vm`: scripts compiled once under a file name and position, run in this context or in
//! contexts of their own. A context made for an object ("contextified") has a global object
//! whose property accesses reach that object first, through named interceptors, and fall
//! through to the context's own built-ins (Array, JSON...) for the rest, as in Node.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use super::handles::Handles;

thread_local! {
    static SCRIPTS: Handles<v8::Global<v8::UnboundScript>> = const { Handles::new() };
}

/// On a context's global object: the object it reflects. On that object: the context's global.
fn private<'s>(scope: &mut v8::PinScope<'s, '_>, name: &str) -> v8::Local<'s, v8::Private> {
    let name = v8::String::new(scope, name).expect("key");
    v8::Private::for_api(scope, Some(name))
}

fn sandbox_key<'s>(scope: &mut v8::PinScope<'s, '_>) -> v8::Local<'s, v8::Private> {
    private(scope, "pack.vm.sandbox")
}

fn global_key<'s>(scope: &mut v8::PinScope<'s, '_>) -> v8::Local<'s, v8::Private> {
    private(scope, "pack.vm.global")
}

/// The object the current context reflects, when it is a context made by `vmCreateContext`.
fn sandbox<'s>(scope: &mut v8::PinScope<'s, '_>) -> Option<v8::Local<'s, v8::Object>> {
    let global = scope.get_current_context().global(scope);
    let key = sandbox_key(scope);
    let value = global.get_private(scope, key)?;
    v8::Local::<v8::Object>::try_from(value).ok()
}

/// The reflected object, when it has `key` as its own property: the names the interceptors
/// answer for instead of the context's global.
fn owner<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
) -> Option<v8::Local<'s, v8::Object>> {
    let sandbox = sandbox(scope)?;
    (sandbox.has_own_property(scope, key) == Some(true)).then_some(sandbox)
}

fn getter<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    _args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Value>,
) -> v8::Intercepted {
    let Some(sandbox) = sandbox(scope) else {
        return v8::Intercepted::kNo;
    };
    if sandbox.has(scope, key.into()) != Some(true) {
        return v8::Intercepted::kNo;
    }
    match sandbox.get(scope, key.into()) {
        Some(value) => {
            rv.set(value);
            v8::Intercepted::kYes
        }
        None => v8::Intercepted::kNo,
    }
}

fn setter<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    value: v8::Local<'s, v8::Value>,
    _args: v8::PropertyCallbackArguments<'s>,
    _rv: v8::ReturnValue<v8::Boolean>,
) -> v8::Intercepted {
    let Some(sandbox) = sandbox(scope) else {
        return v8::Intercepted::kNo;
    };
    sandbox.set(scope, key.into(), value);
    // The store also goes on to the context's global, as in Node: a name the object loses
    // later still resolves there.
    v8::Intercepted::kNo
}

fn query<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    _args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Integer>,
) -> v8::Intercepted {
    let Some(sandbox) = owner(scope, key) else {
        return v8::Intercepted::kNo;
    };
    let attributes = sandbox
        .get_property_attributes(scope, key.into())
        .unwrap_or(v8::PropertyAttribute::NONE);
    rv.set_int32(attributes.as_u32() as i32);
    v8::Intercepted::kYes
}

fn deleter<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    _args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Boolean>,
) -> v8::Intercepted {
    let Some(sandbox) = owner(scope, key) else {
        return v8::Intercepted::kNo;
    };
    let deleted = sandbox.delete(scope, key.into()).unwrap_or(false);
    rv.set_bool(deleted);
    v8::Intercepted::kYes
}

fn enumerator<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    _args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Array>,
) {
    let Some(sandbox) = sandbox(scope) else {
        return;
    };
    if let Some(names) = sandbox.get_own_property_names(scope, Default::default()) {
        rv.set(names);
    }
}

fn definer<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    descriptor: &v8::PropertyDescriptor,
    _args: v8::PropertyCallbackArguments<'s>,
    _rv: v8::ReturnValue<v8::Boolean>,
) -> v8::Intercepted {
    let Some(sandbox) = sandbox(scope) else {
        return v8::Intercepted::kNo;
    };
    sandbox.define_property(scope, key, descriptor);
    v8::Intercepted::kYes
}

fn descriptor<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    _args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Value>,
) -> v8::Intercepted {
    let Some(sandbox) = owner(scope, key) else {
        return v8::Intercepted::kNo;
    };
    match sandbox.get_own_property_descriptor(scope, key) {
        Some(value) => {
            rv.set(value);
            v8::Intercepted::kYes
        }
        None => v8::Intercepted::kNo,
    }
}

/// `vmCreateContext(object)`: makes a context reflecting `object`.
pub fn op_vm_create_context(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(object) = v8::Local::<v8::Object>::try_from(args.get(0)) else {
        super::throw_type_error(scope, "vmCreateContext: expected an object");
        return;
    };
    let template = v8::ObjectTemplate::new(scope);
    template.set_named_property_handler(
        v8::NamedPropertyHandlerConfiguration::new()
            .getter(getter)
            .setter(setter)
            .query(query)
            .deleter(deleter)
            .enumerator(enumerator)
            .definer(definer)
            .descriptor(descriptor),
    );
    let context = v8::Context::new(
        scope,
        v8::ContextOptions {
            global_template: Some(template),
            ..Default::default()
        },
    );
    // Objects pass between the contexts freely, as between Node's.
    let token = scope.get_current_context().get_security_token(scope);
    context.set_security_token(token);
    let global = context.global(scope);
    let key = sandbox_key(scope);
    global.set_private(scope, key, object.into());
    let key = global_key(scope);
    object.set_private(scope, key, global.into());
}

/// The context made for `value`, if it is a contextified object.
fn context_of<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    value: v8::Local<v8::Value>,
) -> Option<v8::Local<'s, v8::Context>> {
    let object = v8::Local::<v8::Object>::try_from(value).ok()?;
    let key = global_key(scope);
    let global = object.get_private(scope, key)?;
    v8::Local::<v8::Object>::try_from(global)
        .ok()?
        .get_creation_context(scope)
}

/// `vmIsContext(value)`.
pub fn op_vm_is_context(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let is = context_of(scope, args.get(0)).is_some();
    rv.set(v8::Boolean::new(scope, is).into());
}

/// Where a script says it comes from: `[filename, lineOffset, columnOffset]` read from the
/// arguments at `first`.
fn place(
    scope: &mut v8::PinScope,
    args: &v8::FunctionCallbackArguments,
    first: i32,
) -> (String, i32, i32) {
    let name = args.get(first).to_rust_string_lossy(scope);
    let line = args.get(first + 1).int32_value(scope).unwrap_or(0);
    let column = args.get(first + 2).int32_value(scope).unwrap_or(0);
    (name, line, column)
}

/// `vmCompile(code, filename, lineOffset, columnOffset, parsingContext?)`: the number of a
/// compiled script; throws its SyntaxError, made in the parsing context when one is given (as
/// `vm.runInNewContext` parses in the new context).
pub fn op_vm_compile(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(code) = v8::Local::<v8::String>::try_from(args.get(0)) else {
        super::throw_type_error(scope, "vmCompile: code must be a string");
        return;
    };
    let place = place(scope, &args, 1);
    let context = if args.get(4).is_null_or_undefined() {
        scope.get_current_context()
    } else {
        match context_of(scope, args.get(4)) {
            Some(context) => context,
            None => {
                super::throw_type_error(scope, "vmCompile: not a context");
                return;
            }
        }
    };
    let script = {
        let scope = &mut v8::ContextScope::new(scope, context);
        let origin = super::modules::script_origin(scope, &place.0, place.1, place.2);
        let mut source = v8::script_compiler::Source::new(code, Some(&origin));
        v8::script_compiler::compile_unbound_script(
            scope,
            &mut source,
            v8::script_compiler::CompileOptions::NoCompileOptions,
            v8::script_compiler::NoCacheReason::NoReason,
        )
        .map(|script| v8::Global::new(scope, script))
    };
    let Some(script) = script else {
        return;
    };
    let id = SCRIPTS.with(|s| s.insert(script));
    rv.set(v8::Integer::new_from_unsigned(scope, id).into());
}

/// `vmDrop(id)`: forgets a compiled script whose object was collected.
pub fn op_vm_drop(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    SCRIPTS.with(|s| s.remove(id));
}

/// Stops this isolate's JavaScript after `timeout` unless dropped first.
struct Watchdog {
    done: Arc<AtomicBool>,
    fired: Arc<AtomicBool>,
}

impl Watchdog {
    fn start(scope: &mut v8::PinScope, timeout: Duration) -> Watchdog {
        let handle = scope.thread_safe_handle();
        let done = Arc::new(AtomicBool::new(false));
        let fired = Arc::new(AtomicBool::new(false));
        let (thread_done, thread_fired) = (done.clone(), fired.clone());
        std::thread::spawn(move || {
            let deadline = std::time::Instant::now() + timeout;
            while !thread_done.load(Ordering::Acquire) {
                let now = std::time::Instant::now();
                if now >= deadline {
                    thread_fired.store(true, Ordering::Release);
                    handle.terminate_execution();
                    return;
                }
                std::thread::park_timeout((deadline - now).min(Duration::from_millis(50)));
            }
        });
        Watchdog { done, fired }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.done.store(true, Ordering::Release);
    }
}

/// `vmRun(id, contextObject?, timeoutMs?)`: runs compiled script `id` in the context made for
/// `contextObject`, or in this one; its completion value. With a timeout, a script still
/// running then is stopped with ERR_SCRIPT_EXECUTION_TIMEOUT.
pub fn op_vm_run(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let Some(script) = SCRIPTS.with(|s| s.with(id, |g| g.clone())) else {
        super::throw_type_error(scope, "vmRun: no such script");
        return;
    };
    let context = if args.get(1).is_null_or_undefined() {
        scope.get_current_context()
    } else {
        match context_of(scope, args.get(1)) {
            Some(context) => context,
            None => {
                super::throw_type_error(scope, "vmRun: not a context");
                return;
            }
        }
    };
    let timeout = args
        .get(2)
        .number_value(scope)
        .filter(|ms| ms.is_finite() && *ms > 0.0);
    let watchdog = timeout.map(|ms| Watchdog::start(scope, Duration::from_millis(ms as u64)));
    let result = {
        let scope = &mut v8::ContextScope::new(scope, context);
        v8::tc_scope!(let tc, scope);
        let script = v8::Local::new(tc, script);
        let bound = script.bind_to_current_context(tc);
        let result = bound.run(tc).map(|v| v8::Global::new(tc, v));
        match result {
            Some(value) => Ok(value),
            None if tc.has_terminated() => Err(false),
            None => {
                if let (Some(exception), Some(message)) = (tc.exception(), tc.message()) {
                    super::errors::decorate_stack(tc, exception, message);
                }
                // Rethrown as it is, so that its message keeps the script's own position.
                tc.rethrow();
                Err(true)
            }
        }
    };
    let fired = watchdog
        .as_ref()
        .is_some_and(|w| w.fired.load(Ordering::Acquire));
    drop(watchdog);
    match result {
        Ok(value) => rv.set(v8::Local::new(scope, value)),
        Err(true) => {}
        Err(false) if fired => {
            // Our own stop: the program goes on with an error it can catch.
            scope.cancel_terminate_execution();
            let ms = timeout.unwrap_or(0.0);
            let message = format!("Script execution timed out after {ms}ms");
            let message = v8::String::new(scope, &message).expect("message");
            let error = v8::Exception::error(scope, message);
            if let Ok(object) = v8::Local::<v8::Object>::try_from(error) {
                let key = v8::String::new(scope, "code").expect("key");
                let code = v8::String::new(scope, "ERR_SCRIPT_EXECUTION_TIMEOUT").expect("code");
                object.set(scope, key.into(), code.into());
            }
            scope.throw_exception(error);
        }
        // process.exit() or terminate(): the stop goes on.
        Err(false) => {}
    }
}

/// `vmCompileFunction(code, params, filename, lineOffset, columnOffset, contextObject?,
/// extensions)`: a function whose body is `code`, compiled in the context made for
/// `contextObject` (or this one) with `extensions` in scope; throws its SyntaxError.
pub fn op_vm_compile_function(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(code) = v8::Local::<v8::String>::try_from(args.get(0)) else {
        super::throw_type_error(scope, "vmCompileFunction: code must be a string");
        return;
    };
    let params: Vec<v8::Local<v8::String>> = match v8::Local::<v8::Array>::try_from(args.get(1)) {
        Ok(list) => (0..list.length())
            .filter_map(|i| list.get_index(scope, i))
            .filter_map(|v| v.to_string(scope))
            .collect(),
        Err(_) => Vec::new(),
    };
    let extensions: Vec<v8::Local<v8::Object>> = match v8::Local::<v8::Array>::try_from(args.get(6))
    {
        Ok(list) => (0..list.length())
            .filter_map(|i| list.get_index(scope, i))
            .filter_map(|v| v8::Local::<v8::Object>::try_from(v).ok())
            .collect(),
        Err(_) => Vec::new(),
    };
    let context = if args.get(5).is_null_or_undefined() {
        scope.get_current_context()
    } else {
        match context_of(scope, args.get(5)) {
            Some(context) => context,
            None => {
                super::throw_type_error(scope, "vmCompileFunction: not a context");
                return;
            }
        }
    };
    let place = place(scope, &args, 2);
    let function = {
        let scope = &mut v8::ContextScope::new(scope, context);
        let origin = super::modules::script_origin(scope, &place.0, place.1, place.2);
        let mut source = v8::script_compiler::Source::new(code, Some(&origin));
        v8::script_compiler::compile_function(
            scope,
            &mut source,
            &params,
            &extensions,
            v8::script_compiler::CompileOptions::NoCompileOptions,
            v8::script_compiler::NoCacheReason::NoReason,
        )
        .map(|f| v8::Global::new(scope, f))
    };
    if let Some(function) = function {
        rv.set(v8::Local::new(scope, function).into());
    }
}
