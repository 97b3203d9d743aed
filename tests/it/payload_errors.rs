//! Damaged executables: a clear message naming the file, a non-zero exit, never a panic.

use std::path::{Path, PathBuf};

use pack_payload::{Codec, PayloadWriter, SectionKind};

use crate::support::*;

/// A copy of the packed hello, changed by `damage`.
fn damaged(name: &str, damage: impl FnOnce(&mut Vec<u8>, usize)) -> PathBuf {
    let exe = built("hello/hello.js");
    let mut bytes = std::fs::read(exe).unwrap();
    let payload_start = pack_payload::image_end(&bytes).unwrap() as usize;
    damage(&mut bytes, payload_start);
    let out = fresh_dir(name).join("app");
    std::fs::write(&out, bytes).unwrap();
    make_executable(&out);
    out
}

/// The bare runtime with a payload of `sections` made for runtime build `build_id`.
pub fn runtime_with_payload(
    name: &str,
    build_id: pack_payload::BuildId,
    sections: Vec<(SectionKind, Vec<u8>)>,
) -> PathBuf {
    let mut writer = PayloadWriter::new(build_id);
    for (kind, data) in sections {
        writer.add(kind, Codec::Raw, data).unwrap();
    }
    let mut bytes = std::fs::read(runtime_bin()).unwrap();
    bytes.extend_from_slice(&writer.finish().unwrap());
    let out = fresh_dir(name).join("app");
    std::fs::write(&out, bytes).unwrap();
    make_executable(&out);
    out
}

fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// The executable fails with a message naming it and saying `words`: no output, no panic, no
/// signal (V8 never aborts on a payload).
pub fn assert_reports(exe: &Path, words: &str) {
    let run = run_exe(exe, &[], &[]);
    run.assert_no_panic();
    assert_ne!(run.code, Some(0));
    assert!(run.code.is_some(), "killed by a signal: {}", run.stderr);
    assert!(
        run.stderr.contains(exe.to_str().unwrap()),
        "names the file: {}",
        run.stderr
    );
    assert!(run.stderr.contains(words), "says {words:?}: {}", run.stderr);
    assert!(run.stdout.is_empty());
}

#[test]
fn truncated_payload() {
    let exe = damaged("truncated", |bytes, _| {
        let len = bytes.len();
        bytes.truncate(len - 10);
    });
    assert_reports(&exe, "truncated");
    let exe = damaged("truncated-header", |bytes, start| {
        bytes.truncate(start + 20)
    });
    assert_reports(&exe, "truncated");
}

#[test]
fn flipped_byte_in_payload() {
    let exe = damaged("flipped-data", |bytes, _| {
        let last = bytes.len() - 1;
        bytes[last] ^= 0x40;
    });
    assert_reports(&exe, "damaged");
    let exe = damaged("flipped-header", |bytes, start| bytes[start + 33] ^= 0x01);
    assert_reports(&exe, "damaged");
}

#[test]
fn other_format_version() {
    let exe = damaged("version", |bytes, start| {
        let version = pack_payload::FORMAT_VERSION + 1;
        bytes[start + 8..start + 12].copy_from_slice(&version.to_le_bytes());
    });
    assert_reports(
        &exe,
        &format!("format version {}", pack_payload::FORMAT_VERSION + 1),
    );
}

#[test]
fn payload_for_another_runtime_build() {
    let out = runtime_with_payload(
        "other-build",
        [0xab; pack_payload::BUILD_ID_LEN],
        vec![
            (SectionKind::Manifest, br#"{"entry":"x.js"}"#.to_vec()),
            (SectionKind::Bundle, b"console.log('no')".to_vec()),
        ],
    );
    assert_reports(&out, "runtime build abababab");
}

#[test]
fn bare_runtime_has_no_payload() {
    let runtime = runtime_bin();
    assert_reports(&runtime, "not a packed executable");
}
