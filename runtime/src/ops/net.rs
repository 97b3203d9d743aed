//! TCP and Unix-domain sockets for `node:net`, on the event loop (tokio). A listening server is
//! a stream of `['connection', token, remoteAddress, remotePort, remoteFamily, localAddress,
//! localPort]` events; JS adopts each accepted connection by its token. A socket is a stream
//! of `['connect', localAddress, localPort, remoteAddress, remotePort, remoteFamily]`,
//! `['data', bytes]`, `['end']`, `['written', seq, errorCode?]`, `['shutdown']` and
//! `['error', code, syscall, address?, port?]` events.

use std::cell::RefCell;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd, RawFd};

use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::{TcpListener, TcpSocket, TcpStream, UnixListener, UnixStream};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio::sync::{oneshot, watch};

use crate::async_op::OpValue;
use crate::engine::state;

use super::buffer::{PendingBytes, view_bytes_ref};
use super::handles::Handles;
use super::stream_event as event;

use crate::event_loop::StreamSender;

/// A connected socket, before it is split into its two directions.
enum Conn {
    Tcp(TcpStream),
    Unix(UnixStream),
}

impl Conn {
    fn fd(&self) -> RawFd {
        match self {
            Conn::Tcp(s) => s.as_raw_fd(),
            Conn::Unix(s) => s.as_raw_fd(),
        }
    }
}

/// What the program asks of a socket's writing side.
enum Input {
    /// Bytes to write, in order; `['written', seq]` follows, with the first error if one
    /// piece failed (the pieces after it are not written).
    Write(u32, Vec<PendingBytes>),
    /// Sends FIN once the writes before it are done.
    Shutdown,
    /// Lets go of the connection without FIN: another process has it now.
    Release,
}

/// A writing half that can be let go of without shutting the connection down.
trait Release {
    fn release(self);
}

impl Release for tokio::net::tcp::OwnedWriteHalf {
    fn release(self) {
        self.forget();
    }
}

impl Release for tokio::net::unix::OwnedWriteHalf {
    fn release(self) {
        self.forget();
    }
}

/// How the program reaches a socket.
struct Control {
    input: UnboundedSender<Input>,
    /// Whether the socket is read: a reader with enough stops reading, and TCP's window
    /// pushes back on the peer, as under Node.
    flowing: watch::Sender<bool>,
    /// The descriptor once connected (-1 before), for socket options and writes made at once.
    fd: RawFd,
    /// Writes handed to the writing task and not done yet: a write is tried at once only when
    /// none is, so that bytes keep their order.
    queued: u32,
}

thread_local! {
    static SOCKETS: RefCell<HashMap<u32, Control>> = RefCell::new(HashMap::new());
    /// Accepted connections waiting for JS to adopt them.
    static ACCEPTED: Handles<Conn> = const { Handles::new() };
    /// Each listening server's stop signal and listening descriptor, by its stream id.
    static SERVERS: RefCell<HashMap<u32, (oneshot::Sender<()>, RawFd)>> = RefCell::new(HashMap::new());
    /// The child's ends of socket pairs made for a spawn's extra 'pipe' descriptors, until it ran.
    static CHILD_ENDS: RefCell<Vec<std::os::fd::OwnedFd>> = const { RefCell::new(Vec::new()) };
}

/// `netPair()`: a connected pair of Unix sockets, as Node gives a child's extra 'pipe'
/// descriptors: `[token, fd]`, our end to adopt by its token, the child's end as a descriptor
/// number that stays open until the next spawn ran (`release_child_ends`).
pub fn op_net_pair(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let pair = super::ipc::socket_pair().and_then(|(ours, theirs)| {
        let ours = std::os::unix::net::UnixStream::from(ours);
        ours.set_nonblocking(true)?;
        Ok((UnixStream::from_std(ours)?, theirs))
    });
    match pair {
        Ok((ours, theirs)) => {
            let token = ACCEPTED.with(|a| a.insert(Conn::Unix(ours)));
            let fd = theirs.as_raw_fd();
            CHILD_ENDS.with(|ends| ends.borrow_mut().push(theirs));
            let items = OpValue::Array(vec![
                OpValue::Number(f64::from(token)),
                OpValue::Number(f64::from(fd)),
            ]);
            rv.set(items.into_js(scope));
        }
        Err(e) => {
            let code = v8::String::new(scope, super::code_of(&e)).expect("code");
            rv.set(code.into());
        }
    }
}

/// Closes the child's ends of socket pairs: the child has its copies now (or never started).
pub fn release_child_ends() {
    CHILD_ENDS.with(|ends| ends.borrow_mut().clear());
}

