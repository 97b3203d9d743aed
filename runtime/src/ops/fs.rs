//! File system operations, each defined once and run either synchronously (`fsSync`) or on the
//! blocking pool (`fsAsync`, with a callback or a promise).
//!
//! JS calls `ops.fsSync(name, ...args)` / `ops.fsAsync(name, callback, ...args)`; the arguments
//! are decoded into an [`FsOp`] on the isolate's thread, the work runs anywhere, and the result
//! comes back as an [`OpValue`] or a Node-style error.

use std::ffi::{CString, OsStr};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::async_op::{self, OpError, OpResult, OpValue};

mod assets;
pub use assets::{install as install_assets, op_sea_asset, op_sea_asset_keys};

/// One file system operation with its decoded arguments.
enum FsOp {
    Open {
        path: String,
        flags: i32,
        mode: u32,
    },
    Close {
        fd: i32,
    },
    Read {
        fd: i32,
        length: usize,
        position: Option<u64>,
    },
    Write {
        fd: i32,
        data: Vec<u8>,
        position: Option<u64>,
    },
    ReadFile {
        path: String,
        flags: i32,
    },
    WriteFile {
        path: String,
        data: Vec<u8>,
        flags: i32,
        mode: u32,
    },
    Stat {
        path: String,
        follow: bool,
    },
    Fstat {
        fd: i32,
    },
    Statfs {
        path: String,
    },
    Readdir {
        path: String,
        types: bool,
        /// "scandir", or "opendir" for fs.opendir.
        syscall: &'static str,
        /// Whether errors name the path (fs.opendirSync's do not).
        name_path: bool,
    },
    Mkdir {
        path: String,
        recursive: bool,
        mode: u32,
    },
    Mkdtemp {
        prefix: String,
    },
    Rmdir {
        path: String,
    },
    Rm {
        path: String,
        recursive: bool,
        force: bool,
    },
    Unlink {
        path: String,
    },
    Rename {
        from: String,
        to: String,
    },
    CopyFile {
        from: String,
        to: String,
        exclusive: bool,
    },
    Symlink {
        target: String,
        path: String,
    },
    Link {
        existing: String,
        path: String,
    },
    Readlink {
        path: String,
    },
    Realpath {
        path: String,
    },
    Access {
        path: String,
        mode: i32,
    },
    Chmod {
        path: String,
        mode: u32,
    },
    Fchmod {
        fd: i32,
        mode: u32,
    },
    Chown {
        path: String,
        uid: u32,
        gid: u32,
        follow: bool,
    },
    Fchown {
        fd: i32,
        uid: u32,
        gid: u32,
    },
    Utimes {
        path: String,
        atime: f64,
        mtime: f64,
        follow: bool,
    },
    Futimes {
        fd: i32,
        atime: f64,
        mtime: f64,
    },
    Truncate {
        path: String,
        len: u64,
    },
    Ftruncate {
        fd: i32,
        len: u64,
    },
    Fsync {
        fd: i32,
    },
    Exists {
        path: String,
    },
}

fn io_error(err: &std::io::Error, syscall: &'static str, path: Option<&str>) -> OpError {
    OpError::from_io(err, syscall, path)
}

fn last_error(syscall: &'static str, path: Option<&str>) -> OpError {
    io_error(&std::io::Error::last_os_error(), syscall, path)
}

fn errno_error(errno: i32, syscall: &'static str, path: Option<&str>) -> OpError {
    io_error(&std::io::Error::from_raw_os_error(errno), syscall, path)
}

fn two_paths(err: &std::io::Error, syscall: &'static str, from: &str, to: &str) -> OpError {
    let mut e = io_error(err, syscall, Some(from));
    e.dest = Some(to.to_string());
    e
}

fn c_path(path: &str) -> Result<CString, OpError> {
    CString::new(path.as_bytes()).map_err(|_| OpError {
        code: "ERR_INVALID_ARG_VALUE",
        errno: 0,
        syscall: "open",
        path: Some(path.to_string()),
        dest: None,
        description: "path must not contain null bytes".into(),
    })
}

fn check(result: libc::c_int, syscall: &'static str, path: &str) -> Result<(), OpError> {
    if result == 0 {
        Ok(())
    } else {
        Err(last_error(syscall, Some(path)))
    }
}

fn number(n: impl Into<f64>) -> OpValue {
    OpValue::Number(n.into())
}

