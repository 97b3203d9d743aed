use crate::SectionKind;

/// Everything that can be wrong with an executable or its payload. The messages are complete
/// sentences without the file name; callers add the path.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("not a packed executable (it carries no payload)")]
    NoPayload,
    #[error("not an executable this version of pack understands: {0}")]
    NotExecutable(String),
    #[error("the payload is damaged: it does not start with the payload magic bytes")]
    BadMagic,
    #[error(
        "the payload is truncated: it should be {expected} bytes long but only {actual} are there"
    )]
    Truncated { expected: u64, actual: u64 },
    #[error(
        "the payload has format version {found}, but this runtime reads version {expected}; \
         rebuild the executable with a matching version of pack"
    )]
    VersionMismatch { found: u32, expected: u32 },
    #[error("the payload is damaged: its header checksum does not match")]
    HeaderChecksum,
    #[error("the payload is damaged: the checksum of its {} section does not match", .0.name())]
    SectionChecksum(SectionKind),
    #[error("the payload is damaged: the {} section lies outside the payload", .0.name())]
    SectionBounds(SectionKind),
    #[error("the payload is damaged: section kind {0} is unknown")]
    UnknownSection(u32),
    #[error("the payload is damaged: the {} section appears twice", .0.name())]
    DuplicateSection(SectionKind),
    #[error("the payload is damaged: storage codec {0} is unknown")]
    UnknownCodec(u32),
    #[error("the payload is damaged: the {} section cannot be decompressed ({detail})", kind.name())]
    Decompress { kind: SectionKind, detail: String },
    #[error(
        "the payload was made for runtime build {payload}, but this runtime is build {runtime}; \
         rebuild the executable with this runtime"
    )]
    BuildIdMismatch { payload: String, runtime: String },
    #[error("the payload is damaged: the checksum of the embedded file {0} does not match")]
    AssetChecksum(String),
    #[error("the runtime has no {section} section holding its build id")]
    NoBuildId { section: &'static str },
}
