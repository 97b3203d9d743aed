//! Building a payload.

use crate::format::{self, HEADER_LEN, SECTION_ENTRY_LEN, header};
use crate::{BuildId, Codec, Error, FORMAT_VERSION, MAGIC, SectionKind};

/// zstd level for sections: the payload is written once and read on every launch, so spend
/// build time for size. Decompression speed hardly depends on the level.
const ZSTD_LEVEL: i32 = 19;

/// Collects sections and lays them out in the documented format.
pub struct PayloadWriter {
    build_id: BuildId,
    sections: Vec<(SectionKind, Codec, Vec<u8>)>,
}

impl PayloadWriter {
    pub fn new(build_id: BuildId) -> Self {
        PayloadWriter {
            build_id,
            sections: Vec::new(),
        }
    }

    /// Adds a section; `codec` says how it is to be stored. Sections are written in the order
    /// they are added. Adding the same kind twice is an error.
    pub fn add(&mut self, kind: SectionKind, codec: Codec, data: Vec<u8>) -> Result<(), Error> {
        if self.sections.iter().any(|(k, _, _)| *k == kind) {
            return Err(Error::DuplicateSection(kind));
        }
        self.sections.push((kind, codec, data));
        Ok(())
    }

    /// The payload's bytes.
    pub fn finish(self) -> Result<Vec<u8>, Error> {
        let mut stored = Vec::with_capacity(self.sections.len());
        for (kind, codec, raw) in &self.sections {
            let bytes = match codec {
                Codec::Raw => raw.clone(),
                Codec::Zstd => {
                    zstd::bulk::compress(raw, ZSTD_LEVEL).map_err(|e| Error::Decompress {
                        kind: *kind,
                        detail: e.to_string(),
                    })?
                }
                Codec::Lz4 => lz4_flex::block::compress(raw),
            };
            stored.push(bytes);
        }

        let table_len = self.sections.len() * SECTION_ENTRY_LEN;
        let data_start = (HEADER_LEN + table_len) as u64;
        let total_len = data_start + stored.iter().map(|s| s.len() as u64).sum::<u64>();

        let mut table = Vec::with_capacity(table_len);
        let mut offset = data_start;
        for ((kind, codec, raw), bytes) in self.sections.iter().zip(&stored) {
            table.extend_from_slice(&kind.code().to_le_bytes());
            table.extend_from_slice(&codec.code().to_le_bytes());
            table.extend_from_slice(&offset.to_le_bytes());
            table.extend_from_slice(&(raw.len() as u64).to_le_bytes());
            table.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
            table.extend_from_slice(&format::checksum(bytes).to_le_bytes());
            offset += bytes.len() as u64;
        }

        let mut out = Vec::with_capacity(total_len as usize);
        out.extend_from_slice(&MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&(self.sections.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.build_id);
        out.extend_from_slice(&total_len.to_le_bytes());
        debug_assert_eq!(out.len(), header::HEADER_SUM);
        let sum = format::header_checksum(&out, &table);
        out.extend_from_slice(&sum.to_le_bytes());
        out.extend_from_slice(&table);
        for bytes in stored {
            out.extend_from_slice(&bytes);
        }
        debug_assert_eq!(out.len() as u64, total_len);
        Ok(out)
    }
}