/// Stat fields in the order `internal/fs_stats.js` reads them; times as seconds and
/// nanoseconds so that `bigint: true` keeps full precision.
fn stat_value(m: &std::fs::Metadata) -> OpValue {
    let n = |v: u64| OpValue::Number(v as f64);
    let i = |v: i64| OpValue::Number(v as f64);
    OpValue::Array(vec![
        n(m.dev()),
        n(u64::from(m.mode())),
        n(m.nlink()),
        n(u64::from(m.uid())),
        n(u64::from(m.gid())),
        n(m.rdev()),
        n(m.blksize()),
        n(m.ino()),
        n(m.size()),
        n(m.blocks()),
        i(m.atime()),
        i(m.atime_nsec()),
        i(m.mtime()),
        i(m.mtime_nsec()),
        i(m.ctime()),
        i(m.ctime_nsec()),
        birth(m).0,
        birth(m).1,
    ])
}

fn birth(m: &std::fs::Metadata) -> (OpValue, OpValue) {
    match m.created() {
        Ok(t) => {
            let d = t.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            (number(d.as_secs() as f64), number(d.subsec_nanos()))
        }
        // No birth time recorded: zero, as libuv reports it.
        Err(_) => (number(0.0), number(0.0)),
    }
}

/// A real directory's entries: each name and its type code.
fn dir_entries(path: &Path) -> std::io::Result<Vec<(String, f64)>> {
    std::fs::read_dir(path)?
        .map(|entry| {
            let entry = entry?;
            let kind = entry.file_type().map(file_type_code).unwrap_or(0.0);
            Ok((entry.file_name().to_string_lossy().into_owned(), kind))
        })
        .collect()
}

/// A directory entry as readdir gives it: the name, or `[name, type]` with `withFileTypes`.
fn dirent(name: String, kind: f64, types: bool) -> OpValue {
    if types {
        OpValue::Array(vec![OpValue::String(name), number(kind)])
    } else {
        OpValue::String(name)
    }
}

fn file_type_code(t: std::fs::FileType) -> f64 {
    use std::os::unix::fs::FileTypeExt;
    // libuv's UV_DIRENT_* numbers, which fs.constants also uses.
    if t.is_file() {
        1.0
    } else if t.is_dir() {
        2.0
    } else if t.is_symlink() {
        3.0
    } else if t.is_fifo() {
        4.0
    } else if t.is_socket() {
        5.0
    } else if t.is_char_device() {
        6.0
    } else if t.is_block_device() {
        7.0
    } else {
        0.0
    }
}

fn read_at(fd: i32, length: usize, position: Option<u64>) -> Result<Vec<u8>, OpError> {
    // Not zeroed first: the kernel fills what is read and the rest is cut off.
    let mut buf = Vec::<u8>::with_capacity(length);
    let n = loop {
        // SAFETY: `buf` has `length` bytes of capacity; only the `n` read bytes are kept.
        let n = unsafe {
            match position {
                Some(p) => libc::pread(fd, buf.as_mut_ptr().cast(), length, p as libc::off_t),
                None => libc::read(fd, buf.as_mut_ptr().cast(), length),
            }
        };
        if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
            continue;
        }
        break n;
    };
    if n < 0 {
        return Err(last_error("read", None));
    }
    // SAFETY: the call wrote `n` bytes (n <= length).
    unsafe { buf.set_len(n as usize) };
    Ok(buf)
}

/// Everything from the descriptor's offset to its end; reading a directory fails with EISDIR.
fn read_to_end(fd: i32) -> Result<Vec<u8>, OpError> {
    let mut out = Vec::new();
    loop {
        let chunk = read_at(fd, 64 * 1024, None)?;
        if chunk.is_empty() {
            return Ok(out);
        }
        out.extend_from_slice(&chunk);
    }
}

fn write_at(fd: i32, data: &[u8], position: Option<u64>) -> OpResult {
    let mut written = 0usize;
    while written < data.len() {
        let rest = &data[written..];
        // SAFETY: `rest` is valid for reads of its length.
        let n = unsafe {
            match position {
                Some(p) => libc::pwrite(
                    fd,
                    rest.as_ptr().cast(),
                    rest.len(),
                    (p + written as u64) as libc::off_t,
                ),
                None => libc::write(fd, rest.as_ptr().cast(), rest.len()),
            }
        };
        if n < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(last_error("write", None));
        }
        written += n as usize;
    }
    Ok(number(written as f64))
}

