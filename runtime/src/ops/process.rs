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
    // A worker starts from the copy its parent gave it, as in Node.
    let vars: Vec<(String, String)> = match crate::engine::state(scope).worker.as_ref() {
        Some(link) => link.env.clone(),
        None => std::env::vars_os()
            .map(|(k, v)| {
                (
                    k.to_string_lossy().into_owned(),
                    v.to_string_lossy().into_owned(),
                )
            })
            .collect(),
    };
    let env = v8::Object::new(scope);
    for (key, value) in vars {
        let key = v8::String::new(scope, &key).expect("env key");
        let value = v8::String::new(scope, &value).expect("env value");
        env.set(scope, key.into(), value.into());
    }
    rv.set(env.into());
}

/// `cwd()`: the working directory, or `{ code }` naming the error.
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
            let failure = v8::Object::new(scope);
            let key = v8::String::new(scope, "code").expect("key");
            let code = v8::String::new(scope, super::code_of(&e)).expect("code");
            failure.set(scope, key.into(), code.into());
            rv.set(failure.into());
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
    // The system sees a C string: a NUL byte ends the path.
    let dir = dir.split('\0').next().unwrap_or_default();
    if let Err(e) = std::env::set_current_dir(dir) {
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

/// The memory limit of this process's cgroup (v2 `memory.max`, else v1
/// `memory.limit_in_bytes`): `None` where none can be read, `u64::MAX` where it is unlimited.
fn cgroup_memory_limit() -> Option<u64> {
    let groups = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    for line in groups.lines() {
        let mut fields = line.splitn(3, ':');
        let (Some(_), Some(controllers), Some(path)) =
            (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let file = if controllers.is_empty() {
            format!("/sys/fs/cgroup{path}/memory.max")
        } else if controllers.split(',').any(|c| c == "memory") {
            format!("/sys/fs/cgroup/memory{path}/memory.limit_in_bytes")
        } else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        let text = text.trim();
        // "max" (v2) and the page-rounded maximum (v1) both mean no limit.
        return Some(match text.parse::<u64>() {
            Ok(n) if n < 0x7FFF_FFFF_FFFF_F000 => n,
            Ok(_) => u64::MAX,
            Err(_) if text == "max" => u64::MAX,
            Err(_) => continue,
        });
    }
    None
}

/// `constrainedMemory()`: the cgroup memory limit in bytes, or 0 where none is known.
pub fn op_constrained_memory(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let limit = cgroup_memory_limit().unwrap_or(0);
    rv.set(v8::Number::new(scope, limit as f64).into());
}

/// The id of user or group `name` (`kind` is "user" or "group"), if it exists.
fn id_by_name(kind: &str, name: &str) -> Option<u32> {
    let name = std::ffi::CString::new(name).ok()?;
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    if kind == "user" {
        // SAFETY: zeroed passwd is valid for getpwnam_r to fill; all pointers are valid.
        let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let rc = unsafe {
            libc::getpwnam_r(
                name.as_ptr(),
                &mut pwd,
                buf.as_mut_ptr(),
                buf.len(),
                &mut result,
            )
        };
        (rc == 0 && !result.is_null()).then_some(pwd.pw_uid)
    } else {
        // SAFETY: as above, for a group entry.
        let mut grp: libc::group = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::group = std::ptr::null_mut();
        let rc = unsafe {
            libc::getgrnam_r(
                name.as_ptr(),
                &mut grp,
                buf.as_mut_ptr(),
                buf.len(),
                &mut result,
            )
        };
        (rc == 0 && !result.is_null()).then_some(grp.gr_gid)
    }
}

/// The name of user `uid`, if it exists.
fn user_name(uid: u32) -> Option<std::ffi::CString> {
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    // SAFETY: zeroed passwd is valid for getpwuid_r to fill; all pointers are valid.
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    let rc = unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result) };
    if rc != 0 || result.is_null() {
        return None;
    }
    // SAFETY: getpwuid_r left a NUL-terminated name in `buf`.
    Some(unsafe { std::ffi::CStr::from_ptr(pwd.pw_name) }.to_owned())
}

/// `credentialId(kind, name)`: the uid ("user") or gid ("group") of a name, or undefined.
pub fn op_credential_id(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let kind = args.get(0).to_rust_string_lossy(scope);
    let name = args.get(1).to_rust_string_lossy(scope);
    if let Some(id) = id_by_name(&kind, &name) {
        rv.set(v8::Number::new(scope, f64::from(id)).into());
    }
}

/// `setCredentials(call, id, extra)`: runs setuid, seteuid, setgid, setegid (`id`), setgroups
/// (`id` is an array of gids) or initgroups (user name or uid `id`, group `extra`). Returns
/// undefined, "ENOUSER" when initgroups's uid names no user, or `[code, errno, strerror text]`.
pub fn op_set_credentials(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let call = args.get(0).to_rust_string_lossy(scope);
    let id = args.get(1).uint32_value(scope).unwrap_or(0);
    // SAFETY: these calls take plain ids or a valid array of `len` gids.
    let rc = match call.as_str() {
        "setuid" => unsafe { libc::setuid(id) },
        "seteuid" => unsafe { libc::seteuid(id) },
        "setgid" => unsafe { libc::setgid(id) },
        "setegid" => unsafe { libc::setegid(id) },
        "setgroups" => {
            let Ok(list) = v8::Local::<v8::Array>::try_from(args.get(1)) else {
                super::throw_type_error(scope, "setgroups needs an array");
                return;
            };
            let gids: Vec<libc::gid_t> = (0..list.length())
                .map(|i| {
                    let item = list.get_index(scope, i).expect("array element");
                    item.uint32_value(scope).unwrap_or(0)
                })
                .collect();
            unsafe { libc::setgroups(gids.len(), gids.as_ptr()) }
        }
        "initgroups" => {
            // A name is taken as it is; a uid must name a user.
            let user = if args.get(1).is_string() {
                std::ffi::CString::new(args.get(1).to_rust_string_lossy(scope)).ok()
            } else {
                user_name(id)
            };
            let Some(user) = user else {
                rv.set(v8::String::new(scope, "ENOUSER").expect("code").into());
                return;
            };
            let group = args.get(2).uint32_value(scope).unwrap_or(0);
            unsafe { libc::initgroups(user.as_ptr(), group) }
        }
        _ => {
            super::throw_type_error(scope, "unknown credential call");
            return;
        }
    };
    if rc != 0 {
        let err = std::io::Error::last_os_error();
        let errno = err.raw_os_error().unwrap_or(0);
        // SAFETY: strerror returns a NUL-terminated string that stays valid until the next call.
        let text = unsafe { std::ffi::CStr::from_ptr(libc::strerror(errno)) }
            .to_string_lossy()
            .into_owned();
        let row = [
            v8::String::new(scope, super::code_of(&err))
                .expect("code")
                .into(),
            v8::Integer::new(scope, errno).into(),
            v8::String::new(scope, &text).expect("text").into(),
        ];
        rv.set(v8::Array::new_with_elements(scope, &row).into());
    }
}