fn family(addr: &SocketAddr) -> &'static str {
    if addr.is_ipv4() { "IPv4" } else { "IPv6" }
}

fn address_values(addr: Option<SocketAddr>) -> [OpValue; 3] {
    match addr {
        Some(a) => [
            OpValue::String(a.ip().to_string()),
            OpValue::Number(f64::from(a.port())),
            OpValue::String(family(&a).to_string()),
        ],
        None => [OpValue::Undefined, OpValue::Undefined, OpValue::Undefined],
    }
}

fn error_event(code: &str, syscall: &str, address: Option<String>, port: Option<u16>) -> OpValue {
    event(
        "error",
        vec![
            OpValue::String(code.to_string()),
            OpValue::String(syscall.to_string()),
            address.map_or(OpValue::Undefined, OpValue::String),
            port.map_or(OpValue::Undefined, |p| OpValue::Number(f64::from(p))),
        ],
    )
}

thread_local! {
    /// One read buffer for all of this thread's connections: reads are copied out at once,
    /// so an idle connection holds no buffer (10,000 idle clients cost no 640 MB).
    static READ_BUFFER: RefCell<Vec<u8>> = RefCell::new(vec![0u8; 64 * 1024]);
}

/// Delivers what the socket reads until its end, while the program wants more.
///
/// Reads go through `poll_read`, which forgets the socket's readiness after a short read: the
/// next read waits for the system's word instead of asking first and hearing "would block"
/// (one system call fewer per request on a keep-alive connection, as libuv does).
async fn pump<R: AsyncRead + Unpin>(
    mut reader: R,
    id: u32,
    events: StreamSender,
    mut flowing: watch::Receiver<bool>,
) {
    loop {
        if flowing.wait_for(|on| *on).await.is_err() {
            return;
        }
        let read = std::future::poll_fn(|cx| {
            READ_BUFFER.with(|buffer| {
                let mut buffer = buffer.borrow_mut();
                let mut filled = ReadBuf::new(&mut buffer);
                std::pin::Pin::new(&mut reader)
                    .poll_read(cx, &mut filled)
                    .map_ok(|()| filled.filled().to_vec())
            })
        })
        .await;
        match read {
            Ok(bytes) if bytes.is_empty() => break,
            Ok(bytes) => {
                let data = event("data", vec![OpValue::Bytes(bytes)]);
                if events.send((id, data)).is_err() {
                    return;
                }
            }
            Err(e) => {
                let _ = events.send((id, error_event(super::code_of(&e), "read", None, None)));
                return;
            }
        }
    }
    let _ = events.send((id, event("end", Vec::new())));
}

/// Writes what the program sends, in order, reporting each write's end. True when the
/// connection was released to another process.
async fn feed<W: AsyncWrite + Unpin + Release>(
    mut writer: W,
    mut inputs: UnboundedReceiver<Input>,
    id: u32,
    events: StreamSender,
) -> bool {
    while let Some(input) = inputs.recv().await {
        match input {
            Input::Write(seq, pieces) => {
                let mut error = OpValue::Undefined;
                for piece in &pieces {
                    if let Err(e) = writer.write_all(piece.as_slice()).await {
                        error = OpValue::String(super::code_of(&e).to_string());
                        break;
                    }
                }
                SOCKETS.with(|s| {
                    if let Some(control) = s.borrow_mut().get_mut(&id) {
                        control.queued -= 1;
                    }
                });
                let written = event("written", vec![OpValue::Number(f64::from(seq)), error]);
                if events.send((id, written)).is_err() {
                    return false;
                }
            }
            Input::Shutdown => {
                let _ = writer.shutdown().await;
                if events.send((id, event("shutdown", Vec::new()))).is_err() {
                    return false;
                }
            }
            Input::Release => {
                writer.release();
                return true;
            }
        }
    }
    false
}

/// Reads and writes at once until both are done, or until the connection is released (then
/// the reading stops too and the descriptor closes without FIN).
async fn run_halves<R, W>(
    reader: R,
    writer: W,
    id: u32,
    events: StreamSender,
    inputs: UnboundedReceiver<Input>,
    flowing: watch::Receiver<bool>,
) where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin + Release,
{
    let pump = pump(reader, id, events.clone(), flowing);
    let feed = feed(writer, inputs, id, events);
    tokio::pin!(pump);
    tokio::pin!(feed);
    let mut pumped = false;
    loop {
        tokio::select! {
            () = &mut pump, if !pumped => pumped = true,
            released = &mut feed => {
                if !released && !pumped {
                    pump.await;
                }
                return;
            }
        }
    }
}

