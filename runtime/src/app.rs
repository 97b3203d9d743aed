//! The application carried by this executable: found, checked and decoded before V8 sees any of it.

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::path::Path;

use pack_payload::{Payload, SectionKind};
use serde::Deserialize;

use crate::build_id;

/// What `pack` recorded about the build.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The entry module's path relative to the project root, with `/` separators.
    pub entry: String,
    /// The ES modules among the bundled ones, by the same kind of path: their stack frames name
    /// them with `file://` URLs, as Node does.
    #[serde(default)]
    pub esm: Vec<String>,
    /// Packages left out of the bundle, loaded from disk next to the executable.
    #[serde(default)]
    pub external: Vec<String>,
    /// V8 flags the build baked in; nothing at run time adds to them.
    #[serde(default, rename = "v8Flags")]
    pub v8_flags: Vec<String>,
}

#[derive(Clone)]
pub struct App {
    pub manifest: Manifest,
    /// How the application's code arrives: compiled in a startup snapshot, or as source.
    pub code: Code,
    /// The bundle's source map, if the build kept one.
    pub source_map: Option<pack_payload::Section<'static>>,
    /// The embedded files' index, if the build has any: read (and checked) once, here.
    pub assets: Option<std::sync::Arc<[pack_payload::AssetEntry<'static>]>>,
}

#[derive(Clone)]
pub enum Code {
    /// A V8 startup snapshot with the runtime bootstrapped and the bundle registered. It lives
    /// as long as the process: V8 reads it while the isolate starts.
    Snapshot(&'static [u8]),
    /// The bundle's source, compiled at launch.
    Source(String),
}

#[derive(Debug)]
pub enum LoadError {
    Io(std::io::Error),
    Payload(pack_payload::Error),
    MissingSection(SectionKind),
    BadManifest(String),
    BundleNotUtf8,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io(e) => write!(f, "cannot read the executable: {e}"),
            LoadError::Payload(pack_payload::Error::NoPayload) => write!(
                f,
                "not a packed executable: this is the bare pack runtime, which carries no \
                 application; make one with `pack build`"
            ),
            LoadError::Payload(e) => e.fmt(f),
            LoadError::MissingSection(kind) => {
                write!(
                    f,
                    "the payload is damaged: it has no {} section",
                    kind.name()
                )
            }
            LoadError::BadManifest(e) => write!(f, "the payload is damaged: bad manifest: {e}"),
            LoadError::BundleNotUtf8 => {
                write!(f, "the payload is damaged: the bundle is not UTF-8")
            }
        }
    }
}

impl From<pack_payload::Error> for LoadError {
    fn from(e: pack_payload::Error) -> Self {
        LoadError::Payload(e)
    }
}

impl App {
    pub fn load(exe: &Path) -> Result<App, LoadError> {
        let file = File::open(exe).map_err(LoadError::Io)?;
        // SAFETY: the executable is mapped read-only; if someone rewrites it while it runs, the
        // checksums below catch what we read.
        let map = unsafe { memmap2::Mmap::map(&file) }.map_err(LoadError::Io)?;
        // The mapping stays for the whole run: an uncompressed snapshot is read from it in place.
        let map: &'static memmap2::Mmap = Box::leak(Box::new(map));
        let payload = Payload::parse(pack_payload::locate(map)?)?;
        payload.check_build_id(&build_id::BUILD_ID)?;

        let section = |kind| payload.data(kind)?.ok_or(LoadError::MissingSection(kind));
        let manifest = section(SectionKind::Manifest)?;
        let manifest: Manifest =
            serde_json::from_slice(&manifest).map_err(|e| LoadError::BadManifest(e.to_string()))?;
        let code = match payload.data(SectionKind::Snapshot)? {
            Some(Cow::Borrowed(blob)) => Code::Snapshot(blob),
            Some(Cow::Owned(blob)) => Code::Snapshot(Vec::leak(blob)),
            None => {
                let bundle = section(SectionKind::Bundle)?.into_owned();
                Code::Source(String::from_utf8(bundle).map_err(|_| LoadError::BundleNotUtf8)?)
            }
        };
        // Decoded only if a stack trace needs it.
        let source_map = payload.section(SectionKind::SourceMap).copied();
        // Stored raw (each file has its own codec) and read in place as files are asked for;
        // the index is checked now, each file when it is read.
        let assets = match payload.section(SectionKind::Assets) {
            Some(section) => Some(pack_payload::read_assets(section.stored)?.into()),
            None => None,
        };
        Ok(App {
            manifest,
            code,
            source_map,
            assets,
        })
    }
}
