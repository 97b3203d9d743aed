//! The assets section: files embedded at build time, each stored on its own (raw, or zstd when
//! that pays) so that reading one never decodes the others, behind an index read in one pass.
//!
//! The payload does not checksum this section as a whole (that would read every asset at each
//! launch): the index is checked when it is read, each file when it is read.
//!
//! ```text
//! index_len       u64
//! index_sum       u64       xxh3-64 of the index
//! index:
//!   count         u32
//!   count entries:
//!     path_len    u32       then the path: UTF-8, relative, `/`-separated, no `.` or `..`
//!     codec       u32       Codec of this file's bytes
//!     offset      u64       from the start of the data
//!     stored_len  u64
//!     raw_len     u64
//!     checksum    u64       xxh3-64 of the stored bytes
//! data: the files' stored bytes back to back, in index order (sorted by path)
//! ```

use std::borrow::Cow;

use crate::format::checksum;
use crate::{Codec, Error, SectionKind};

/// Files above this size are stored raw: read in place, a slice at a time.
const COMPRESS_LIMIT: usize = 16 << 20;

/// One file of the section.
#[derive(Debug, Clone)]
pub struct AssetEntry<'a> {
    pub path: &'a str,
    pub codec: Codec,
    pub stored: &'a [u8],
    pub raw_len: u64,
    sum: u64,
}

impl<'a> AssetEntry<'a> {
    /// The file's bytes, checked against their checksum.
    pub fn data(&self) -> Result<Cow<'a, [u8]>, Error> {
        self.check()?;
        self.decode()
    }

    /// Whether the stored bytes are the ones written (reads them all: callers that read a
    /// file many times check it once).
    pub fn check(&self) -> Result<(), Error> {
        if checksum(self.stored) != self.sum {
            return Err(Error::AssetChecksum(self.path.to_string()));
        }
        Ok(())
    }

    /// The file's bytes, decoded without checking them (see `check`).
    pub fn decode(&self) -> Result<Cow<'a, [u8]>, Error> {
        let fail = |detail: String| Error::Decompress {
            kind: SectionKind::Assets,
            detail: format!("{}: {detail}", self.path),
        };
        let len = usize::try_from(self.raw_len).map_err(|e| fail(e.to_string()))?;
        let out = match self.codec {
            Codec::Raw => return Ok(Cow::Borrowed(self.stored)),
            Codec::Zstd => {
                zstd::bulk::decompress(self.stored, len).map_err(|e| fail(e.to_string()))?
            }
            Codec::Lz4 => {
                lz4_flex::block::decompress(self.stored, len).map_err(|e| fail(e.to_string()))?
            }
        };
        if out.len() != len {
            return Err(fail(format!("{} bytes decoded, {len} expected", out.len())));
        }
        Ok(Cow::Owned(out))
    }
}

/// Lays out `files` (relative `/` paths and their bytes) as the assets section; the same files
/// give the same bytes whatever their order.
pub fn write_assets(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut sorted: Vec<&(String, Vec<u8>)> = files.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let mut index = Vec::new();
    let mut data = Vec::new();
    index.extend_from_slice(&(sorted.len() as u32).to_le_bytes());
    for (path, bytes) in sorted {
        let compressed = (bytes.len() <= COMPRESS_LIMIT)
            .then(|| zstd::bulk::compress(bytes, 9).ok())
            .flatten()
            // Worth it only when it saves an eighth.
            .filter(|c| c.len() < bytes.len() - bytes.len() / 8);
        let (codec, stored) = match &compressed {
            Some(c) => (Codec::Zstd, c.as_slice()),
            None => (Codec::Raw, bytes.as_slice()),
        };
        index.extend_from_slice(&(path.len() as u32).to_le_bytes());
        index.extend_from_slice(path.as_bytes());
        index.extend_from_slice(&codec.code().to_le_bytes());
        index.extend_from_slice(&(data.len() as u64).to_le_bytes());
        index.extend_from_slice(&(stored.len() as u64).to_le_bytes());
        index.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
        index.extend_from_slice(&checksum(stored).to_le_bytes());
        data.extend_from_slice(stored);
    }
    let mut section = Vec::with_capacity(16 + index.len() + data.len());
    section.extend_from_slice(&(index.len() as u64).to_le_bytes());
    section.extend_from_slice(&checksum(&index).to_le_bytes());
    section.extend_from_slice(&index);
    section.extend_from_slice(&data);
    section
}

/// Reads the index of an assets section (checked against its checksum); the entries borrow
/// from it.
pub fn read_assets(section: &[u8]) -> Result<Vec<AssetEntry<'_>>, Error> {
    let damaged = || Error::SectionChecksum(SectionKind::Assets);
    let u32_at = |b: &[u8]| u32::from_le_bytes(b.try_into().expect("4 bytes"));
    let u64_at = |b: &[u8]| u64::from_le_bytes(b.try_into().expect("8 bytes"));
    let header = section.get(..16).ok_or_else(damaged)?;
    let index_len = usize::try_from(u64_at(&header[..8])).map_err(|_| damaged())?;
    let index = section
        .get(16..16usize.checked_add(index_len).ok_or_else(damaged)?)
        .ok_or_else(damaged)?;
    if checksum(index) != u64_at(&header[8..16]) {
        return Err(damaged());
    }
    let data = &section[16 + index_len..];
    let mut at = 0usize;
    let mut take = |n: usize| -> Result<&[u8], Error> {
        let bytes = index.get(at..at.checked_add(n).ok_or_else(damaged)?);
        at += n;
        bytes.ok_or_else(damaged)
    };
    let count = u32_at(take(4)?) as usize;
    let mut entries = Vec::with_capacity(count.min(index.len() / 40));
    for _ in 0..count {
        let len = u32_at(take(4)?) as usize;
        let path = std::str::from_utf8(take(len)?).map_err(|_| damaged())?;
        // Relative, plain names only: nothing outside the directory the tree hangs from.
        if !std::path::Path::new(path)
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
        {
            return Err(damaged());
        }
        let codec = Codec::from_code(u32_at(take(4)?))?;
        let offset = usize::try_from(u64_at(take(8)?)).map_err(|_| damaged())?;
        let stored_len = usize::try_from(u64_at(take(8)?)).map_err(|_| damaged())?;
        let raw_len = u64_at(take(8)?);
        let sum = u64_at(take(8)?);
        let stored = data
            .get(offset..offset.checked_add(stored_len).ok_or_else(damaged)?)
            .ok_or(Error::SectionBounds(SectionKind::Assets))?;
        entries.push(AssetEntry {
            path,
            codec,
            stored,
            raw_len,
            sum,
        });
    }
    Ok(entries)
}
