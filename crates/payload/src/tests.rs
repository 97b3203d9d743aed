use crate::*;

const ID: BuildId = [7; BUILD_ID_LEN];

fn sample() -> Vec<u8> {
    let mut w = PayloadWriter::new(ID);
    w.add(
        SectionKind::Manifest,
        Codec::Raw,
        br#"{"entry":"a.js"}"#.to_vec(),
    )
    .unwrap();
    let bundle = b"console.log('hello');\n".repeat(200);
    w.add(SectionKind::Bundle, Codec::Zstd, bundle).unwrap();
    w.finish().unwrap()
}

#[test]
fn round_trip() {
    let bytes = sample();
    let p = Payload::parse(&bytes).unwrap();
    assert_eq!(p.build_id(), &ID);
    assert_eq!(p.sections().len(), 2);
    assert_eq!(
        &*p.data(SectionKind::Manifest).unwrap().unwrap(),
        br#"{"entry":"a.js"}"#
    );
    let bundle = p.data(SectionKind::Bundle).unwrap().unwrap();
    assert_eq!(&*bundle, &b"console.log('hello');\n".repeat(200)[..]);
    assert!(p.section(SectionKind::Bundle).unwrap().stored.len() < bundle.len());
    assert!(p.data(SectionKind::Snapshot).unwrap().is_none());
    p.check_build_id(&ID).unwrap();
    assert!(matches!(
        p.check_build_id(&[0; BUILD_ID_LEN]),
        Err(Error::BuildIdMismatch { .. })
    ));
}

#[test]
fn trailing_bytes_after_payload_are_ignored() {
    let mut bytes = sample();
    bytes.extend_from_slice(b"more");
    Payload::parse(&bytes).unwrap();
}

#[test]
fn deterministic() {
    assert_eq!(sample(), sample());
}

#[test]
fn duplicate_section_refused() {
    let mut w = PayloadWriter::new(ID);
    w.add(SectionKind::Bundle, Codec::Raw, vec![1]).unwrap();
    assert!(matches!(
        w.add(SectionKind::Bundle, Codec::Raw, vec![2]),
        Err(Error::DuplicateSection(SectionKind::Bundle))
    ));
}

#[test]
fn every_flipped_byte_is_detected() {
    let bytes = sample();
    for i in 0..bytes.len() {
        let mut bad = bytes.clone();
        bad[i] ^= 0x10;
        let result = Payload::parse(&bad).and_then(|p| {
            // A flip in the build id is caught by the header checksum already.
            p.check_build_id(&ID)?;
            Ok(())
        });
        assert!(result.is_err(), "flip at byte {i} went unnoticed");
    }
}

