//! The runtime executable. A packed application is a copy of it with a payload appended: at launch
//! it finds its own payload, checks it, and runs the application on V8.

mod app;
mod async_op;
mod build_id;
mod builtins;
mod engine;
mod event_loop;
mod ops;
mod snapshot;
mod stdio;
mod version;
mod worker;

use std::process::ExitCode;

/// Signal dispositions as Node sets them at start-up: a parent may have left signals ignored
/// (a shell's background job ignores SIGINT), but programs expect the defaults. SIGPIPE and
/// SIGXFSZ stay ignored so that failed writes return errors instead of killing the process.
fn reset_signal_dispositions() {
    for signo in 1..32 {
        if signo == libc::SIGKILL || signo == libc::SIGSTOP {
            continue;
        }
        let handler = if signo == libc::SIGPIPE || signo == libc::SIGXFSZ {
            libc::SIG_IGN
        } else {
            libc::SIG_DFL
        };
        // SAFETY: installing a default or ignore disposition; no handler code runs.
        unsafe { libc::signal(signo, handler) };
    }
}

/// Keeps freed heap memory for reuse instead of returning it to the system at once. Buffers
/// are freed in batches when V8 collects them; with glibc's default threshold (128 KB) each
/// batch shrank the heap and the next reads faulted every page back in (a 1 GB file copy
/// took ten times node's page faults). Fixing the threshold also fixes the mmap threshold,
/// which glibc would otherwise raise on its own, so it is set to glibc's own upper bound.
fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator parameters; called before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_TRIM_THRESHOLD, 64 << 20);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
    }
}

/// Raises the limit on open descriptors to its ceiling, as Node does at start-up: a server
/// may hold many connections.
fn raise_descriptor_limit() {
    // SAFETY: an all-zero rlimit is valid for getrlimit to fill in.
    let mut limit: libc::rlimit = unsafe { std::mem::zeroed() };
    // SAFETY: reading and setting this process's own limit.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < limit.rlim_max
        {
            limit.rlim_cur = limit.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        }
    }
}

fn main() -> ExitCode {
    let origin = std::time::Instant::now();
    tune_allocator();
    raise_descriptor_limit();
    reset_signal_dispositions();
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => {
            stdio::write_stderr(format!(
                "pack-runtime: cannot find its own executable: {e}\n"
            ));
            return ExitCode::from(1);
        }
    };
    let app = match app::App::load(&exe) {
        Ok(app) => app,
        Err(app::LoadError::Payload(pack_payload::Error::NoPayload))
            if std::env::args().nth(1).as_deref() == Some(pack_payload::SNAPSHOT_MODE_ARG) =>
        {
            let mut request = snapshot::Request::default();
            for arg in std::env::args().skip(2) {
                if let Some(flag) = arg.strip_prefix(pack_payload::SNAPSHOT_V8_FLAG_PREFIX) {
                    request.v8_flags.push(flag.to_string());
                } else if let Some(module) = arg.strip_prefix(pack_payload::SNAPSHOT_PREINIT_PREFIX)
                {
                    request.preinit.push(module.to_string());
                } else {
                    request.preload.push(arg);
                }
            }
            return ExitCode::from(snapshot::make_to_stdout(&request) as u8);
        }
        Err(app::LoadError::Payload(pack_payload::Error::NoPayload))
            if std::env::args().nth(1).as_deref() == Some(pack_payload::VERSIONS_ARG) =>
        {
            let versions = serde_json::json!({
                "pack": version::PACK,
                "v8": v8::V8::get_version(),
                "node": version::NODE_COMPAT,
            });
            use std::io::Write;
            let _ = writeln!(std::io::stdout(), "{versions}");
            return ExitCode::SUCCESS;
        }
        Err(app::LoadError::Payload(pack_payload::Error::NoPayload))
            if std::env::args().nth(1).as_deref() == Some(pack_payload::V8_FLAGS_CHECK_ARG) =>
        {
            let flags: Vec<String> = std::env::args().skip(2).collect();
            let unknown = engine::init_v8(&flags);
            if unknown.is_empty() {
                return ExitCode::SUCCESS;
            }
            stdio::write_stderr(format!("V8 does not know {}\n", unknown.join(" ")));
            return ExitCode::from(1);
        }
        Err(e) => {
            stdio::write_stderr(format!("{}: {e}\n", exe.display()));
            return ExitCode::from(1);
        }
    };
    if let Some(assets) = app.assets.clone() {
        // They appear under the executable's directory, where the program's modules are.
        let root = exe
            .parent()
            .unwrap_or(std::path::Path::new("/"))
            .to_path_buf();
        ops::fs::install_assets(assets, root);
    }
    let code = engine::run(app, &exe, origin);
    // Exit statuses are 8 bits wide: Node's `process.exit(256)` also ends with status 0.
    ExitCode::from((code & 0xff) as u8)
}
