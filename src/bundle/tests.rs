//! The bundler over in-memory file trees: what it finds, how it resolves, what it reports.

use std::path::Path;

use super::memory_fs::MemoryFs;
use super::*;
use crate::diagnostics;

fn build_fs(fs: MemoryFs, entry: &str) -> Result<Bundle, Diagnostics> {
    let resolver = Resolver::new(fs.clone());
    bundle(
        &fs,
        &resolver,
        Path::new("/p"),
        Path::new(entry),
        &Options {
            externals: &[],
            minify: false,
        },
    )
}

fn build(files: &[(&str, &str)], entry: &str) -> Result<Bundle, Diagnostics> {
    build_fs(MemoryFs::with(files), entry)
}

fn names(b: &Bundle) -> Vec<&str> {
    b.modules.iter().map(|(n, _)| n.as_str()).collect()
}

fn errors(files: &[(&str, &str)], entry: &str) -> Vec<Diagnostic> {
    match build(files, entry) {
        Ok(_) => panic!("the build succeeded"),
        Err(d) => diagnostics::sorted(&d.0),
    }
}

#[test]
fn resolves_extensions_indexes_and_packages() {
    let b = build(
        &[
            ("/p/main.js", "require('./lib'); require('./data'); require('dep'); require('fs'); require('node:path')"),
            ("/p/lib/index.js", "module.exports = 1"),
            ("/p/data.json", "{\"a\": 1}"),
            ("/p/node_modules/dep/package.json", "{\"main\": \"main.js\"}"),
            ("/p/node_modules/dep/main.js", "module.exports = 2"),
        ],
        "/p/main.js",
    )
    .unwrap();
    assert_eq!(
        names(&b),
        [
            "main.js",
            "lib/index.js",
            "data.json",
            "node_modules/dep/main.js"
        ]
    );
    assert_eq!(b.entry, "main.js");
    assert!(b.esm.is_empty());
}

#[test]
fn export_conditions_follow_the_kind_of_request() {
    let pkg = r##"{"exports": {".": {"import": "./esm.mjs", "require": "./cjs.js"}, "./feature": {"node": "./node.js", "default": "./other.js"}}, "imports": {"#internal": "./internal.js"}}"##;
    let files = [
        (
            "/p/main.mjs",
            "import a from 'pkg'; import b from 'pkg/feature'; import { createRequire } from 'module'; export { a, b };",
        ),
        ("/p/req.js", "require('pkg')"),
        ("/p/node_modules/pkg/package.json", pkg),
        (
            "/p/node_modules/pkg/esm.mjs",
            "import x from '#internal'; export default x",
        ),
        ("/p/node_modules/pkg/cjs.js", "module.exports = 1"),
        ("/p/node_modules/pkg/node.js", "module.exports = 2"),
        ("/p/node_modules/pkg/other.js", "module.exports = 3"),
        ("/p/node_modules/pkg/internal.js", "module.exports = 4"),
    ];
    let b = build(&files, "/p/main.mjs").unwrap();
    assert_eq!(
        names(&b),
        [
            "main.mjs",
            "node_modules/pkg/esm.mjs",
            "node_modules/pkg/node.js",
            "node_modules/pkg/internal.js"
        ]
    );
    assert_eq!(b.esm, ["main.mjs", "node_modules/pkg/esm.mjs"]);
    let b = build(&files, "/p/req.js").unwrap();
    assert_eq!(names(&b), ["req.js", "node_modules/pkg/cjs.js"]);
}

#[test]
fn symlinked_packages_are_bundled_once_at_their_real_path() {
    let fs = MemoryFs::with(&[
        ("/p/main.js", "require('a'); require('b')"),
        (
            "/p/node_modules/.store/shared/index.js",
            "module.exports = 1",
        ),
        ("/p/node_modules/.store/a/index.js", "require('shared')"),
        ("/p/node_modules/.store/b/index.js", "require('shared')"),
    ])
    .link("/p/node_modules/a", "/p/node_modules/.store/a")
    .link("/p/node_modules/b", "/p/node_modules/.store/b")
    .link(
        "/p/node_modules/.store/a/node_modules/shared",
        "/p/node_modules/.store/shared",
    )
    .link(
        "/p/node_modules/.store/b/node_modules/shared",
        "/p/node_modules/.store/shared",
    );
    let b = build_fs(fs, "/p/main.js").unwrap();
    assert_eq!(
        names(&b),
        [
            "main.js",
            "node_modules/.store/a/index.js",
            "node_modules/.store/b/index.js",
            "node_modules/.store/shared/index.js"
        ]
    );
}

