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

/// Runs `program args` once, with stdout discarded, and measures it.
pub fn run_once(program: &str, args: &[&str], envs: &[(String, String)]) -> Result<Sample> {
    let start = Instant::now();
    let child = Command::new(program)
        .args(args)
        .envs(envs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
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
    Ok(Sample {
        wall,
        // Linux reports kilobytes.
        max_rss: usage.ru_maxrss as u64 * 1024,
    })
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
