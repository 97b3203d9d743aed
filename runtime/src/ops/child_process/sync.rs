//! Running a command to its end (`spawnSync` and the functions built on it): input, timeout
//! with a kill signal, maxBuffer.

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::ExitStatusExt;
use std::process::{ChildStderr, ChildStdin, ChildStdout};
use std::time::{Duration, Instant};

use super::super::buffer::view_bytes;
use super::{Launch, get};

/// What happened, for `spawnSync`'s result object.
#[derive(Default)]
struct Outcome {
    pid: u32,
    status: Option<i32>,
    signal: Option<i32>,
    stdout: Option<Vec<u8>>,
    stderr: Option<Vec<u8>>,
    /// What came on the pipes beyond the standard streams: (child's descriptor, bytes).
    extra: Vec<(i32, Vec<u8>)>,
    /// An errno code (`ENOENT`, `ETIMEDOUT`, `ENOBUFS`).
    error: Option<&'static str>,
}

struct Request {
    launch: Launch,
    /// Pipes beyond the standard streams: the child's descriptor and our reading end (the
    /// writing end is in `launch.shared`, closed here once the child has it).
    extra: Vec<(i32, std::fs::File)>,
    extra_writers: Vec<OwnedFd>,
    input: Option<Vec<u8>>,
    timeout: Option<Duration>,
    kill_signal: i32,
    max_buffer: usize,
}

fn run(request: Request) -> Outcome {
    let mut outcome = Outcome::default();
    let mut child = match request.launch.command().and_then(|mut c| c.spawn()) {
        Ok(child) => child,
        Err(e) => {
            outcome.error = Some(super::super::code_of(&e));
            return outcome;
        }
    };
    // The child has its copies of the extra pipes' writing ends: ours go, so that their
    // reading ends see the end when the child is done.
    drop(request.extra_writers);
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
        extra: request
            .extra
            .into_iter()
            .map(|(fd, reader)| (fd, Some(reader), Vec::new()))
            .collect(),
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
        extra,
        ..
    } = pipes;
    drop((stdout, stderr));
    outcome.extra = extra
        .into_iter()
        .map(|(fd, _, bytes)| (fd, bytes))
        .collect();
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
    /// Pipes beyond the standard streams: the child's descriptor, ours, what came.
    extra: Vec<(i32, Option<std::fs::File>, Vec<u8>)>,
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
            for (i, (_, reader, _)) in self.extra.iter().enumerate() {
                if let Some(reader) = reader {
                    fds.push((reader.as_raw_fd(), libc::POLLIN, 3 + i));
                }
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
                    2 => read_into(&mut self.stderr, &mut self.err, &mut chunk),
                    extra => {
                        let (_, reader, sink) = &mut self.extra[extra - 3];
                        read_into(reader, sink, &mut chunk)
                    }
                };
                let extra_len: usize = self.extra.iter().map(|(_, _, sink)| sink.len()).sum();
                if grew && self.out.len() + self.err.len() + extra_len > max_buffer {
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

/// A pipe for a child's extra descriptor: our reading end, and the writing end (both closed
/// on exec, and numbered high so that passing one on never lands on another's number).
fn extra_pipe() -> std::io::Result<(std::fs::File, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 makes.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: both descriptors were just made and are owned here.
    let (reader, writer) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    let high = super::super::net::duplicate_fd_above(writer.as_raw_fd(), 256)?;
    drop(writer);
    // SAFETY: `high` was just made by duplicating and is owned here.
    let writer = unsafe { OwnedFd::from_raw_fd(high) };
    Ok((std::fs::File::from(reader), writer))
}

/// `spawnSync(file, args, options)`: runs the command to its end. `options` has what
/// [`Launch::from_args`] reads, and `input` (bytes), `timeout` (ms, 0 for none), `killSignal`
/// (a number), `maxBuffer` and `pipes` (the child's descriptors beyond the standard streams
/// that are pipes to us). Returns `{ pid, status, signal, stdout, stderr, extra, error }` with
/// numbers for the signal, `extra` as descriptors and bytes in turn, and an errno code for the
/// error.
pub fn op_spawn_sync(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(mut launch) = Launch::from_args(scope, &args) else {
        return;
    };
    let Ok(options) = v8::Local::<v8::Object>::try_from(args.get(2)) else {
        return;
    };
    let input_value = get(scope, options, "input");
    let input = view_bytes(scope, input_value).map(|b| b.to_vec());
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

    // Extra 'pipe' entries: a pipe each, its writing end the child's descriptor.
    let pipes_value = get(scope, options, "pipes");
    let mut extra = Vec::new();
    let mut extra_writers = Vec::new();
    for target in super::strings(scope, pipes_value) {
        let Ok(target) = target.parse::<i32>() else {
            continue;
        };
        match extra_pipe() {
            Ok((reader, writer)) => {
                launch.shared.push((target, writer.as_raw_fd()));
                extra.push((target, reader));
                extra_writers.push(writer);
            }
            Err(e) => {
                let code = v8::String::new(scope, super::super::code_of(&e)).expect("code");
                let result = v8::Object::new(scope);
                let key = v8::String::new(scope, "error").expect("key");
                result.set(scope, key.into(), code.into());
                rv.set(result.into());
                return;
            }
        }
    }

    let outcome = run(Request {
        launch,
        extra,
        extra_writers,
        input,
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
            Some(bytes) => super::super::uint8_array(scope, bytes)
                .map(Into::into)
                .unwrap_or_else(|| v8::null(scope).into()),
            None => v8::null(scope).into(),
        };
        set(scope, key, value);
    }
    let extra: Vec<v8::Local<v8::Value>> = outcome
        .extra
        .into_iter()
        .flat_map(|(fd, bytes)| {
            let bytes = super::super::uint8_array(scope, bytes)
                .map(Into::into)
                .unwrap_or_else(|| v8::null(scope).into());
            [v8::Integer::new(scope, fd).into(), bytes]
        })
        .collect();
    let extra = v8::Array::new_with_elements(scope, &extra).into();
    set(scope, "extra", extra);
    if let Some(code) = outcome.error {
        let code = v8::String::new(scope, code).expect("code").into();
        set(scope, "error", code);
    }
    rv.set(result.into());
}
