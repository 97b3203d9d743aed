//! Constants and small types of the layout described in the crate documentation.

use crate::Error;

/// First bytes of every payload.
pub const MAGIC: [u8; 8] = *b"\x7fPACKPL\0";

/// Bumped whenever the layout or the meaning of a section changes.
pub const FORMAT_VERSION: u32 = 2;

pub const BUILD_ID_LEN: usize = 16;
pub type BuildId = [u8; BUILD_ID_LEN];

pub const HEADER_LEN: usize = 48;
pub const SECTION_ENTRY_LEN: usize = 40;

/// Offsets of the header fields.
pub(crate) mod header {
    pub const VERSION: usize = 8;
    pub const SECTION_COUNT: usize = 12;
    pub const BUILD_ID: usize = 16;
    pub const TOTAL_LEN: usize = 32;
    pub const HEADER_SUM: usize = 40;
}

/// What a section holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SectionKind {
    /// JSON object describing the build: entry, options.
    Manifest,
    /// The bundled application script.
    Bundle,
    /// Source map of the bundle.
    SourceMap,
    /// V8 startup snapshot.
    Snapshot,
    /// Embedded files.
    Assets,
    /// JSON describing the build for `pack inspect` (options, modules and their sizes); the
    /// runtime never reads it.
    Contents,
}

impl SectionKind {
    pub const ALL: [SectionKind; 6] = [
        SectionKind::Manifest,
        SectionKind::Bundle,
        SectionKind::SourceMap,
        SectionKind::Snapshot,
        SectionKind::Assets,
        SectionKind::Contents,
    ];

    pub fn code(self) -> u32 {
        match self {
            SectionKind::Manifest => 1,
            SectionKind::Bundle => 2,
            SectionKind::SourceMap => 3,
            SectionKind::Snapshot => 4,
            SectionKind::Assets => 5,
            SectionKind::Contents => 6,
        }
    }

    pub fn from_code(code: u32) -> Result<Self, Error> {
        Self::ALL
            .into_iter()
            .find(|k| k.code() == code)
            .ok_or(Error::UnknownSection(code))
    }

    pub fn name(self) -> &'static str {
        match self {
            SectionKind::Manifest => "manifest",
            SectionKind::Bundle => "bundle",
            SectionKind::SourceMap => "source map",
            SectionKind::Snapshot => "snapshot",
            SectionKind::Assets => "assets",
            SectionKind::Contents => "contents",
        }
    }
}

/// How a section's bytes are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    /// Stored as is: read in place from the mapped executable, nothing to decode.
    Raw,
    /// zstd: the smallest, decoded at a few hundred MB/s.
    Zstd,
    /// LZ4 block format: larger than zstd, decoded several times faster.
    Lz4,
}

impl Codec {
    pub fn code(self) -> u32 {
        match self {
            Codec::Raw => 0,
            Codec::Zstd => 1,
            Codec::Lz4 => 2,
        }
    }

    pub fn from_code(code: u32) -> Result<Self, Error> {
        match code {
            0 => Ok(Codec::Raw),
            1 => Ok(Codec::Zstd),
            2 => Ok(Codec::Lz4),
            other => Err(Error::UnknownCodec(other)),
        }
    }
}

pub(crate) fn checksum(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}

/// Checksum of the header's first 40 bytes followed by the section table.
pub(crate) fn header_checksum(header_prefix: &[u8], table: &[u8]) -> u64 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(header_prefix);
    hasher.update(table);
    hasher.digest()
}
