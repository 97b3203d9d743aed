//! Files the build embedded (`pack build --assets`), seen at their original places under the
//! executable's directory: a read-only tree merged with the real filesystem. Every fs
//! operation asks here first; what is not about an asset goes on to the real filesystem.
//! Writes into the tree fail with EROFS; descriptors of open assets are numbered far above
//! the kernel's.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use pack_payload::AssetEntry;

use super::{FsOp, errno_error, number};
use crate::async_op::{OpResult, OpValue};

/// The embedded files (their index, read by the launch) and the directory the tree hangs from.
static SECTION: OnceLock<(Arc<[AssetEntry<'static>]>, PathBuf)> = OnceLock::new();
static TREE: OnceLock<Option<Tree>> = OnceLock::new();

/// Makes `entries` (the payload's assets) visible under `root`; the tree is built on first use.
pub fn install(entries: Arc<[AssetEntry<'static>]>, root: PathBuf) {
    let _ = SECTION.set((entries, root));
}

enum Node {
    File(usize),
    Dir,
}

struct Tree {
    entries: Arc<[AssetEntry<'static>]>,
    /// Each file's checksum, checked on its first read.
    checked: Vec<OnceLock<bool>>,
    files: HashMap<PathBuf, usize>,
    /// Each directory of the tree and its children (name: is a directory).
    dirs: HashMap<PathBuf, BTreeMap<String, bool>>,
    /// Owner, device and times for the stats: the executable's own.
    like: Option<std::fs::Metadata>,
}

fn tree() -> Option<&'static Tree> {
    TREE.get_or_init(|| {
        let (entries, root) = SECTION.get()?;
        let entries = Arc::clone(entries);
        let mut files = HashMap::with_capacity(entries.len());
        let mut dirs: HashMap<PathBuf, BTreeMap<String, bool>> = HashMap::new();
        dirs.insert(root.clone(), BTreeMap::new());
        for (index, entry) in entries.iter().enumerate() {
            let path = root.join(entry.path);
            let mut child = path.clone();
            let mut is_dir = false;
            while let Some(parent) = child.parent() {
                let name = child.file_name().map(|n| n.to_string_lossy().into_owned());
                let children = dirs.entry(parent.to_path_buf()).or_default();
                if let Some(name) = name {
                    children.insert(name, is_dir);
                }
                if parent == root.as_path() {
                    break;
                }
                is_dir = true;
                child = parent.to_path_buf();
            }
            files.insert(path, index);
        }
        let like = std::env::current_exe().and_then(std::fs::metadata).ok();
        Some(Tree {
            checked: entries.iter().map(|_| OnceLock::new()).collect(),
            entries,
            files,
            dirs,
            like,
        })
    })
    .as_ref()
}

/// `path` made absolute against the working directory.
fn absolute(path: &str) -> Option<PathBuf> {
    let path = Path::new(path);
    if path.is_absolute() {
        Some(path.to_path_buf())
    } else {
        Some(std::env::current_dir().ok()?.join(path))
    }
}

/// `path` made absolute and free of `.` and `..`, as the tree's keys are; the kernel resolves
/// them the same way for the tree's plain names (a file used as a directory is caught first,
/// by `Tree::file_in_the_way`).
fn normal(path: &str) -> Option<PathBuf> {
    let absolute = absolute(path)?;
    let mut out = PathBuf::from("/");
    for part in absolute.components() {
        match part {
            Component::Normal(name) => out.push(name),
            Component::ParentDir => {
                out.pop();
            }
            _ => {}
        }
    }
    Some(out)
}

impl Tree {
    fn lookup(&self, path: &str) -> Option<Node> {
        let path = normal(path)?;
        if let Some(&index) = self.files.get(&path) {
            return Some(Node::File(index));
        }
        // The directory the tree hangs from is the real one.
        let root = &SECTION.get()?.1;
        (self.dirs.contains_key(&path) && &path != root).then_some(Node::Dir)
    }

    /// Whether writing at `path` would write into the tree: it is an asset or lies under one
    /// of the tree's directories (real files beside the tree's in a directory both have stay
    /// readable, but nothing is made or changed there).
    fn read_only(&self, path: &str) -> bool {
        let Some(path) = normal(path) else {
            return false;
        };
        let Some((_, root)) = SECTION.get() else {
            return false;
        };
        path.ancestors()
            .take_while(|a| *a != root.as_path())
            .any(|a| self.files.contains_key(a) || self.dirs.contains_key(a))
    }

    fn stat(&self, node: &Node, path: &Path) -> OpValue {
        use std::os::unix::fs::MetadataExt;
        let (mode, size) = match node {
            Node::File(i) => (0o100444, self.entries[*i].raw_len),
            Node::Dir => (0o40555, 4096),
        };
        // Device 0 holds no real file, and each node's number comes from its path, so that no
        // two files (embedded or real) look like one.
        let ino = {
            use std::hash::{Hash, Hasher};
            let mut hasher = std::hash::DefaultHasher::new();
            path.hash(&mut hasher);
            // Within JS's exact integers.
            hasher.finish() >> 12
        };
        let like = self.like.as_ref();
        let field = |f: fn(&std::fs::Metadata) -> i64| like.map_or(0, f) as f64;
        let mtime = field(|m| m.mtime());
        let mtime_ns = field(|m| m.mtime_nsec());
        OpValue::Array(vec![
            number(0.0),
            number(mode as f64),
            number(1.0),
            number(field(|m| i64::from(m.uid()))),
            number(field(|m| i64::from(m.gid()))),
            number(0.0),
            number(4096.0),
            number(ino as f64),
            number(size as f64),
            number(size.div_ceil(512) as f64),
            number(mtime),
            number(mtime_ns),
            number(mtime),
            number(mtime_ns),
            number(mtime),
            number(mtime_ns),
            number(mtime),
            number(mtime_ns),
        ])
    }

    /// A file's bytes; a file whose stored bytes were damaged reads as EIO.
    fn data(
        &self,
        index: usize,
        syscall: &'static str,
    ) -> Result<Cow<'static, [u8]>, crate::async_op::OpError> {
        let entry = &self.entries[index];
        let damaged = || errno_error(libc::EIO, syscall, Some(entry.path));
        if !*self.checked[index].get_or_init(|| entry.check().is_ok()) {
            return Err(damaged());
        }
        entry.decode().map_err(|_| damaged())
    }

    /// Whether `path` goes through a file of the tree as if it were a directory
    /// (`data.json/x`, `data.json/..`, `data.json/`): ENOTDIR, as the kernel says.
    fn file_in_the_way(&self, path: &str) -> bool {
        let Some(absolute) = absolute(path) else {
            return false;
        };
        // By the text's own parts: `Path::components` would drop a `.` after a file.
        let text = absolute.to_string_lossy();
        let parts: Vec<&str> = text.split('/').filter(|p| !p.is_empty()).collect();
        let mut at = PathBuf::from("/");
        for (i, part) in parts.iter().enumerate() {
            if self.files.contains_key(&at) {
                return true;
            }
            match *part {
                "." => {}
                ".." => {
                    at.pop();
                }
                name => at.push(name),
            }
            let last = i + 1 == parts.len();
            if last && path.ends_with('/') && self.files.contains_key(&at) {
                return true;
            }
        }
        false
    }
}

/// An open asset: its bytes (decoded once) and where the next read starts.
struct Open {
    node_file: Option<usize>,
    path: PathBuf,
    bytes: Cow<'static, [u8]>,
    position: u64,
}

const FIRST_FD: i32 = 1 << 29;
static NEXT_FD: AtomicI32 = AtomicI32::new(FIRST_FD);

fn open_table() -> &'static Mutex<HashMap<i32, Open>> {
    static OPEN: OnceLock<Mutex<HashMap<i32, Open>>> = OnceLock::new();
    OPEN.get_or_init(Default::default)
}

fn with_open<R>(fd: i32, f: impl FnOnce(&mut Open) -> R) -> Option<R> {
    if fd < FIRST_FD {
        return None;
    }
    let mut table = open_table().lock().unwrap_or_else(|e| e.into_inner());
    table.get_mut(&fd).map(f)
}

fn rofs(syscall: &'static str, path: &str) -> OpResult {
    Err(errno_error(libc::EROFS, syscall, Some(path)))
}

fn rofs_two(syscall: &'static str, from: &str, to: &str) -> OpResult {
    Err(super::two_paths(
        &std::io::Error::from_raw_os_error(libc::EROFS),
        syscall,
        from,
        to,
    ))
}

fn done() -> OpResult {
    Ok(OpValue::Undefined)
}

/// Whether open flags ask to write, create or truncate.
fn writes(flags: i32) -> bool {
    flags & (libc::O_WRONLY | libc::O_RDWR | libc::O_CREAT | libc::O_TRUNC | libc::O_APPEND) != 0
}

/// The path an operation is about, and the system call Node names in its errors.
fn path_of(op: &FsOp) -> Option<(&str, &'static str)> {
    Some(match op {
        FsOp::Open { path, .. } | FsOp::ReadFile { path, .. } | FsOp::WriteFile { path, .. } => {
            (path, "open")
        }
        FsOp::Stat { path, follow } => (path, if *follow { "stat" } else { "lstat" }),
        FsOp::Access { path, .. } => (path, "access"),
        FsOp::Readdir { path, syscall, .. } => (path, *syscall),
        FsOp::Realpath { path } => (path, "realpath"),
        FsOp::Readlink { path } => (path, "readlink"),
        FsOp::Mkdir { path, .. } => (path, "mkdir"),
        _ => return None,
    })
}

/// The answer for `op` when it is about the tree (an asset, a write into the tree, an asset's
/// descriptor); `None` sends it to the real filesystem.
pub(super) fn serve(op: &FsOp) -> Option<OpResult> {
    // Descriptors first: they need no tree lookup.
    match op {
        FsOp::Close { fd } if *fd >= FIRST_FD => {
            let open = open_table()
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(fd);
            return open.map(|_| done());
        }
        FsOp::Read {
            fd,
            length,
            position,
        } => {
            return with_open(*fd, |open| {
                if open.node_file.is_none() {
                    return Err(errno_error(libc::EISDIR, "read", None));
                }
                let start = position
                    .unwrap_or(open.position)
                    .min(open.bytes.len() as u64) as usize;
                let end = start.saturating_add(*length).min(open.bytes.len());
                if position.is_none() {
                    open.position = end as u64;
                }
                Ok(OpValue::Bytes(open.bytes[start..end].to_vec()))
            });
        }
        FsOp::Fstat { fd } => {
            let tree = tree()?;
            return with_open(*fd, |open| {
                let node = match open.node_file {
                    Some(i) => Node::File(i),
                    None => Node::Dir,
                };
                Ok(tree.stat(&node, &open.path))
            });
        }
        FsOp::Write { fd, .. } => {
            return with_open(*fd, |_| Err(errno_error(libc::EBADF, "write", None)));
        }
        FsOp::Fchmod { fd, .. } => {
            return with_open(*fd, |_| Err(errno_error(libc::EROFS, "fchmod", None)));
        }
        FsOp::Fchown { fd, .. } => {
            return with_open(*fd, |_| Err(errno_error(libc::EROFS, "fchown", None)));
        }
        FsOp::Futimes { fd, .. } => {
            return with_open(*fd, |_| Err(errno_error(libc::EROFS, "futime", None)));
        }
        FsOp::Ftruncate { fd, .. } => {
            return with_open(*fd, |_| Err(errno_error(libc::EINVAL, "ftruncate", None)));
        }
        FsOp::Fsync { fd } => return with_open(*fd, |_| done()),
        _ => {}
    }
    let tree = tree()?;
    if let Some((path, syscall)) = path_of(op)
        && tree.file_in_the_way(path)
    {
        return Some(Err(errno_error(libc::ENOTDIR, syscall, Some(path))));
    }
    match op {
        FsOp::Open { path, flags, .. } => {
            if writes(*flags) && tree.read_only(path) {
                return Some(rofs("open", path));
            }
            let node = tree.lookup(path)?;
            let (node_file, bytes) = match node {
                Node::File(i) => (Some(i), tree.data(i, "open")),
                Node::Dir => (None, Ok(Cow::Borrowed(&[][..]))),
            };
            Some(bytes.map(|bytes| {
                let fd = NEXT_FD.fetch_add(1, Ordering::Relaxed);
                let open = Open {
                    node_file,
                    path: normal(path).unwrap_or_default(),
                    bytes,
                    position: 0,
                };
                open_table()
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(fd, open);
                number(fd)
            }))
        }
        FsOp::ReadFile { path, flags } if writes(*flags) && tree.read_only(path) => {
            Some(rofs("open", path))
        }
        FsOp::ReadFile { path, .. } => match tree.lookup(path)? {
            Node::File(i) => Some(tree.data(i, "open").map(|d| OpValue::Bytes(d.into_owned()))),
            Node::Dir => Some(Err(errno_error(libc::EISDIR, "read", None))),
        },
        FsOp::Stat { path, .. } => {
            let node = tree.lookup(path)?;
            Some(Ok(tree.stat(&node, &normal(path)?)))
        }
        FsOp::Exists { path } => tree.lookup(path).map(|_| Ok(OpValue::Bool(true))),
        FsOp::Access { path, mode } => {
            let node = tree.lookup(path)?;
            Some(if mode & libc::W_OK != 0 {
                rofs("access", path)
            } else if mode & libc::X_OK != 0 && matches!(node, Node::File(_)) {
                Err(errno_error(libc::EACCES, "access", Some(path)))
            } else {
                done()
            })
        }
        FsOp::Realpath { path } => {
            tree.lookup(path)?;
            normal(path).map(|p| Ok(OpValue::String(p.to_string_lossy().into_owned())))
        }
        FsOp::Readlink { path } => {
            tree.lookup(path)?;
            Some(Err(errno_error(libc::EINVAL, "readlink", Some(path))))
        }
        FsOp::Readdir {
            path,
            types,
            syscall,
            name_path,
        } => {
            if let Some(Node::File(_)) = tree.lookup(path) {
                let shown = name_path.then_some(path.as_str());
                return Some(Err(errno_error(libc::ENOTDIR, syscall, shown)));
            }
            // A directory of the tree, or the one it hangs from.
            let key = normal(path)?;
            let children = tree.dirs.get(&key)?;
            // The real directory's entries, where there is one, then the tree's.
            let mut entries: BTreeMap<String, f64> = super::dir_entries(&key)
                .unwrap_or_default()
                .into_iter()
                .collect();
            for (name, is_dir) in children {
                entries
                    .entry(name.clone())
                    .or_insert(if *is_dir { 2.0 } else { 1.0 });
            }
            let out = entries
                .into_iter()
                .map(|(name, kind)| super::dirent(name, kind, *types))
                .collect();
            Some(Ok(OpValue::Array(out)))
        }
        FsOp::CopyFile {
            from,
            to,
            exclusive,
        } => {
            if tree.read_only(to) {
                return Some(rofs("copyfile", to));
            }
            let Node::File(i) = tree.lookup(from)? else {
                return Some(Err(errno_error(libc::EISDIR, "copyfile", Some(from))));
            };
            Some(tree.data(i, "copyfile").and_then(|bytes| {
                let mut options = std::fs::OpenOptions::new();
                options.write(true);
                if *exclusive {
                    options.create_new(true);
                } else {
                    options.create(true).truncate(true);
                }
                std::io::Write::write_all(
                    &mut options
                        .open(to)
                        .map_err(|e| super::two_paths(&e, "copyfile", from, to))?,
                    &bytes,
                )
                .map_err(|e| super::two_paths(&e, "copyfile", from, to))?;
                done()
            }))
        }
        FsOp::Mkdir {
            path, recursive, ..
        } => match tree.lookup(path) {
            Some(Node::Dir) if *recursive => Some(done()),
            Some(_) => Some(Err(errno_error(libc::EEXIST, "mkdir", Some(path)))),
            None => tree.read_only(path).then(|| rofs("mkdir", path)),
        },
        FsOp::WriteFile { path, .. } => tree.read_only(path).then(|| rofs("open", path)),
        FsOp::Mkdtemp { prefix } => tree.read_only(prefix).then(|| rofs("mkdtemp", prefix)),
        FsOp::Rmdir { path } => tree.read_only(path).then(|| rofs("rmdir", path)),
        FsOp::Rm { path, .. } => tree.read_only(path).then(|| rofs("rm", path)),
        FsOp::Unlink { path } => tree.read_only(path).then(|| rofs("unlink", path)),
        FsOp::Rename { from, to } => {
            (tree.read_only(from) || tree.read_only(to)).then(|| rofs_two("rename", from, to))
        }
        FsOp::Symlink { target, path } => tree
            .read_only(path)
            .then(|| rofs_two("symlink", target, path)),
        FsOp::Link { existing, path } => tree
            .read_only(path)
            .then(|| rofs_two("link", existing, path)),
        FsOp::Chmod { path, .. } => tree.read_only(path).then(|| rofs("chmod", path)),
        FsOp::Chown { path, follow, .. } => tree
            .read_only(path)
            .then(|| rofs(if *follow { "chown" } else { "lchown" }, path)),
        FsOp::Utimes { path, follow, .. } => tree
            .read_only(path)
            .then(|| rofs(if *follow { "utime" } else { "lutime" }, path)),
        FsOp::Truncate { path, .. } => tree.read_only(path).then(|| rofs("open", path)),
        _ => None,
    }
}

/// `seaAsset(key)`, for `node:sea`: the bytes of the embedded file whose path relative to the
/// project (as `pack inspect` lists it) is exactly `key`; undefined when there is none, or
/// `'EIO'` when its stored bytes were damaged.
pub fn op_sea_asset(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let key = args.get(0).to_rust_string_lossy(scope);
    let Some(tree) = tree() else {
        return;
    };
    let Some(index) = tree.entries.iter().position(|e| e.path == key) else {
        return;
    };
    match tree.data(index, "read") {
        Ok(bytes) => {
            if let Some(array) = crate::ops::uint8_array(scope, bytes.into_owned()) {
                rv.set(array.into());
            }
        }
        Err(_) => rv.set(v8::String::new(scope, "EIO").expect("code").into()),
    }
}

/// `seaAssetKeys()`: the embedded files' paths relative to the project, in the build's order.
pub fn op_sea_asset_keys(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let keys = tree().map(|t| t.entries.iter().map(|e| e.path).collect::<Vec<_>>());
    rv.set(crate::ops::string_array(scope, keys.unwrap_or_default()).into());
}