fn open(path: &str, flags: i32, mode: u32) -> Result<i32, OpError> {
    let c = c_path(path)?;
    // SAFETY: `c` is NUL-terminated; O_CLOEXEC keeps descriptors out of child processes.
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) };
    if fd < 0 {
        Err(last_error("open", Some(path)))
    } else {
        Ok(fd)
    }
}

fn close(fd: i32) -> Result<(), OpError> {
    // SAFETY: closing a descriptor the program owns.
    if unsafe { libc::close(fd) } != 0 {
        Err(last_error("close", None))
    } else {
        Ok(())
    }
}

fn mkdir_recursive(path: &Path, mode: u32) -> Result<Option<PathBuf>, OpError> {
    let text = path.to_string_lossy().into_owned();
    if path.is_dir() {
        return Ok(None);
    }
    // The first directory that did not exist is what Node returns.
    let mut first = None;
    let mut missing = Vec::new();
    let mut cursor = Some(path);
    while let Some(p) = cursor {
        if p.exists() {
            if !p.is_dir() {
                // The path itself is a file: EEXIST; a file on the way: ENOTDIR.
                let errno = if p == path {
                    libc::EEXIST
                } else {
                    libc::ENOTDIR
                };
                return Err(errno_error(errno, "mkdir", Some(&text)));
            }
            break;
        }
        missing.push(p.to_path_buf());
        cursor = p.parent();
    }
    for dir in missing.iter().rev() {
        match std::fs::DirBuilder::new().mode(mode).create(dir) {
            Ok(()) => {
                if first.is_none() {
                    first = Some(dir.clone());
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && dir.is_dir() => {}
            Err(e) => return Err(io_error(&e, "mkdir", Some(&text))),
        }
    }
    Ok(first)
}

fn rm(path: &str, recursive: bool, force: bool) -> OpResult {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if force && e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(OpValue::Undefined);
        }
        Err(e) => return Err(io_error(&e, "lstat", Some(path))),
    };
    if meta.is_dir() {
        if !recursive {
            return Err(OpError {
                code: "ERR_FS_EISDIR",
                errno: -libc::EISDIR,
                syscall: "rm",
                path: Some(path.to_string()),
                dest: None,
                description: "Path is a directory".into(),
            });
        }
        std::fs::remove_dir_all(path).map_err(|e| io_error(&e, "rm", Some(path)))?;
    } else {
        std::fs::remove_file(path).map_err(|e| io_error(&e, "unlink", Some(path)))?;
    }
    Ok(OpValue::Undefined)
}

/// Copies as libuv does: the destination is opened without truncation so that copying a file
/// onto itself (or a hard link of it) leaves it intact; it takes the source's mode, and a failed
/// copy removes it.
fn copy_file(from: &str, to: &str, exclusive: bool) -> std::io::Result<()> {
    let mut src = std::fs::File::open(from)?;
    let src_meta = src.metadata()?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).mode(src_meta.mode());
    if exclusive {
        options.create_new(true);
    } else {
        options.create(true);
    }
    let mut dest = options.open(to)?;
    let result = (|| {
        let dest_meta = dest.metadata()?;
        if dest_meta.dev() == src_meta.dev() && dest_meta.ino() == src_meta.ino() {
            return Ok(false);
        }
        dest.set_len(0)?;
        // Setting the mode fails with EPERM on SMB/CIFS shares, where it means nothing: libuv
        // lets that pass there, and only there.
        if let Err(e) = dest.set_permissions(src_meta.permissions())
            && !(e.raw_os_error() == Some(libc::EPERM) && is_smb(&dest))
        {
            return Err(e);
        }
        std::io::copy(&mut src, &mut dest).map(|_| true)
    })();
    let result = match result {
        Ok(false) => return Ok(()),
        other => other.map(|_| ()),
    };
    if result.is_err() {
        drop(dest);
        let _ = std::fs::remove_file(to);
    }
    result
}

/// Whether a file lives on an SMB/CIFS share.
fn is_smb(file: &std::fs::File) -> bool {
    use std::os::fd::AsRawFd;
    // SAFETY: an all-zero statfs is a valid value for the call to fill in.
    let mut st: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: the descriptor is open and `st` is writable.
    if unsafe { libc::fstatfs(file.as_raw_fd(), &mut st) } != 0 {
        return false;
    }
    // The file system magic numbers of CIFS, SMB and SMB2.
    matches!(st.f_type as u64, 0xFF53_4D42 | 0x517B | 0xFE53_4D42)
}

