//! The IPC channel of `fork()` and of stdio `'ipc'`: a Unix stream socket shared by parent and
//! child, one end on each side. Each side follows its end as a stream of the loop whose
//! callback receives `['data', bytes]`, `['end']` (the other side closed it) and
//! `['written', seq, errorCode?]`.
//!
//! Writes are tried at once, as libuv does: a message sent just before `process.exit()` is in
//! the socket already. Only what the socket cannot take now waits for the loop.
//!
//! A message may carry a descriptor (a server's or a connection's socket, for `send(message,
//! handle)`): it travels as SCM_RIGHTS with the message's first bytes and arrives as
//! `['data', bytes, [fd, ...]]`, the receiver owning it.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::rc::Rc;

use tokio::net::UnixStream;
use tokio::sync::Notify;

use crate::async_op::OpValue;
use crate::engine::state;
use crate::ops::buffer::view_bytes;
use crate::ops::stream_event as event;

/// A message the socket could not take at once.
struct Waiting {
    seq: u32,
    bytes: Vec<u8>,
    written: usize,
    /// The descriptor going with the message's first byte, until it is sent.
    handle: Option<OwnedFd>,
}

/// One side's end of a channel.
struct Channel {
    socket: Rc<UnixStream>,
    /// What the socket could not take yet, in order.
    waiting: RefCell<VecDeque<Waiting>>,
    /// Wakes the writer when `waiting` gains bytes.
    more: Notify,
}

thread_local! {
    /// Each open channel, by its stream id.
    static CHANNELS: RefCell<HashMap<u32, Rc<Channel>>> = RefCell::new(HashMap::new());
}

/// A connected pair of Unix stream sockets, both closed on exec: `(ours, theirs)`.
pub fn socket_pair() -> std::io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for the two descriptors socketpair writes.
    let rc = unsafe {
        libc::socketpair(
            libc::AF_UNIX,
            libc::SOCK_STREAM | libc::SOCK_CLOEXEC,
            0,
            fds.as_mut_ptr(),
        )
    };
    if rc != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: both descriptors are fresh and owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// `ipcOpen(fd, callback)`: follows the channel on descriptor `fd` (taken over); returns the