/// Runs a connected socket: reading and writing at once, each on its own half.
async fn run(
    conn: Conn,
    id: u32,
    events: StreamSender,
    inputs: UnboundedReceiver<Input>,
    flowing: watch::Receiver<bool>,
) {
    let fd = conn.fd();
    SOCKETS.with(|s| {
        if let Some(control) = s.borrow_mut().get_mut(&id) {
            control.fd = fd;
        }
    });
    match conn {
        Conn::Tcp(stream) => {
            let (reader, writer) = stream.into_split();
            run_halves(reader, writer, id, events, inputs, flowing).await;
        }
        Conn::Unix(stream) => {
            let (reader, writer) = stream.into_split();
            run_halves(reader, writer, id, events, inputs, flowing).await;
        }
    }
}

/// Opens a socket stream for `callback`; `start` gets the connection (or fails) and runs it.
fn open_socket<F>(
    scope: &mut v8::PinScope,
    callback: v8::Local<v8::Function>,
    start: impl FnOnce(u32, StreamSender) -> F + 'static,
) -> u32
where
    F: std::future::Future<Output = Option<Conn>> + 'static,
{
    let (input_tx, input_rx) = unbounded_channel();
    let (flow_tx, flow_rx) = watch::channel(false);
    let id = crate::async_op::open_stream(scope, callback, move |id, events| async move {
        if let Some(conn) = start(id, events.clone()).await {
            run(conn, id, events, input_rx, flow_rx).await;
        }
    });
    let control = Control {
        input: input_tx,
        flowing: flow_tx,
        fd: -1,
        queued: 0,
    };
    SOCKETS.with(|s| s.borrow_mut().insert(id, control));
    id
}

/// A socket stream over a connection that exists already; its descriptor is known at once
/// (it may be sent to another process before the stream first runs).
fn open_connected(scope: &mut v8::PinScope, callback: v8::Local<v8::Function>, conn: Conn) -> u32 {
    let fd = conn.fd();
    let id = open_socket(scope, callback, move |_, _| async move { Some(conn) });
    SOCKETS.with(|s| {
        if let Some(control) = s.borrow_mut().get_mut(&id) {
            control.fd = fd;
        }
    });
    id
}

fn string_prop(
    scope: &mut v8::PinScope,
    object: v8::Local<v8::Object>,
    key: &str,
) -> Option<String> {
    let value = super::property(scope, object, key);
    value.is_string().then(|| value.to_rust_string_lossy(scope))
}

fn number_prop(scope: &mut v8::PinScope, object: v8::Local<v8::Object>, key: &str) -> Option<f64> {
    let value = super::property(scope, object, key);
    if value.is_number() {
        value.number_value(scope)
    } else {
        None
    }
}

/// The addresses a host name stands for, in the resolver's order.
async fn resolve(host: &str, port: u16) -> Result<Vec<SocketAddr>, &'static str> {
    if let Ok(ip) = host.parse::<std::net::IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    match tokio::net::lookup_host((host, port)).await {
        Ok(found) => {
            let found: Vec<SocketAddr> = found.collect();
            if found.is_empty() {
                Err("ENOTFOUND")
            } else {
                Ok(found)
            }
        }
        Err(_) => Err("ENOTFOUND"),
    }
}

/// Where and how a TCP connection is made.
struct Target {
    host: String,
    port: u16,
    /// 4 or 6 to use only that family's addresses.
    family: u8,
    local: Option<(String, u16)>,
}

/// Connects from the local address asked for, if any.
async fn connect_from(
    address: SocketAddr,
    local: Option<&(String, u16)>,
) -> std::io::Result<TcpStream> {
    let Some((host, port)) = local else {
        return TcpStream::connect(address).await;
    };
    let ip: std::net::IpAddr = host
        .parse()
        .map_err(|_| std::io::Error::from_raw_os_error(libc::EINVAL))?;
    let socket = if address.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    socket.bind(SocketAddr::new(ip, *port))?;
    socket.connect(address).await
}

