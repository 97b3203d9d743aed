//! HTTP load: requests per second and p99 latency of the server in
//! `fixtures/bench/http_server.js`, packed and under node, on loopback.
//!
//! The load comes from keep-alive connections, each a thread that sends a request, reads the
//! whole answer (framed by Content-Length) and sends the next.

use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::bench::say;

const CONNECTIONS: usize = 32;
/// Runs of each server per case, alternating, of which each metric's median is shown: single
/// runs on a shared machine swing by 15–30%.
const ROUNDS: usize = 3;
const WARMUP: Duration = Duration::from_secs(1);

/// What one load run measured.
pub struct Load {
    pub rps: f64,
    pub p99: Duration,
    pub errors: u64,
    /// CPU time the server's processes (and their children) spent per answered request,
    /// in microseconds: what each request costs, whoever else shares the cores.
    pub cpu_per_request: Option<f64>,
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(0.0)
}

/// Each metric's median over `runs` (errors: their sum).
fn median_load(runs: &[Load]) -> Load {
    Load {
        rps: median(runs.iter().map(|l| l.rps).collect()),
        p99: Duration::from_secs_f64(median(runs.iter().map(|l| l.p99.as_secs_f64()).collect())),
        errors: runs.iter().map(|l| l.errors).sum(),
        cpu_per_request: runs
            .iter()
            .map(|l| l.cpu_per_request)
            .collect::<Option<Vec<_>>>()
            .map(median),
    }
}

/// A server process, killed when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The CPUs this process may run on (its cpuset, not the machine's count).
fn allowed_cpus() -> Vec<usize> {
    // SAFETY: a zeroed cpu_set_t is an empty set for sched_getaffinity to fill; CPU_ISSET
    // only reads it.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        if libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) != 0 {
            return Vec::new();
        }
        (0..libc::CPU_SETSIZE as usize)
            .filter(|&cpu| libc::CPU_ISSET(cpu, &set))
            .collect()
    }
}

/// Keeps the calling thread (and what it starts from now on) to `cpus`; false if refused.
fn pin(cpus: &[usize]) -> bool {
    // SAFETY: a zeroed cpu_set_t is an empty set; CPU_SET writes inside it, and
    // sched_setaffinity only reads it.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        for &cpu in cpus {
            libc::CPU_SET(cpu, &mut set);
        }
        libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set) == 0
    }
}

/// Starts `program args` and waits for its "listening PORT" line. A single process gets the
/// first CPU to itself (`own_cpu`), and the load the others: one server's capacity, measured
/// without the two fighting over the same core.
fn start(
    program: &str,
    args: &[&str],
    envs: &[(&str, String)],
    own_cpu: Option<usize>,
) -> Result<Server> {
    let mut command = Command::new(program);
    if let Some(cpu) = own_cpu {
        use std::os::unix::process::CommandExt as _;
        // SAFETY: the hook only makes system calls, safe between fork and exec.
        unsafe {
            command.pre_exec(move || {
                if pin(&[cpu]) {
                    Ok(())
                } else {
                    Err(std::io::Error::last_os_error())
                }
            });
        }
    }
    let mut child = command
        .args(args)
        .envs(envs.iter().map(|(k, v)| (*k, v.as_str())))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .with_context(|| format!("cannot start {program}"))?;
    let stdout = child.stdout.take().context("server stdout")?;
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .context("reading the server's first line")?;
    let port = line
        .trim()
        .strip_prefix("listening ")
        .and_then(|p| p.parse().ok());
    let Some(port) = port else {
        let _ = child.kill();
        let _ = child.wait();
        bail!("{program} did not say where it listens (got {line:?})");
    };
    Ok(Server { child, port })
}

/// One keep-alive connection's loop until `deadline`: latencies in microseconds, errors.
fn drive(port: u16, request: &[u8], deadline: Instant) -> (Vec<u32>, u64) {
    let mut latencies = Vec::new();
    let mut errors = 0;
    let mut buf = vec![0u8; 64 * 1024];
    while Instant::now() < deadline {
        let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
            errors += 1;
            std::thread::sleep(Duration::from_millis(10));
            continue;
        };
        let _ = stream.set_nodelay(true);
        let mut filled = 0;
        while Instant::now() < deadline {
            let start = Instant::now();
            if stream.write_all(request).is_err() {
                errors += 1;
                break;
            }
            match read_answer(&mut stream, &mut buf, &mut filled) {
                Ok(()) => latencies.push(start.elapsed().as_micros().min(u32::MAX as u128) as u32),
                Err(()) => {
                    errors += 1;
                    break;
                }
            }
        }
    }
    (latencies, errors)
}

