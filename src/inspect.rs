//! `pack inspect APP`: what a packed executable carries, read from its payload alone.

use std::path::Path;

use anyhow::{Context, Result};
use pack_payload::{Codec, Payload, SectionKind};
use serde::{Deserialize, Serialize};

use crate::term;

/// What `pack build` records for inspection (the payload's contents section).
#[derive(Debug, Serialize, Deserialize)]
pub struct Contents {
    /// The version of pack that built the executable.
    pub pack: String,
    /// The runtime's versions: its own, V8's, and the Node.js release its built-ins follow.
    #[serde(default)]
    pub runtime: serde_json::Value,
    pub options: BuildOptions,
    /// Every bundled module and its source size, in bundle order.
    pub modules: Vec<Module>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BuildOptions {
    pub minify: bool,
    pub snapshot: bool,
    /// How the snapshot is stored, when there is one.
    pub snapshot_codec: Option<String>,
    pub external: Vec<String>,
    pub v8_flags: Vec<String>,
    /// Modules run into the snapshot, as the build named them.
    #[serde(default)]
    pub preinit: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Module {
    pub path: String,
    pub size: u64,
}

/// The runtime's part of the manifest that inspection shows.
#[derive(Deserialize)]
struct Manifest {
    entry: String,
}

/// The report, as `--json` prints it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Report {
    file: String,
    size: u64,
    runtime_size: u64,
    payload_size: u64,
    format_version: u32,
    runtime_build: String,
    pack: String,
    runtime: serde_json::Value,
    entry: String,
    options: BuildOptions,
    sections: Vec<SectionReport>,
    /// Largest first.
    modules: Vec<Module>,
    /// Largest first, as the assets section stores them.
    assets: Vec<AssetReport>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AssetReport {
    path: String,
    size: u64,
    /// Raw (read in place) or compressed on its own.
    codec: &'static str,
    stored_size: u64,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SectionReport {
    name: &'static str,
    codec: &'static str,
    stored_size: u64,
    size: u64,
}

pub fn codec_name(codec: Codec) -> &'static str {
    match codec {
        Codec::Raw => "raw",
        Codec::Zstd => "zstd",
        Codec::Lz4 => "lz4",
    }
}

pub fn run(app: &Path, json: bool) -> Result<()> {
    let report = read(app)?;
    if json {
        let mut text = serde_json::to_string_pretty(&report).expect("report serialises");
        text.push('\n');
        term::out(&text);
    } else {
        term::out(&render(&report));
    }
    Ok(())
}

fn read(app: &Path) -> Result<Report> {
    let bytes = std::fs::read(app).with_context(|| format!("cannot read {}", app.display()))?;
    let fail = |e: pack_payload::Error| anyhow::anyhow!("{}: {e}", app.display());
    let payload_bytes = pack_payload::locate(&bytes).map_err(fail)?;
    let payload = Payload::parse(payload_bytes).map_err(fail)?;
    let section_json = |kind: SectionKind| -> Result<Vec<u8>> {
        let data = payload.data(kind).map_err(fail)?.with_context(|| {
            format!(
                "{}: the payload has no {} section",
                app.display(),
                kind.name()
            )
        })?;
        Ok(data.into_owned())
    };
    let manifest: Manifest = serde_json::from_slice(&section_json(SectionKind::Manifest)?)
        .with_context(|| format!("{}: the payload's manifest is damaged", app.display()))?;
    let contents: Contents = serde_json::from_slice(&section_json(SectionKind::Contents)?)
        .with_context(|| {
            format!(
                "{}: the payload's contents section is damaged",
                app.display()
            )
        })?;
    let mut modules = contents.modules;
    modules.sort_by(|a, b| largest_first((a.size, &a.path), (b.size, &b.path)));
    let assets = match payload.section(SectionKind::Assets) {
        Some(section) => pack_payload::read_assets(section.stored).map_err(fail)?,
        None => Vec::new(),
    };
    let mut assets: Vec<AssetReport> = assets
        .into_iter()
        .map(|a| AssetReport {
            path: a.path.to_string(),
            size: a.raw_len,
            codec: codec_name(a.codec),
            stored_size: a.stored.len() as u64,
        })
        .collect();
    assets.sort_by(|a, b| largest_first((a.size, &a.path), (b.size, &b.path)));
    let sections = payload
        .sections()
        .iter()
        .map(|s| SectionReport {
            name: s.kind.name(),
            codec: codec_name(s.codec),
            stored_size: s.stored.len() as u64,
            size: s.raw_len,
        })
        .collect();
    Ok(Report {
        file: app.display().to_string(),
        size: bytes.len() as u64,
        runtime_size: (bytes.len() - payload_bytes.len()) as u64,
        payload_size: payload_bytes.len() as u64,
        format_version: pack_payload::FORMAT_VERSION,
        runtime_build: pack_payload::hex(payload.build_id()),
        pack: contents.pack,
        runtime: contents.runtime,
        entry: manifest.entry,
        options: contents.options,
        sections,
        modules,
        assets,
    })
}

/// The order of inspect's lists: by size, largest first, then by path.
fn largest_first(a: (u64, &String), b: (u64, &String)) -> std::cmp::Ordering {
    b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1))
}