async fn connect_tcp(target: Target, id: u32, events: &StreamSender) -> Option<Conn> {
    let Target {
        host,
        port,
        family,
        local,
    } = target;
    let addresses: Vec<SocketAddr> = match resolve(&host, port).await {
        Ok(found) => found
            .into_iter()
            .filter(|a| family == 0 || (family == 4) == a.is_ipv4())
            .collect(),
        Err(code) => {
            let _ = events.send((id, error_event(code, "getaddrinfo", Some(host), None)));
            return None;
        }
    };
    let mut last = None;
    if addresses.is_empty() {
        let _ = events.send((
            id,
            error_event("ENOTFOUND", "getaddrinfo", Some(host), None),
        ));
        return None;
    }
    for address in &addresses {
        match connect_from(*address, local.as_ref()).await {
            Ok(stream) => {
                let local = stream.local_addr().ok();
                let [la, lp, _] = address_values(local);
                let [ra, rp, rf] = address_values(Some(*address));
                let _ = events.send((id, event("connect", vec![la, lp, ra, rp, rf])));
                return Some(Conn::Tcp(stream));
            }
            Err(e) => last = Some((e, *address)),
        }
    }
    if let Some((e, address)) = last {
        let error = error_event(
            super::code_of(&e),
            "connect",
            Some(address.ip().to_string()),
            Some(address.port()),
        );
        let _ = events.send((id, error));
    }
    None
}

/// `netConnect({ host, port } | { path }, callback)`: a socket stream that connects first.
pub fn op_net_connect(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(options) = v8::Local::<v8::Object>::try_from(args.get(0)) else {
        super::throw_type_error(scope, "netConnect: options must be an object");
        return;
    };
    let Ok(callback) = v8::Local::<v8::Function>::try_from(args.get(1)) else {
        super::throw_type_error(scope, "netConnect: callback must be a function");
        return;
    };
    let id = if let Some(path) = string_prop(scope, options, "path") {
        open_socket(scope, callback, move |id, events| async move {
            match UnixStream::connect(&path).await {
                Ok(stream) => {
                    let connected = event(
                        "connect",
                        vec![
                            OpValue::Undefined,
                            OpValue::Undefined,
                            OpValue::String(path),
                            OpValue::Undefined,
                            OpValue::Undefined,
                        ],
                    );
                    let _ = events.send((id, connected));
                    Some(Conn::Unix(stream))
                }
                Err(e) => {
                    let _ = events.send((
                        id,
                        error_event(super::code_of(&e), "connect", Some(path), None),
                    ));
                    None
                }
            }
        })
    } else {
        let host = string_prop(scope, options, "host").unwrap_or_else(|| "localhost".into());
        let port = number_prop(scope, options, "port").unwrap_or(0.0) as u16;
        let family = number_prop(scope, options, "family").unwrap_or(0.0) as u8;
        let local = string_prop(scope, options, "localAddress").map(|address| {
            (
                address,
                number_prop(scope, options, "localPort").unwrap_or(0.0) as u16,
            )
        });
        let target = Target {
            host,
            port,
            family,
            local,
        };
        open_socket(scope, callback, move |id, events| async move {
            connect_tcp(target, id, &events).await
        })
    };
    rv.set(v8::Integer::new_from_unsigned(scope, id).into());
}

/// `netAdopt(token, callback)`: the socket stream of an accepted connection.
pub fn op_net_adopt(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let token = args.get(0).uint32_value(scope).unwrap_or(0);
    let Ok(callback) = v8::Local::<v8::Function>::try_from(args.get(1)) else {
        super::throw_type_error(scope, "netAdopt: callback must be a function");
        return;
    };
    let Some(conn) = ACCEPTED.with(|a| a.remove(token)) else {
        super::throw_type_error(scope, "netAdopt: no such connection");
        return;
    };
    let id = open_connected(scope, callback, conn);
    rv.set(v8::Integer::new_from_unsigned(scope, id).into());
}

/// `netReject(token)`: closes an accepted connection nobody takes (over maxConnections).
pub fn op_net_reject(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let token = args.get(0).uint32_value(scope).unwrap_or(0);
    ACCEPTED.with(|a| a.remove(token));
}

enum Listener {
    Tcp(TcpListener),
    Unix(UnixListener),
}

fn bind_tcp(address: SocketAddr, backlog: u32) -> std::io::Result<TcpListener> {
    let socket = if address.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    socket.listen(backlog)
}

/// Binds as Node does: a given address, or any address of IPv6 (which takes IPv4 too), else
/// of IPv4.
fn bind(
    host: Option<&str>,
    port: u16,
    backlog: u32,
) -> Result<TcpListener, (std::io::Error, String)> {
    match host {
        Some(host) => {
            let ip: std::net::IpAddr = host.parse().map_err(|_| {
                (
                    std::io::Error::from_raw_os_error(libc::EINVAL),
                    host.to_string(),
                )
            })?;
            bind_tcp(SocketAddr::new(ip, port), backlog).map_err(|e| (e, host.to_string()))
        }
        None => bind_tcp(
            SocketAddr::new(std::net::Ipv6Addr::UNSPECIFIED.into(), port),
            backlog,
        )
        .or_else(|_| {
            bind_tcp(
                SocketAddr::new(std::net::Ipv4Addr::UNSPECIFIED.into(), port),
                backlog,
            )
        })
        .map_err(|e| (e, "::".to_string())),
    }
}

