//! Running a command many times: wall time and peak resident memory of each run.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

/// One finished run.
pub struct Sample {
    pub wall: Duration,
    /// Peak resident set size in bytes.
    pub max_rss: u64,
}

/// The hidden subcommand through which each measured run is started (see `run_once`).
pub const HELPER: &str = "__measure-one";

/// Runs `program args` once, with stdout discarded, and measures it.
///
/// A child's peak RSS as the kernel reports it includes the memory of the process it was
/// forked from (its address space counts until `exec` replaces it), so a program started
/// straight from this one would be charged with this one's tens of megabytes. A fresh, small
/// copy of this executable starts it instead and reports back (`helper_main`).
pub fn run_once(program: &str, args: &[&str], envs: &[(String, String)]) -> Result<Sample> {
    let me = std::env::current_exe().context("cannot find the xtask executable")?;
    let out = Command::new(me)
        .arg(HELPER)
        .arg(program)
        .args(args)
        .envs(envs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .with_context(|| format!("cannot start {program}"))?;
    if !out.status.success() {
        bail!("{program} {} did not exit with status 0", args.join(" "));
    }
    let report = String::from_utf8_lossy(&out.stdout);
    let mut fields = report.split_whitespace().map(str::parse::<u64>);
    match (fields.next(), fields.next()) {
        (Some(Ok(nanos)), Some(Ok(rss_kb))) => Ok(Sample {
            wall: Duration::from_nanos(nanos),
            max_rss: rss_kb * 1024,
        }),
        _ => bail!("the measuring helper reported {report:?}"),
    }
}

/// `xtask __measure-one PROGRAM ARGS...`: runs the program (stdout discarded) and prints its
/// wall time in nanoseconds and its peak RSS in kilobytes; fails if it did not exit with 0.
pub fn helper_main(args: &[String]) -> Result<()> {
    let (program, args) = args.split_first().context("no program to measure")?;
    let start = Instant::now();
    let child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .with_context(|| format!("cannot start {program}"))?;
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value to be filled in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waiting for our own child; `child` is not waited on elsewhere.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    if waited != pid {
        bail!("waiting for {program} failed");
    }
    if !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 {
        bail!("{program} {} did not exit with status 0", args.join(" "));
    }
    // Linux reports kilobytes.
    let report = format!("{} {}\n", wall.as_nanos(), usage.ru_maxrss);
    std::io::Write::write_all(&mut std::io::stdout(), report.as_bytes())
        .context("cannot write the measurement")
}

/// Medians over `runs` runs after `warmup` unmeasured ones.
pub struct Summary {
    pub wall: Duration,
    pub max_rss: u64,
}

pub fn repeat(
    program: &str,
    args: &[&str],
    envs: &[(String, String)],
    warmup: usize,
    runs: usize,
) -> Result<Summary> {
    for _ in 0..warmup {
        run_once(program, args, envs)?;
    }
    let mut walls = Vec::with_capacity(runs);
    let mut rss = Vec::with_capacity(runs);
    for _ in 0..runs {
        let s = run_once(program, args, envs)?;
        walls.push(s.wall);
        rss.push(s.max_rss);
    }
    Ok(Summary {
        wall: median(&mut walls),
        max_rss: median(&mut rss),
    })
}

pub fn median<T: Ord + Copy>(values: &mut [T]) -> T {
    values.sort();
    values[values.len() / 2]
}

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn median_of_odd_and_even() {
        assert_eq!(median(&mut [5, 1, 3]), 3);
        assert_eq!(median(&mut [4, 1, 3, 2]), 3);
    }
}
