//! User errors in source files, collected as data and rendered with the source line and a caret.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
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
    /// `file:line:col: error: message`, then the line and a caret under the column.
    pub fn render(&self) -> String {
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
            "{}:{}:{}: error: {}\n {gutter} | {}\n {pad} | {marker}^\n",
            self.file, self.line, self.column, self.message, self.line_text
        )
    }
}

impl Diagnostics {
    pub fn render(&self) -> String {
        let mut sorted = self.0.clone();
        sorted.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        sorted.dedup();
        let mut out: String = sorted.iter().map(Diagnostic::render).collect();
        let n = sorted.len();
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
            file: "a.js".into(),
            line: 12,
            column: 4,
            message: "Unexpected token".into(),
            line_text: "\tx =;".into(),
        };
        assert_eq!(
            d.render(),
            "a.js:12:4: error: Unexpected token\n 12 | \tx =;\n    | \t  ^\n"
        );
    }
}
