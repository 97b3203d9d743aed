//! Starts V8 (its own built-in snapshot, no embedder code or state), makes a context, runs one
//! line of JavaScript, prints its result and exits at once: what any V8 embedder pays before
//! its own start-up begins.

use std::io::Write;

fn main() {
    let platform = v8::new_default_platform(0, false).make_shared();
    v8::V8::initialize_platform(platform);
    v8::V8::initialize();
    let isolate = &mut v8::Isolate::new(Default::default());
    let line = {
        v8::scope!(let scope, isolate);
        let context = v8::Context::new(scope, Default::default());
        let scope = &mut v8::ContextScope::new(scope, context);
        let code = v8::String::new(scope, "['hello', 'world'].join(' ')").unwrap();
        let script = v8::Script::compile(scope, code, None).unwrap();
        let value = script.run(scope).unwrap();
        value.to_rust_string_lossy(scope)
    };
    let _ = writeln!(std::io::stdout(), "{line}");
    // SAFETY: ends the process without tearing V8 down, as a packed executable does.
    unsafe { libc::_exit(0) }
}
