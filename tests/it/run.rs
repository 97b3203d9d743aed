//! Packed executables as a user runs them.

use std::io::Read;
use std::process::{Command, Stdio};

use crate::support::*;

#[test]
fn hello_prints_and_exits_zero() {
    let exe = built("hello/hello.js");
    let run = run_exe(&exe, &[], &[]);
    assert_eq!(run.stdout, "Hello from pack!\n");
    assert_eq!(run.stderr, "");
    assert_eq!(run.code, Some(0));
}

#[test]
fn hello_runs_without_pack_or_node_on_the_path() {
    let exe = built("hello/hello.js");
    // A copy elsewhere, with an empty PATH: the executable needs nothing from outside.
    let dir = fresh_dir("standalone");
    let copy = dir.join("hello-copy");
    std::fs::copy(&exe, &copy).unwrap();
    // A test thread forking at the moment of the copy may hold the new file open for writing
    // until its child execs (ETXTBSY): that passes, so the run is tried again.
    let mut attempts = 0;
    let out = loop {
        match Command::new(&copy)
            .env_clear()
            .env("PATH", "/nonexistent")
            .output()
        {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && attempts < 50 => {
                attempts += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            result => break result.unwrap(),
        }
    };
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Hello from pack!\n");
    assert!(out.status.success());
}

#[test]
fn executable_mode_is_0755() {
    use std::os::unix::fs::PermissionsExt;
    let exe = built("hello/hello.js");
    let mode = std::fs::metadata(exe).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o755);
}

#[test]
fn argv_holds_the_executable_twice_then_user_arguments() {
    let exe = built("process/main.js");
    let run = run_exe(&exe, &["argv0", "x"], &[]);
    assert_eq!(run.stdout, "true 4\n");
    let run = run_exe(&exe, &["args", "one", "two words", "--flag", ""], &[]);
    assert_eq!(run.stdout, "[\"one\",\"two words\",\"--flag\",\"\"]\n");

    // argv[1] is the executable's path too, as in Node's single executable applications.
    let dir = fresh_dir("argv");
    let script = dir.join("argv.js");
    std::fs::write(
        &script,
        "console.log(JSON.stringify([process.argv[0], process.argv[1], process.execPath]))",
    )
    .unwrap();
    let out = dir.join("argv");
    assert!(
        pack(&[
            "build",
            script.to_str().unwrap(),
            "-o",
            out.to_str().unwrap()
        ])
        .status
        .success()
    );
    let run = run_exe(&out, &[], &[]);
    let path = out.canonicalize().unwrap();
    let p = path.to_str().unwrap();
    assert_eq!(run.stdout, format!("[\"{p}\",\"{p}\",\"{p}\"]\n"));
}

#[test]
fn env_is_read_at_launch() {
    let exe = built("process/main.js");
    let run = run_exe(
        &exe,
        &["env", "PACK_TEST_VALUE"],
        &[("PACK_TEST_VALUE", "from the environment")],
    );
    assert_eq!(run.stdout, "\"from the environment\"\nstring 42\n");
    let run = run_exe(
        &exe,
        &["env", "PACK_TEST_VALUE"],
        &[("PACK_TEST_VALUE", "changed")],
    );
    assert_eq!(run.stdout, "\"changed\"\nstring 42\n");
}

#[test]
fn exit_codes() {
    let exe = built("process/main.js");
    for code in [0, 3, 255] {
        let run = run_exe(&exe, &["exit", &code.to_string()], &[]);
        assert_eq!(run.code, Some(code), "process.exit({code})");
        assert_eq!(run.stdout, format!("before exit\nexit event {code}\n"));
    }
    let run = run_exe(&exe, &["exitCode", "7"], &[]);
    assert_eq!(run.code, Some(7));
    assert_eq!(run.stdout, "set exitCode\nexit event 7 7\n");
}

#[test]
fn uncaught_exception_prints_error_and_stack_and_exits_1() {
    let exe = built("process/main.js");
    let run = run_exe(&exe, &["throw"], &[]);
    run.assert_no_panic();
    assert_eq!(run.code, Some(1));
    assert_eq!(run.stdout, "before throw\n");
    let expected_head = "main.js:6\n  throw new Error('boom from fail()');\n  ^\n\nError: boom from fail()\n    at fail (";
    assert!(
        run.stderr.contains(expected_head),
        "stderr:\n{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("main.js:6:9)\n"),
        "stderr:\n{}",
        run.stderr
    );
}

