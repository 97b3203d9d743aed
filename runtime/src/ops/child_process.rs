//! `child_process`, first part: running a command to its end (`spawnSync` and the functions
//! built on it), with Node's options: stdio per stream, input, cwd, env, argv0, timeout with a
//! kill signal, maxBuffer.

use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use super::buffer::view_bytes;

/// What happened, for `spawnSync`'s result object.
#[derive(Default)]
struct Outcome {
    pid: u32,
    status: Option<i32>,
    signal: Option<i32>,
    stdout: Option<Vec<u8>>,
    stderr: Option<Vec<u8>>,
    /// An errno code (`ENOENT`, `ETIMEDOUT`, `ENOBUFS`).
    error: Option<&'static str>,
}

/// How one of the child's standard streams is connected.
enum Stream {
    Pipe,
    Inherit,
    Ignore,
    Fd(i32),
}

fn stdio(stream: &Stream) -> std::io::Result<Stdio> {
    Ok(match stream {
        Stream::Pipe => Stdio::piped(),
        Stream::Inherit => Stdio::inherit(),
        Stream::Ignore => Stdio::null(),
        Stream::Fd(fd) => {
            // SAFETY: dup returns a new descriptor this process owns, or -1.
            let copy = unsafe { libc::dup(*fd) };
            if copy < 0 {
                return Err(std::io::Error::last_os_error());
            }
            // SAFETY: `copy` is a fresh descriptor nobody else owns.
            Stdio::from(unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(copy) })
        }
    })
}

struct Request {
    file: String,
    args: Vec<String>,
    argv0: Option<String>,
    cwd: Option<String>,
    env: Option<Vec<(String, String)>>,
    input: Option<Vec<u8>>,
    streams: [Stream; 3],
    timeout: Option<Duration>,
    kill_signal: i32,
    max_buffer: usize,
}

fn run(request: Request) -> Outcome {
    let mut command = Command::new(&request.file);
    command.args(&request.args);
    if let Some(argv0) = &request.argv0 {
        command.arg0(argv0);
    }
    if let Some(cwd) = &request.cwd {
        command.current_dir(cwd);
    }
    if let Some(env) = &request.env {
        command.env_clear();
        command.envs(env.iter().map(|(k, v)| (k, v)));
    }
    let mut outcome = Outcome::default();
    for (i, stream) in request.streams.iter().enumerate() {
        let connected = match stdio(stream) {
            Ok(s) => s,
            Err(e) => {
                outcome.error = Some(super::code_of(&e));
                return outcome;
            }
        };
        match i {
            0 => command.stdin(connected),
            1 => command.stdout(connected),
            _ => command.stderr(connected),
        };
    }
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(e) => {
            outcome.error = Some(super::code_of(&e));
            return outcome;
        }
    };
    outcome.pid = child.id();
    let pid = child.id() as libc::pid_t;
    let kill = move |signal: i32| {
        // SAFETY: signalling our own child, which has not been reaped yet.
        unsafe { libc::kill(pid, signal) };
    };

    if let Some(mut stdin) = child.stdin.take() {
        let input = request.input.unwrap_or_default();
        // A child that does not read its input must not block us: write from a thread.
        std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
    }
    // Both outputs count toward maxBuffer; past it the child is stopped.
    let total = Arc::new(AtomicUsize::new(0));
    let overflow = Arc::new(AtomicBool::new(false));
    let reader = |pipe: Option<Box<dyn Read + Send>>| {
        let total = total.clone();
        let overflow = overflow.clone();
        let max = request.max_buffer;
        let signal = request.kill_signal;
        pipe.map(|mut pipe| {
            std::thread::spawn(move || {
                let mut out = Vec::new();
                let mut chunk = [0u8; 64 * 1024];
                loop {
                    match pipe.read(&mut chunk) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => {
                            out.extend_from_slice(&chunk[..n]);
                            if total.fetch_add(n, Ordering::SeqCst) + n > max
                                && !overflow.swap(true, Ordering::SeqCst)
                            {
                                kill(signal);
                            }
                        }
                    }
                }
                out
            })
        })
    };
    let stdout = reader(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = reader(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );

    let (done, finished) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = done.send(child.wait());
    });
    let status = match request.timeout {
        Some(limit) => match finished.recv_timeout(limit) {
            Ok(status) => status,
            Err(_) => {
                kill(request.kill_signal);
                outcome.error = Some("ETIMEDOUT");
                finished
                    .recv()
                    .unwrap_or_else(|_| Err(std::io::Error::other("lost")))
            }
        },
        None => finished
            .recv()
            .unwrap_or_else(|_| Err(std::io::Error::other("lost"))),
    };
    outcome.stdout = stdout.map(|t| t.join().unwrap_or_default());
    outcome.stderr = stderr.map(|t| t.join().unwrap_or_default());
    if overflow.load(Ordering::SeqCst) && outcome.error.is_none() {
        outcome.error = Some("ENOBUFS");
    }
    if let Ok(status) = status {
        outcome.status = status.code();
        outcome.signal = status.signal();
    }
    outcome
}