async fn accept_loop(
    listener: Listener,
    id: u32,
    events: StreamSender,
    mut stop: oneshot::Receiver<()>,
) {
    loop {
        let accepted = tokio::select! {
            _ = &mut stop => return,
            accepted = async {
                match &listener {
                    Listener::Tcp(l) => l.accept().await.map(|(s, peer)| {
                        let local = s.local_addr().ok();
                        (Conn::Tcp(s), Some(peer), local)
                    }),
                    Listener::Unix(l) => l.accept().await.map(|(s, _)| (Conn::Unix(s), None, None)),
                }
            } => accepted,
        };
        let (conn, peer, local) = match accepted {
            Ok(found) => found,
            // A connection that failed while queued (reset, out of descriptors) is skipped.
            Err(_) => continue,
        };
        let token = ACCEPTED.with(|a| a.insert(conn));
        let [ra, rp, rf] = address_values(peer);
        let [la, lp, _] = address_values(local);
        let connection = event(
            "connection",
            vec![OpValue::Number(f64::from(token)), ra, rp, rf, la, lp],
        );
        if events.send((id, connection)).is_err() {
            return;
        }
    }
}

/// `netListen({ host?, port } | { path }, backlog, callback)`: `[id, address, port, family]`
/// of a listening server (a path for Unix sockets), or `[code, address, port]` if it could not
/// listen.
pub fn op_net_listen(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(options) = v8::Local::<v8::Object>::try_from(args.get(0)) else {
        super::throw_type_error(scope, "netListen: options must be an object");
        return;
    };
    let backlog = args.get(1).uint32_value(scope).unwrap_or(511).max(1);
    let Ok(callback) = v8::Local::<v8::Function>::try_from(args.get(2)) else {
        super::throw_type_error(scope, "netListen: callback must be a function");
        return;
    };
    let (listener, description) = if let Some(path) = string_prop(scope, options, "path") {
        match UnixListener::bind(&path) {
            Ok(l) => (
                Listener::Unix(l),
                vec![
                    OpValue::String(path),
                    OpValue::Undefined,
                    OpValue::Undefined,
                ],
            ),
            Err(e) => {
                let failure = OpValue::Array(vec![
                    OpValue::String(super::code_of(&e).into()),
                    OpValue::String(path),
                    OpValue::Number(-1.0),
                ]);
                rv.set(failure.into_js(scope));
                return;
            }
        }
    } else {
        let host = string_prop(scope, options, "host");
        let port = number_prop(scope, options, "port").unwrap_or(0.0) as u16;
        match bind(host.as_deref(), port, backlog) {
            Ok(l) => {
                let [a, p, f] = address_values(l.local_addr().ok());
                (Listener::Tcp(l), vec![a, p, f])
            }
            Err((e, address)) => {
                let failure = OpValue::Array(vec![
                    OpValue::String(super::code_of(&e).into()),
                    OpValue::String(address),
                    OpValue::Number(f64::from(port)),
                ]);
                rv.set(failure.into_js(scope));
                return;
            }
        }
    };
    let id = serve(scope, callback, listener);
    let mut items = vec![OpValue::Number(f64::from(id))];
    items.extend(description);
    rv.set(OpValue::Array(items).into_js(scope));
}

/// Accepts on `listener` for `callback`; the server's stream id.
fn serve(scope: &mut v8::PinScope, callback: v8::Local<v8::Function>, listener: Listener) -> u32 {
    let fd = match &listener {
        Listener::Tcp(l) => l.as_raw_fd(),
        Listener::Unix(l) => l.as_raw_fd(),
    };
    let (stop_tx, stop_rx) = oneshot::channel();
    let id = crate::async_op::open_stream(scope, callback, move |id, events| {
        accept_loop(listener, id, events, stop_rx)
    });
    SERVERS.with(|s| s.borrow_mut().insert(id, (stop_tx, fd)));
    id
}

pub fn socket_family(fd: RawFd) -> i32 {
    // SAFETY: an all-zero sockaddr_storage is valid for getsockname to fill in.
    let mut storage: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: the buffer and its length are valid.
    let rc = unsafe {
        libc::getsockname(
            fd,
            (&mut storage as *mut libc::sockaddr_storage).cast(),
            &mut len,
        )
    };
    if rc == 0 {
        i32::from(storage.ss_family)
    } else {
        -1
    }
}

