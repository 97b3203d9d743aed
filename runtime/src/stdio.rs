//! Writing to the standard streams without buffering and without panicking on a closed pipe.

use std::io::{ErrorKind, Write};

/// Writes all of `bytes` to `fd`. An error (`EPIPE` when the reader has gone) is returned, never
/// raised as a panic.
pub fn write_all_fd(fd: i32, mut bytes: &[u8]) -> std::io::Result<()> {
    while !bytes.is_empty() {
        // SAFETY: writing from a valid slice to a descriptor we do not own or close.
        let n = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
        if n < 0 {
            let err = std::io::Error::last_os_error();
            match err.kind() {
                ErrorKind::Interrupted => continue,
                ErrorKind::WouldBlock => {
                    wait_writable(fd);
                    continue;
                }
                _ => return Err(err),
            }
        }
        bytes = &bytes[n as usize..];
    }
    Ok(())
}

/// Blocks until a non-blocking descriptor (set so by the parent) accepts more bytes.
fn wait_writable(fd: i32) {
    let mut pfd = libc::pollfd {
        fd,
        events: libc::POLLOUT,
        revents: 0,
    };
    // SAFETY: one valid pollfd.
    unsafe { libc::poll(&mut pfd, 1, -1) };
}

/// For the runtime's own messages: best effort, errors ignored.
pub fn write_stderr(message: impl AsRef<str>) {
    let _ = std::io::stderr().write_all(message.as_ref().as_bytes());
}