#[test]
fn unhandled_rejection_exits_1() {
    let exe = built("process/main.js");
    let run = run_exe(&exe, &["reject"], &[]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr
            .contains("TypeError: rejected inside async\n    at "),
        "stderr:\n{}",
        run.stderr
    );
    let run = run_exe(&exe, &["caught"], &[]);
    assert_eq!(run.code, Some(0));
    assert_eq!(run.stdout, "caught handled later\n");
}

#[test]
fn async_await_runs_to_completion() {
    let exe = built("process/main.js");
    let run = run_exe(&exe, &["await"], &[]);
    assert_eq!(run.stdout, "a1 sync a2 then a3\n");
    assert_eq!(run.code, Some(0));
}

#[test]
fn console_streams() {
    let exe = built("process/main.js");
    let run = run_exe(&exe, &["streams"], &[]);
    assert_eq!(run.stdout, "log\ninfo\ndebug\n");
    assert_eq!(run.stderr, "warn\nerror\n");
}

#[test]
fn closed_stdout_pipe_is_not_a_crash() {
    let exe = built("process/main.js");
    let mut child = Command::new(&exe)
        .arg("flood")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 1];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout); // like `app | head -c1`
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    let run = Run {
        stdout: String::new(),
        stderr,
        code: status.code(),
        signal: None,
    };
    run.assert_no_panic();
    assert_eq!(first[0], b'l');
    // Node exits quietly with status 0 when its reader goes away.
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert_eq!(run.stderr, "");
}

/// Runs `exe args` on a pseudo-terminal (util-linux `script`), with extra environment.
fn run_on_tty(exe: &std::path::Path, args: &str, env: &[(&str, &str)]) -> Option<String> {
    let script = ["/usr/bin/script", "/bin/script"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())?;
    let mut cmd = Command::new(script);
    cmd.args(["-qec", &format!("{} {args}", exe.display()), "/dev/null"]);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.stdin(Stdio::null()).output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn colours_only_on_a_terminal() {
    let exe = built("process/main.js");
    let Some(tty) = run_on_tty(&exe, "format", &[("TERM", "xterm")]) else {
        #[allow(clippy::print_stderr)]
        {
            eprintln!("skipped: util-linux `script` is not installed");
        }
        return;
    };
    // Numbers are yellow and strings green, as Node colours them.
    assert!(
        tty.contains("\u{1b}[33m1\u{1b}[39m"),
        "no colours on a TTY: {tty:?}"
    );
    assert!(tty.contains("\u{1b}[32m'x'\u{1b}[39m"), "{tty:?}");
    let piped = run_exe(&exe, &["format"], &[]);
    assert!(!piped.stdout.contains('\u{1b}'), "colours on a pipe");
    let no_color = run_on_tty(&exe, "format", &[("TERM", "xterm"), ("NO_COLOR", "1")]).unwrap();
    assert!(
        !no_color.contains('\u{1b}'),
        "colours despite NO_COLOR: {no_color:?}"
    );
}

/// Starts `exe mode`, waits for its "ready" line, sends `signal`.
fn signal_after_ready(
    exe: &std::path::Path,
    mode: &str,
    signal: i32,
) -> (String, std::process::ExitStatus) {
    use std::io::BufRead;
    let mut child = Command::new(exe)
        .arg(mode)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut reader = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    assert_eq!(line, "ready\n");
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, signal) };
    let mut rest = String::new();
    reader.read_to_string(&mut rest).unwrap();
    (rest, child.wait().unwrap())
}

#[test]
fn signals_reach_handlers_or_end_the_process() {
    use std::os::unix::process::ExitStatusExt;
    let exe = built("process/main.js");
    let (out, status) = signal_after_ready(&exe, "waitSignal", libc::SIGINT);
    assert_eq!(out, "handled SIGINT\n");
    assert_eq!(status.code(), Some(0));
    // No handler: the process dies of the signal, as Node does (the shell shows 130).
    let (out, status) = signal_after_ready(&exe, "wait", libc::SIGINT);
    assert_eq!(out, "");
    assert_eq!(status.signal(), Some(libc::SIGINT));
    let (_, status) = signal_after_ready(&exe, "wait", libc::SIGTERM);
    assert_eq!(status.signal(), Some(libc::SIGTERM));
}
