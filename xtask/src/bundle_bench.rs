//! Bundling against esbuild: time and output size for the `typescript` package's tsc and for a
//! generated project of 1,000 modules. The peers install from the npm registry into
//! target/bench/peers on first use.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::measure::repeat;

const PEERS: &str = r#"{
  "private": true,
  "dependencies": { "bun": "^1.2.0", "esbuild": "^0.25.0", "typescript": "^5.8.0" }
}
"#;

/// Installs the peers once; returns their directory.
pub fn peers(out_dir: &Path) -> Result<PathBuf> {
    let dir = out_dir.join("peers");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("package.json"), PEERS)?;
    if !dir.join("node_modules/bun/package.json").is_file() {
        let status = Command::new("npm")
            .args(["install", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .status()
            .context("cannot run npm (needed to install bun, esbuild and typescript)")?;
        if !status.success() {
            bail!("npm install in {} failed", dir.display());
        }
    }
    Ok(dir)
}

/// A project of `count` ES modules in a tree (module i imports 2i+1 and 2i+2), every fifth
/// one CommonJS, each with some real code.
fn synthetic(out_dir: &Path, count: usize) -> Result<PathBuf> {
    let dir = out_dir.join("synthetic");
    let src = dir.join("src");
    std::fs::create_dir_all(&src)?;
    std::fs::write(
        dir.join("package.json"),
        "{\"type\": \"module\", \"main\": \"src/m0.js\"}\n",
    )?;
    let file = |i: usize| {
        if i % 5 == 4 {
            format!("m{i}.cjs")
        } else {
            format!("m{i}.js")
        }
    };
    for i in 0..count {
        let children: Vec<usize> = [2 * i + 1, 2 * i + 2]
            .into_iter()
            .filter(|&c| c < count)
            .collect();
        let mut text = String::new();
        if i % 5 == 4 {
            for c in &children {
                let _ = writeln!(text, "const c{c} = require('./{}');", file(*c));
            }
            let _ = writeln!(
                text,
                "class Shape{i} {{\n  constructor(w, h) {{ this.w = w; this.h = h; }}\n  area() {{ return this.w * this.h + {i}; }}\n}}"
            );
            let calls: Vec<String> = children
                .iter()
                .map(|c| format!("c{c}.run(n - 1)"))
                .collect();
            let _ = writeln!(
                text,
                "exports.run = function run(n) {{\n  if (n <= 0) return {i};\n  let total = new Shape{i}(n, 2).area();\n  for (let k = 0; k < 3; k++) total += `${{k}}-{i}`.length;\n  return total{}{};\n}};",
                if calls.is_empty() { "" } else { " + " },
                calls.join(" + ")
            );
        } else {
            for c in &children {
                let _ = writeln!(
                    text,
                    "import {} from './{}';",
                    if c % 5 == 4 {
                        format!("c{c}")
                    } else {
                        format!("{{ run as r{c} }}")
                    },
                    file(*c)
                );
            }
            let _ = writeln!(
                text,
                "export const NAME_{i} = 'module {i}';\nexport class Shape{i} {{\n  constructor(w, h) {{ this.w = w; this.h = h; }}\n  area() {{ return this.w * this.h + {i}; }}\n}}"
            );
            let calls: Vec<String> = children
                .iter()
                .map(|c| {
                    if c % 5 == 4 {
                        format!("c{c}.run(n - 1)")
                    } else {
                        format!("r{c}(n - 1)")
                    }
                })
                .collect();
            let _ = writeln!(
                text,
                "export function run(n) {{\n  if (n <= 0) return {i};\n  const parts = [NAME_{i}, String(n)].map((s) => s.toUpperCase());\n  return new Shape{i}(n, parts.length).area(){}{};\n}}",
                if calls.is_empty() { "" } else { " + " },
                calls.join(" + ")
            );
            if i == 0 {
                text.push_str("console.log(run(3));\n");
            }
        }
        std::fs::write(src.join(file(i)), text)?;
    }
    Ok(dir.join("src/m0.js"))
}

fn size(path: &Path) -> Result<u64> {
    Ok(std::fs::metadata(path)
        .with_context(|| format!("{} was not written", path.display()))?
        .len())
}

/// Measures both bundlers on each input; returns the report's section.
pub fn run(pack: &Path, out_dir: &Path, runs: usize) -> Result<String> {
    let peers = peers(out_dir)?;
    let esbuild = peers.join("node_modules/@esbuild/linux-x64/bin/esbuild");
    if !esbuild.is_file() {
        bail!(
            "esbuild's native binary is missing at {}",
            esbuild.display()
        );
    }
    let inputs = [
        (
            "typescript tsc (lib/tsc.js)",
            peers.join("node_modules/typescript/lib/tsc.js"),
        ),
        ("1,000 generated modules", synthetic(out_dir, 1000)?),
    ];
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n## bundling (ratio = pack / esbuild; both write a source map, sizes are the script's)\n"
    );
    let _ = writeln!(out, "| input | mode | metric | pack | esbuild | ratio |");
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    let pack = pack.to_str().context("path is not UTF-8")?;
    let esbuild = esbuild.to_str().context("path is not UTF-8")?;
    for (name, entry) in &inputs {
        let entry = entry.to_str().context("path is not UTF-8")?;
        for minify in [false, true] {
            let mode = if minify { "minified" } else { "plain" };
            crate::bench::say(&format!("bundling {name} ({mode}, {runs} runs each)...\n"));
            let pack_out = out_dir.join("bundle-pack.js");
            let esbuild_out = out_dir.join("bundle-esbuild.js");
            let pack_out_s = pack_out.to_str().context("path is not UTF-8")?;
            let esbuild_out_arg = format!("--outfile={}", esbuild_out.display());
            let mut pack_args = vec!["bundle", entry, "-o", pack_out_s];
            // pack always writes a source map beside the script; esbuild is asked for one too.
            let mut esbuild_args = vec![
                entry,
                "--bundle",
                "--platform=node",
                "--sourcemap",
                "--log-level=error",
                esbuild_out_arg.as_str(),
            ];
            if minify {
                pack_args.push("--minify");
                esbuild_args.push("--minify");
            }
            let p = repeat(pack, &pack_args, &[], 1, runs)?;
            let e = repeat(esbuild, &esbuild_args, &[], 1, runs)?;
            let (ps, es) = (size(&pack_out)?, size(&esbuild_out)?);
            let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
            let _ = writeln!(
                out,
                "| {name} | {mode} | time (ms) | {:.1} | {:.1} | {:.2} |",
                ms(p.wall),
                ms(e.wall),
                ms(p.wall) / ms(e.wall)
            );
            let _ = writeln!(
                out,
                "| {name} | {mode} | size (KB) | {:.1} | {:.1} | {:.2} |",
                ps as f64 / 1000.0,
                es as f64 / 1000.0,
                ps as f64 / es as f64
            );
        }
    }
    Ok(out)
}
