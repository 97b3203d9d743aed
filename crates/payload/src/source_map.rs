//! The source map section: positions in the bundle back to the project's files, for stack
//! traces, error arrows and errors found while a snapshot is made. Decoded on first use; most
//! runs never need it.

use std::cell::OnceCell;

use swc_sourcemap::SourceMap;

use crate::Section;

/// A position in an original file.
pub struct Original<'a> {
    /// The file's path relative to the project root.
    pub source: &'a str,
    /// 1-based.
    pub line: u32,
    /// 1-based.
    pub column: u32,
}

pub struct BundleMap<'a> {
    /// The section as stored: not even decompressed until a position is asked for.
    section: Section<'a>,
    decoded: OnceCell<Option<SourceMap>>,
}

impl<'a> BundleMap<'a> {
    pub fn new(section: Section<'a>) -> BundleMap<'a> {
        BundleMap {
            section,
            decoded: OnceCell::new(),
        }
    }

    fn map(&self) -> Option<&SourceMap> {
        self.decoded
            .get_or_init(|| {
                let bytes = self.section.data().ok()?;
                SourceMap::from_slice(&bytes).ok()
            })
            .as_ref()
    }

    /// Where 1-based `line` and `column` of the bundle come from.
    pub fn original(&self, line: u32, column: u32) -> Option<Original<'_>> {
        let map = self.map()?;
        let token = map.lookup_token(line.checked_sub(1)?, column.checked_sub(1)?)?;
        if token.get_dst_line() != line - 1 {
            return None;
        }
        let source = token.get_source()?;
        // A module kept as it was has one token per line, at the start of both lines: columns
        // carry over. Generated code is indented, so its tokens never start a line; between
        // its tokens the nearest one before is the answer.
        let offset = if token.get_dst_col() == 0 && token.get_src_col() == 0 {
            column - 1
        } else {
            0
        };
        Some(Original {
            source: source.as_str(),
            line: token.get_src_line() + 1,
            column: token.get_src_col() + offset + 1,
        })
    }

    /// The text of 1-based `line` of `source`, without its line ending.
    pub fn source_line(&self, source: &str, line: u32) -> Option<&str> {
        self.contents(source)?
            .lines()
            .nth(line.checked_sub(1)? as usize)
    }

    /// The whole text of `source`, where the build kept it.
    pub fn contents(&self, source: &str) -> Option<&str> {
        let map = self.map()?;
        let index = map.sources().position(|s| s.as_str() == source)?;
        Some(map.get_source_contents(index as u32)?.as_str())
    }

    /// The names of the original files.
    pub fn sources(&self) -> impl Iterator<Item = &str> {
        self.map()
            .into_iter()
            .flat_map(|m| m.sources().map(|s| s.as_str()))
    }
}
