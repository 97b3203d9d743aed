//! Maintenance tasks: `cargo xtask bench`.

mod bench;
mod bundle_bench;
mod http_bench;
mod measure;
mod startup_bench;

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("bench") => bench::run(&args[1..]),
        Some(measure::HELPER) => measure::helper_main(&args[1..]),
        _ => {
            let _ = writeln!(
                std::io::stderr(),
                "usage: cargo xtask bench [--runs N]\n\n  bench   build release binaries and \
                 compare packed executables with node"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "error: {e:#}");
            ExitCode::from(1)
        }
    }
}
