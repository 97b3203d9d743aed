//! Synchronous writes to file descriptors (standard output and error, and the first try of a
//! socket's writes).

use crate::stdio;

/// Writes as much of `bytes` as the non-blocking socket `fd` takes now, as libuv tries before
/// it queues a write: the count written (less than all when the socket is full), or the error.
pub fn write_now(fd: std::os::fd::RawFd, bytes: &[u8]) -> std::io::Result<usize> {
    write_vectored_now(fd, &[bytes])
}

/// One send that does not wait: how many bytes went, or WouldBlock when none could.
pub fn send_some(fd: std::os::fd::RawFd, bytes: &[u8]) -> std::io::Result<usize> {
    loop {
        // SAFETY: `bytes` is valid for reads of its length; MSG_NOSIGNAL turns SIGPIPE into EPIPE.
        let n = unsafe {
            libc::send(
                fd,
                bytes.as_ptr().cast(),
                bytes.len(),
                libc::MSG_NOSIGNAL | libc::MSG_DONTWAIT,
            )
        };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

/// Sends the `pieces` in order with as few calls as the system allows, without waiting: how
/// many bytes went in all (fewer when the socket's buffer filled).
pub fn write_vectored_now(fd: std::os::fd::RawFd, pieces: &[&[u8]]) -> std::io::Result<usize> {
    let total: usize = pieces.iter().map(|p| p.len()).sum();
    let mut written = 0;
    while written < total {
        // The pieces from `written` on, the first one cut where the last call stopped.
        let mut skip = written;
        let mut iov: Vec<libc::iovec> = Vec::with_capacity(pieces.len());
        for piece in pieces {
            if skip >= piece.len() {
                skip -= piece.len();
                continue;
            }
            let rest = &piece[skip..];
            skip = 0;
            iov.push(libc::iovec {
                iov_base: rest.as_ptr() as *mut libc::c_void,
                iov_len: rest.len(),
            });
        }
        // SAFETY: a zeroed msghdr is valid; it points at `iov`, alive for the call, whose
        // entries point into `pieces`, valid for reads of their lengths.
        let n = unsafe {
            let mut msg: libc::msghdr = std::mem::zeroed();
            msg.msg_iov = iov.as_mut_ptr();
            msg.msg_iovlen = iov.len().min(libc::UIO_MAXIOV as usize) as _;
            libc::sendmsg(fd, &msg, libc::MSG_NOSIGNAL | libc::MSG_DONTWAIT)
        };
        if n >= 0 {
            written += n as usize;
            continue;
        }
        let e = std::io::Error::last_os_error();
        match e.kind() {
            std::io::ErrorKind::Interrupted => {}
            std::io::ErrorKind::WouldBlock => break,
            _ => return Err(e),
        }
    }
    Ok(written)
}

/// `write(fd, data)`: writes a string (as UTF-8) or a Uint8Array completely. Returns undefined on
/// success, else the error's code (`'EPIPE'`); it never throws for an OS error.
pub fn op_write(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let fd = args.get(0).int32_value(scope).unwrap_or(-1);
    let data = args.get(1);
    let result = if let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(data) {
        let mut buf = vec![0u8; view.byte_length()];
        view.copy_contents(&mut buf);
        stdio::write_all_fd(fd, &buf)
    } else if let Ok(text) = v8::Local::<v8::String>::try_from(data) {
        stdio::write_all_fd(fd, text.to_rust_string_lossy(scope).as_bytes())
    } else {
        super::throw_type_error(scope, "write: data must be a string or a Uint8Array");
        return;
    };
    if let Err(e) = result {
        let code = v8::String::new(scope, super::code_of(&e)).expect("code");
        rv.set(code.into());
    }
}

/// `isatty(fd)`: whether the descriptor is a terminal.
pub fn op_isatty(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let fd = args.get(0).int32_value(scope).unwrap_or(-1);
    // SAFETY: isatty only inspects the descriptor.
    let tty = unsafe { libc::isatty(fd) } == 1;
    rv.set(v8::Boolean::new(scope, tty).into());
}

/// `guessHandle(fd)`: what a descriptor is, as libuv guesses it: `'TTY'`, `'PIPE'` (pipes and
/// Unix sockets), `'TCP'`, `'UDP'`, `'FILE'` (regular files and other character devices) or
/// `'UNKNOWN'` (closed, directories...).
pub fn op_guess_handle(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let fd = args.get(0).int32_value(scope).unwrap_or(-1);
    // SAFETY: isatty and fstat only inspect the descriptor; a zeroed stat is valid for fstat to fill.
    let kind = if fd < 0 {
        "UNKNOWN"
    } else if unsafe { libc::isatty(fd) } == 1 {
        "TTY"
    } else {
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        if unsafe { libc::fstat(fd, &mut st) } != 0 {
            "UNKNOWN"
        } else {
            match st.st_mode & libc::S_IFMT {
                libc::S_IFREG | libc::S_IFCHR => "FILE",
                libc::S_IFIFO => "PIPE",
                libc::S_IFSOCK => socket_kind(fd),
                _ => "UNKNOWN",
            }
        }
    };
    rv.set(v8::String::new(scope, kind).expect("kind").into());
}

/// What kind of socket a descriptor is, by its type and address family.
fn socket_kind(fd: i32) -> &'static str {
    let mut kind: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: the buffer and its length are valid for SO_TYPE.
    let rc = unsafe {
        libc::getsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_TYPE,
            (&mut kind as *mut libc::c_int).cast(),
            &mut len,
        )
    };
    let family = super::net::socket_family(fd);
    match (rc, kind, family) {
        (_, _, libc::AF_UNIX) => "PIPE",
        (0, libc::SOCK_STREAM, libc::AF_INET | libc::AF_INET6) => "TCP",
        (0, libc::SOCK_DGRAM, libc::AF_INET | libc::AF_INET6) => "UDP",
        _ => "UNKNOWN",
    }
}