/// stream id, or an errno code when the descriptor is not a usable socket.
pub fn op_ipc_open(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let fd = args.get(0).int32_value(scope).unwrap_or(-1);
    let Ok(callback) = v8::Local::<v8::Function>::try_from(args.get(1)) else {
        crate::ops::throw_type_error(scope, "ipcOpen: callback must be a function");
        return;
    };
    let socket = open(fd);
    let socket = match socket {
        Ok(socket) => Rc::new(socket),
        Err(e) => {
            let code = v8::String::new(scope, crate::ops::code_of(&e)).expect("code");
            rv.set(code.into());
            return;
        }
    };
    let channel = Rc::new(Channel {
        socket,
        waiting: RefCell::new(VecDeque::new()),
        more: Notify::new(),
    });
    let task_channel = channel.clone();
    let id = crate::async_op::open_stream(scope, callback, move |id, events| async move {
        let reader = async {
            let mut chunk = vec![0u8; 64 * 1024];
            loop {
                if task_channel.socket.readable().await.is_err() {
                    break;
                }
                let mut fds = Vec::new();
                let fd = task_channel.socket.as_raw_fd();
                let read = task_channel
                    .socket
                    .try_io(tokio::io::Interest::READABLE, || {
                        receive(fd, &mut chunk, &mut fds)
                    });
                match read {
                    Ok(0) => break,
                    Ok(n) => {
                        let mut items = vec![OpValue::Bytes(chunk[..n].to_vec())];
                        if !fds.is_empty() {
                            items.push(OpValue::Array(
                                fds.iter()
                                    .map(|fd| OpValue::Number(f64::from(*fd)))
                                    .collect(),
                            ));
                        }
                        if events.send((id, event("data", items))).is_err() {
                            return;
                        }
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
                    Err(_) => break,
                }
            }
            let _ = events.send((id, event("end", Vec::new())));
        };
        let writer = async {
            loop {
                task_channel.more.notified().await;
                while let Some(done) = flush(&task_channel).await {
                    let error = match done.1 {
                        Ok(()) => OpValue::Undefined,
                        Err(e) => OpValue::String(crate::ops::code_of(&e).to_string()),
                    };
                    let written = event("written", vec![OpValue::Number(f64::from(done.0)), error]);
                    if events.send((id, written)).is_err() {
                        return;
                    }
                }
            }
        };
        // Either ending ends both: the socket closes when this task is dropped.
        tokio::select! {
            _ = reader => {},
            _ = writer => {},
        }
    });
    CHANNELS.with(|c| c.borrow_mut().insert(id, channel));
    rv.set(v8::Integer::new_from_unsigned(scope, id).into());
}

fn open(fd: i32) -> std::io::Result<UnixStream> {
    if fd < 0 {
        return Err(std::io::Error::from_raw_os_error(libc::EBADF));
    }
    // SAFETY: the descriptor was handed to this process for the channel and is taken over here.
    let socket = unsafe { std::os::unix::net::UnixStream::from_raw_fd(fd) };
    // Not inherited by the children this process starts.
    // SAFETY: setting a flag on a descriptor this process owns.
    unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    socket.set_nonblocking(true)?;
    UnixStream::from_std(socket)
}

/// Reads what the socket has, with any descriptors that came along (taken over, closed on exec).
fn receive(fd: RawFd, buf: &mut [u8], fds: &mut Vec<i32>) -> std::io::Result<usize> {
    let mut iov = libc::iovec {
        iov_base: buf.as_mut_ptr().cast(),
        iov_len: buf.len(),
    };
    // Room for a few descriptors per read.
    let mut control = [0u64; 16];
    // SAFETY: an all-zero msghdr is valid; its pointers are set to live buffers below.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.as_mut_ptr().cast();
    msg.msg_controllen = std::mem::size_of_val(&control) as _;
    // SAFETY: `msg` describes buffers that live for the call.
    let n = unsafe { libc::recvmsg(fd, &mut msg, libc::MSG_CMSG_CLOEXEC) };
    if n < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: walking the control messages recvmsg filled in, within msg_controllen.
    unsafe {
        let mut cmsg = libc::CMSG_FIRSTHDR(&msg);
        while !cmsg.is_null() {
            let header = &*cmsg;
            if header.cmsg_level == libc::SOL_SOCKET && header.cmsg_type == libc::SCM_RIGHTS {
                let data = libc::CMSG_DATA(cmsg).cast::<i32>();
                let count = (header.cmsg_len as usize - libc::CMSG_LEN(0) as usize) / 4;
                for i in 0..count {
                    fds.push(data.add(i).read_unaligned());
                }
            }
            cmsg = libc::CMSG_NXTHDR(&msg, cmsg);
        }
    }
    Ok(n as usize)
}

/// Sends bytes with a descriptor attached (SCM_RIGHTS) without waiting; how many bytes went.
fn send_with_handle(fd: RawFd, bytes: &[u8], handle: RawFd) -> std::io::Result<usize> {
    let mut iov = libc::iovec {
        iov_base: bytes.as_ptr().cast_mut().cast(),
        iov_len: bytes.len(),
    };
    // SAFETY: CMSG_SPACE is a pure size computation.
    let space = unsafe { libc::CMSG_SPACE(std::mem::size_of::<i32>() as u32) } as usize;
    let mut control = vec![0u8; space];
    // SAFETY: an all-zero msghdr is valid; its pointers are set to live buffers below.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.as_mut_ptr().cast();
    msg.msg_controllen = space as _;
    // SAFETY: the control buffer has room for one header and one descriptor.
    unsafe {
        let cmsg = libc::CMSG_FIRSTHDR(&msg);
        (*cmsg).cmsg_level = libc::SOL_SOCKET;
        (*cmsg).cmsg_type = libc::SCM_RIGHTS;
        (*cmsg).cmsg_len = libc::CMSG_LEN(std::mem::size_of::<i32>() as u32) as _;
        libc::CMSG_DATA(cmsg).cast::<i32>().write_unaligned(handle);
    }
    loop {
        // SAFETY: `msg` describes buffers that live for the call.
        let n = unsafe { libc::sendmsg(fd, &msg, libc::MSG_NOSIGNAL | libc::MSG_DONTWAIT) };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

/// Writes the oldest waiting message; returns its sequence number and outcome once it is all
/// written, or `None` when nothing waits.
async fn flush(channel: &Channel) -> Option<(u32, std::io::Result<()>)> {
    let fd = channel.socket.as_raw_fd();
    loop {
        let (seq, done) = {
            let mut waiting = channel.waiting.borrow_mut();
            let entry = waiting.front_mut()?;
            let rest = &entry.bytes[entry.written..];
            // Through tokio, so that a full socket clears its readiness and the wait below
            // really waits.
            let handle = entry.handle.as_ref().map(AsRawFd::as_raw_fd);
            let sent = channel
                .socket
                .try_io(tokio::io::Interest::WRITABLE, || match handle {
                    Some(h) => send_with_handle(fd, rest, h),
                    None => super::io::send_some(fd, rest),
                });
            match sent {
                Ok(n) => {
                    entry.written += n;
                    // Sent with the first bytes: the descriptor is the peer's now.
                    entry.handle = None;
                    (
                        entry.seq,
                        (entry.written == entry.bytes.len()).then_some(Ok(())),
                    )
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => (entry.seq, None),
                Err(e) => (entry.seq, Some(Err(e))),
            }
        };
        match done {
            Some(result) => {
                channel.waiting.borrow_mut().pop_front();
                return Some((seq, result));
            }
            None => {
                if let Err(e) = channel.socket.writable().await {
                    channel.waiting.borrow_mut().pop_front();
                    return Some((seq, Err(e)));
                }
            }
        }
    }
}

/// `ipcWrite(id, seq, bytes, handleFd?)`: true when the bytes (and the descriptor, taken over)
/// went out at once; otherwise they wait and `['written', seq, error?]` follows. An errno code
/// when the write failed at once.
pub fn op_ipc_write(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let seq = args.get(1).uint32_value(scope).unwrap_or(0);
    let bytes: &[u8] = view_bytes(scope, args.get(2)).map_or(&[], |b| &*b);
    let mut handle = if args.get(3).is_number() {
        let fd = args.get(3).int32_value(scope).unwrap_or(-1);
        // SAFETY: the descriptor was handed over for this message (see netHandleFd).
        (fd >= 0).then(|| unsafe { OwnedFd::from_raw_fd(fd) })
    } else {
        None
    };
    let Some(channel) = CHANNELS.with(|c| c.borrow().get(&id).cloned()) else {
        rv.set(v8::String::new(scope, "EPIPE").expect("code").into());
        return;
    };
    let mut written = 0;
    // Straight out only when nothing is waiting: messages keep their order. The write is the
    // system's own: tokio's try_write refuses until the loop has seen the socket writable.
    if channel.waiting.borrow().is_empty() {
        let fd = channel.socket.as_raw_fd();
        let sent = match &handle {
            Some(h) => send_with_handle(fd, bytes, h.as_raw_fd()),
            None => super::io::write_now(fd, bytes),
        };
        match sent {
            Ok(n) if n == bytes.len() => {
                rv.set(v8::Boolean::new(scope, true).into());
                return;
            }
            Ok(n) => {
                written = n;
                if n > 0 {
                    handle = None;
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) => {
                let code = v8::String::new(scope, crate::ops::code_of(&e)).expect("code");
                rv.set(code.into());
                return;
            }
        }
    }
    channel.waiting.borrow_mut().push_back(Waiting {
        seq,
        bytes: bytes.to_vec(),
        written,
        handle,
    });
    channel.more.notify_one();
    rv.set(v8::Boolean::new(scope, false).into());
}

/// `ipcClose(id)`: closes this side's end; the other side sees the end of the channel.
pub fn op_ipc_close(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    if let Some(channel) = CHANNELS.with(|c| c.borrow_mut().remove(&id)) {
        // The task holds the socket too; shutting it down closes the channel for both sides now.
        // SAFETY: shutdown on a socket this process owns.
        unsafe { libc::shutdown(channel.socket.as_raw_fd(), libc::SHUT_RDWR) };
    }
    state(scope).event_loop.close_stream(id);
}
