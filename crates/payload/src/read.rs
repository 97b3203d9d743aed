//! Parsing and checking a payload.

use std::borrow::Cow;

use crate::format::{self, HEADER_LEN, SECTION_ENTRY_LEN, header};
use crate::{BuildId, Codec, Error, FORMAT_VERSION, MAGIC, SectionKind, hex};

/// A parsed payload whose header and section checksums have all been verified.
#[derive(Debug)]
pub struct Payload<'a> {
    build_id: BuildId,
    sections: Vec<Section<'a>>,
}

/// One section, still in its stored form.
#[derive(Debug, Clone, Copy)]
pub struct Section<'a> {
    pub kind: SectionKind,
    pub codec: Codec,
    pub raw_len: u64,
    pub stored: &'a [u8],
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"))
}

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"))
}

impl<'a> Payload<'a> {
    /// Parses the payload at the start of `bytes` (which may run on past its end) and verifies
    /// every checksum.
    pub fn parse(bytes: &'a [u8]) -> Result<Self, Error> {
        let available = bytes.len() as u64;
        if bytes.len() < header::VERSION + 4 {
            return if bytes.len() >= MAGIC.len() && bytes[..MAGIC.len()] != MAGIC {
                Err(Error::BadMagic)
            } else {
                Err(Error::Truncated {
                    expected: HEADER_LEN as u64,
                    actual: available,
                })
            };
        }
        if bytes[..MAGIC.len()] != MAGIC {
            return Err(Error::BadMagic);
        }
        // The version comes before anything else: another version may lay out the rest
        // differently.
        let version = u32_at(bytes, header::VERSION);
        if version != FORMAT_VERSION {
            return Err(Error::VersionMismatch {
                found: version,
                expected: FORMAT_VERSION,
            });
        }
        if bytes.len() < HEADER_LEN {
            return Err(Error::Truncated {
                expected: HEADER_LEN as u64,
                actual: available,
            });
        }
        let count = u32_at(bytes, header::SECTION_COUNT) as u64;
        let total_len = u64_at(bytes, header::TOTAL_LEN);
        let table_end = HEADER_LEN as u64 + count.saturating_mul(SECTION_ENTRY_LEN as u64);
        // The checksum is verified as soon as header and table are there, so that a damaged
        // length field is reported as damage rather than as truncation.
        if table_end > available {
            return Err(Error::Truncated {
                expected: table_end.max(total_len),
                actual: available,
            });
        }
        let table = &bytes[HEADER_LEN..table_end as usize];
        let sum = u64_at(bytes, header::HEADER_SUM);
        if format::header_checksum(&bytes[..header::HEADER_SUM], table) != sum {
            return Err(Error::HeaderChecksum);
        }
        if table_end > total_len {
            return Err(Error::HeaderChecksum);
        }
        if total_len > available {
            return Err(Error::Truncated {
                expected: total_len,
                actual: available,
            });
        }
        let build_id: BuildId = bytes[header::BUILD_ID..header::BUILD_ID + 16]
            .try_into()
            .expect("16 bytes");

        let payload = &bytes[..total_len as usize];
        let mut sections: Vec<Section<'a>> = Vec::with_capacity(count as usize);
        for entry in table.chunks_exact(SECTION_ENTRY_LEN) {
            let kind = SectionKind::from_code(u32_at(entry, 0))?;
            let codec = Codec::from_code(u32_at(entry, 4))?;
            let offset = u64_at(entry, 8);
            let raw_len = u64_at(entry, 16);
            let stored_len = u64_at(entry, 24);
            let checksum = u64_at(entry, 32);
            if sections.iter().any(|s| s.kind == kind) {
                return Err(Error::DuplicateSection(kind));
            }
            let end = offset
                .checked_add(stored_len)
                .filter(|end| offset >= table_end && *end <= total_len)
                .ok_or(Error::SectionBounds(kind))?;
            let stored = &payload[offset as usize..end as usize];
            // Assets may be large and are read a file at a time: their index and each file
            // carry checksums of their own, checked as they are read (see `assets`).
            if kind != SectionKind::Assets && format::checksum(stored) != checksum {
                return Err(Error::SectionChecksum(kind));
            }
            if codec == Codec::Raw && raw_len != stored_len {
                return Err(Error::SectionBounds(kind));
            }
            sections.push(Section {
                kind,
                codec,
                raw_len,
                stored,
            });
        }
        Ok(Payload { build_id, sections })
    }

    pub fn build_id(&self) -> &BuildId {
        &self.build_id
    }

    /// Fails unless the payload was made for the runtime with build id `runtime`.
    pub fn check_build_id(&self, runtime: &BuildId) -> Result<(), Error> {
        if &self.build_id == runtime {
            Ok(())
        } else {
            Err(Error::BuildIdMismatch {
                payload: hex(&self.build_id),
                runtime: hex(runtime),
            })
        }
    }

    pub fn sections(&self) -> &[Section<'a>] {
        &self.sections
    }

    pub fn section(&self, kind: SectionKind) -> Option<&Section<'a>> {
        self.sections.iter().find(|s| s.kind == kind)
    }

    /// The decoded bytes of a section, or `None` if the payload has no such section.
    pub fn data(&self, kind: SectionKind) -> Result<Option<Cow<'a, [u8]>>, Error> {
        self.section(kind).map(Section::data).transpose()
    }
}

impl<'a> Section<'a> {
    /// The decoded bytes.
    pub fn data(&self) -> Result<Cow<'a, [u8]>, Error> {
        match self.codec {
            Codec::Raw => Ok(Cow::Borrowed(self.stored)),
            Codec::Zstd | Codec::Lz4 => {
                let fail = |detail: String| Error::Decompress {
                    kind: self.kind,
                    detail,
                };
                let capacity = usize::try_from(self.raw_len).map_err(|e| fail(e.to_string()))?;
                let out = match self.codec {
                    Codec::Zstd => zstd::bulk::decompress(self.stored, capacity)
                        .map_err(|e| fail(e.to_string()))?,
                    _ => lz4_flex::block::decompress(self.stored, capacity)
                        .map_err(|e| fail(e.to_string()))?,
                };
                if out.len() as u64 != self.raw_len {
                    return Err(fail(format!(
                        "{} bytes decoded, {} expected",
                        out.len(),
                        self.raw_len
                    )));
                }
                Ok(Cow::Owned(out))
            }
        }
    }
}
