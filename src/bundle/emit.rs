//! Emit: every module wrapped in the function the runtime's registry calls, in one script, then
//! code and a source map back to the original files.

use swc_core::common::source_map::LineCol;
use swc_core::common::sync::Lrc;
use swc_core::common::{BytePos, FileName, Mark, SourceFile, SourceMap, SyntaxContext};
use swc_core::ecma::ast::*;
use swc_core::ecma::codegen::{Config, Emitter, text_writer::JsWriter};
use swc_core::ecma::transforms::base::{fixer::fixer, hygiene::hygiene, resolver};
use swc_core::ecma::visit::{VisitMut, VisitMutWith};

use super::ast::*;
use super::esm;
use super::graph::{Graph, ModuleRecord, Source, Target};
use crate::diagnostics::Diagnostic;

pub struct Emitted {
    pub code: String,
    pub source_map: Vec<u8>,
}

/// CommonJS wrapper parameters, as in Node's loader.
const CJS_PARAMS: [&str; 5] = ["exports", "require", "module", "__filename", "__dirname"];

pub fn emit(
    mut graph: Graph,
    unresolved_mark: Mark,
    minify: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Emitted {
    let unresolved = SyntaxContext::empty().apply_mark(unresolved_mark);
    let pack = ident("$pack", unresolved);
    let pack_member = |name: &str| member(Expr::Ident(pack.clone()), name);
    let sources: Vec<Source> = graph
        .modules
        .iter_mut()
        .map(|m| std::mem::replace(&mut m.source, Source::Json(String::new())))
        .collect();

    let mut out = Output::default();
    for (index, source) in sources.into_iter().enumerate() {
        let record = &graph.modules[index];
        // The module's `require` map (an ES module's is for the `require` it makes with
        // createRequire): specifier to bundled module, or to the path of a file only
        // `require.resolve` names.
        let requires = || {
            let mut map: Vec<(String, Expr)> = record
                .require_targets
                .iter()
                .filter_map(|(spec, target)| match target {
                    Target::Module(i) => Some((spec.clone(), num(*i))),
                    _ => None,
                })
                .collect();
            for (spec, path) in &record.resolved_paths {
                if !map.iter().any(|(s, _)| s == spec) {
                    map.push((spec.clone(), str_lit(path)));
                }
            }
            map
        };
        if record.verbatim
            && !minify
            && let Some(file) = &record.file
        {
            out.verbatim(record, requires(), graph.cjs_names(index), file);
            continue;
        }
        let name = str_lit(&record.name);
        let mut dynamic = DynamicImports {
            graph: &graph,
            index,
            pack: &pack,
        };
        let stmt = match source {
            Source::CommonJs(script) => {
                let mut stmts = script.body;
                stmts.visit_mut_with(&mut dynamic);
                let params = CJS_PARAMS.iter().map(|p| ident(p, unresolved)).collect();
                let names = graph.cjs_names(index).iter().map(|n| str_lit(n)).collect();
                call(
                    pack_member("c"),
                    vec![
                        name,
                        object(requires()),
                        array(names),
                        function(params, stmts, false, false),
                    ],
                )
            }
            Source::Json(text) => call(pack_member("j"), vec![name, str_lit(&text)]),
            Source::Esm(module) => {
                let cx = esm::Context {
                    graph: &graph,
                    pack: &pack,
                    index,
                };
                let (params, mut stmts) = esm::transform(module, &cx, diagnostics);
                stmts.visit_mut_with(&mut dynamic);
                let is_async = graph.is_async(index);
                call(
                    pack_member("e"),
                    vec![
                        name,
                        bool_lit(is_async),
                        object(requires()),
                        function(params, stmts, is_async, true),
                    ],
                )
            }
        };
        let mut program = Program::Script(Script {
            span: Default::default(),
            body: vec![expr_stmt(stmt)],
            shebang: None,
        });
        // A CommonJS module that needed no change has no names the bundler made, so nothing
        // to keep apart (and the minifier marks it afresh): hygiene would only cost time.
        if !(minify && record.verbatim) {
            program.mutate(hygiene());
        }
        if minify {
            program = minify_program(program, &graph.cm, unresolved_mark);
        }
        program.mutate(fixer(None));
        out.generated(&graph.cm, &program, minify);
    }

    let map = graph.cm.build_source_map(&out.mappings, None, MapConfig);
    let mut source_map = Vec::new();
    map.to_writer(&mut source_map)
        .expect("writing to memory does not fail");
    Emitted {
        code: out.code,
        source_map,
    }
}

/// The bundle as it is written: text, and where its pieces come from.
#[derive(Default)]
struct Output {
    code: String,
    /// Original positions and the bundle positions (0-based line and column) they went to.
    mappings: Vec<(BytePos, LineCol)>,
    /// Lines written so far.
    line: u32,
}

impl Output {
    /// Appends `text` and ends the line if it did not.
    fn push(&mut self, text: &str) {
        self.code.push_str(text);
        let starts = line_starts(text);
        self.line += (starts.len() - 1) as u32;
        if starts.last() != Some(&text.len()) || text.is_empty() {
            self.code.push('\n');
            self.line += 1;
        }
    }

    /// A CommonJS module's own text in its wrapper, each line mapped to itself.
    fn verbatim(
        &mut self,
        record: &ModuleRecord,
        requires: Vec<(String, Expr)>,
        names: &[String],
        file: &SourceFile,
    ) {
        let map = requires
            .into_iter()
            .map(|(spec, target)| match target {
                Expr::Lit(Lit::Num(n)) => format!("{}:{}", json_string(&spec), n.value),
                Expr::Lit(Lit::Str(s)) => format!(
                    "{}:{}",
                    json_string(&spec),
                    json_string(&s.value.to_atom_lossy())
                ),
                _ => unreachable!("map values are module numbers and paths"),
            })
            .collect::<Vec<_>>()
            .join(",");
        let names = names
            .iter()
            .map(|n| json_string(n))
            .collect::<Vec<_>>()
            .join(",");
        self.push(&format!(
            "$pack.c({}, {{{map}}}, [{names}], function (exports, require, module, __filename, __dirname) {{",
            json_string(&record.name)
        ));
        let text: &str = &file.src;
        // `#!` only starts a file; inside the wrapper it becomes a comment of the same length.
        let text = match text.strip_prefix("#!") {
            Some(rest) => std::borrow::Cow::Owned(format!("//{rest}")),
            None => std::borrow::Cow::Borrowed(text),
        };
        for (i, start) in line_starts(&text).into_iter().enumerate() {
            if start < text.len() {
                self.mappings.push((
                    file.start_pos + BytePos(start as u32),
                    LineCol {
                        line: self.line + i as u32,
                        col: 0,
                    },
                ));
            }
        }
        self.push(&text);
        self.push("});");
    }

    /// Generated code for one module, with its mappings moved to where it lands.
    fn generated(&mut self, cm: &Lrc<SourceMap>, program: &Program, minify: bool) {
        let mut code = Vec::new();
        let mut mappings = Vec::new();
        {
            let wr = JsWriter::new(cm.clone(), "\n", &mut code, Some(&mut mappings));
            let mut emitter = Emitter {
                cfg: Config::default()
                    .with_target(EsVersion::latest())
                    .with_ascii_only(false)
                    .with_minify(minify),
                cm: cm.clone(),
                comments: None,
                wr,
            };
            emitter
                .emit_program(program)
                .expect("writing to memory does not fail");
        }
        let line = self.line;
        self.mappings.extend(mappings.into_iter().map(|(pos, lc)| {
            (
                pos,
                LineCol {
                    line: lc.line + line,
                    col: lc.col,
                },
            )
        }));
        let code = String::from_utf8(code).expect("generated code is UTF-8");
        // Codegen writes U+2028 and U+2029 as they are inside strings; V8 would count them as
        // line ends, and the mappings above would not.
        let code = if code.contains(['\u{2028}', '\u{2029}']) {
            code.replace('\u{2028}', "\\u2028")
                .replace('\u{2029}', "\\u2029")
        } else {
            code
        };
        self.push(&code);
    }
}

/// swc's mangler (short local names) and compact output, keeping what a program can observe:
/// function and class names stay (`fn.name`, stack traces, `util.inspect`).
fn minify_program(mut program: Program, cm: &Lrc<SourceMap>, unresolved_mark: Mark) -> Program {
    use swc_core::ecma::minifier::option::{ExtraOptions, MangleOptions, MinifyOptions};
    let options = MinifyOptions {
        // No compressor: on typescript's tsc it took 4 to 5 times as long as the rest of the
        // minifier for 4% of the size, and it is where behaviour could change.
        compress: None,
        mangle: Some(MangleOptions {
            keep_fn_names: true,
            keep_class_names: true,
            ..Default::default()
        }),
        ..Default::default()
    };
    // The minifier expects scopes as its resolver marks a whole program; the module is one now
    // (a call of the registry), and hygiene has made its names distinct: mark it afresh.
    program.visit_mut_with(&mut ForgetScopes);
    let top_level_mark = Mark::new();
    program.mutate(resolver(unresolved_mark, top_level_mark, false));
    let extra = ExtraOptions {
        unresolved_mark,
        top_level_mark,
        mangle_name_cache: None,
    };
    swc_core::ecma::minifier::optimize(program, cm.clone(), None, None, &options, &extra)
}

/// Clears swc's scope marks.
struct ForgetScopes;

impl VisitMut for ForgetScopes {
    fn visit_mut_syntax_context(&mut self, ctxt: &mut SyntaxContext) {
        *ctxt = SyntaxContext::empty();
    }
}

/// Where lines start in `text`, as V8 counts lines: after `\n`, `\r\n`, a lone `\r`, U+2028
/// and U+2029. The first line starts at 0; a text that ends a line has its end as a start.
fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\r' if chars.peek().is_some_and(|&(_, next)| next == '\n') => {}
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => starts.push(i + c.len_utf8()),
            _ => {}
        }
    }
    starts
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).expect("strings serialise")
}

