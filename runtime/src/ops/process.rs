//! Process-level ops: exit, environment, working directory.

use crate::engine::state;

/// `exit(code)`: ends the process with `code` as soon as control returns to the runtime. JS
/// execution stops at once, as with Node's `process.exit()`.
pub fn op_exit(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let code = args.get(0).int32_value(scope).unwrap_or(0);
    state(scope).exit_code.get_or_insert(code);
    scope.terminate_execution();
}

/// `env()`: the environment as a plain object of strings.
pub fn op_env(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let env = v8::Object::new(scope);
    for (key, value) in std::env::vars_os() {
        let key = v8::String::new(scope, &key.to_string_lossy()).expect("env key");
        let value = v8::String::new(scope, &value.to_string_lossy()).expect("env value");
        env.set(scope, key.into(), value.into());
    }
    rv.set(env.into());
}

/// `cwd()`: the working directory, or a thrown error with Node's code.
pub fn op_cwd(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    match std::env::current_dir() {
        Ok(dir) => {
            let dir = v8::String::new(scope, &dir.to_string_lossy()).expect("cwd");
            rv.set(dir.into());
        }
        Err(e) => {
            let message = format!("{}: process.cwd failed", super::code_of(&e));
            let message = v8::String::new(scope, &message).expect("message");
            let error = v8::Exception::error(scope, message);
            scope.throw_exception(error);
        }
    }
}

fn numbers<'s>(scope: &mut v8::PinScope<'s, '_>, values: &[f64]) -> v8::Local<'s, v8::Value> {
    let values: Vec<v8::Local<v8::Value>> = values
        .iter()
        .map(|v| v8::Number::new(scope, *v).into())
        .collect();
    v8::Array::new_with_elements(scope, &values).into()
}

/// Resident set size in bytes, from /proc/self/statm.
fn rss() -> f64 {
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) }.max(1) as f64;
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<f64>().ok())
        .map_or(0.0, |pages| pages * page)
}

/// `memoryUsage()`: `[rss, heapTotal, heapUsed, external, arrayBuffers]`.
pub fn op_memory_usage(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let stats = scope.get_heap_statistics();
    let external = stats.external_memory() as f64;
    let values = [
        rss(),
        stats.total_heap_size() as f64,
        stats.used_heap_size() as f64,
        external,
        external,
    ];
    rv.set(numbers(scope, &values));
}

/// `rss()`: the resident set size alone (cheaper than memoryUsage).
pub fn op_rss(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    rv.set(v8::Number::new(scope, rss()).into());
}

/// `resourceUsage()`: getrusage(RUSAGE_SELF) in Node's order (times in microseconds).
pub fn op_resource_usage(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    // SAFETY: a zeroed rusage is valid; getrusage fills it.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointer.
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
    let micros = |t: libc::timeval| t.tv_sec as f64 * 1e6 + t.tv_usec as f64;
    let values = [
        micros(u.ru_utime),
        micros(u.ru_stime),
        u.ru_maxrss as f64,
        u.ru_ixrss as f64,
        u.ru_idrss as f64,
        u.ru_isrss as f64,
        u.ru_minflt as f64,
        u.ru_majflt as f64,
        u.ru_nswap as f64,
        u.ru_inblock as f64,
        u.ru_oublock as f64,
        u.ru_msgsnd as f64,
        u.ru_msgrcv as f64,
        u.ru_nsignals as f64,
        u.ru_nvcsw as f64,
        u.ru_nivcsw as f64,
    ];
    rv.set(numbers(scope, &values));
}

/// `umask(mask?)`: the previous mask; with an argument, sets the new one.
pub fn op_umask(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let old = if args.get(0).is_undefined() {
        // SAFETY: umask only swaps the process mask; it is put back at once.
        let old = unsafe { libc::umask(0) };
        unsafe { libc::umask(old) };
        old
    } else {
        let mask = args.get(0).uint32_value(scope).unwrap_or(0) as libc::mode_t;
        // SAFETY: as above.
        unsafe { libc::umask(mask) }
    };
    rv.set(v8::Integer::new(scope, old as i32).into());
}

/// `chdir(dir)`: undefined, or the error's code.
pub fn op_chdir(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let dir = args.get(0).to_rust_string_lossy(scope);
    if let Err(e) = std::env::set_current_dir(&dir) {
        let code = v8::String::new(scope, super::code_of(&e)).expect("code");
        rv.set(code.into());
    }
}

/// `ids()`: `[uid, euid, gid, egid, ...groups]`.
pub fn op_ids(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    // SAFETY: these calls have no preconditions; getgroups writes at most `n` entries.
    let mut values = unsafe {
        vec![
            f64::from(libc::getuid()),
            f64::from(libc::geteuid()),
            f64::from(libc::getgid()),
            f64::from(libc::getegid()),
        ]
    };
    let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    if n > 0 {
        let mut groups = vec![0 as libc::gid_t; n as usize];
        let n = unsafe { libc::getgroups(n, groups.as_mut_ptr()) };
        if n > 0 {
            values.extend(groups[..n as usize].iter().map(|g| f64::from(*g)));
        }
    }
    rv.set(numbers(scope, &values));
}
