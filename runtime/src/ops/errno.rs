//! Node's error codes for OS errors.

/// The Node-style code (`ENOENT`, `EPIPE`...) of an OS error.
pub fn code_of(err: &std::io::Error) -> &'static str {
    let Some(errno) = err.raw_os_error() else {
        return "EIO";
    };
    match errno {
        libc::EPERM => "EPERM",
        libc::ENOENT => "ENOENT",
        libc::EINTR => "EINTR",
        libc::EIO => "EIO",
        libc::EBADF => "EBADF",
        libc::EAGAIN => "EAGAIN",
        libc::ENOMEM => "ENOMEM",
        libc::EACCES => "EACCES",
        libc::EEXIST => "EEXIST",
        libc::ENOTDIR => "ENOTDIR",
        libc::EISDIR => "EISDIR",
        libc::EINVAL => "EINVAL",
        libc::EMFILE => "EMFILE",
        libc::ENOSPC => "ENOSPC",
        libc::EPIPE => "EPIPE",
        libc::EROFS => "EROFS",
        _ => "EIO",
    }
}