/// Sources are named by their paths relative to the project root, with their text inside:
/// the runtime shows original lines in error reports.
struct MapConfig;

impl swc_core::common::source_map::SourceMapGenConfig for MapConfig {
    fn file_name_to_source(&self, f: &FileName) -> String {
        f.to_string()
    }

    fn inline_sources_content(&self, _: &FileName) -> bool {
        true
    }
}

/// `import("x")` as a call of the registry: bundled modules load lazily from it.
struct DynamicImports<'a> {
    graph: &'a Graph,
    index: usize,
    pack: &'a Ident,
}

impl VisitMut for DynamicImports<'_> {
    fn visit_mut_expr(&mut self, expr: &mut Expr) {
        expr.visit_mut_children_with(self);
        let Expr::Call(c) = expr else { return };
        if !matches!(c.callee, Callee::Import(_)) || c.args.is_empty() {
            return;
        }
        let arg = *c.args.swap_remove(0).expr;
        let pack = |name: &str| member(Expr::Ident(self.pack.clone()), name);
        let target = static_string(&arg).and_then(|s| {
            self.graph.modules[self.index]
                .dynamic_targets
                .get(&s)
                .copied()
        });
        *expr = match target {
            Some(Target::Module(i)) => call(pack("d"), vec![num(i)]),
            _ => call(pack("dx"), vec![arg, num(self.index)]),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::line_starts;

    #[test]
    fn lines_end_where_v8_ends_them() {
        assert_eq!(line_starts("a\nb"), [0, 2]);
        assert_eq!(line_starts("a\r\nb\rc\u{2028}d"), [0, 3, 5, 9]);
        assert_eq!(line_starts("a\n"), [0, 2]);
        assert_eq!(line_starts(""), [0]);
    }
}
