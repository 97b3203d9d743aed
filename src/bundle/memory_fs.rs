//! A file tree in memory for the bundler's unit tests: paths to contents, with symlinks.

use std::collections::BTreeMap;
use std::io;
use std::path::{Component, Path, PathBuf};

use oxc_resolver::{FileMetadata, FileSystem, ResolveError};

#[derive(Clone, Default)]
pub struct MemoryFs {
    files: BTreeMap<PathBuf, String>,
    links: BTreeMap<PathBuf, PathBuf>,
}

impl MemoryFs {
    pub fn with(files: &[(&str, &str)]) -> MemoryFs {
        let mut fs = MemoryFs::default();
        for (path, text) in files {
            fs.files.insert(PathBuf::from(path), text.to_string());
        }
        fs
    }

    pub fn link(mut self, from: &str, to: &str) -> MemoryFs {
        self.links.insert(PathBuf::from(from), PathBuf::from(to));
        self
    }

    /// `path` with symlinks in it followed.
    fn real(&self, path: &Path) -> PathBuf {
        let mut out = PathBuf::new();
        for c in path.components() {
            match c {
                Component::ParentDir => {
                    out.pop();
                }
                Component::CurDir => {}
                other => out.push(other),
            }
            if let Some(target) = self.links.get(&out) {
                out = self.real(target);
            }
        }
        out
    }

    fn is_dir(&self, path: &Path) -> bool {
        let inside = |f: &PathBuf| f.starts_with(path) && f != path;
        self.files.keys().any(inside) || self.links.keys().any(inside)
    }
}

fn not_found() -> io::Error {
    io::Error::from(io::ErrorKind::NotFound)
}

impl FileSystem for MemoryFs {
    fn new() -> Self {
        MemoryFs::default()
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.read_to_string(path).map(String::into_bytes)
    }

    fn read_to_string(&self, path: &Path) -> io::Result<String> {
        self.files
            .get(&self.real(path))
            .cloned()
            .ok_or_else(not_found)
    }

    fn metadata(&self, path: &Path) -> io::Result<FileMetadata> {
        let real = self.real(path);
        if self.files.contains_key(&real) {
            Ok(FileMetadata::new(true, false, false))
        } else if self.is_dir(&real) {
            Ok(FileMetadata::new(false, true, false))
        } else {
            Err(not_found())
        }
    }

    fn symlink_metadata(&self, path: &Path) -> io::Result<FileMetadata> {
        if self.links.contains_key(path) {
            return Ok(FileMetadata::new(false, false, true));
        }
        self.metadata(path)
    }

    fn read_link(&self, path: &Path) -> Result<PathBuf, ResolveError> {
        self.links
            .get(path)
            .cloned()
            .ok_or_else(|| ResolveError::from(not_found()))
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        let real = self.real(path);
        if self.files.contains_key(&real) || self.is_dir(&real) {
            Ok(real)
        } else {
            Err(not_found())
        }
    }
}
