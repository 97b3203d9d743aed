//! Worker threads: each worker is a new isolate on a new thread with its own event loop, made
//! from the same startup snapshot as the main isolate (so it starts as fast), running another
//! module of the same bundle (or code given as text). Parent and worker talk through two
//! channels of structured-clone messages.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};

use crate::app::App;
use crate::ops::clone::Cloned;

/// What the process was started with, for the workers it starts.
struct Launch {
    app: App,
    exe: PathBuf,
}

static LAUNCH: OnceLock<Launch> = OnceLock::new();

/// Keeps the application for the workers (called once, before the main isolate runs).
pub fn remember_launch(app: &App, exe: &std::path::Path) {
    let _ = LAUNCH.set(Launch {
        app: app.clone(),
        exe: exe.to_path_buf(),
    });
}

/// From the parent to a worker.
pub enum ToWorker {
    Message(Cloned),
    /// Bytes for the worker's process.stdin (`stdin: true`); None ends it.
    Stdin(Option<Vec<u8>>),
    Terminate,
}

/// From a worker to its parent.
pub enum FromWorker {
    /// The worker's JavaScript started.
    Online,
    Message(Cloned),
    /// An exception nobody in the worker caught.
    Error(Cloned),
    /// The worker reached its `resourceLimits` and was stopped.
    OutOfMemory,
    /// Bytes the worker wrote to its process.stdout (1) or process.stderr (2).
    Stdio(u8, Vec<u8>),
    Exit(i32),
}

/// A worker's heap limits in megabytes, as `resourceLimits` gives them (0: V8's default).
#[derive(Clone, Copy, Default)]
pub struct Limits {
    pub max_old_generation_mb: usize,
    pub max_young_generation_mb: usize,
}

/// What a worker's isolate knows about itself, kept in its runtime state.
pub struct WorkerLink {
    pub thread_id: u32,
    pub name: String,
    /// A module path, or the code itself when `is_eval`.
    pub entry: String,
    pub is_eval: bool,
    pub argv: Vec<String>,
    /// The worker's `process.env`: the parent's at the start, or the `env` option.
    pub env: Vec<(String, String)>,
    /// `workerData`, until the worker reads it.
    pub data: Option<Cloned>,
    pub inbox: Option<UnboundedReceiver<ToWorker>>,
    pub to_parent: UnboundedSender<FromWorker>,
    /// Whether the parent heard that the worker's JavaScript started.
    pub announced: bool,
}

/// Stops a worker's JavaScript from another thread once its isolate exists.
#[derive(Clone, Default)]
pub struct Terminator(Arc<Mutex<Option<v8::IsolateHandle>>>);

impl Terminator {
    pub fn terminate(&self) {
        if let Some(handle) = self.0.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
            handle.terminate_execution();
        }
    }
}

/// Starts a worker thread. Returns its terminator, or the error of a thread that could not
/// be made.
pub fn start(link: WorkerLink, limits: Limits) -> std::io::Result<Terminator> {
    let terminator = Terminator::default();
    let slot = terminator.clone();
    let to_parent = link.to_parent.clone();
    std::thread::Builder::new()
        .name(format!("worker {}", link.thread_id))
        .spawn(move || {
            let code = match LAUNCH.get() {
                Some(launch) => crate::engine::run_worker(
                    launch.app.clone(),
                    &launch.exe,
                    link,
                    limits,
                    |handle| {
                        *slot.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(handle);
                    },
                ),
                None => 1,
            };
            // The isolate is gone: nothing is left to stop.
            slot.0.lock().unwrap_or_else(|e| e.into_inner()).take();
            crate::ops::ports::close_thread_ports();
            let _ = to_parent.send(FromWorker::Exit(code));
        })?;
    Ok(terminator)
}