#[test]
fn each_corruption_has_its_own_error() {
    let bytes = sample();

    let mut bad = bytes.clone();
    bad[0] = b'X';
    assert!(matches!(Payload::parse(&bad), Err(Error::BadMagic)));

    let mut bad = bytes.clone();
    bad[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    assert!(matches!(
        Payload::parse(&bad),
        Err(Error::VersionMismatch { found, expected }) if found == FORMAT_VERSION + 1 && expected == FORMAT_VERSION
    ));

    let mut bad = bytes.clone();
    bad[20] ^= 1;
    assert!(matches!(Payload::parse(&bad), Err(Error::HeaderChecksum)));

    let mut bad = bytes.clone();
    let last = bad.len() - 1;
    bad[last] ^= 1;
    assert!(matches!(
        Payload::parse(&bad),
        Err(Error::SectionChecksum(SectionKind::Bundle))
    ));

    for cut in [1, 10, HEADER_LEN, HEADER_LEN + 5, bytes.len() - 1] {
        let result = Payload::parse(&bytes[..cut]);
        assert!(
            matches!(result, Err(Error::Truncated { .. })),
            "cut at {cut}: {result:?}"
        );
    }
}

#[test]
fn appended_to_an_executable() {
    let exe = std::fs::read(std::env::current_exe().unwrap()).unwrap();
    assert!(matches!(locate(&exe), Err(Error::NoPayload)));
    let end = image_end(&exe).unwrap();
    assert_eq!(end, exe.len() as u64);

    let mut packed = exe.clone();
    packed.extend_from_slice(&sample());
    let found = locate(&packed).unwrap();
    assert_eq!(found.len(), packed.len() - exe.len());
    Payload::parse(found).unwrap();

    // Cut inside the payload: reported as truncated, not as "no payload".
    let cut = &packed[..exe.len() + 3];
    assert!(matches!(locate(cut), Err(Error::Truncated { .. })));
    let cut = &packed[..packed.len() - 100];
    assert!(matches!(
        Payload::parse(locate(cut).unwrap()),
        Err(Error::Truncated { .. })
    ));
}

#[test]
fn not_an_executable() {
    assert!(matches!(
        image_end(b"just some text"),
        Err(Error::NotExecutable(_))
    ));
    assert!(matches!(
        read_build_id(b"just some text"),
        Err(Error::NotExecutable(_))
    ));
}

#[test]
fn runtime_without_build_id_section() {
    let exe = std::fs::read(std::env::current_exe().unwrap()).unwrap();
    assert!(matches!(read_build_id(&exe), Err(Error::NoBuildId { .. })));
}

#[test]
fn lz4_round_trip_and_damage() {
    let data: Vec<u8> = (0..100_000u32)
        .flat_map(|i| (i % 251).to_le_bytes())
        .collect();
    let mut w = PayloadWriter::new(ID);
    w.add(SectionKind::Snapshot, Codec::Lz4, data.clone())
        .unwrap();
    let bytes = w.finish().unwrap();
    let p = Payload::parse(&bytes).unwrap();
    let section = p.section(SectionKind::Snapshot).unwrap();
    assert_eq!(section.codec, Codec::Lz4);
    assert!(section.stored.len() < data.len() / 2);
    assert_eq!(&*p.data(SectionKind::Snapshot).unwrap().unwrap(), &data[..]);

    // A stored length that lies about the decoded size is reported, not trusted.
    let wrong = Section {
        raw_len: data.len() as u64 + 1,
        ..*section
    };
    assert!(matches!(wrong.data(), Err(Error::Decompress { .. })));
    let cut = Section {
        stored: &section.stored[..section.stored.len() / 2],
        ..*section
    };
    assert!(matches!(cut.data(), Err(Error::Decompress { .. })));
}

#[test]
fn assets_round_trip_each_file_on_its_own() {
    let text = b"hello ".repeat(1000);
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let noise: Vec<u8> = (0..4096)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 56) as u8
        })
        .collect();
    let files = vec![
        ("b/text.txt".to_string(), text.clone()),
        ("a.bin".to_string(), noise.clone()),
        ("empty".to_string(), Vec::new()),
    ];
    let section = crate::write_assets(&files);
    // The same files in another order give the same bytes.
    let mut reversed = files.clone();
    reversed.reverse();
    assert_eq!(crate::write_assets(&reversed), section);
    let entries = crate::read_assets(&section).unwrap();
    let paths: Vec<&str> = entries.iter().map(|e| e.path).collect();
    assert_eq!(paths, ["a.bin", "b/text.txt", "empty"]);
    // Text pays to compress, noise does not.
    assert_eq!(entries[0].codec, Codec::Raw);
    assert_eq!(entries[1].codec, Codec::Zstd);
    assert_eq!(&*entries[0].data().unwrap(), &noise[..]);
    assert_eq!(&*entries[1].data().unwrap(), &text[..]);
    assert!(entries[2].data().unwrap().is_empty());

    // A damaged file is found when it is read, a damaged index when the index is read.
    let mut damaged = section.clone();
    let last = damaged.len() - 1;
    damaged[last] ^= 1;
    let entries = crate::read_assets(&damaged).unwrap();
    assert!(matches!(entries[1].data(), Err(Error::AssetChecksum(p)) if p == "b/text.txt"));
    let mut damaged = section.clone();
    damaged[20] ^= 1;
    assert!(crate::read_assets(&damaged).is_err());
    assert!(crate::read_assets(&section[..10]).is_err());
}
