//! `pack init`: every template becomes a project that `pack build` turns into a working
//! executable at once.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::support::{fresh_dir, pack_in, run_exe};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `pack init "My Tool" --template NAME` in a fresh directory, then `pack build` there; the
/// executable's path.
fn init_and_build(template: &str) -> std::path::PathBuf {
    let parent = fresh_dir(&format!("init-{template}"));
    let made = pack_in(&parent, &["init", "My Tool", "--template", template], &[]);
    assert!(made.status.success(), "{}", text(&made.stderr));
    let report = text(&made.stdout);
    assert!(
        report.starts_with(&format!(
            "Created my-tool from the {template} template in My Tool:"
        )),
        "{report}"
    );
    assert!(
        report.contains("  cd My Tool\n  pack build\n  ./my-tool\n"),
        "{report}"
    );
    let dir = parent.join("My Tool");
    let built = pack_in(&dir, &["build"], &[]);
    assert!(built.status.success(), "{}", text(&built.stderr));
    dir.join("my-tool")
}

#[test]
fn cli_template() {
    let exe = init_and_build("cli");
    let run = run_exe(&exe, &["--shout", "-r", "2", "ann"], &[]);
    assert_eq!(run.stdout, "HELLO, ANN!\nHELLO, ANN!\n");
    assert_eq!(run_exe(&exe, &["--version"], &[]).stdout, "0.1.0\n");
    let help = run_exe(&exe, &["--help"], &[]);
    assert!(
        help.stdout
            .starts_with("Usage: my-tool [options] [name...]"),
        "{}",
        help.stdout
    );
    let bad = run_exe(&exe, &["--frobnicate"], &[]);
    assert_eq!(bad.code, Some(2));
    assert!(
        bad.stderr.contains("Unknown option '--frobnicate'"),
        "{}",
        bad.stderr
    );

    // A second init over the same files refuses, and changes nothing.
    let dir = exe.parent().unwrap();
    let before = std::fs::read(dir.join("src/cli.js")).unwrap();
    let again = pack_in(dir, &["init", "--template", "cli"], &[]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        text(&again.stderr).contains("package.json already exists; pack init does not overwrite"),
        "{}",
        text(&again.stderr)
    );
    assert_eq!(std::fs::read(dir.join("src/cli.js")).unwrap(), before);
}

/// A project named like one of its own directories gets another name for its executable.
#[test]
fn init_names_that_would_collide() {
    let parent = fresh_dir("init-collide");
    let made = pack_in(&parent, &["init", "src"], &[]);
    assert!(made.status.success(), "{}", text(&made.stderr));
    assert!(text(&made.stdout).starts_with("Created src-app from the cli template in src:"));
    let built = pack_in(&parent.join("src"), &["build", "-q"], &[]);
    assert!(built.status.success(), "{}", text(&built.stderr));
    assert!(parent.join("src/src-app").is_file());
}

#[test]
fn typescript_template() {
    let exe = init_and_build("typescript");
    assert_eq!(
        run_exe(&exe, &["2", "4", "9"], &[]).stdout,
        "count 3, mean 5.00, min 2, max 9\n"
    );
    let bad = run_exe(&exe, &["x"], &[]);
    assert_eq!(bad.code, Some(2));
    assert_eq!(bad.stderr, "my-tool: every argument must be a number\n");
}

/// One HTTP/1.0 GET: the status line and the body.
fn get(port: u16, path: &str) -> (String, String) {
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.lines().next().unwrap_or_default().to_string();
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

#[test]
fn server_template() {
    let exe = init_and_build("server");
    // Run from elsewhere: the page comes from the embedded public/ directory.
    let mut child = Command::new(&exe)
        .current_dir(Path::new("/"))
        .env("PORT", "0")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let port: u16 = first
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in {first:?}"));
    let (status, body) = get(port, "/health");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(body.starts_with("{\"status\":\"ok\""), "{body}");
    let (status, body) = get(port, "/");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(body.contains("<h1>my-tool</h1>"), "{body}");
    assert_eq!(get(port, "/missing.css").0, "HTTP/1.1 404 Not Found");
    // SIGTERM: it closes and exits by itself.
    // SAFETY: signalling the child this test started.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
    assert_eq!(lines.next().unwrap().unwrap(), "SIGTERM: closing");
}