/// `pack-runtime 0.1.0, V8 14.2.1, Node.js 20.18.0 APIs`.
fn runtime_versions(v: &serde_json::Value) -> String {
    if v.is_null() {
        return "not recorded".to_string();
    }
    let get = |key: &str| {
        v.get(key)
            .and_then(|x| x.as_str())
            .unwrap_or("?")
            .to_string()
    };
    format!(
        "pack-runtime {}, V8 {}, Node.js {} APIs",
        get("pack"),
        get("v8"),
        get("node")
    )
}

fn render(r: &Report) -> String {
    let size = term::human_size;
    let list = |items: &[String]| {
        if items.is_empty() {
            "none".to_string()
        } else {
            items.join(" ")
        }
    };
    let o = &r.options;
    let snapshot = match (&o.snapshot, &o.snapshot_codec) {
        (true, Some(codec)) => format!("yes ({codec})"),
        (true, None) => "yes".to_string(),
        (false, _) => "no (the bundle is compiled at launch)".to_string(),
    };
    let mut out = format!(
        "{}: packed executable, {}\n\
         \x20 built by        pack {}\n\
         \x20 payload format  {}\n\
         \x20 runtime         {}\n\
         \x20 runtime build   {} ({})\n\
         \x20 entry           {}\n\
         \x20 snapshot        {snapshot}\n\
         \x20 minified        {}\n\
         \x20 external        {}\n\
         \x20 V8 flags        {}\n\
         \x20 preinitialised  {}\n\
         \nsections ({} in all)\n",
        r.file,
        size(r.size),
        r.pack,
        r.format_version,
        runtime_versions(&r.runtime),
        r.runtime_build,
        size(r.runtime_size),
        r.entry,
        if o.minify { "yes" } else { "no" },
        list(&o.external),
        list(&o.v8_flags),
        list(&o.preinit),
        size(r.payload_size),
    );
    for s in &r.sections {
        let decoded = if s.codec == "raw" {
            String::new()
        } else {
            format!(" ({} decoded)", size(s.size))
        };
        out.push_str(&format!(
            "  {:<12} {:<5} {:>9}{decoded}\n",
            s.name,
            s.codec,
            size(s.stored_size)
        ));
    }
    let count = r.modules.len();
    out.push_str(&format!(
        "\nmodules ({count}, {} of source, largest first)\n",
        size(r.modules.iter().map(|m| m.size).sum())
    ));
    for m in &r.modules {
        out.push_str(&format!("  {:>9}  {}\n", size(m.size), m.path));
    }
    if !r.assets.is_empty() {
        out.push_str(&format!(
            "\nassets ({}, {}, largest first)\n",
            r.assets.len(),
            size(r.assets.iter().map(|a| a.size).sum())
        ));
        for a in &r.assets {
            let stored = if a.codec == "raw" {
                String::new()
            } else {
                format!(" ({} {})", a.codec, size(a.stored_size))
            };
            out.push_str(&format!("  {:>9}  {}{stored}\n", size(a.size), a.path));
        }
    }
    out
}