/// `netHandleFd(id, isServer)`: a copy of a socket's or a listening server's descriptor, to
/// send to another process; or an error code.
pub fn op_net_handle_fd(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let fd = if args.get(1).is_true() {
        SERVERS.with(|s| s.borrow().get(&id).map(|(_, fd)| *fd))
    } else {
        with_control(id, |c| c.fd).filter(|fd| *fd >= 0)
    };
    match fd.map(duplicate_fd) {
        Some(Ok(fd)) => rv.set(v8::Integer::new(scope, fd).into()),
        Some(Err(e)) => {
            let code = super::code_of(&e);
            rv.set(v8::String::new(scope, code).expect("code").into());
        }
        None => rv.set(v8::String::new(scope, "EBADF").expect("code").into()),
    }
}

/// `netBindFd({ address?, port, path? })`: a listening socket as a bare descriptor that nothing
/// here accepts on (a cluster primary's, for workers that accept themselves), or an error code.
pub fn op_net_bind_fd(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(options) = v8::Local::<v8::Object>::try_from(args.get(0)) else {
        super::throw_type_error(scope, "netBindFd: options must be an object");
        return;
    };
    let listening = if let Some(path) = string_prop(scope, options, "path") {
        std::os::unix::net::UnixListener::bind(&path).map(|l| l.into_raw_fd())
    } else {
        let host = string_prop(scope, options, "address");
        let port = number_prop(scope, options, "port").unwrap_or(0.0) as u16;
        bind(host.as_deref(), port, 511)
            .map_err(|(e, _)| e)
            .and_then(|l| l.into_std())
            .map(|l| l.into_raw_fd())
    };
    match listening {
        Ok(fd) => rv.set(v8::Integer::new(scope, fd).into()),
        Err(e) => {
            let code = super::code_of(&e);
            rv.set(v8::String::new(scope, code).expect("code").into());
        }
    }
}

/// A copy of a descriptor this process owns, closed on exec, for sending to another process.
pub fn duplicate_fd(fd: RawFd) -> std::io::Result<RawFd> {
    duplicate_fd_above(fd, 0)
}

/// As `duplicate_fd`, numbered `lowest` or above.
pub fn duplicate_fd_above(fd: RawFd, lowest: RawFd) -> std::io::Result<RawFd> {
    // SAFETY: fcntl only duplicates the descriptor.
    let copy = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, lowest) };
    if copy < 0 {
        Err(std::io::Error::last_os_error())
    } else {
        Ok(copy)
    }
}

/// `dupFd(fd)`: a copy of a descriptor (see `duplicate_fd`), or an error code.
pub fn op_dup_fd(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let fd = args.get(0).int32_value(scope).unwrap_or(-1);
    match duplicate_fd(fd) {
        Ok(fd) => rv.set(v8::Integer::new(scope, fd).into()),
        Err(e) => {
            let code = super::code_of(&e);
            rv.set(v8::String::new(scope, code).expect("code").into());
        }
    }
}

/// `netAdoptFd(fd, callback)`: a socket stream over a connected descriptor received from
/// another process: `[id, localAddress, localPort, remoteAddress, remotePort, family]`.
pub fn op_net_adopt_fd(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let fd = args.get(0).int32_value(scope).unwrap_or(-1);
    let Ok(callback) = v8::Local::<v8::Function>::try_from(args.get(1)) else {
        super::throw_type_error(scope, "netAdoptFd: callback must be a function");
        return;
    };
    if fd < 0 {
        rv.set(v8::String::new(scope, "EBADF").expect("code").into());
        return;
    }
    let unix = socket_family(fd) == libc::AF_UNIX;
    let adopted = if unix {
        // SAFETY: the descriptor was received for this socket and is taken over here.
        let std = unsafe { std::os::unix::net::UnixStream::from_raw_fd(fd) };
        std.set_nonblocking(true)
            .and_then(|()| UnixStream::from_std(std))
            .map(|s| (Conn::Unix(s), None, None))
    } else {
        // SAFETY: as above.
        let std = unsafe { std::net::TcpStream::from_raw_fd(fd) };
        let local = std.local_addr().ok();
        let peer = std.peer_addr().ok();
        std.set_nonblocking(true)
            .and_then(|()| TcpStream::from_std(std))
            .map(|s| (Conn::Tcp(s), local, peer))
    };
    match adopted {
        Ok((conn, local, peer)) => {
            let id = open_connected(scope, callback, conn);
            let [la, lp, _] = address_values(local);
            let [ra, rp, rf] = address_values(peer);
            let items = OpValue::Array(vec![OpValue::Number(f64::from(id)), la, lp, ra, rp, rf]);
            rv.set(items.into_js(scope));
        }
        Err(e) => rv.set(
            v8::String::new(scope, super::code_of(&e))
                .expect("code")
                .into(),
        ),
    }
}