/// Seconds as a timespec, kept to the microsecond as libuv does; a time that is no number is
/// refused as the system call would refuse it.
fn timespec(t: f64) -> std::io::Result<libc::timespec> {
    if !t.is_finite() {
        return Err(std::io::Error::from_raw_os_error(libc::EINVAL));
    }
    // Whole microseconds split so that the nanoseconds stay positive (before 1970 too).
    let micros = (t * 1e6) as i64;
    Ok(libc::timespec {
        tv_sec: micros.div_euclid(1_000_000) as libc::time_t,
        tv_nsec: (micros.rem_euclid(1_000_000) * 1000) as libc::c_long,
    })
}

impl FsOp {
    fn run(self) -> OpResult {
        if let Some(result) = assets::serve(&self) {
            return result;
        }
        match self {
            FsOp::Open { path, flags, mode } => open(&path, flags, mode).map(number),
            FsOp::Close { fd } => close(fd).map(|()| OpValue::Undefined),
            FsOp::Read {
                fd,
                length,
                position,
            } => read_at(fd, length, position).map(OpValue::Bytes),
            FsOp::Write { fd, data, position } => write_at(fd, &data, position),
            FsOp::ReadFile { path, flags } => {
                let fd = open(&path, flags, 0o666)?;
                let result = read_to_end(fd);
                let closed = close(fd);
                let bytes = result?;
                closed?;
                Ok(OpValue::Bytes(bytes))
            }
            FsOp::WriteFile {
                path,
                data,
                flags,
                mode,
            } => {
                let fd = open(&path, flags, mode)?;
                let result = write_at(fd, &data, None);
                let closed = close(fd);
                result?;
                closed?;
                Ok(OpValue::Undefined)
            }
            FsOp::Stat { path, follow } => {
                let meta = if follow {
                    std::fs::metadata(&path)
                } else {
                    std::fs::symlink_metadata(&path)
                };
                meta.map(|m| stat_value(&m))
                    .map_err(|e| io_error(&e, if follow { "stat" } else { "lstat" }, Some(&path)))
            }
            FsOp::Fstat { fd } => {
                use std::os::fd::FromRawFd;
                // SAFETY: the descriptor stays owned by the program: ManuallyDrop never closes it.
                let file = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
                file.metadata()
                    .map(|m| stat_value(&m))
                    .map_err(|e| io_error(&e, "fstat", None))
            }
            FsOp::Statfs { path } => {
                let c = c_path(&path)?;
                // SAFETY: an all-zero statfs is a valid value for the call to fill in.
                let mut st: libc::statfs = unsafe { std::mem::zeroed() };
                // SAFETY: `c` is NUL-terminated and `st` is writable.
                check(
                    unsafe { libc::statfs(c.as_ptr(), &mut st) },
                    "statfs",
                    &path,
                )?;
                // The fields in the order of Node's StatFs constructor.
                Ok(OpValue::Array(
                    [
                        st.f_type as f64,
                        st.f_bsize as f64,
                        st.f_blocks as f64,
                        st.f_bfree as f64,
                        st.f_bavail as f64,
                        st.f_files as f64,
                        st.f_ffree as f64,
                    ]
                    .into_iter()
                    .map(OpValue::Number)
                    .collect(),
                ))
            }
            FsOp::Readdir {
                path,
                types,
                syscall,
                name_path,
            } => {
                let shown = name_path.then_some(path.as_str());
                let entries =
                    dir_entries(Path::new(&path)).map_err(|e| io_error(&e, syscall, shown))?;
                Ok(OpValue::Array(
                    entries
                        .into_iter()
                        .map(|(name, kind)| dirent(name, kind, types))
                        .collect(),
                ))
            }
            FsOp::Mkdir {
                path,
                recursive,
                mode,
            } => {
                if recursive {
                    let first = mkdir_recursive(Path::new(&path), mode)?;
                    Ok(first.map_or(OpValue::Undefined, |p| {
                        OpValue::String(p.to_string_lossy().into_owned())
                    }))
                } else {
                    std::fs::DirBuilder::new()
                        .mode(mode)
                        .create(&path)
                        .map(|()| OpValue::Undefined)
                        .map_err(|e| io_error(&e, "mkdir", Some(&path)))
                }
            }
            FsOp::Mkdtemp { prefix } => {
                let template = format!("{prefix}XXXXXX");
                let mut bytes = c_path(&template)?.into_bytes_with_nul();
                // SAFETY: `bytes` is a writable NUL-terminated template.
                let ptr = unsafe { libc::mkdtemp(bytes.as_mut_ptr().cast()) };
                if ptr.is_null() {
                    return Err(last_error("mkdtemp", Some(&template)));
                }
                bytes.pop();
                Ok(OpValue::String(
                    String::from_utf8_lossy(&bytes).into_owned(),
                ))
            }
            FsOp::Rmdir { path } => std::fs::remove_dir(&path)
                .map(|()| OpValue::Undefined)
                .map_err(|e| io_error(&e, "rmdir", Some(&path))),
            FsOp::Rm {
                path,
                recursive,
                force,
            } => rm(&path, recursive, force),
            FsOp::Unlink { path } => std::fs::remove_file(&path)
                .map(|()| OpValue::Undefined)
                .map_err(|e| io_error(&e, "unlink", Some(&path))),
            FsOp::Rename { from, to } => std::fs::rename(&from, &to)
                .map(|()| OpValue::Undefined)
                .map_err(|e| two_paths(&e, "rename", &from, &to)),
            FsOp::CopyFile {
                from,
                to,
                exclusive,
            } => copy_file(&from, &to, exclusive)
                .map(|()| OpValue::Undefined)
                .map_err(|e| two_paths(&e, "copyfile", &from, &to)),
            FsOp::Symlink { target, path } => std::os::unix::fs::symlink(&target, &path)
                .map(|()| OpValue::Undefined)
                .map_err(|e| two_paths(&e, "symlink", &target, &path)),
            FsOp::Link { existing, path } => std::fs::hard_link(&existing, &path)
                .map(|()| OpValue::Undefined)
                .map_err(|e| two_paths(&e, "link", &existing, &path)),
            FsOp::Readlink { path } => std::fs::read_link(&path)
                .map(|p| OpValue::String(p.to_string_lossy().into_owned()))
                .map_err(|e| io_error(&e, "readlink", Some(&path))),
            FsOp::Realpath { path } => std::fs::canonicalize(&path)
                .map(|p| OpValue::String(p.to_string_lossy().into_owned()))
                .map_err(|e| io_error(&e, "realpath", Some(&path))),
            FsOp::Access { path, mode } => {
                let c = c_path(&path)?;
                // SAFETY: `c` is NUL-terminated.
                check(unsafe { libc::access(c.as_ptr(), mode) }, "access", &path)
                    .map(|()| OpValue::Undefined)
            }
            FsOp::Chmod { path, mode } => {
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
                    .map(|()| OpValue::Undefined)
                    .map_err(|e| io_error(&e, "chmod", Some(&path)))
            }
            FsOp::Fchmod { fd, mode } => {
                // SAFETY: fchmod on a descriptor the program owns.
                if unsafe { libc::fchmod(fd, mode as libc::mode_t) } != 0 {
                    return Err(last_error("fchmod", None));
                }
                Ok(OpValue::Undefined)
            }
            FsOp::Chown {
                path,
                uid,
                gid,
                follow,
            } => {
                let c = c_path(&path)?;
                // SAFETY: `c` is NUL-terminated.
                let rc = unsafe {
                    if follow {
                        libc::chown(c.as_ptr(), uid, gid)
                    } else {
                        libc::lchown(c.as_ptr(), uid, gid)
                    }
                };
                check(rc, if follow { "chown" } else { "lchown" }, &path)
                    .map(|()| OpValue::Undefined)
            }
            FsOp::Fchown { fd, uid, gid } => {
                // SAFETY: fchown on a descriptor the program owns.
                if unsafe { libc::fchown(fd, uid, gid) } != 0 {
                    return Err(last_error("fchown", None));
                }
                Ok(OpValue::Undefined)
            }
            FsOp::Utimes {
                path,
                atime,
                mtime,
                follow,
            } => {
                let c = c_path(&path)?;
                let syscall = if follow { "utime" } else { "lutime" };
                let times = [timespec(atime), timespec(mtime)];
                let [Ok(a), Ok(m)] = times else {
                    return Err(errno_error(libc::EINVAL, syscall, Some(&path)));
                };
                let times = [a, m];
                let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
                // SAFETY: `c` is NUL-terminated and `times` holds two timespecs.
                let rc =
                    unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), flags) };
                check(rc, syscall, &path).map(|()| OpValue::Undefined)
            }
            FsOp::Futimes { fd, atime, mtime } => {
                let [Ok(a), Ok(m)] = [timespec(atime), timespec(mtime)] else {
                    return Err(errno_error(libc::EINVAL, "futime", None));
                };
                let times = [a, m];
                // SAFETY: `times` holds two timespecs.
                if unsafe { libc::futimens(fd, times.as_ptr()) } != 0 {
                    return Err(last_error("futime", None));
                }
                Ok(OpValue::Undefined)
            }
            FsOp::Truncate { path, len } => {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .custom_flags(libc::O_CLOEXEC)
                    .open(&path)
                    .map_err(|e| io_error(&e, "open", Some(&path)))?;
                file.set_len(len)
                    .map(|()| OpValue::Undefined)
                    .map_err(|e| io_error(&e, "ftruncate", None))
            }
            FsOp::Ftruncate { fd, len } => {
                // SAFETY: ftruncate on a descriptor the program owns.
                if unsafe { libc::ftruncate(fd, len as libc::off_t) } != 0 {
                    return Err(last_error("ftruncate", None));
                }
                Ok(OpValue::Undefined)
            }
            FsOp::Fsync { fd } => {
                // SAFETY: fsync on a descriptor the program owns.
                if unsafe { libc::fsync(fd) } != 0 {
                    return Err(last_error("fsync", None));
                }
                Ok(OpValue::Undefined)
            }
            // Follows links: a dangling link does not exist, as in Node.
            FsOp::Exists { path } => Ok(OpValue::Bool(
                Path::new(OsStr::from_bytes(path.as_bytes())).exists(),
            )),
        }
    }
}

