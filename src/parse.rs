//! Parsing with swc. Callers run inside swc's `GLOBALS`; errors become diagnostics.

use swc_core::common::sync::Lrc;
use swc_core::common::{SourceFile, SourceMap, Spanned};
use swc_core::ecma::ast::Program;
use swc_core::ecma::parser::{EsSyntax, Parser, StringInput, Syntax, TsSyntax, error::Error};

use crate::diagnostics::Diagnostic;

/// How a file's text is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Goal {
    /// The body of a CommonJS module (top-level `return` allowed).
    CommonJs,
    /// An ES module.
    Module,
    /// Either: CommonJS unless the text only parses as a module (Node's syntax detection).
    Detect,
}

/// The syntax for a file name: TypeScript for `.ts`-like names, JSX for `.jsx`/`.tsx`.
pub fn syntax_for(name: &str) -> Syntax {
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext {
        "ts" | "mts" | "cts" => Syntax::Typescript(TsSyntax {
            tsx: false,
            decorators: true,
            ..Default::default()
        }),
        "tsx" => Syntax::Typescript(TsSyntax {
            tsx: true,
            decorators: true,
            ..Default::default()
        }),
        "jsx" => Syntax::Es(EsSyntax {
            jsx: true,
            ..Default::default()
        }),
        _ => Syntax::Es(EsSyntax {
            jsx: false,
            import_attributes: true,
            ..Default::default()
        }),
    }
}

/// Parses `file` (already added to `cm`) with `goal`.
pub fn parse(
    cm: &SourceMap,
    file: &Lrc<SourceFile>,
    syntax: Syntax,
    goal: Goal,
) -> Result<Program, Vec<Diagnostic>> {
    match goal {
        Goal::CommonJs => parse_as(file, syntax, Goal::CommonJs),
        Goal::Module => parse_as(file, syntax, Goal::Module),
        Goal::Detect => match parse_as(file, syntax, Goal::CommonJs) {
            Ok(program) => return Ok(program),
            Err(script_errors) => match parse_as(file, syntax, Goal::Module) {
                Ok(program) => return Ok(program),
                // Report the reading that got further before it failed.
                Err(module_errors) => {
                    let reach = |errors: &[Error]| errors.iter().map(|e| e.span().lo).min();
                    if reach(&module_errors) > reach(&script_errors) {
                        Err(module_errors)
                    } else {
                        Err(script_errors)
                    }
                }
            },
        },
    }
    .map_err(|errors| errors.into_iter().map(|e| diagnostic(cm, &e)).collect())
}

fn parse_as(file: &SourceFile, syntax: Syntax, goal: Goal) -> Result<Program, Vec<Error>> {
    let mut parser = Parser::new(syntax, StringInput::from(file), None);
    let result = match goal {
        Goal::Module => parser.parse_module().map(Program::Module),
        _ => parser.parse_commonjs().map(Program::Script),
    };
    let mut errors = parser.take_errors();
    match result {
        Ok(program) if errors.is_empty() => Ok(program),
        Ok(_) => Err(errors),
        Err(e) => {
            errors.push(e);
            Err(errors)
        }
    }
}

fn diagnostic(cm: &SourceMap, error: &Error) -> Diagnostic {
    Diagnostic::at(cm, error.span(), error.kind().msg().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use swc_core::common::{FileName, GLOBALS, Globals};

    fn check(name: &str, source: &str, goal: Goal) -> Result<Program, Vec<Diagnostic>> {
        GLOBALS.set(&Globals::new(), || {
            let cm: Lrc<SourceMap> = Default::default();
            let file =
                cm.new_source_file(Lrc::new(FileName::Custom(name.into())), source.to_string());
            parse(&cm, &file, syntax_for(name), goal)
        })
    }

    #[test]
    fn accepts_top_level_return_and_reports_errors_with_position() {
        assert!(check("ok.js", "if (x) return;\nconsole.log(1)", Goal::CommonJs).is_ok());
        let errors = check("bad.js", "let a = 1;\nlet b = = 2;\n", Goal::CommonJs).unwrap_err();
        assert_eq!(errors[0].file, "bad.js");
        assert_eq!(errors[0].line, 2);
        assert_eq!(errors[0].column, 9);
        assert_eq!(errors[0].line_text, "let b = = 2;");
    }

    #[test]
    fn detection_prefers_commonjs_and_falls_back_to_modules() {
        let p = check("a.js", "return 1", Goal::Detect).unwrap();
        assert!(matches!(p, Program::Script(_)));
        let p = check("a.js", "import x from 'y'; export default x", Goal::Detect).unwrap();
        assert!(matches!(p, Program::Module(_)));
        let p = check("a.js", "await Promise.resolve(1)", Goal::Detect).unwrap();
        assert!(matches!(p, Program::Module(_)));
        assert!(check("a.ts", "let a: number = 1; export {a}", Goal::Detect).is_ok());
    }
}
