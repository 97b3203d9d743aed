//! The executable that carries a payload: where its image ends, where its build id is.

use object::read::elf::{FileHeader, ProgramHeader, SectionHeader};
use object::{Endianness, FileKind, elf};

use crate::{BUILD_ID_LEN, BuildId, Error, MAGIC};

/// Name of the section in the runtime executable that holds its build id.
pub const BUILD_ID_SECTION: &str = ".pack_build_id";

/// Byte length of the executable image proper: everything past it was appended.
pub fn image_end(exe: &[u8]) -> Result<u64, Error> {
    match FileKind::parse(exe) {
        Ok(FileKind::Elf64) => elf_end::<elf::FileHeader64<Endianness>>(exe),
        Ok(FileKind::Elf32) => elf_end::<elf::FileHeader32<Endianness>>(exe),
        Ok(other) => Err(Error::NotExecutable(format!(
            "{other:?} files are not supported yet"
        ))),
        Err(e) => Err(Error::NotExecutable(e.to_string())),
    }
}

fn elf_end<H: FileHeader<Endian = Endianness>>(exe: &[u8]) -> Result<u64, Error> {
    let bad = |e: object::Error| Error::NotExecutable(e.to_string());
    let header = H::parse(exe).map_err(bad)?;
    let endian = header.endian().map_err(bad)?;
    let mut end = u64::from(header.e_ehsize(endian));
    let shoff: u64 = header.e_shoff(endian).into();
    if shoff != 0 {
        let count = header.shnum(endian, exe).map_err(bad)? as u64;
        end = end.max(shoff + count * u64::from(header.e_shentsize(endian)));
    }
    let phoff: u64 = header.e_phoff(endian).into();
    if phoff != 0 {
        let count = header.phnum(endian, exe).map_err(bad)? as u64;
        end = end.max(phoff + count * u64::from(header.e_phentsize(endian)));
    }
    for section in header.section_headers(endian, exe).map_err(bad)? {
        if section.sh_type(endian) != elf::SHT_NOBITS {
            let offset: u64 = section.sh_offset(endian).into();
            let size: u64 = section.sh_size(endian).into();
            end = end.max(offset + size);
        }
    }
    for segment in header.program_headers(endian, exe).map_err(bad)? {
        let offset: u64 = segment.p_offset(endian).into();
        let size: u64 = segment.p_filesz(endian).into();
        end = end.max(offset + size);
    }
    if end > exe.len() as u64 {
        return Err(Error::NotExecutable(
            "the executable image itself is truncated".into(),
        ));
    }
    Ok(end)
}

/// The payload bytes of a packed executable (running to the end of the file), `Err(NoPayload)`
/// for a bare runtime.
pub fn locate(exe: &[u8]) -> Result<&[u8], Error> {
    let end = image_end(exe)? as usize;
    let rest = &exe[end..];
    if rest.is_empty() {
        return Err(Error::NoPayload);
    }
    if rest.len() < MAGIC.len() && MAGIC.starts_with(rest) {
        return Err(Error::Truncated {
            expected: crate::HEADER_LEN as u64,
            actual: rest.len() as u64,
        });
    }
    Ok(rest)
}

/// The build id stored in a runtime executable's [`BUILD_ID_SECTION`].
pub fn read_build_id(exe: &[u8]) -> Result<BuildId, Error> {
    use object::{Object, ObjectSection};
    let file = object::File::parse(exe).map_err(|e| Error::NotExecutable(e.to_string()))?;
    let missing = Error::NoBuildId {
        section: BUILD_ID_SECTION,
    };
    let section = file.section_by_name(BUILD_ID_SECTION).ok_or(missing)?;
    let data = section
        .data()
        .map_err(|e| Error::NotExecutable(e.to_string()))?;
    data.get(..BUILD_ID_LEN)
        .and_then(|d| d.try_into().ok())
        .ok_or(Error::NoBuildId {
            section: BUILD_ID_SECTION,
        })
}
