//! Writing to the terminal without panicking when a stream is closed (`pack ... | head`).

use std::io::Write;

pub fn out(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

pub fn error_out(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Whether messages on standard error get colours: only on a terminal, and never when
/// `NO_COLOR` is set to anything but the empty string (no-color.org).
pub fn stderr_colors() -> bool {
    use std::io::IsTerminal;
    colors_for(
        std::io::stderr().is_terminal(),
        std::env::var_os("NO_COLOR").as_deref(),
    )
}

fn colors_for(terminal: bool, no_color: Option<&std::ffi::OsStr>) -> bool {
    terminal && no_color.is_none_or(|v| v.is_empty())
}

/// A byte count for people: `812 B`, `4.2 KB`, `47.1 MB`.
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64;
    let mut unit = "B";
    for u in UNITS {
        if value < 1000.0 {
            break;
        }
        value /= 1000.0;
        unit = u;
    }
    format!("{value:.1} {unit}")
}

#[cfg(test)]
mod tests {
    use super::{colors_for, human_size};
    use std::ffi::OsStr;

    #[test]
    fn colours_only_on_a_terminal_without_no_color() {
        assert!(colors_for(true, None));
        assert!(colors_for(true, Some(OsStr::new(""))));
        assert!(!colors_for(true, Some(OsStr::new("1"))));
        assert!(!colors_for(false, None));
    }

    #[test]
    fn sizes() {
        assert_eq!(human_size(0), "0 B");
        assert_eq!(human_size(999), "999 B");
        assert_eq!(human_size(1500), "1.5 KB");
        assert_eq!(human_size(47_100_000), "47.1 MB");
    }
}
