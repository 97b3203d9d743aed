//! The runtime executable. A packed application is a copy of it with a payload appended: at launch
//! it finds its own payload, checks it, and runs the application on V8.

mod app;
mod async_op;
mod build_id;
mod builtins;
mod engine;
mod event_loop;
mod ops;
mod stdio;
mod version;

use std::process::ExitCode;

fn main() -> ExitCode {
    let origin = std::time::Instant::now();
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
        Err(e) => {
            stdio::write_stderr(format!("{}: {e}\n", exe.display()));
            return ExitCode::from(1);
        }
    };
    let code = engine::run(&app, &exe, origin);
    // Exit statuses are 8 bits wide: Node's `process.exit(256)` also ends with status 0.
    ExitCode::from((code & 0xff) as u8)
}