/// `netListenFd(fd, callback)`: a server accepting on a listening descriptor received from
/// another process: `[id, address, port, family]`, or `[code]`.
pub fn op_net_listen_fd(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let fd = args.get(0).int32_value(scope).unwrap_or(-1);
    let Ok(callback) = v8::Local::<v8::Function>::try_from(args.get(1)) else {
        super::throw_type_error(scope, "netListenFd: callback must be a function");
        return;
    };
    let unix = fd >= 0 && socket_family(fd) == libc::AF_UNIX;
    let made = if fd < 0 {
        Err(std::io::Error::from_raw_os_error(libc::EBADF))
    } else if unix {
        // SAFETY: the descriptor was received for this server and is taken over here.
        let std = unsafe { std::os::unix::net::UnixListener::from_raw_fd(fd) };
        std.set_nonblocking(true)
            .and_then(|()| UnixListener::from_std(std))
            .map(|l| {
                (
                    Listener::Unix(l),
                    [OpValue::Undefined, OpValue::Undefined, OpValue::Undefined],
                )
            })
    } else {
        // SAFETY: as above.
        let std = unsafe { std::net::TcpListener::from_raw_fd(fd) };
        let local = std.local_addr().ok();
        std.set_nonblocking(true)
            .and_then(|()| TcpListener::from_std(std))
            .map(|l| (Listener::Tcp(l), address_values(local)))
    };
    match made {
        Ok((listener, description)) => {
            let id = serve(scope, callback, listener);
            let mut items = vec![OpValue::Number(f64::from(id))];
            items.extend(description);
            rv.set(OpValue::Array(items).into_js(scope));
        }
        Err(e) => {
            let items = OpValue::Array(vec![OpValue::String(super::code_of(&e).into())]);
            rv.set(items.into_js(scope));
        }
    }
}

/// `closeFd(fd)`: closes a received descriptor nobody took.
pub fn op_close_fd(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let fd = args.get(0).int32_value(scope).unwrap_or(-1);
    if fd >= 0 {
        // SAFETY: the descriptor was received by this process and is owned by nobody else.
        drop(unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) });
    }
}

/// `netServerClose(id)`: stops accepting; the listening socket is closed.
pub fn op_net_server_close(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    if let Some((stop, _)) = SERVERS.with(|s| s.borrow_mut().remove(&id)) {
        let _ = stop.send(());
    }
    state(scope).event_loop.close_stream(id);
}

fn with_control<R>(id: u32, f: impl FnOnce(&Control) -> R) -> Option<R> {
    SOCKETS.with(|s| s.borrow().get(&id).map(f))
}

