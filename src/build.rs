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
use crate::{output, runtime, snapshot, term};

pub fn run(args: &BuildArgs) -> Result<()> {
    let project = locate(&args.project)?;
    let runtime_path = runtime::find(args.runtime.as_deref())?;
    output::check_target(&args.output, &[&project.entry, &runtime_path])?;
    let bundle = bundle_project(&args.project, &project)?;

    let runtime = runtime::load(&runtime_path)?;
    let manifest = serde_json::json!({
        "entry": bundle.entry,
        "esm": bundle.esm,
        "external": args.project.external,
    });
    let mut payload = PayloadWriter::new(runtime.build_id);
    payload.add(
        SectionKind::Manifest,
        Codec::Raw,
        serde_json::to_vec(&manifest).expect("manifest serialises"),
    )?;
    if args.no_snapshot {
        payload.add(SectionKind::Bundle, Codec::Zstd, bundle.code.into_bytes())?;
    } else {
        // The snapshot holds the bundle's source too (V8 keeps it for `toString` and
        // stack traces), so the bundle is not stored again.
        let blob = snapshot::make(&runtime_path, &bundle)?;
        payload.add(SectionKind::Snapshot, args.snapshot_codec.codec(), blob)?;
    }
    payload.add(SectionKind::SourceMap, Codec::Zstd, bundle.source_map)?;
    let payload = payload.finish()?;

    let size = output::write_executable(&args.output, &[&runtime.bytes, &payload])?;
    summary(&args.output, size, bundle.modules.len());
    Ok(())
}

pub fn run_bundle(args: &BundleArgs) -> Result<()> {
    let project = locate(&args.project)?;
    let mut map_path = args.output.clone().into_os_string();
    map_path.push(".map");
    let map_path = PathBuf::from(map_path);
    output::check_target(&args.output, &[&project.entry])?;
    output::check_target(&map_path, &[&project.entry])?;
    let bundle = bundle_project(&args.project, &project)?;
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
fn bundle_project(args: &ProjectArgs, project: &Project) -> Result<Bundle> {
    let fs = FileSystemOs::new();
    let resolver = Resolver::new(FileSystemOs::new());
    let options = bundle::Options {
        externals: &args.external,
        minify: args.minify,
    };
    let bundle = bundle::bundle(&fs, &resolver, &project.root, &project.entry, &options)?;
    for warning in diagnostics::sorted(&bundle.warnings) {
        term::error_out(&warning.render());
    }
    Ok(bundle)
}
