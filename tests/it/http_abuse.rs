//! A packed http server under abuse stays up: malformed request lines and oversized heads get
//! Node's answers, clients that vanish mid-body are forgotten, 10,000 idle connections are
//! held and let go, and the memory they took is given back (a garbage-collected heap near its
//! size before, resident memory bounded). Loopback only; every wait is bounded.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::*;

struct Server {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    port: u16,
}

impl Server {
    fn start() -> Server {
        let exe = built("http-abuse/server.js");
        let mut child = Command::new(&exe)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the server");
        let stdin = child.stdin.take().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        let port = line.trim().parse().expect("the server's port");
        Server {
            child,
            stdin,
            stdout,
            port,
        }
    }

    fn ask(&mut self, command: &str) -> Vec<u64> {
        writeln!(self.stdin, "{command}").unwrap();
        let mut line = String::new();
        self.stdout.read_line(&mut line).unwrap();
        line.split_whitespace()
            .skip(1)
            .map(|n| n.parse().expect("a number"))
            .collect()
    }

    fn connections(&mut self) -> u64 {
        self.ask("connections")[0]
    }

    /// `(resident bytes, heap bytes in use)` after a collection.
    fn memory(&mut self) -> (u64, u64) {
        let answer = self.ask("memory");
        (answer[0], answer[1])
    }

    fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream
    }

    /// Sends `request` and reads until the server closes the connection.
    fn exchange(&self, request: &[u8]) -> String {
        let mut stream = self.connect();
        stream.write_all(request).unwrap();
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
        String::from_utf8_lossy(&answer).into_owned()
    }

    /// Polls until `connections` reaches `count` (bounded).
    fn wait_for_connections(&mut self, count: u64) {
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut seen = self.connections();
        while seen != count && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(100));
            seen = self.connections();
        }
        assert_eq!(seen, count, "open connections");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn http_server_survives_abuse() {
    let mut server = Server::start();
    for _ in 0..200 {
        let answer = server.exchange(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assert!(answer.starts_with("HTTP/1.1 200 OK"), "{answer}");
    }
    let (rss_before, heap_before) = server.memory();

    let answer = server.exchange(b"GARBAGE\r\n\r\n");
    assert_eq!(
        answer,
        "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
    );
    let answer = server.exchange(b"GET / HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n");
    assert_eq!(
        answer,
        "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
    );
    let big = format!(
        "GET / HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "a".repeat(20_000)
    );
    let answer = server.exchange(big.as_bytes());
    assert_eq!(
        answer,
        "HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n"
    );

    // Clients that promise a body and leave.
    for _ in 0..100 {
        let mut stream = server.connect();
        stream
            .write_all(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\npartial")
            .unwrap();
    }
    server.wait_for_connections(0);

    // 10,000 clients that connect and say nothing.
    let idle: Vec<TcpStream> = (0..10_000).map(|_| server.connect()).collect();
    server.wait_for_connections(10_000);
    let answer = server.exchange(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(answer.ends_with("ok"), "still serving: {answer}");
    drop(idle);
    server.wait_for_connections(0);

    let (rss_after, heap_after) = server.memory();
    assert!(
        heap_after < heap_before + 8 * 1024 * 1024,
        "the heap grew from {heap_before} to {heap_after} bytes"
    );
    assert!(
        rss_after < rss_before + 256 * 1024 * 1024,
        "resident memory grew from {rss_before} to {rss_after} bytes"
    );
    writeln!(server.stdin, "quit").unwrap();
    let status = server.child.wait().unwrap();
    assert!(status.success(), "the server ended with {status}");
}
