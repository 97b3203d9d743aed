//! `child_process`: starting commands with Node's options (arguments, argv0, cwd, env, stdio
//! per stream, detached, uid/gid), then either running one to its end (`spawnSync`, in
//! [`sync`]) or following it from the event loop (`spawn`, in [`spawn`]).

mod spawn;
mod sync;

use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};

use super::property as get;

pub use spawn::{op_spawn, op_spawn_close, op_spawn_end_stdin, op_spawn_flow, op_spawn_write};
pub use sync::op_spawn_sync;

/// How one of the child's standard streams is connected.
enum Stream {
    Pipe,
    Inherit,
    Ignore,
    Fd(i32),
}

impl Stream {
    fn stdio(&self) -> std::io::Result<Stdio> {
        Ok(match self {
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
}

/// What starting a command takes.
struct Launch {
    file: String,
    args: Vec<String>,
    argv0: Option<String>,
    cwd: Option<String>,
    /// The child's whole environment.
    env: Vec<(String, String)>,
    streams: [Stream; 3],
    /// In a new session, apart from this process's terminal and process group.
    detached: bool,
    uid: Option<u32>,
    gid: Option<u32>,
    /// The child's descriptor for an IPC channel, if it gets one (`spawn` only).
    ipc: Option<u32>,
    /// Descriptors of ours the child gets beyond its standard streams: (child's, ours).
    shared: Vec<(i32, i32)>,
}

impl Launch {
    /// Reads `(file, args, options)`: `options` has `cwd`, `env` (a flat array of names and
    /// values), `argv0`, `stdio` (three of 'pipe' | 'inherit' | 'ignore' | a descriptor),
    /// `detached`, `uid`, `gid`, `ipc` (the child's descriptor for a channel) and `shared`
    /// (descriptors passed on: child's and ours in turn). Throws and returns `None` if options is not an object.
    fn from_args(scope: &mut v8::PinScope, args: &v8::FunctionCallbackArguments) -> Option<Launch> {
        let file = args.get(0).to_rust_string_lossy(scope);
        let argv = strings(scope, args.get(1));
        let Ok(options) = v8::Local::<v8::Object>::try_from(args.get(2)) else {
            super::throw_type_error(scope, "options must be an object");
            return None;
        };
        let text = |scope: &mut v8::PinScope, key: &str| {
            let v = get(scope, options, key);
            (!v.is_null_or_undefined()).then(|| v.to_rust_string_lossy(scope))
        };
        let id = |scope: &mut v8::PinScope, key: &str| {
            let v = get(scope, options, key);
            v.is_number().then(|| v.uint32_value(scope)).flatten()
        };
        let cwd = text(scope, "cwd");
        let argv0 = text(scope, "argv0");
        let env_value = get(scope, options, "env");
        let env = strings(scope, env_value)
            .chunks(2)
            .filter_map(|pair| Some((pair.first()?.clone(), pair.get(1)?.clone())))
            .collect();
        let stdio_value = get(scope, options, "stdio");
        let modes = v8::Local::<v8::Array>::try_from(stdio_value).ok();
        let mut pick = |i: u32| match modes.and_then(|m| m.get_index(scope, i)) {
            Some(v) => stream(scope, v),
            None => Stream::Pipe,
        };
        let streams = [pick(0), pick(1), pick(2)];
        let detached = get(scope, options, "detached").is_true();
        let launch = Launch {
            file,
            args: argv,
            argv0,
            cwd,
            env,
            streams,
            detached,
            uid: id(scope, "uid"),
            gid: id(scope, "gid"),
            ipc: id(scope, "ipc"),
            shared: {
                let flat = get(scope, options, "shared");
                strings(scope, flat)
                    .chunks(2)
                    .filter_map(|pair| {
                        Some((pair.first()?.parse().ok()?, pair.get(1)?.parse().ok()?))
                    })
                    .collect()
            },
        };
        Some(launch)
    }

    /// The command, ready to spawn.
    fn command(&self) -> std::io::Result<Command> {
        let mut command = Command::new(&self.file);
        command.args(&self.args);
        if let Some(argv0) = &self.argv0 {
            command.arg0(argv0);
        }
        if let Some(cwd) = &self.cwd {
            command.current_dir(cwd);
        }
        command.env_clear();
        command.envs(self.env.iter().map(|(k, v)| (k, v)));
        command.stdin(self.streams[0].stdio()?);
        command.stdout(self.streams[1].stdio()?);
        command.stderr(self.streams[2].stdio()?);
        if let Some(gid) = self.gid {
            command.gid(gid);
        }
        if let Some(uid) = self.uid {
            command.uid(uid);
        }
        for &(target, source) in &self.shared {
            pass_descriptor(&mut command, target, source);
        }
        if self.detached {
            // SAFETY: setsid is async-signal-safe and touches only the child.
            unsafe {
                command.pre_exec(|| {
                    if libc::setsid() < 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
        }
        Ok(command)
    }
}

/// Gives the child our descriptor `source` as its descriptor `target`, kept across exec.
fn pass_descriptor(command: &mut Command, target: i32, source: i32) {
    // SAFETY: dup2 and fcntl are async-signal-safe and touch only the child's descriptors.
    unsafe {
        command.pre_exec(move || {
            // The same number only loses its close-on-exec flag.
            let rc = if source == target {
                libc::fcntl(source, libc::F_SETFD, 0)
            } else {
                libc::dup2(source, target)
            };
            if rc < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
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