fn get<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    object: v8::Local<v8::Object>,
    key: &str,
) -> v8::Local<'s, v8::Value> {
    let key = v8::String::new(scope, key).expect("key");
    object
        .get(scope, key.into())
        .unwrap_or_else(|| v8::undefined(scope).into())
}

fn strings(scope: &mut v8::PinScope, value: v8::Local<v8::Value>) -> Vec<String> {
    let Ok(array) = v8::Local::<v8::Array>::try_from(value) else {
        return Vec::new();
    };
    (0..array.length())
        .filter_map(|i| array.get_index(scope, i))
        .map(|v| v.to_rust_string_lossy(scope))
        .collect()
}

fn stream(scope: &mut v8::PinScope, value: v8::Local<v8::Value>) -> Stream {
    if value.is_number() {
        return Stream::Fd(value.int32_value(scope).unwrap_or(-1));
    }
    match value.to_rust_string_lossy(scope).as_str() {
        "inherit" => Stream::Inherit,
        "ignore" => Stream::Ignore,
        _ => Stream::Pipe,
    }
}

/// `spawnSync(file, args, options)`: runs the command to its end. `options` has `cwd`, `env`
/// (a flat array of names and values, absent to inherit), `argv0`, `input` (bytes), `stdio`
/// (three of 'pipe' | 'inherit' | 'ignore' | a descriptor), `timeout` (ms, 0 for none),
/// `killSignal` (a number) and `maxBuffer`. Returns `{ pid, status, signal, stdout, stderr,
/// error }` with numbers for the signal and an errno code for the error.
pub fn op_spawn_sync(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let file = args.get(0).to_rust_string_lossy(scope);
    let argv = strings(scope, args.get(1));
    let Ok(options) = v8::Local::<v8::Object>::try_from(args.get(2)) else {
        super::throw_type_error(scope, "spawnSync: options must be an object");
        return;
    };
    let text = |scope: &mut v8::PinScope, key: &str| {
        let v = get(scope, options, key);
        (!v.is_null_or_undefined()).then(|| v.to_rust_string_lossy(scope))
    };
    let cwd = text(scope, "cwd");
    let argv0 = text(scope, "argv0");
    let env_value = get(scope, options, "env");
    let env = (!env_value.is_null_or_undefined()).then(|| {
        let flat = strings(scope, env_value);
        flat.chunks(2)
            .filter_map(|pair| Some((pair.first()?.clone(), pair.get(1)?.clone())))
            .collect()
    });
    let input_value = get(scope, options, "input");
    let input = view_bytes(scope, input_value).map(|b| b.to_vec());
    let stdio_value = get(scope, options, "stdio");
    let modes = v8::Local::<v8::Array>::try_from(stdio_value).ok();
    let mut pick = |i: u32| match modes.and_then(|m| m.get_index(scope, i)) {
        Some(v) => stream(scope, v),
        None => Stream::Pipe,
    };
    let streams = [pick(0), pick(1), pick(2)];
    let timeout_value = get(scope, options, "timeout");
    let timeout = timeout_value
        .number_value(scope)
        .filter(|ms| *ms > 0.0 && ms.is_finite())
        .map(|ms| Duration::from_secs_f64(ms / 1000.0));
    let kill_value = get(scope, options, "killSignal");
    let kill_signal = kill_value.int32_value(scope).unwrap_or(libc::SIGTERM);
    let max_value = get(scope, options, "maxBuffer");
    let max_buffer = max_value
        .number_value(scope)
        .filter(|n| n.is_finite() && *n >= 0.0)
        .map_or(usize::MAX, |n| n as usize);

    let outcome = run(Request {
        file,
        args: argv,
        argv0,
        cwd,
        env,
        input,
        streams,
        timeout,
        kill_signal,
        max_buffer,
    });

    let result = v8::Object::new(scope);
    let set = |scope: &mut v8::PinScope, key: &str, value: v8::Local<v8::Value>| {
        let key = v8::String::new(scope, key).expect("key");
        result.set(scope, key.into(), value);
    };
    let pid = v8::Integer::new_from_unsigned(scope, outcome.pid).into();
    set(scope, "pid", pid);
    let status: v8::Local<v8::Value> = match outcome.status {
        Some(code) => v8::Integer::new(scope, code).into(),
        None => v8::null(scope).into(),
    };
    set(scope, "status", status);
    let signal: v8::Local<v8::Value> = match outcome.signal {
        Some(signo) => v8::Integer::new(scope, signo).into(),
        None => v8::null(scope).into(),
    };
    set(scope, "signal", signal);
    for (key, bytes) in [("stdout", outcome.stdout), ("stderr", outcome.stderr)] {
        let value: v8::Local<v8::Value> = match bytes {
            Some(bytes) => {
                let len = bytes.len();
                let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
                let buffer = v8::ArrayBuffer::with_backing_store(scope, &store);
                v8::Uint8Array::new(scope, buffer, 0, len)
                    .map(Into::into)
                    .unwrap_or_else(|| v8::null(scope).into())
            }
            None => v8::null(scope).into(),
        };
        set(scope, key, value);
    }
    if let Some(code) = outcome.error {
        let code = v8::String::new(scope, code).expect("code").into();
        set(scope, "error", code);
    }
    rv.set(result.into());
}
