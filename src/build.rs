//! `pack build`: check the inputs, parse the entry, lay out the payload, write the executable.

use std::path::Path;

use anyhow::{Context, Result, bail};
use pack_payload::{Codec, PayloadWriter, SectionKind};

use crate::cli::BuildArgs;
use crate::diagnostics::Diagnostics;
use crate::{output, parse, runtime, term};

pub fn run(args: &BuildArgs) -> Result<()> {
    let entry = &args.entry;
    let source = read_entry(entry)?;
    let runtime_path = runtime::find(args.runtime.as_deref())?;
    output::check_target(&args.output, &[entry, &runtime_path])?;

    let display = entry.display().to_string();
    parse::parse_commonjs(&display, &source).map_err(Diagnostics)?;

    let runtime = runtime::load(&runtime_path)?;
    let entry_name = entry
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .context("the entry has no file name")?;
    let manifest = serde_json::json!({ "entry": entry_name });

    let mut payload = PayloadWriter::new(runtime.build_id);
    payload.add(
        SectionKind::Manifest,
        Codec::Raw,
        serde_json::to_vec(&manifest).expect("manifest serialises"),
    )?;
    payload.add(SectionKind::Bundle, Codec::Zstd, source.into_bytes())?;
    let payload = payload.finish()?;

    let size = output::write_executable(&args.output, &[&runtime.bytes, &payload])?;
    term::out(&format!(
        "{} ({})\n",
        args.output.display(),
        term::human_size(size)
    ));
    Ok(())
}

/// The entry's text, or one clear error naming the path.
fn read_entry(entry: &Path) -> Result<String> {
    let meta = std::fs::metadata(entry)
        .with_context(|| format!("cannot read entry {}", entry.display()))?;
    if meta.is_dir() {
        bail!(
            "entry {} is a directory; name a script file",
            entry.display()
        );
    }
    let bytes =
        std::fs::read(entry).with_context(|| format!("cannot read entry {}", entry.display()))?;
    String::from_utf8(bytes).with_context(|| format!("entry {} is not UTF-8 text", entry.display()))
}
