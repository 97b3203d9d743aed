//! `child_process`, first part: running a command to its end (`spawnSync` and the functions
//! built on it), with Node's options: stdio per stream, input, cwd, env, argv0, timeout with a
//! kill signal, maxBuffer.

use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{ChildStderr, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

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
            // A copy closed on exec: only the child's 0, 1 or 2 is made from it.
            // SAFETY: fcntl returns a new descriptor this process owns, or -1.
            let copy = unsafe { libc::fcntl(*fd, libc::F_DUPFD_CLOEXEC, 0) };
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
    env: Vec<(String, String)>,
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
    command.env_clear();
    command.envs(request.env.iter().map(|(k, v)| (k, v)));
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
    // Only while the child is not reaped (it is reaped below, after the pipes are done).
    let kill = |signal: i32| {
        // SAFETY: the child has not been waited for, so `pid` is still ours.
        unsafe { libc::kill(pid, signal) };
    };
    let deadline = request.timeout.map(|t| Instant::now() + t);

    let (piped_out, piped_err) = (child.stdout.is_some(), child.stderr.is_some());
    let mut pipes = Pipes {
        stdin: child.stdin.take(),
        input: request.input.unwrap_or_default(),
        written: 0,
        stdout: child.stdout.take(),
        stderr: child.stderr.take(),
        out: Vec::new(),
        err: Vec::new(),
        input_refused: false,
    };
    let stopped = pipes.exchange(deadline, request.max_buffer);
    match stopped {
        Stop::Done => {}
        Stop::TimedOut => {
            kill(request.kill_signal);
            outcome.error = Some("ETIMEDOUT");
        }
        Stop::Overflow => {
            kill(request.kill_signal);
            outcome.error = Some("ENOBUFS");
        }
    }
    if pipes.input_refused && outcome.error.is_none() {
        outcome.error = Some("EPIPE");
    }
    // Our ends close: a child still writing gets SIGPIPE, as under Node.
    let Pipes {
        out,
        err,
        stdout,
        stderr,
        ..
    } = pipes;
    drop((stdout, stderr));
    let status = loop {
        if deadline.is_none() || outcome.error.is_some() {
            break child.wait().ok();
        }
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) => {}
            Err(_) => break None,
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            kill(request.kill_signal);
            outcome.error = Some("ETIMEDOUT");
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    outcome.stdout = piped_out.then_some(out);
    outcome.stderr = piped_err.then_some(err);
    if let Some(status) = status {
        outcome.status = status.code();
        outcome.signal = status.signal();
    }
    outcome
}

/// Why the exchange with the child stopped.
enum Stop {
    /// Both outputs reached their end.
    Done,
    TimedOut,
    /// More output than maxBuffer.
    Overflow,
}

/// The parent's ends of the child's pipes, served from this one thread with poll(2).
struct Pipes {
    stdin: Option<ChildStdin>,
    input: Vec<u8>,
    written: usize,
    stdout: Option<ChildStdout>,
    stderr: Option<ChildStderr>,
    out: Vec<u8>,
    err: Vec<u8>,
    /// The child closed its input before taking all of it (Node reports EPIPE).
    input_refused: bool,
}

impl Pipes {
    /// Writes the input and reads both outputs until they end, the deadline passes or the
    /// outputs exceed `max_buffer`.
    fn exchange(&mut self, deadline: Option<Instant>, max_buffer: usize) -> Stop {
        if self.input.is_empty() {
            self.stdin = None;
        }
        let mut chunk = vec![0u8; 64 * 1024];
        loop {
            let mut fds = Vec::with_capacity(3);
            if let Some(stdin) = &self.stdin {
                fds.push((stdin.as_raw_fd(), libc::POLLOUT, 0));
            }
            if let Some(stdout) = &self.stdout {
                fds.push((stdout.as_raw_fd(), libc::POLLIN, 1));
            }
            if let Some(stderr) = &self.stderr {
                fds.push((stderr.as_raw_fd(), libc::POLLIN, 2));
            }
            if fds.is_empty() {
                return Stop::Done;
            }
            let wait_ms = match deadline {
                Some(d) => {
                    let left = d.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        return Stop::TimedOut;
                    }
                    left.as_millis().clamp(1, i32::MAX as u128) as i32
                }
                None => -1,
            };
            let mut polled: Vec<libc::pollfd> = fds
                .iter()
                .map(|&(fd, events, _)| libc::pollfd {
                    fd,
                    events,
                    revents: 0,
                })
                .collect();
            // SAFETY: `polled` is a valid array of pollfd for its length.
            let n =
                unsafe { libc::poll(polled.as_mut_ptr(), polled.len() as libc::nfds_t, wait_ms) };
            if n < 0 {
                if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return Stop::Done;
            }
            for (p, &(_, _, which)) in polled.iter().zip(&fds) {
                if p.revents == 0 {
                    continue;
                }
                let grew = match which {
                    0 => {
                        self.write_input();
                        false
                    }
                    1 => read_into(&mut self.stdout, &mut self.out, &mut chunk),
                    _ => read_into(&mut self.stderr, &mut self.err, &mut chunk),
                };
                if grew && self.out.len() + self.err.len() > max_buffer {
                    return Stop::Overflow;
                }
            }
        }
    }

    fn write_input(&mut self) {
        let Some(stdin) = &mut self.stdin else { return };
        match stdin.write(&self.input[self.written..]) {
            Ok(n) => {
                self.written += n;
                if self.written >= self.input.len() {
                    self.stdin = None;
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            // The child closed its input: the rest is not wanted.
            Err(e) => {
                self.input_refused = e.kind() == std::io::ErrorKind::BrokenPipe;
                self.stdin = None;
            }
        }
    }
}

/// Reads what `pipe` has into `sink`: true if something came, false once it has ended.
fn read_into<R: Read>(pipe: &mut Option<R>, sink: &mut Vec<u8>, chunk: &mut [u8]) -> bool {
    let Some(reader) = pipe else { return false };
    loop {
        match reader.read(chunk) {
            Ok(0) => break,
            Ok(n) => {
                sink.extend_from_slice(&chunk[..n]);
                return true;
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        }
    }
    *pipe = None;
    false
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
/// (a flat array of names and values: the child's whole environment), `argv0`, `input` (bytes), `stdio`
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
    let env = strings(scope, env_value)
        .chunks(2)
        .filter_map(|pair| Some((pair.first()?.clone(), pair.get(1)?.clone())))
        .collect();
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
        .filter(|ms| *ms > 0.0)
        .and_then(|ms| Duration::try_from_secs_f64(ms / 1000.0).ok());
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
            Some(bytes) => super::uint8_array(scope, bytes)
                .map(Into::into)
                .unwrap_or_else(|| v8::null(scope).into()),
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
