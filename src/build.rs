//! `pack build` and `pack bundle`: find the project, bundle it; for `build`, lay out the
//! payload and write the executable.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use oxc_resolver::{FileSystem, FileSystemOs};
use pack_payload::{Codec, PayloadWriter, SectionKind};

use crate::bundle::{self, Bundle, Resolver};
use crate::cli::{BuildArgs, BundleArgs, ProjectArgs};
use crate::diagnostics;
use crate::project::{self, Project};
use crate::{assets, config, inspect, output, runtime, snapshot, term};

/// How the project is bundled: the command line's word over package.json's.
struct BundleSettings {
    external: Vec<String>,
    minify: bool,
}

impl BundleSettings {
    fn new(args: &ProjectArgs, project: &Project) -> BundleSettings {
        let config = &project.config;
        BundleSettings {
            external: if args.external.is_empty() {
                config.external.clone().unwrap_or_default()
            } else {
                args.external.clone()
            },
            minify: args.minify().or(config.minify).unwrap_or(false),
        }
    }
}

/// Where the executable goes: `--output`, else `"pack".output` (from the package's
/// directory), else the package's name or the entry's stem in the current directory.
fn output_path(args: &BuildArgs, project: &Project) -> PathBuf {
    if let Some(out) = &args.output {
        return out.clone();
    }
    if let Some(out) = &project.config.output {
        return project.root.join(out);
    }
    let stem = project
        .entry
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned());
    PathBuf::from(
        project
            .name
            .clone()
            .or(stem)
            .unwrap_or_else(|| "app".into()),
    )
}

pub fn run(args: &BuildArgs) -> Result<()> {
    let project = locate(&args.project)?;
    let settings = BundleSettings::new(&args.project, &project);
    let snapshot = args.snapshot().or(project.config.snapshot).unwrap_or(true);
    let v8_flags = match &args.v8_flags {
        Some(text) => config::split_flags(text),
        None => project.config.v8_flags.clone().unwrap_or_default(),
    };
    let source = if args.v8_flags.is_some() {
        "--v8-flags".to_string()
    } else {
        format!(
            "{}: \"pack\".v8Flags",
            project.root.join("package.json").display()
        )
    };
    config::check_v8_flags(&v8_flags, &source)?;
    let asset_patterns = if args.assets.is_empty() {
        project.config.assets.clone().unwrap_or_default()
    } else {
        args.assets.clone()
    };
    let assets_source = if args.assets.is_empty() {
        format!(
            "{}: \"pack\".assets",
            project.root.join("package.json").display()
        )
    } else {
        "--assets".to_string()
    };
    let out = output_path(args, &project);
    let runtime_path = runtime::find(args.runtime.as_deref())?;
    output::check_target(&out, &[&project.entry, &runtime_path])?;
    let assets = assets::collect(&project.root, &asset_patterns, &assets_source)?;
    let bundle = bundle_project(&settings, &project)?;

    let runtime = runtime::load(&runtime_path)?;
    let manifest = serde_json::json!({
        "entry": bundle.entry,
        "esm": bundle.esm,
        "external": settings.external,
        "v8Flags": v8_flags,
    });
    let mut payload = PayloadWriter::new(runtime.build_id);
    payload.add(
        SectionKind::Manifest,
        Codec::Raw,
        serde_json::to_vec(&manifest).expect("manifest serialises"),
    )?;
    if !snapshot {
        payload.add(SectionKind::Bundle, Codec::Zstd, bundle.code.into_bytes())?;
    } else {
        // The snapshot holds the bundle's source too (V8 keeps it for `toString` and
        // stack traces), so the bundle is not stored again.
        let blob = snapshot::make(&runtime_path, &bundle, &v8_flags)?;
        payload.add(SectionKind::Snapshot, args.snapshot_codec.codec(), blob)?;
    }
    payload.add(SectionKind::SourceMap, Codec::Zstd, bundle.source_map)?;
    if !assets.is_empty() {
        // Raw as a whole: each file inside is stored (and compressed) on its own.
        payload.add(
            SectionKind::Assets,
            Codec::Raw,
            pack_payload::write_assets(&assets),
        )?;
    }
    let contents = inspect::Contents {
        pack: env!("CARGO_PKG_VERSION").to_string(),
        options: inspect::BuildOptions {
            minify: settings.minify,
            snapshot,
            snapshot_codec: snapshot.then(|| format!("{:?}", args.snapshot_codec).to_lowercase()),
            external: settings.external.clone(),
            v8_flags: v8_flags.clone(),
        },
        modules: bundle
            .modules
            .iter()
            .map(|(path, size)| inspect::Module {
                path: path.clone(),
                size: *size as u64,
            })
            .collect(),
        assets: assets
            .iter()
            .map(|(path, bytes)| inspect::Module {
                path: path.clone(),
                size: bytes.len() as u64,
            })
            .collect(),
    };
    payload.add(
        SectionKind::Contents,
        Codec::Zstd,
        serde_json::to_vec(&contents).expect("contents serialise"),
    )?;
    let payload = payload.finish()?;

    let size = output::write_executable(&out, &[&runtime.bytes, &payload])?;
    summary(&out, size, bundle.modules.len());
    Ok(())
}

pub fn run_bundle(args: &BundleArgs) -> Result<()> {
    let project = locate(&args.project)?;
    let mut map_path = args.output.clone().into_os_string();
    map_path.push(".map");
    let map_path = PathBuf::from(map_path);
    output::check_target(&args.output, &[&project.entry])?;
    output::check_target(&map_path, &[&project.entry])?;
    let bundle = bundle_project(&BundleSettings::new(&args.project, &project), &project)?;
    output::write_file(&map_path, &bundle.source_map)?;
    let size = output::write_file(&args.output, bundle.code.as_bytes())?;
    summary(&args.output, size, bundle.modules.len());
    Ok(())
}

/// The line that says what was written: `app (43.5 MB, 12 modules)`.
fn summary(path: &Path, size: u64, modules: usize) {
    term::out(&format!(
        "{} ({}, {modules} module{})\n",
        path.display(),
        term::human_size(size),
        if modules == 1 { "" } else { "s" }
    ));
}

fn locate(args: &ProjectArgs) -> Result<Project> {
    let project = project::locate(args.entry.as_deref(), args.bin.as_deref())?;
    if !project.entry.is_file() {
        bail!(
            "cannot find the entry {}: name a script, or a directory whose package.json names one",
            project.entry.display()
        );
    }
    Ok(project)
}

/// The project's bundle; warnings are printed, errors returned.
fn bundle_project(settings: &BundleSettings, project: &Project) -> Result<Bundle> {
    let fs = FileSystemOs::new();
    let resolver = Resolver::new(FileSystemOs::new());
    let options = bundle::Options {
        externals: &settings.external,
        minify: settings.minify,
    };
    let bundle = bundle::bundle(&fs, &resolver, &project.root, &project.entry, &options)?;
    for warning in diagnostics::sorted(&bundle.warnings) {
        term::error_out(&warning.render());
    }
    Ok(bundle)
}
