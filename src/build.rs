//! `pack build` and `pack bundle`: find the project, bundle it; for `build`, lay out the
//! payload and write the executable.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use oxc_resolver::{FileSystem, FileSystemOs};
use pack_payload::{Codec, Payload, PayloadWriter, SectionKind};

use crate::bundle::{self, Bundle, Resolver};
use crate::cli::{BuildArgs, BundleArgs, ProjectArgs};
use crate::diagnostics;
use crate::progress::{Progress, Verbosity};
use crate::project::{self, Project};
use crate::{assets, config, inspect, output, preinit, runtime, snapshot, term};

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

/// What to build, settled from the command line and package.json.
struct Plan {
    project: Project,
    settings: BundleSettings,
    snapshot: bool,
    v8_flags: Vec<String>,
    /// Modules to run into the snapshot, as given, and where that list came from.
    preinit: Vec<String>,
    preinit_source: String,
    asset_patterns: Vec<String>,
    /// Where the asset globs came from, for errors.
    assets_source: String,
    out: PathBuf,
    runtime_path: PathBuf,
}

fn plan(args: &BuildArgs, progress: &Progress) -> Result<Plan> {
    let project = locate(&args.project)?;
    let package_json = project.root.join("package.json");
    // The command line's word over package.json's, and which one it was, for errors.
    let choose =
        |flag: Option<Vec<String>>, config: &Option<Vec<String>>, flag_name: &str, key: &str| {
            match flag {
                Some(values) => (values, flag_name.to_string()),
                None => (
                    config.clone().unwrap_or_default(),
                    format!("{}: \"pack\".{key}", package_json.display()),
                ),
            }
        };
    let (v8_flags, flags_source) = choose(
        args.v8_flags.as_deref().map(config::split_flags),
        &project.config.v8_flags,
        "--v8-flags",
        "v8Flags",
    );
    config::check_v8_flags(&v8_flags, &flags_source)?;
    let (asset_patterns, assets_source) = choose(
        (!args.assets.is_empty()).then(|| args.assets.clone()),
        &project.config.assets,
        "--assets",
        "assets",
    );
    let (preinit, preinit_source) = choose(
        (!args.preinit.is_empty()).then(|| args.preinit.clone()),
        &project.config.preinit,
        "--preinit",
        "preinit",
    );
    let snapshot = args.snapshot().or(project.config.snapshot).unwrap_or(true);
    if !snapshot && !preinit.is_empty() {
        bail!(
            "{preinit_source}: preinitialised modules live in the startup snapshot, which this build leaves out (--no-snapshot)"
        );
    }
    // Minifying renames the names a module's place is checked by.
    let settings = BundleSettings::new(&args.project, &project);
    if settings.minify && !preinit.is_empty() {
        bail!(
            "{preinit_source}: preinitialised modules cannot be minified yet; build without --minify or without them"
        );
    }
    let out = output_path(args, &project);
    let runtime_path = runtime::find(args.runtime.as_deref())?;
    output::check_target(&out, &[&project.entry, &runtime_path])?;
    snapshot::check_v8_flags(&runtime_path, &v8_flags, &flags_source)?;
    progress.detail(&format!("project {}", project.root.display()));
    if project.config != config::Config::default() {
        progress.detail(&format!("settings from {}", package_json.display()));
    }
    progress.detail(&format!("output {}", out.display()));
    progress.detail(&format!("runtime {}", runtime_path.display()));
    Ok(Plan {
        settings,
        snapshot,
        v8_flags,
        preinit,
        preinit_source,
        asset_patterns,
        assets_source,
        out,
        runtime_path,
        project,
    })
}

pub fn run(args: &BuildArgs) -> Result<()> {
    let progress = Progress::new(args.verbosity());
    let phase = progress.phase("resolve");
    let plan = plan(args, &progress)?;
    let entry = plan
        .project
        .entry
        .strip_prefix(&plan.project.root)
        .unwrap_or(&plan.project.entry);
    phase.done(&entry.display().to_string());

    let phase = progress.phase("bundle");
    let bundle = bundle_project(&plan.settings, &plan.project)?;
    let source_size: usize = bundle.modules.iter().map(|(_, size)| size).sum();
    phase.done(&format!(
        "{} module{}, {} of source",
        bundle.modules.len(),
        if bundle.modules.len() == 1 { "" } else { "s" },
        term::human_size(source_size as u64)
    ));
    print_warnings(&bundle);

    let assets = if plan.asset_patterns.is_empty() {
        Vec::new()
    } else {
        let phase = progress.phase("assets");
        let assets = assets::collect(
            &plan.project.root,
            &plan.asset_patterns,
            &plan.assets_source,
            &plan.out,
        )?;
        let size: usize = assets.iter().map(|(_, bytes)| bytes.len()).sum();
        phase.done(&format!(
            "{} files, {}",
            assets.len(),
            term::human_size(size as u64)
        ));
        assets
    };

    check_not_an_input(&plan.out, &plan.project, &bundle, &assets)?;

    let runtime = runtime::load(&plan.runtime_path)?;
    let code = if plan.snapshot {
        let phase = progress.phase("snapshot");
        if !bundle.builtins.is_empty() {
            let builtins = bundle.builtins.join(" ");
            progress.detail(&format!("built-ins loaded into it: {builtins}"));
        }
        let preinit = preinit::modules(
            &plan.project.root,
            &plan.preinit,
            &plan.preinit_source,
            &bundle,
        )?;
        let blob = snapshot::make(&plan.runtime_path, &bundle, &plan.v8_flags, &preinit)?;
        phase.done(&term::human_size(blob.len() as u64));
        blob
    } else {
        bundle.code.clone().into_bytes()
    };

    let phase = progress.phase("write");
    let payload = payload(args, &plan, &bundle, code, &assets, runtime.build_id)?;
    if progress.verbosity() == Verbosity::Verbose {
        for section in Payload::parse(&payload)?.sections() {
            progress.detail(&format!(
                "section {} ({}): {} stored, {} decoded",
                section.kind.name(),
                inspect::codec_name(section.codec),
                term::human_size(section.stored.len() as u64),
                term::human_size(section.raw_len)
            ));
        }
    }
    let size = output::write_executable(&plan.out, &[&runtime.bytes, &payload])?;
    phase.done(&format!(
        "{}, {}",
        plan.out.display(),
        term::human_size(size)
    ));
    if progress.verbosity() > Verbosity::Quiet {
        summary(&plan.out, size, bundle.modules.len());
    }
    Ok(())
}