/// Reads argument `i` in the shapes the ops take.
struct Args<'a, 'b, 's, 'i> {
    scope: &'a mut v8::PinScope<'s, 'i>,
    args: &'a v8::FunctionCallbackArguments<'b>,
    /// Index of the first operation argument (after the name and, for async, the callback).
    base: i32,
}

impl Args<'_, '_, '_, '_> {
    fn string(&mut self, i: i32) -> String {
        let v = self.args.get(self.base + i);
        v.to_rust_string_lossy(self.scope)
    }
    fn int(&mut self, i: i32) -> i32 {
        let v = self.args.get(self.base + i);
        v.int32_value(self.scope).unwrap_or(0)
    }
    fn uint(&mut self, i: i32) -> u32 {
        let v = self.args.get(self.base + i);
        v.uint32_value(self.scope).unwrap_or(0)
    }
    fn float(&mut self, i: i32) -> f64 {
        let v = self.args.get(self.base + i);
        v.number_value(self.scope).unwrap_or(0.0)
    }
    fn bool(&mut self, i: i32) -> bool {
        self.args.get(self.base + i).is_true()
    }
    fn position(&mut self, i: i32) -> Option<u64> {
        let v = self.args.get(self.base + i);
        if v.is_null_or_undefined() {
            return None;
        }
        let n = v.number_value(self.scope).unwrap_or(-1.0);
        (n >= 0.0).then_some(n as u64)
    }
    fn bytes(&mut self, i: i32) -> Vec<u8> {
        let v = self.args.get(self.base + i);
        if let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(v) {
            let mut buf = vec![0u8; view.byte_length()];
            view.copy_contents(&mut buf);
            buf
        } else {
            v.to_rust_string_lossy(self.scope).into_bytes()
        }
    }
}