/// What became of a write.
enum WriteOutcome {
    /// All of it went to the system at once.
    Done,
    /// It went to the writing task; `['written', seq]` follows.
    Queued,
    Failed(&'static str),
}

/// Writes `pieces` (the bytes of `values`, in order) at once, as libuv does before it
/// queues; what does not fit is queued as one write: the rest of the piece cut short, then
/// the pieces after it, held by `PendingBytes`.
fn write_now_or_queue(
    scope: &mut v8::PinScope,
    control: &mut Control,
    seq: u32,
    values: &[v8::Local<v8::Value>],
    pieces: &[&[u8]],
) -> WriteOutcome {
    let mut written = 0;
    if control.fd >= 0 && control.queued == 0 {
        match super::io::write_vectored_now(control.fd, pieces) {
            Ok(n) if n == pieces.iter().map(|p| p.len()).sum::<usize>() => {
                return WriteOutcome::Done;
            }
            Ok(n) => written = n,
            Err(e) => return WriteOutcome::Failed(super::code_of(&e)),
        }
    }
    let mut rest = Vec::new();
    for (value, piece) in values.iter().zip(pieces) {
        if written >= piece.len() {
            written -= piece.len();
            continue;
        }
        rest.push(PendingBytes::of_view(scope, *value, &piece[written..]));
        written = 0;
    }
    control.queued += 1;
    let _ = control.input.send(Input::Write(seq, rest));
    WriteOutcome::Queued
}

/// Runs `write_now_or_queue` on socket `id` and answers as `netWrite` does.
fn write_views(
    scope: &mut v8::PinScope,
    rv: &mut v8::ReturnValue<v8::Value>,
    id: u32,
    seq: u32,
    values: &[v8::Local<v8::Value>],
) {
    let pieces: Vec<&[u8]> = values
        .iter()
        .map(|v| view_bytes_ref(scope, *v).unwrap_or(&[]))
        .collect();
    let outcome = SOCKETS.with(|s| {
        let mut sockets = s.borrow_mut();
        let control = sockets.get_mut(&id)?;
        Some(write_now_or_queue(scope, control, seq, values, &pieces))
    });
    answer_write(scope, rv, outcome);
}

/// What `netWrite` and `netWritev` answer: true when written at once, the error's code, or
/// false when queued (or when the socket is gone, which its events tell).
fn answer_write(
    scope: &mut v8::PinScope,
    rv: &mut v8::ReturnValue<v8::Value>,
    outcome: Option<WriteOutcome>,
) {
    match outcome {
        Some(WriteOutcome::Done) => rv.set_bool(true),
        Some(WriteOutcome::Failed(code)) => {
            let code = v8::String::new(scope, code).expect("code");
            rv.set(code.into());
        }
        Some(WriteOutcome::Queued) | None => rv.set_bool(false),
    }
}

/// `netWritev(id, seq, views)`: the views written in order as one write, with as few system
/// calls as it takes (an HTTP head and its body go out together); answers as `netWrite`.
pub fn op_net_writev(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let seq = args.get(1).uint32_value(scope).unwrap_or(0);
    let Ok(list) = v8::Local::<v8::Array>::try_from(args.get(2)) else {
        super::throw_type_error(scope, "netWritev: views must be an array");
        return;
    };
    let mut values = Vec::with_capacity(list.length() as usize);
    for i in 0..list.length() {
        values.push(
            list.get_index(scope, i)
                .unwrap_or_else(|| v8::undefined(scope).into()),
        );
    }
    write_views(scope, &mut rv, id, seq, &values);
}

/// `netWrite(id, seq, bytes)`: true when written at once, an error code when that failed, or
/// false when queued (`['written', seq]` follows).
pub fn op_net_write(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let seq = args.get(1).uint32_value(scope).unwrap_or(0);
    write_views(scope, &mut rv, id, seq, &[args.get(2)]);
}

/// `netShutdown(id)`: ends the writing side after the queued writes; `['shutdown']` follows.
pub fn op_net_shutdown(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    with_control(id, |c| c.input.send(Input::Shutdown));
}

/// `netFlow(id, on)`: whether the socket is read.
pub fn op_net_flow(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let on = args.get(1).is_true();
    with_control(id, |c| c.flowing.send_replace(on));
}

/// `netClose(id, reset, released)`: closes the socket (with a reset: RST instead of FIN;
/// released: neither, another process has the connection now).
pub fn op_net_close(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let control = SOCKETS.with(|s| s.borrow_mut().remove(&id));
    if let Some(control) = control {
        let reset = args.get(1).is_true() && control.fd >= 0;
        if reset {
            let linger = libc::linger {
                l_onoff: 1,
                l_linger: 0,
            };
            set_option(control.fd, libc::SOL_SOCKET, libc::SO_LINGER, &linger);
        }
        // Released, or reset: the writing half must not send FIN as it goes (the peer would
        // see an end instead of the reset); letting go of both halves closes the descriptor,
        // and with the linger set, that sends RST.
        if reset || args.get(2).is_true() {
            let _ = control.input.send(Input::Release);
        }
    }
    state(scope).event_loop.close_stream(id);
}

fn set_option<T>(fd: RawFd, level: i32, name: i32, value: &T) -> bool {
    // Safety: `value` is a live T of the size given; a closed descriptor only fails the call.
    let result = unsafe {
        libc::setsockopt(
            fd,
            level,
            name,
            (value as *const T).cast(),
            std::mem::size_of::<T>() as libc::socklen_t,
        )
    };
    result == 0
}

/// `netSetNoDelay(id, on)`: Nagle's algorithm off (true) or on.
pub fn op_net_set_no_delay(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let on = i32::from(args.get(1).is_true());
    with_control(id, |c| {
        c.fd >= 0 && set_option(c.fd, libc::IPPROTO_TCP, libc::TCP_NODELAY, &on)
    });
}

/// `netSetKeepAlive(id, on, delaySeconds)`: TCP keep-alive probes after the idle delay.
pub fn op_net_set_keep_alive(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let on = i32::from(args.get(1).is_true());
    let delay = args.get(2).int32_value(scope).unwrap_or(0);
    with_control(id, |c| {
        if c.fd < 0 {
            return;
        }
        set_option(c.fd, libc::SOL_SOCKET, libc::SO_KEEPALIVE, &on);
        if on == 1 && delay > 0 {
            set_option(c.fd, libc::IPPROTO_TCP, libc::TCP_KEEPIDLE, &delay);
        }
    });
}