/// Refuses to write over anything the build read: its modules, package.json, its assets.
fn check_not_an_input(
    out: &Path,
    project: &Project,
    bundle: &Bundle,
    assets: &[(String, Vec<u8>)],
) -> Result<()> {
    let root = &project.root;
    let inputs: Vec<PathBuf> = bundle
        .modules
        .iter()
        .map(|(name, _)| root.join(name))
        .chain(assets.iter().map(|(name, _)| root.join(name)))
        .chain(std::iter::once(root.join("package.json")))
        .collect();
    let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
    output::check_target(out, &inputs)
}

/// The payload: manifest, code (snapshot or bundle), source map, assets, contents.
fn payload(
    args: &BuildArgs,
    plan: &Plan,
    bundle: &Bundle,
    code: Vec<u8>,
    assets: &[(String, Vec<u8>)],
    runtime_id: pack_payload::BuildId,
) -> Result<Vec<u8>> {
    let manifest = serde_json::json!({
        "entry": bundle.entry,
        "esm": bundle.esm,
        "external": plan.settings.external,
        "v8Flags": plan.v8_flags,
    });
    let mut payload = PayloadWriter::new(runtime_id);
    payload.add(
        SectionKind::Manifest,
        Codec::Raw,
        serde_json::to_vec(&manifest).expect("manifest serialises"),
    )?;
    if plan.snapshot {
        // The snapshot holds the bundle's source too (V8 keeps it for `toString` and
        // stack traces), so the bundle is not stored again.
        payload.add(SectionKind::Snapshot, args.snapshot_codec.codec(), code)?;
    } else {
        payload.add(SectionKind::Bundle, Codec::Zstd, code)?;
    }
    payload.add(
        SectionKind::SourceMap,
        Codec::Zstd,
        bundle.source_map.clone(),
    )?;
    if !assets.is_empty() {
        // Raw as a whole: each file inside is stored (and compressed) on its own.
        payload.add(
            SectionKind::Assets,
            Codec::Raw,
            pack_payload::write_assets(assets),
        )?;
    }
    let contents = inspect::Contents {
        pack: env!("CARGO_PKG_VERSION").to_string(),
        runtime: runtime::versions(&plan.runtime_path)?,
        options: inspect::BuildOptions {
            minify: plan.settings.minify,
            snapshot: plan.snapshot,
            snapshot_codec: plan
                .snapshot
                .then(|| inspect::codec_name(args.snapshot_codec.codec()).to_string()),
            external: plan.settings.external.clone(),
            v8_flags: plan.v8_flags.clone(),
            preinit: plan.preinit.clone(),
        },
        modules: bundle
            .modules
            .iter()
            .map(|(path, size)| inspect::Module {
                path: path.clone(),
                size: *size as u64,
            })
            .collect(),
    };
    payload.add(
        SectionKind::Contents,
        Codec::Zstd,
        serde_json::to_vec(&contents).expect("contents serialise"),
    )?;
    Ok(payload.finish()?)
}

pub fn run_bundle(args: &BundleArgs) -> Result<()> {
    let project = locate(&args.project)?;
    let mut map_path = args.output.clone().into_os_string();
    map_path.push(".map");
    let map_path = PathBuf::from(map_path);
    output::check_target(&args.output, &[&project.entry])?;
    output::check_target(&map_path, &[&project.entry])?;
    let bundle = bundle_project(&BundleSettings::new(&args.project, &project), &project)?;
    print_warnings(&bundle);
    check_not_an_input(&args.output, &project, &bundle, &[])?;
    check_not_an_input(&map_path, &project, &bundle, &[])?;
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

/// The project's bundle, or the errors that stop it (warnings are in it).
fn bundle_project(settings: &BundleSettings, project: &Project) -> Result<Bundle> {
    let fs = FileSystemOs::new();
    let resolver = Resolver::new(FileSystemOs::new());
    let options = bundle::Options {
        externals: &settings.external,
        minify: settings.minify,
    };
    Ok(bundle::bundle(
        &fs,
        &resolver,
        &project.root,
        &project.entry,
        &options,
    )?)
}

fn print_warnings(bundle: &Bundle) {
    let colors = term::stderr_colors();
    for warning in diagnostics::sorted(&bundle.warnings) {
        term::error_out(&warning.render_colored(colors));
    }
}