/// `ttySize(fd)`: `[columns, rows]` of a terminal, or undefined.
pub fn op_tty_size(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let fd = args.get(0).int32_value(scope).unwrap_or(-1);
    // SAFETY: a zeroed winsize is valid; TIOCGWINSZ fills it.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointer for the ioctl's output.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) } != 0 {
        return;
    }
    let values = [
        v8::Integer::new(scope, i32::from(size.ws_col)).into(),
        v8::Integer::new(scope, i32::from(size.ws_row)).into(),
    ];
    rv.set(v8::Array::new_with_elements(scope, &values).into());
}

thread_local! {
    /// The terminal settings before raw mode, restored when it is switched off.
    static SAVED_TERMIOS: std::cell::RefCell<Option<libc::termios>> = const { std::cell::RefCell::new(None) };
}

/// `setRawMode(fd, raw)`: raw (no echo, no line editing, no signals keys) or back to normal;
/// returns undefined or the error code.
pub fn op_set_raw_mode(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let fd = args.get(0).int32_value(scope).unwrap_or(0);
    let raw = args.get(1).is_true();
    let result = SAVED_TERMIOS.with(|saved| {
        let mut saved = saved.borrow_mut();
        if raw {
            // SAFETY: termios structs are plain data filled by tcgetattr.
            let mut t: libc::termios = unsafe { std::mem::zeroed() };
            if unsafe { libc::tcgetattr(fd, &mut t) } != 0 {
                return Err(std::io::Error::last_os_error());
            }
            if saved.is_none() {
                *saved = Some(t);
            }
            // Like libuv's UV_TTY_MODE_RAW.
            t.c_iflag &= !(libc::BRKINT | libc::ICRNL | libc::INPCK | libc::ISTRIP | libc::IXON);
            t.c_oflag |= libc::ONLCR;
            t.c_cflag |= libc::CS8;
            t.c_lflag &= !(libc::ECHO | libc::ICANON | libc::IEXTEN | libc::ISIG);
            t.c_cc[libc::VMIN] = 1;
            t.c_cc[libc::VTIME] = 0;
            // SAFETY: valid termios for this descriptor.
            if unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &t) } != 0 {
                return Err(std::io::Error::last_os_error());
            }
        } else if let Some(t) = saved.take() {
            // SAFETY: restoring the settings read earlier.
            if unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &t) } != 0 {
                return Err(std::io::Error::last_os_error());
            }
        }
        Ok(())
    });
    if let Err(e) = result {
        rv.set(
            v8::String::new(scope, super::code_of(&e))
                .expect("code")
                .into(),
        );
    }
}
