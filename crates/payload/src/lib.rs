//! The payload of a packed executable: one format, written by `pack` and read by the runtime.
//!
//! # Where it lives
//!
//! A packed executable is a copy of the runtime executable with the payload appended right after
//! the end of its executable image (for ELF: past the last section, segment and header table).
//! The reader finds the payload from the image's own headers, never from a fixed offset counted
//! from the end of the file, so it can tell "no payload" (a bare runtime) from "payload cut short"
//! (a truncated download).
//!
//! # Layout
//!
//! All integers are little-endian.
//!
//! ```text
//! header (48 bytes)
//!    0  magic          [u8; 8]   MAGIC
//!    8  version        u32       FORMAT_VERSION
//!   12  section_count  u32
//!   16  build_id       [u8; 16]  build id of the runtime the payload was made for
//!   32  total_len      u64       bytes in the payload, header included
//!   40  header_sum     u64       xxh3-64 of bytes 0..40 followed by the section table
//! section table (section_count entries of 40 bytes)
//!    0  kind           u32       SectionKind
//!    4  codec          u32       Codec
//!    8  offset         u64       from the start of the payload
//!   16  raw_len        u64       length once decoded
//!   24  stored_len     u64       length as stored
//!   32  checksum       u64       xxh3-64 of the stored bytes
//! section data, in table order, back to back
//! ```
//!
//! Nothing in the payload depends on time, paths of the build machine or hash-map order, so the
//! same inputs always give the same bytes.

mod assets;
mod container;
mod error;
mod format;
mod read;
mod source_map;
mod write;

pub use assets::{AssetEntry, read_assets, write_assets};
pub use container::{BUILD_ID_SECTION, image_end, locate, read_build_id};
pub use error::Error;
pub use format::{
    BUILD_ID_LEN, BuildId, Codec, FORMAT_VERSION, HEADER_LEN, MAGIC, SECTION_ENTRY_LEN, SectionKind,
};
pub use read::{Payload, Section};
pub use source_map::{BundleMap, Original};
pub use write::PayloadWriter;

/// The argument that puts a bare runtime (one without a payload) into snapshot mode: it reads a
/// bundle on standard input and writes a V8 startup snapshot of it to standard output; the
/// arguments after it name the built-in modules to load into the snapshot. A packed executable
/// never enters this mode: its arguments all belong to the application.
pub const SNAPSHOT_MODE_ARG: &str = "--pack-make-snapshot";

/// The argument that makes a bare runtime print its versions as one JSON object (`pack`, the
/// runtime's own version; `v8`; `node`, the Node.js release its built-ins follow) and exit.
pub const VERSIONS_ARG: &str = "--pack-versions";

/// The argument that makes a bare runtime judge V8 flags (the arguments after it) and exit:
/// status 0 when V8 takes them all, otherwise 1 with V8's words, or the flags it does not
/// know, on standard error.
pub const V8_FLAGS_CHECK_ARG: &str = "--pack-check-v8-flags";

/// In snapshot mode, an argument that starts with this gives a V8 flag the executable will
/// start with (the rest of the argument); V8 must know it.
pub const SNAPSHOT_V8_FLAG_PREFIX: &str = "--v8-flag=";

/// A V8 flag's name and value: `--max_old_space_size=64` is `("max-old-space-size",
/// Some("64"))`, as V8 reads it (dashes and underscores alike).
pub fn v8_flag_parts(flag: &str) -> (String, Option<&str>) {
    let flag = flag.trim_start_matches('-');
    let (name, value) = match flag.split_once('=') {
        Some((name, value)) => (name, Some(value)),
        None => (flag, None),
    };
    (name.replace('_', "-"), value)
}

/// In snapshot mode, an argument that starts with this names a module of the bundle to run
/// into the snapshot (`--preinit`): a package name or a path from the project's root.
pub const SNAPSHOT_PREINIT_PREFIX: &str = "--preinit=";

/// Exit status of a runtime in snapshot mode when V8 does not accept the bundle (an early error
/// the bundler let through). Its standard error then holds one JSON object: `message`, and the
/// 1-based `line` and `column` in the bundle, which `pack` maps back to the project's file.
/// A module that fails while it is preinitialised is reported the same way; line 0 when no
/// place in the bundle is known.
pub const SNAPSHOT_COMPILE_ERROR: u8 = 3;

/// Lower-case hex of a build id, as shown in messages.
pub fn hex(id: &BuildId) -> String {
    id.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests;
