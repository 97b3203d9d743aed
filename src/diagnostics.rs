//! User errors in source files, collected as data and rendered with the source line and a caret.

use std::fmt;

use swc_core::common::{SourceMap, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file as the user named it.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    pub message: String,
    /// The text of the line, without its line ending.
    pub line_text: String,
}

/// One or more diagnostics that stop the build.
#[derive(Debug)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostic {
    /// An error at `span` of a file in `cm`, named there as the user should see it.
    pub fn at(cm: &SourceMap, span: Span, message: String) -> Diagnostic {
        let loc = cm.lookup_char_pos(span.lo);
        let line_text = loc
            .file
            .get_line(loc.line - 1)
            .map(|l| l.trim_end_matches(['\r', '\n']).to_string())
            .unwrap_or_default();
        Diagnostic {
            severity: Severity::Error,
            file: loc.file.name.to_string(),
            line: loc.line,
            column: loc.col.0 + 1,
            message,
            line_text,
        }
    }

    /// An error about file `file` as a whole (no line to show).
    pub fn about_file(file: &str, message: String) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_string(),
            line: 0,
            column: 0,
            message,
            line_text: String::new(),
        }
    }

    /// As `at`, for a span that may not be in the source (code a transform added, such as the
    /// JSX runtime's import): then the diagnostic is about `file` as a whole.
    pub fn at_or(cm: &SourceMap, span: Span, message: String, file: &str) -> Diagnostic {
        if span.is_dummy() || cm.try_lookup_char_pos(span.lo).is_err() {
            return Diagnostic::about_file(file, format!("{message} (in code the compiler added)"));
        }
        Diagnostic::at(cm, span, message)
    }

    pub fn warning(mut self) -> Diagnostic {
        self.severity = Severity::Warning;
        self
    }

    /// `file:line:col: error: message`, then the line and a caret under the column; the label
    /// and the caret in colour when `colors`.
    pub fn render_colored(&self, colors: bool) -> String {
        let (label, paint, reset) = match (self.severity, colors) {
            (Severity::Error, true) => ("error", "\x1b[1;31m", "\x1b[0m"),
            (Severity::Warning, true) => ("warning", "\x1b[1;33m", "\x1b[0m"),
            (Severity::Error, false) => ("error", "", ""),
            (Severity::Warning, false) => ("warning", "", ""),
        };
        let label = format!("{paint}{label}{reset}");
        // About a whole file: no line to show.
        if self.line == 0 {
            return format!("{}: {label}: {}\n", self.file, self.message);
        }
        let gutter = self.line.to_string();
        let pad = " ".repeat(gutter.len());
        // Keep tabs so that the caret lines up with the text above it.
        let marker: String = self
            .line_text
            .chars()
            .take(self.column.saturating_sub(1))
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        format!(
            "{}:{}:{}: {label}: {}\n {gutter} | {}\n {pad} | {marker}{paint}^{reset}\n",
            self.file, self.line, self.column, self.message, self.line_text
        )
    }
}

/// Diagnostics in file order, without repeats.
pub fn sorted(list: &[Diagnostic]) -> Vec<Diagnostic> {
    let mut sorted = list.to_vec();
    sorted.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.severity).cmp(&(&b.file, b.line, b.column, b.severity))
    });
    sorted.dedup();
    sorted
}

impl Diagnostics {
    /// The errors (and the warnings found with them), then a count of the errors.
    pub fn render(&self) -> String {
        self.render_colored(false)
    }

    pub fn render_colored(&self, colors: bool) -> String {
        let sorted = sorted(&self.0);
        let mut out: String = sorted.iter().map(|d| d.render_colored(colors)).collect();
        let n = sorted
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        out.push_str(&format!(
            "{n} error{} found; nothing was written\n",
            if n == 1 { "" } else { "s" }
        ));
        out
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

impl std::error::Error for Diagnostics {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_under_column_with_tabs() {
        let d = Diagnostic {
            severity: Severity::Error,
            file: "a.js".into(),
            line: 12,
            column: 4,
            message: "Unexpected token".into(),
            line_text: "\tx =;".into(),
        };
        assert_eq!(
            d.render_colored(false),
            "a.js:12:4: error: Unexpected token\n 12 | \tx =;\n    | \t  ^\n"
        );
        assert_eq!(
            d.render_colored(true),
            "a.js:12:4: \x1b[1;31merror\x1b[0m: Unexpected token\n 12 | \tx =;\n    | \t  \x1b[1;31m^\x1b[0m\n"
        );
    }
}