#[test]
fn package_type_and_syntax_decide_the_module_kind() {
    let b = build(
        &[
            ("/p/package.json", r#"{"type": "module"}"#),
            (
                "/p/main.js",
                "import './plain.cjs'; import './detect/x.js'; await 0;",
            ),
            ("/p/plain.cjs", "module.exports = 1"),
            ("/p/detect/package.json", "{}"),
            ("/p/detect/x.js", "export const x = 1"),
        ],
        "/p/main.js",
    )
    .unwrap();
    assert_eq!(b.esm, ["main.js", "detect/x.js"]);
    // Top-level await makes the entry asynchronous.
    assert!(b.code.contains(r#"$pack.e("main.js", true"#), "{}", b.code);
    assert!(
        b.code.contains(r#"$pack.e("detect/x.js", false"#),
        "{}",
        b.code
    );
}

#[test]
fn awaiting_spreads_to_importers_but_not_to_dynamic_importers() {
    let b = build(
        &[
            ("/p/main.mjs", "import './mid.mjs'; import('./lazy.mjs')"),
            ("/p/mid.mjs", "import './tla.mjs'"),
            ("/p/tla.mjs", "await null"),
            ("/p/lazy.mjs", "export {}"),
        ],
        "/p/main.mjs",
    )
    .unwrap();
    for (name, is_async) in [
        ("main", true),
        ("mid", true),
        ("tla", true),
        ("lazy", false),
    ] {
        let expected = format!(r#"$pack.e("{name}.mjs", {is_async}"#);
        assert!(b.code.contains(&expected), "{expected} in {}", b.code);
    }
}

#[test]
fn typescript_types_go_and_enums_stay() {
    let b = build(
        &[
            ("/p/main.ts", "import type { T } from './types';\nimport { E, helper } from './lib.js';\nconst x: T = helper(E.B);\nexport { x };"),
            ("/p/types.ts", "export interface T { n: number }"),
            ("/p/lib.ts", "export enum E { A, B }\nexport namespace N { export const k = 1 }\nexport function helper(e: E): number { return e + N.k }"),
        ],
        "/p/main.ts",
    )
    .unwrap();
    assert_eq!(names(&b), ["main.ts", "lib.ts"]);
    assert!(!b.code.contains("interface"));
    assert!(
        b.code.contains("E[E[\"B\"] = 1]") || b.code.contains("E[\"B\"] = 1"),
        "{}",
        b.code
    );
}

#[test]
fn every_syntax_error_is_reported_in_one_run() {
    let d = errors(
        &[
            ("/p/main.js", "require('./a'); require('./b')"),
            ("/p/a.js", "let x = = 1;"),
            ("/p/b.js", "\nfunction (  {"),
        ],
        "/p/main.js",
    );
    let places: Vec<_> = d.iter().map(|d| (d.file.as_str(), d.line)).collect();
    assert!(places.contains(&("a.js", 1)), "{d:?}");
    assert!(places.contains(&("b.js", 2)), "{d:?}");
}

#[test]
fn unresolvable_requests() {
    let d = errors(
        &[
            (
                "/p/main.mjs",
                "import './ok.js';\nimport x from './missing.js';\nimport y from 'nopkg';\nimport 'dep';",
            ),
            (
                "/p/ok.js",
                "try { require('optional') } catch {}\nrequire('./gone')\nrequire(process.env.X)\ntry { require(process.env.Y) } catch {}",
            ),
            ("/p/node_modules/dep/index.js", "require(process.env.Z)"),
        ],
        "/p/main.mjs",
    );
    let errors: Vec<_> = d
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.file.as_str(), d.line, d.column, d.message.as_str()))
        .collect();
    assert_eq!(
        errors,
        [
            ("main.mjs", 2, 15, "cannot find module './missing.js'"),
            ("main.mjs", 3, 15, "cannot find module 'nopkg'"),
        ]
    );
    // A require that may fail is left to run time: a warning, none when guarded by `try`.
    let warnings: Vec<_> = d
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .map(|d| (d.file.as_str(), d.line))
        .collect();
    // So is one whose name is computed, in the project's own code.
    assert_eq!(warnings, [("ok.js", 2), ("ok.js", 3)]);
}

#[test]
fn missing_exports_of_es_modules_are_errors() {
    let d = errors(
        &[
            (
                "/p/main.mjs",
                "import { a, nope } from './a.mjs';\nexport { other } from './b.mjs';\nimport c, { anything } from './c.cjs';\nimport j, { key } from './j.json';",
            ),
            ("/p/j.json", "{\"key\": 1}"),
            ("/p/a.mjs", "export const a = 1; export * from './b.mjs'"),
            ("/p/b.mjs", "export function b() {}"),
            ("/p/c.cjs", "module.exports = {}"),
        ],
        "/p/main.mjs",
    );
    let found: Vec<_> = d.iter().map(|d| (d.line, d.message.as_str())).collect();
    assert_eq!(
        found,
        [
            (
                1,
                "the module './a.mjs' does not provide an export named 'nope'"
            ),
            (
                2,
                "the module './b.mjs' does not provide an export named 'other'"
            ),
            (
                3,
                "the CommonJS module './c.cjs' has no export named 'anything' that Node can find \
                 before running it; import its default export and read 'anything' from that"
            ),
            (4, "the JSON module './j.json' has only a default export"),
        ]
    );
}

#[test]
fn commonjs_names_are_the_ones_node_finds() {
    let b = build(
        &[
            ("/p/main.mjs", "import { a, b, fromStar, viaRequire } from './c.cjs';"),
            ("/p/c.cjs", "exports.a = 1;\nmodule.exports.b = 2;\n__exportStar(require('./star.cjs'), exports);\nObject.assign(exports, require('./again.cjs'));"),
            ("/p/star.cjs", "module.exports = { fromStar, ...require('./deeper.cjs') }; var fromStar;"),
            ("/p/deeper.cjs", "exports.viaRequire = 1; exports.a = 2;"),
            ("/p/again.cjs", "exports.hidden = 1;"),
        ],
        "/p/main.mjs",
    )
    .unwrap();
    // The runtime gets each CommonJS module's names for its namespace.
    assert!(b.code.contains(r#"$pack.c("c.cjs", {"./star.cjs":2,"./again.cjs":3}, ["a","b","fromStar","viaRequire"]"#), "{}", b.code);
}

#[test]
fn invalid_json_names_the_place() {
    let d = errors(
        &[
            ("/p/main.js", "require('./x.json')"),
            ("/p/x.json", "{\n  \"a\": 1,\n}"),
        ],
        "/p/main.js",
    );
    assert_eq!((d[0].file.as_str(), d[0].line), ("x.json", 3), "{d:?}");
}

#[test]
fn the_nearest_package_json_decides_the_kind() {
    // As in packages that ship CommonJS under dist/cjs with its own {"type": "commonjs"}.
    let b = build(
        &[
            ("/p/main.js", "require('dual')"),
            ("/p/node_modules/dual/package.json", r#"{"type": "module", "exports": {"require": "./dist/cjs/index.js", "import": "./dist/esm/index.js"}}"#),
            ("/p/node_modules/dual/dist/cjs/package.json", r#"{"type": "commonjs"}"#),
            ("/p/node_modules/dual/dist/cjs/index.js", "exports.x = 1"),
            ("/p/node_modules/dual/dist/esm/index.js", "export const x = 1"),
        ],
        "/p/main.js",
    )
    .unwrap();
    assert_eq!(
        names(&b),
        ["main.js", "node_modules/dual/dist/cjs/index.js"]
    );
    assert!(b.esm.is_empty(), "{:?}", b.esm);
}

#[test]
fn jsx_follows_the_tsconfig() {
    let files = |config: &'static str| {
        vec![
            ("/p/tsconfig.json", config),
            (
                "/p/main.jsx",
                "export const el = <div a=\"1\"><>x</></div>;",
            ),
            (
                "/p/node_modules/preact/package.json",
                "{\"exports\": {\"./jsx-runtime\": \"./rt.js\"}}",
            ),
            (
                "/p/node_modules/preact/rt.js",
                "exports.jsx = () => 1; exports.Fragment = 2;",
            ),
        ]
    };
    // Classic, with the factories named.
    let b = build(
        &files(r#"{"compilerOptions": {"jsxFactory": "h", "jsxFragmentFactory": "Frag"}}"#),
        "/p/main.jsx",
    )
    .unwrap();
    assert!(
        b.code.contains("h(\"div\"") && b.code.contains("h(Frag"),
        "{}",
        b.code
    );
    assert_eq!(names(&b), ["main.jsx"]);
    // Automatic: the runtime module is bundled.
    let b = build(
        &files(r#"{"compilerOptions": {"jsx": "react-jsx", "jsxImportSource": "preact"}}"#),
        "/p/main.jsx",
    )
    .unwrap();
    assert_eq!(names(&b), ["main.jsx", "node_modules/preact/rt.js"]);
    // A runtime that is not installed: an error about the file, not a crash.
    let d = errors(
        &files(r#"{"compilerOptions": {"jsx": "react-jsx", "jsxImportSource": "absent"}}"#),
        "/p/main.jsx",
    );
    assert_eq!(d[0].file, "main.jsx", "{d:?}");
    assert!(d[0].message.contains("'absent/jsx-runtime'"), "{d:?}");
    // A broken tsconfig.json is an error that names it.
    let d = errors(&files("{\"compilerOptions\": "), "/p/main.jsx");
    assert!(d[0].file.ends_with("tsconfig.json"), "{d:?}");
}

#[test]
fn export_patterns_nested_conditions_and_links_outside_the_root() {
    let fs = MemoryFs::with(&[
        ("/p/main.js", "require('pkg/lib/a'); require('pkg/deep'); require('linked')"),
        (
            "/p/node_modules/pkg/package.json",
            r#"{"exports": {"./lib/*": "./dist/*.js", "./deep": {"node": {"require": "./deep-node.cjs", "default": "./x.js"}, "default": "./y.js"}}}"#,
        ),
        ("/p/node_modules/pkg/dist/a.js", "module.exports = 1"),
        ("/p/node_modules/pkg/deep-node.cjs", "module.exports = 2"),
        ("/work/linked/package.json", r#"{"main": "main.js"}"#),
        ("/work/linked/main.js", "module.exports = 3"),
    ])
    .link("/p/node_modules/linked", "/work/linked");
    let b = build_fs(fs, "/p/main.js").unwrap();
    assert_eq!(
        names(&b),
        [
            "main.js",
            "node_modules/pkg/dist/a.js",
            "node_modules/pkg/deep-node.cjs",
            "../work/linked/main.js"
        ]
    );
}