fn decode(name: &str, a: &mut Args) -> Option<FsOp> {
    Some(match name {
        "open" => FsOp::Open {
            path: a.string(0),
            flags: a.int(1),
            mode: a.uint(2),
        },
        "close" => FsOp::Close { fd: a.int(0) },
        "read" => FsOp::Read {
            fd: a.int(0),
            length: a.float(1).max(0.0) as usize,
            position: a.position(2),
        },
        "write" => FsOp::Write {
            fd: a.int(0),
            data: a.bytes(1),
            position: a.position(2),
        },
        "readFile" => FsOp::ReadFile {
            path: a.string(0),
            flags: a.int(1),
        },
        "writeFile" => FsOp::WriteFile {
            path: a.string(0),
            data: a.bytes(1),
            flags: a.int(2),
            mode: a.uint(3),
        },
        "stat" => FsOp::Stat {
            path: a.string(0),
            follow: true,
        },
        "lstat" => FsOp::Stat {
            path: a.string(0),
            follow: false,
        },
        "fstat" => FsOp::Fstat { fd: a.int(0) },
        "statfs" => FsOp::Statfs { path: a.string(0) },
        "readdir" => FsOp::Readdir {
            path: a.string(0),
            types: a.bool(1),
            syscall: "scandir",
            name_path: true,
        },
        "opendir" => FsOp::Readdir {
            path: a.string(0),
            types: true,
            syscall: "opendir",
            name_path: a.bool(1),
        },
        "mkdir" => FsOp::Mkdir {
            path: a.string(0),
            recursive: a.bool(1),
            mode: a.uint(2),
        },
        "mkdtemp" => FsOp::Mkdtemp {
            prefix: a.string(0),
        },
        "rmdir" => FsOp::Rmdir { path: a.string(0) },
        "rm" => FsOp::Rm {
            path: a.string(0),
            recursive: a.bool(1),
            force: a.bool(2),
        },
        "unlink" => FsOp::Unlink { path: a.string(0) },
        "rename" => FsOp::Rename {
            from: a.string(0),
            to: a.string(1),
        },
        "copyFile" => FsOp::CopyFile {
            from: a.string(0),
            to: a.string(1),
            exclusive: a.bool(2),
        },
        "symlink" => FsOp::Symlink {
            target: a.string(0),
            path: a.string(1),
        },
        "link" => FsOp::Link {
            existing: a.string(0),
            path: a.string(1),
        },
        "readlink" => FsOp::Readlink { path: a.string(0) },
        "realpath" => FsOp::Realpath { path: a.string(0) },
        "access" => FsOp::Access {
            path: a.string(0),
            mode: a.int(1),
        },
        "chmod" => FsOp::Chmod {
            path: a.string(0),
            mode: a.uint(1),
        },
        "fchmod" => FsOp::Fchmod {
            fd: a.int(0),
            mode: a.uint(1),
        },
        "chown" => FsOp::Chown {
            path: a.string(0),
            uid: a.uint(1),
            gid: a.uint(2),
            follow: true,
        },
        "lchown" => FsOp::Chown {
            path: a.string(0),
            uid: a.uint(1),
            gid: a.uint(2),
            follow: false,
        },
        "fchown" => FsOp::Fchown {
            fd: a.int(0),
            uid: a.uint(1),
            gid: a.uint(2),
        },
        "utimes" => FsOp::Utimes {
            path: a.string(0),
            atime: a.float(1),
            mtime: a.float(2),
            follow: true,
        },
        "lutimes" => FsOp::Utimes {
            path: a.string(0),
            atime: a.float(1),
            mtime: a.float(2),
            follow: false,
        },
        "futimes" => FsOp::Futimes {
            fd: a.int(0),
            atime: a.float(1),
            mtime: a.float(2),
        },
        "truncate" => FsOp::Truncate {
            path: a.string(0),
            len: a.float(1).max(0.0) as u64,
        },
        "ftruncate" => FsOp::Ftruncate {
            fd: a.int(0),
            len: a.float(1).max(0.0) as u64,
        },
        "fsync" | "fdatasync" => FsOp::Fsync { fd: a.int(0) },
        "exists" => FsOp::Exists { path: a.string(0) },
        _ => return None,
    })
}

/// `fsSync(name, ...args)`: the result, or a thrown Node-style error.
pub fn op_fs_sync(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let name = args.get(0).to_rust_string_lossy(scope);
    let Some(op) = decode(
        &name,
        &mut Args {
            scope,
            args: &args,
            base: 1,
        },
    ) else {
        super::throw_type_error(scope, &format!("fsSync: unknown operation {name}"));
        return;
    };
    match op.run() {
        Ok(value) => rv.set(value.into_js(scope)),
        Err(error) => {
            let error = error.to_js(scope);
            scope.throw_exception(error);
        }
    }
}

/// `fsAsync(name, callback, ...args)`: runs on the blocking pool; `callback(err, value)`, or a
/// promise when `callback` is not a function.
pub fn op_fs_async(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let name = args.get(0).to_rust_string_lossy(scope);
    let Some(op) = decode(
        &name,
        &mut Args {
            scope,
            args: &args,
            base: 2,
        },
    ) else {
        super::throw_type_error(scope, &format!("fsAsync: unknown operation {name}"));
        return;
    };
    let ret = async_op::spawn_blocking(scope, args.get(1), move || op.run());
    rv.set(ret);
}