/// Reads one answer; bytes after it stay at the front of `buf` (`filled` of them).
fn read_answer(stream: &mut TcpStream, buf: &mut [u8], filled: &mut usize) -> Result<(), ()> {
    let head_end = loop {
        if let Some(i) = buf[..*filled].windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        if *filled == buf.len() {
            return Err(());
        }
        match stream.read(&mut buf[*filled..]) {
            Ok(0) | Err(_) => return Err(()),
            Ok(n) => *filled += n,
        }
    };
    let head = std::str::from_utf8(&buf[..head_end]).map_err(|_| ())?;
    let length: usize = head
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())?
        })
        .ok_or(())?;
    let mut body_seen = *filled - head_end;
    while body_seen < length {
        match stream.read(&mut buf[..]) {
            Ok(0) | Err(_) => return Err(()),
            Ok(n) => {
                body_seen += n;
            }
        }
    }
    // Whatever came after the body (nothing, with one request in flight) is dropped.
    *filled = 0;
    if body_seen > length {
        return Err(());
    }
    Ok(())
}

/// CPU time (user and system, in clock ticks) of process `root` and all its descendants, from
/// /proc; None where /proc cannot be read.
fn tree_cpu_ticks(root: u32) -> Option<u64> {
    let mut stats = Vec::new();
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        // Fields after the command (which may hold spaces) are: state ppid ... utime stime.
        let Some((_, rest)) = text.rsplit_once(')') else {
            continue;
        };
        let fields: Vec<&str> = rest.split_whitespace().collect();
        let number = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok());
        // With the times of its children that were waited for: a worker that exits while
        // measured moves its time into its parent's count instead of dropping out of the sum.
        if let (Some(ppid), Some(utime), Some(stime), Some(cutime), Some(cstime)) =
            (number(1), number(11), number(12), number(13), number(14))
        {
            stats.push((pid, ppid as u32, utime + stime + cutime + cstime));
        }
    }
    let mut tree = vec![root];
    let mut ticks = 0;
    let mut i = 0;
    while let Some(&pid) = tree.get(i) {
        for &(child, parent, cpu) in &stats {
            if parent == pid {
                tree.push(child);
            }
            if child == pid {
                ticks += cpu;
            }
        }
        i += 1;
    }
    Some(ticks)
}

/// Clock ticks per second, for the ticks in /proc's stat files.
fn ticks_per_second() -> f64 {
    // SAFETY: sysconf only reads a system constant.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    if ticks > 0 { ticks as f64 } else { 100.0 }
}

/// Puts load on the server for `seconds` after a warm-up, from `cpus` (any when empty).
fn load(server: &Server, path: &str, seconds: u64, cpus: &[usize]) -> Load {
    let port = server.port;
    let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").into_bytes();
    let _ = run_for(port, &request, WARMUP, cpus);
    let measured = Duration::from_secs(seconds);
    let cpu_before = tree_cpu_ticks(server.child.id());
    let (mut latencies, errors) = run_for(port, &request, measured, cpus);
    let cpu_after = tree_cpu_ticks(server.child.id());
    latencies.sort_unstable();
    let p99 = latencies
        .get(latencies.len().saturating_sub(1) * 99 / 100)
        .copied()
        .unwrap_or(0);
    let cpu_per_request = match (cpu_before, cpu_after) {
        (Some(before), Some(after)) if !latencies.is_empty() => Some(
            after.saturating_sub(before) as f64 / ticks_per_second() * 1e6 / latencies.len() as f64,
        ),
        _ => None,
    };
    Load {
        rps: latencies.len() as f64 / measured.as_secs_f64(),
        p99: Duration::from_micros(u64::from(p99)),
        errors,
        cpu_per_request,
    }
}

fn run_for(port: u16, request: &[u8], duration: Duration, cpus: &[usize]) -> (Vec<u32>, u64) {
    let deadline = Instant::now() + duration;
    let handles: Vec<_> = (0..CONNECTIONS)
        .map(|_| {
            let request = request.to_vec();
            let cpus = cpus.to_vec();
            std::thread::spawn(move || {
                if !cpus.is_empty() {
                    pin(&cpus);
                }
                drive(port, &request, deadline)
            })
        })
        .collect();
    let mut all = Vec::new();
    let mut errors = 0;
    for handle in handles {
        if let Ok((latencies, e)) = handle.join() {
            all.extend(latencies);
            errors += e;
        }
    }
    (all, errors)
}

/// A free loopback port, for servers that cannot pick their own (a cluster's workers).
fn free_port() -> Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?.port())
}

