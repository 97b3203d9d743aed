//! Parsing with swc: every parse runs inside swc's `GLOBALS`, and errors become diagnostics.

use swc_core::common::sync::Lrc;
use swc_core::common::{FileName, GLOBALS, Globals, SourceMap, Spanned};
use swc_core::ecma::ast::Script;
use swc_core::ecma::parser::{EsSyntax, Parser, StringInput, Syntax};

use crate::diagnostics::Diagnostic;

/// Parses `source` as the body of a CommonJS module (top-level `return` allowed). `display_name`
/// is how the file is named in diagnostics.
pub fn parse_commonjs(display_name: &str, source: &str) -> Result<Script, Vec<Diagnostic>> {
    GLOBALS.set(&Globals::new(), || {
        let cm: Lrc<SourceMap> = Default::default();
        let file = cm.new_source_file(
            Lrc::new(FileName::Custom(display_name.to_string())),
            source.to_string(),
        );
        let syntax = Syntax::Es(EsSyntax {
            jsx: false,
            ..Default::default()
        });
        let mut parser = Parser::new(syntax, StringInput::from(&*file), None);
        let result = parser.parse_commonjs();
        let mut errors = parser.take_errors();
        let script = match result {
            Ok(script) => Some(script),
            Err(e) => {
                errors.push(e);
                None
            }
        };
        if errors.is_empty()
            && let Some(script) = script
        {
            return Ok(script);
        }
        Err(errors
            .into_iter()
            .map(|e| {
                let loc = cm.lookup_char_pos(e.span().lo);
                let line_text = loc
                    .file
                    .get_line(loc.line - 1)
                    .map(|l| l.trim_end_matches(['\r', '\n']).to_string())
                    .unwrap_or_default();
                Diagnostic {
                    file: display_name.to_string(),
                    line: loc.line,
                    column: loc.col.0 + 1,
                    message: e.kind().msg().into_owned(),
                    line_text,
                }
            })
            .collect())
    })
}

#[cfg(test)]
mod tests {
    use super::parse_commonjs;

    #[test]
    fn accepts_top_level_return_and_reports_errors_with_position() {
        assert!(parse_commonjs("ok.js", "if (x) return;\nconsole.log(1)").is_ok());
        let errors = parse_commonjs("bad.js", "let a = 1;\nlet b = = 2;\n").unwrap_err();
        assert_eq!(errors[0].line, 2);
        assert_eq!(errors[0].column, 9);
        assert_eq!(errors[0].line_text, "let b = = 2;");
    }
}
