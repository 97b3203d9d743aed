//! What `pack build` says while it works: each phase with its time on standard error, behind
//! a spinner redrawn in place on a terminal and as plain lines otherwise (CI logs); nothing
//! with `--quiet`, details too with `--verbose`.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::term;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

pub struct Progress {
    verbosity: Verbosity,
    /// Standard error is a terminal: lines are redrawn in place.
    tty: bool,
    colors: bool,
}

/// A phase under way; `done` says how it ended and how long it took.
pub struct Phase<'a> {
    progress: &'a Progress,
    name: &'static str,
    start: Instant,
    spinner: Option<(Arc<AtomicBool>, JoinHandle<()>)>,
}

const FRAMES: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/// Clears the terminal line the cursor is on.
const CLEAR_LINE: &str = "\r\x1b[2K";

impl Progress {
    pub fn new(verbosity: Verbosity) -> Progress {
        Progress {
            verbosity,
            tty: std::io::stderr().is_terminal(),
            colors: term::stderr_colors(),
        }
    }

    pub fn verbosity(&self) -> Verbosity {
        self.verbosity
    }

    pub fn phase(&self, name: &'static str) -> Phase<'_> {
        let spinner = (self.tty && self.verbosity >= Verbosity::Normal).then(|| {
            let stop = Arc::new(AtomicBool::new(false));
            let stopped = stop.clone();
            let start = Instant::now();
            let thread = std::thread::spawn(move || {
                let mut frame = 0;
                while !stopped.load(Ordering::Relaxed) {
                    let secs = start.elapsed().as_secs_f64();
                    term::error_out(&format!(
                        "{CLEAR_LINE}{} {name} {secs:.1} s",
                        FRAMES[frame % FRAMES.len()]
                    ));
                    frame += 1;
                    // Woken early when the phase ends.
                    std::thread::park_timeout(Duration::from_millis(80));
                }
            });
            (stop, thread)
        });
        Phase {
            progress: self,
            name,
            start: Instant::now(),
            spinner,
        }
    }

    /// A line said only with `--verbose` (on a line of its own, under a spinner's).
    pub fn detail(&self, text: &str) {
        if self.verbosity >= Verbosity::Verbose {
            let clear = if self.tty { CLEAR_LINE } else { "" };
            term::error_out(&format!("{clear}  {text}\n"));
        }
    }
}

impl Phase<'_> {
    fn stop_spinner(&mut self) {
        if let Some((stop, thread)) = self.spinner.take() {
            stop.store(true, Ordering::Relaxed);
            thread.thread().unpark();
            let _ = thread.join();
            term::error_out(CLEAR_LINE);
        }
    }

    /// Ends the phase: `name  0.42 s  what`.
    pub fn done(mut self, what: &str) {
        let secs = self.start.elapsed().as_secs_f64();
        self.stop_spinner();
        let progress = self.progress;
        if progress.verbosity < Verbosity::Normal {
            return;
        }
        let mark = match (progress.tty, progress.colors) {
            (true, true) => "\x1b[32m✓\x1b[0m ",
            (true, false) => "✓ ",
            _ => "",
        };
        term::error_out(&format!("{mark}{:<8} {secs:>6.2} s  {what}\n", self.name));
    }
}

impl Drop for Phase<'_> {
    /// A phase that failed leaves no spinner behind the error that follows.
    fn drop(&mut self) {
        self.stop_spinner();
    }
}
