//! `pack build`: find the project, bundle it, lay out the payload, write the executable.

use anyhow::{Result, bail};
use oxc_resolver::{FileSystem, FileSystemOs};
use pack_payload::{Codec, PayloadWriter, SectionKind};

use crate::bundle::{self, Resolver};
use crate::cli::BuildArgs;
use crate::diagnostics;
use crate::{output, project, runtime, term};

pub fn run(args: &BuildArgs) -> Result<()> {
    let project = project::locate(args.entry.as_deref(), args.bin.as_deref())?;
    if !project.entry.is_file() {
        bail!(
            "cannot find the entry {}: name a script, or a directory whose package.json names one",
            project.entry.display()
        );
    }
    let runtime_path = runtime::find(args.runtime.as_deref())?;
    output::check_target(&args.output, &[&project.entry, &runtime_path])?;

    let fs = FileSystemOs::new();
    let resolver = Resolver::new(FileSystemOs::new());
    let options = bundle::Options {
        externals: &args.external,
    };
    let bundle = bundle::bundle(&fs, &resolver, &project.root, &project.entry, &options)?;
    for warning in diagnostics::sorted(&bundle.warnings) {
        term::error_out(&warning.render());
    }

    let runtime = runtime::load(&runtime_path)?;
    let manifest = serde_json::json!({ "entry": bundle.entry, "esm": bundle.esm });
    let mut payload = PayloadWriter::new(runtime.build_id);
    payload.add(
        SectionKind::Manifest,
        Codec::Raw,
        serde_json::to_vec(&manifest).expect("manifest serialises"),
    )?;
    payload.add(SectionKind::Bundle, Codec::Zstd, bundle.code.into_bytes())?;
    payload.add(SectionKind::SourceMap, Codec::Zstd, bundle.source_map)?;
    let payload = payload.finish()?;

    let size = output::write_executable(&args.output, &[&runtime.bytes, &payload])?;
    let count = bundle.modules.len();
    term::out(&format!(
        "{} ({}, {count} module{})\n",
        args.output.display(),
        term::human_size(size),
        if count == 1 { "" } else { "s" }
    ));
    Ok(())
}