/// The http section of the report: packed vs node for each answer size and process count.
pub fn run(pack: &Path, out_dir: &Path, seconds: u64) -> Result<String> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fixtures/bench/http_server.js")
        .canonicalize()
        .context("fixtures/bench/http_server.js")?;
    let exe = out_dir.join("http_server");
    let status = Command::new(pack)
        .arg("build")
        .arg(&script)
        .arg("-o")
        .arg(&exe)
        .stdout(Stdio::null())
        .status()
        .context("cannot run pack")?;
    if !status.success() {
        bail!("pack build {} failed", script.display());
    }
    let exe = exe.to_str().context("path is not UTF-8")?;
    let script = script.to_str().context("path is not UTF-8")?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n## http server on loopback\n\n{CONNECTIONS} keep-alive connections, {seconds} s after \
         {} s of warm-up, {ROUNDS} runs of each server taking turns (medians shown); a single \
         process has the first CPU to itself and the load the others; ratio = packed / node (requests: above 1 is better; p99 and CPU per request: below 1)\n",
        WARMUP.as_secs()
    );
    let _ = writeln!(out, "| case | metric | packed | node | ratio |");
    let _ = writeln!(out, "|---|---|---|---|---|");
    let mut scaling = String::new();
    for (label, path) in [
        ("hello world", "/hello"),
        ("1 MB answer", "/1mb"),
        ("JSON built per request", "/json"),
    ] {
        // Requests per second with one process, packed and node, for the cluster's scaling.
        let mut single: Option<(f64, f64)> = None;
        for workers in [1usize, 2] {
            let case = format!(
                "{label}, {workers} process{}",
                if workers > 1 { "es" } else { "" }
            );
            say(&format!("measuring http {case}...\n"));
            let envs = |port: u16| {
                vec![
                    ("PACK_BENCH_WORKERS", workers.to_string()),
                    ("PACK_BENCH_PORT", port.to_string()),
                ]
            };
            // One process: the first allowed CPU for it, the others for the load.
            let cpus = allowed_cpus();
            let (server_cpu, load_cpus) = match cpus.split_first() {
                Some((&first, rest)) if workers == 1 && !rest.is_empty() => (Some(first), rest),
                _ => (None, &[][..]),
            };
            let run_packed = || {
                start(exe, &[], &envs(free_port()?), server_cpu)
                    .map(|server| load(&server, path, seconds, load_cpus))
            };
            let run_node = || {
                start("node", &[script], &envs(free_port()?), server_cpu)
                    .map(|server| load(&server, path, seconds, load_cpus))
            };
            let mut packed_runs = Vec::with_capacity(ROUNDS);
            let mut node_runs = Vec::with_capacity(ROUNDS);
            let mut failure = None;
            'rounds: for round in 0..ROUNDS {
                // Each goes first in turn: neither always runs in the other's wake.
                let order = if round % 2 == 0 {
                    [true, false]
                } else {
                    [false, true]
                };
                for packed in order {
                    let (run, runs) = if packed {
                        (run_packed(), &mut packed_runs)
                    } else {
                        (run_node(), &mut node_runs)
                    };
                    match run {
                        Ok(measured) => runs.push(measured),
                        Err(e) => {
                            failure = Some(e);
                            break 'rounds;
                        }
                    }
                }
            }
            if let Some(e) = failure {
                say(&format!("http {case} not measured: {e:#}\n"));
                continue;
            }
            let (packed, node) = (median_load(&packed_runs), median_load(&node_runs));
            if packed.errors + node.errors > 0 {
                say(&format!(
                    "http {case}: {} errors packed, {} under node\n",
                    packed.errors, node.errors
                ));
            }
            let ms = |d: Duration| d.as_secs_f64() * 1000.0;
            let _ = writeln!(
                out,
                "| {case} | requests/s | {:.0} | {:.0} | {:.2} |",
                packed.rps,
                node.rps,
                packed.rps / node.rps
            );
            let _ = writeln!(
                out,
                "| {case} | p99 latency (ms) | {:.2} | {:.2} | {:.2} |",
                ms(packed.p99),
                ms(node.p99),
                ms(packed.p99) / ms(node.p99).max(f64::MIN_POSITIVE)
            );
            if let (Some(p), Some(n)) = (packed.cpu_per_request, node.cpu_per_request) {
                let _ = writeln!(
                    out,
                    "| {case} | server CPU per request (µs) | {p:.1} | {n:.1} | {:.2} |",
                    p / n.max(f64::MIN_POSITIVE)
                );
            }
            match single {
                None => single = Some((packed.rps, node.rps)),
                Some((packed_one, node_one)) => {
                    let _ = writeln!(
                        scaling,
                        "| {label} | {:.2} | {:.2} |",
                        packed.rps / packed_one,
                        node.rps / node_one
                    );
                }
            }
        }
    }
    if !scaling.is_empty() {
        let _ = writeln!(
            out,
            "\nCluster scaling: requests/s with 2 processes / with 1, each in the run above (one \
             process has a core to itself; two share both with the load generator)\n\n| case | packed | node |\n|---|---|---|\n{scaling}"
        );
    }
    Ok(out)
}
