//! The IPC channel of `fork()` and of stdio `'ipc'`: a Unix stream socket shared by parent and
//! child, one end on each side. Each side follows its end as a stream of the loop whose
//! callback receives `['data', bytes]`, `['end']` (the other side closed it) and
//! `['written', seq, errorCode?]`.
//!
//! Writes are tried at once, as libuv does: a message sent just before `process.exit()` is in
//! the socket already. Only what the socket cannot take now waits for the loop.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::os::fd::{FromRawFd, OwnedFd};
use std::rc::Rc;

use tokio::net::UnixStream;
use tokio::sync::Notify;

use crate::async_op::OpValue;
use crate::engine::state;
use crate::ops::buffer::view_bytes;
use crate::ops::stream_event as event;

/// One side's end of a channel.
struct Channel {
    socket: Rc<UnixStream>,
    /// Bytes the socket could not take yet, in order: `(seq, bytes, offset written)`.
    waiting: RefCell<VecDeque<(u32, Vec<u8>, usize)>>,
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
                match task_channel.socket.try_read(&mut chunk) {
                    Ok(0) => break,
                    Ok(n) => {
                        let data = event("data", vec![OpValue::Bytes(chunk[..n].to_vec())]);
                        if events.send((id, data)).is_err() {
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

/// Writes the oldest waiting bytes; returns their sequence number and outcome once they are
/// all written, or `None` when nothing waits.
async fn flush(channel: &Channel) -> Option<(u32, std::io::Result<()>)> {
    loop {
        let (seq, done) = {
            let mut waiting = channel.waiting.borrow_mut();
            let (seq, bytes, offset) = waiting.front_mut()?;
            match channel.socket.try_write(&bytes[*offset..]) {
                Ok(n) => {
                    *offset += n;
                    (*seq, (*offset == bytes.len()).then_some(Ok(())))
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => (*seq, None),
                Err(e) => (*seq, Some(Err(e))),
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

/// `ipcWrite(id, seq, bytes)`: true when the bytes went out at once; otherwise they wait and
/// `['written', seq, error?]` follows. An errno code when the write failed at once.
pub fn op_ipc_write(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let seq = args.get(1).uint32_value(scope).unwrap_or(0);
    let bytes: &[u8] = view_bytes(scope, args.get(2)).map_or(&[], |b| &*b);
    let Some(channel) = CHANNELS.with(|c| c.borrow().get(&id).cloned()) else {
        rv.set(v8::String::new(scope, "EPIPE").expect("code").into());
        return;
    };
    let mut written = 0;
    // Straight out only when nothing is waiting: messages keep their order. The write is the
    // system's own: tokio's try_write refuses until the loop has seen the socket writable.
    if channel.waiting.borrow().is_empty() {
        let fd = std::os::fd::AsRawFd::as_raw_fd(&*channel.socket);
        match super::io::write_now(fd, bytes) {
            Ok(n) if n == bytes.len() => {
                rv.set(v8::Boolean::new(scope, true).into());
                return;
            }
            Ok(n) => written = n,
            Err(e) => {
                let code = v8::String::new(scope, crate::ops::code_of(&e)).expect("code");
                rv.set(code.into());
                return;
            }
        }
    }
    channel
        .waiting
        .borrow_mut()
        .push_back((seq, bytes.to_vec(), written));
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
        unsafe {
            libc::shutdown(
                std::os::fd::AsRawFd::as_raw_fd(&*channel.socket),
                libc::SHUT_RDWR,
            )
        };
    }
    state(scope).event_loop.close_stream(id);
}
