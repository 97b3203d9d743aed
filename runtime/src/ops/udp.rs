//! UDP sockets for `node:dgram`, on the event loop. A bound socket is a stream of
//! `['message', bytes, address, port, family]`, `['sent', seq, errorCode?]` (for sends that
//! had to wait) and `['error', code, syscall]` events.

use std::cell::RefCell;
use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd};
use std::rc::Rc;

use socket2::{Domain, Protocol, SockAddr, SockRef, Socket, Type};
use tokio::net::UdpSocket;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio::sync::oneshot;

use crate::async_op::OpValue;
use crate::engine::state;

use super::buffer::view_bytes;
use super::stream_event as event;

use crate::event_loop::StreamSender;

/// A send that could not go at once.
struct Pending {
    seq: u32,
    bytes: Vec<u8>,
    to: Option<SocketAddr>,
}

struct Entry {
    socket: Rc<UdpSocket>,
    sends: UnboundedSender<Pending>,
    stop: Option<oneshot::Sender<()>>,
}

thread_local! {
    static SOCKETS: RefCell<HashMap<u32, Entry>> = RefCell::new(HashMap::new());
}

fn family(addr: &SocketAddr) -> &'static str {
    if addr.is_ipv4() { "IPv4" } else { "IPv6" }
}

fn code_value(scope: &mut v8::PinScope, err: &std::io::Error, rv: &mut v8::ReturnValue<v8::Value>) {
    let code = v8::String::new(scope, super::code_of(err)).expect("code");
    rv.set(code.into());
}

fn address_items(addr: SocketAddr) -> Vec<OpValue> {
    vec![
        OpValue::String(addr.ip().to_string()),
        OpValue::Number(f64::from(addr.port())),
        OpValue::String(family(&addr).to_string()),
    ]
}

/// Receives datagrams and sends what had to wait, until stopped.
async fn run(
    socket: Rc<UdpSocket>,
    id: u32,
    events: StreamSender,
    mut stop: oneshot::Receiver<()>,
    mut sends: UnboundedReceiver<Pending>,
) {
    // The largest datagram UDP carries.
    let mut buf = vec![0u8; 65536];
    loop {
        let message = tokio::select! {
            _ = &mut stop => return,
            got = socket.recv_from(&mut buf) => match got {
                Ok((n, from)) => {
                    let mut items = vec![OpValue::Bytes(buf[..n].to_vec())];
                    items.extend(address_items(from));
                    event("message", items)
                }
                Err(e) => event(
                    "error",
                    vec![OpValue::String(super::code_of(&e).into()), OpValue::String("recvmsg".into())],
                ),
            },
            Some(job) = sends.recv() => {
                let sent = match job.to {
                    Some(to) => socket.send_to(&job.bytes, to).await,
                    None => socket.send(&job.bytes).await,
                };
                let error = match sent {
                    Ok(_) => OpValue::Undefined,
                    Err(e) => OpValue::String(super::code_of(&e).into()),
                };
                event("sent", vec![OpValue::Number(f64::from(job.seq)), error])
            }
        };
        if events.send((id, message)).is_err() {
            return;
        }
    }
}

fn bool_prop(scope: &mut v8::PinScope, object: v8::Local<v8::Object>, key: &str) -> bool {
    super::property(scope, object, key).is_true()
}

fn open(
    ipv6: bool,
    address: IpAddr,
    port: u16,
    options: &BindOptions,
) -> std::io::Result<std::net::UdpSocket> {
    let domain = if ipv6 { Domain::IPV6 } else { Domain::IPV4 };
    let socket = Socket::new(domain, Type::DGRAM, Some(Protocol::UDP))?;
    if options.reuse_addr {
        socket.set_reuse_address(true)?;
    }
    if options.reuse_port {
        socket.set_reuse_port(true)?;
    }
    if ipv6 {
        socket.set_only_v6(options.ipv6_only)?;
    }
    if let Some(size) = options.recv_buffer {
        socket.set_recv_buffer_size(size)?;
    }
    if let Some(size) = options.send_buffer {
        socket.set_send_buffer_size(size)?;
    }
    socket.bind(&SockAddr::from(SocketAddr::new(address, port)))?;
    socket.set_nonblocking(true)?;
    Ok(socket.into())
}

struct BindOptions {
    reuse_addr: bool,
    reuse_port: bool,
    ipv6_only: bool,
    recv_buffer: Option<usize>,
    send_buffer: Option<usize>,
}

/// A bound socket as `udpBind`'s options ask: a new one, or the descriptor in `fd` (one this
/// process received or was given) taken over.
fn bound_socket(
    scope: &mut v8::PinScope,
    options: v8::Local<v8::Object>,
) -> std::io::Result<std::net::UdpSocket> {
    let fd = super::property(scope, options, "fd");
    if fd.is_number() {
        let fd = fd.int32_value(scope).unwrap_or(-1);
        if fd < 0 {
            return Err(std::io::Error::from_raw_os_error(libc::EBADF));
        }
        // SAFETY: the caller hands this descriptor over to the socket (JS checked it is UDP).
        let socket = unsafe { std::net::UdpSocket::from_raw_fd(fd) };
        socket.set_nonblocking(true)?;
        return Ok(socket);
    }
    let ipv6 = bool_prop(scope, options, "ipv6");
    let address = super::property(scope, options, "address").to_rust_string_lossy(scope);
    let address: IpAddr = match address.parse() {
        Ok(ip) => ip,
        Err(_) if ipv6 => Ipv6Addr::UNSPECIFIED.into(),
        Err(_) => Ipv4Addr::UNSPECIFIED.into(),
    };
    let port_value = super::property(scope, options, "port");
    let port = port_value.uint32_value(scope).unwrap_or(0) as u16;
    let buffer = |scope: &mut v8::PinScope, key: &str| {
        let value = super::property(scope, options, key);
        value
            .is_number()
            .then(|| value.uint32_value(scope).unwrap_or(0) as usize)
    };
    let bind_options = BindOptions {
        reuse_addr: bool_prop(scope, options, "reuseAddr"),
        reuse_port: bool_prop(scope, options, "reusePort"),
        ipv6_only: bool_prop(scope, options, "ipv6Only"),
        recv_buffer: buffer(scope, "recvBufferSize"),
        send_buffer: buffer(scope, "sendBufferSize"),
    };
    open(ipv6, address, port, &bind_options)
}

/// `udpBind({ ipv6, address, port, reuseAddr, reusePort, ipv6Only, recvBufferSize,
/// sendBufferSize } | { fd }, callback)`: `[id, address, port, family]`, or `[code]` when the
/// socket could not be made or bound.
pub fn op_udp_bind(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(options) = v8::Local::<v8::Object>::try_from(args.get(0)) else {
        super::throw_type_error(scope, "udpBind: options must be an object");
        return;
    };
    let Ok(callback) = v8::Local::<v8::Function>::try_from(args.get(1)) else {
        super::throw_type_error(scope, "udpBind: callback must be a function");
        return;
    };
    let socket = bound_socket(scope, options).and_then(UdpSocket::from_std);
    let socket = match socket {
        Ok(s) => Rc::new(s),
        Err(e) => {
            let items = OpValue::Array(vec![OpValue::String(super::code_of(&e).into())]);
            rv.set(items.into_js(scope));
            return;
        }
    };
    let local = socket.local_addr().ok();
    let (stop_tx, stop_rx) = oneshot::channel();
    let (send_tx, send_rx) = unbounded_channel();
    let task_socket = Rc::clone(&socket);
    let id = crate::async_op::open_stream(scope, callback, move |id, events| {
        run(task_socket, id, events, stop_rx, send_rx)
    });
    SOCKETS.with(|s| {
        s.borrow_mut().insert(
            id,
            Entry {
                socket,
                sends: send_tx,
                stop: Some(stop_tx),
            },
        )
    });
    let mut items = vec![OpValue::Number(f64::from(id))];
    items.extend(local.map(address_items).unwrap_or_default());
    rv.set(OpValue::Array(items).into_js(scope));
}

fn with_socket<R>(id: u32, f: impl FnOnce(&Entry) -> R) -> Option<R> {
    SOCKETS.with(|s| s.borrow().get(&id).map(f))
}

/// `udpSend(id, seq, bytes, port?, address?)`: true when sent at once, false when it waits
/// (`['sent', seq]` follows), or an error code. Without a port, the connected peer.
pub fn op_udp_send(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let seq = args.get(1).uint32_value(scope).unwrap_or(0);
    let bytes: &[u8] = view_bytes(scope, args.get(2)).map_or(&[], |b| &*b);
    let to = if args.get(3).is_undefined() {
        None
    } else {
        let port = args.get(3).uint32_value(scope).unwrap_or(0) as u16;
        let host = args.get(4).to_rust_string_lossy(scope);
        match host.parse::<IpAddr>() {
            Ok(ip) => Some(SocketAddr::new(ip, port)),
            Err(_) => {
                code_value(
                    scope,
                    &std::io::Error::from_raw_os_error(libc::EINVAL),
                    &mut rv,
                );
                return;
            }
        }
    };
    let outcome = with_socket(id, |entry| {
        let tried = match to {
            Some(to) => entry.socket.try_send_to(bytes, to),
            None => entry.socket.try_send(bytes),
        };
        match tried {
            Ok(_) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                let pending = Pending {
                    seq,
                    bytes: bytes.to_vec(),
                    to,
                };
                let _ = entry.sends.send(pending);
                Ok(false)
            }
            Err(e) => Err(e),
        }
    });
    match outcome {
        Some(Ok(done)) => rv.set_bool(done),
        Some(Err(e)) => code_value(scope, &e, &mut rv),
        None => code_value(
            scope,
            &std::io::Error::from_raw_os_error(libc::EBADF),
            &mut rv,
        ),
    }
}

/// `udpConnect(id, address, port)`: undefined, or an error code.
pub fn op_udp_connect(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let host = args.get(1).to_rust_string_lossy(scope);
    let port = args.get(2).uint32_value(scope).unwrap_or(0) as u16;
    let Ok(ip) = host.parse::<IpAddr>() else {
        code_value(
            scope,
            &std::io::Error::from_raw_os_error(libc::EINVAL),
            &mut rv,
        );
        return;
    };
    let result = with_socket(id, |entry| {
        SockRef::from(&*entry.socket).connect(&SockAddr::from(SocketAddr::new(ip, port)))
    });
    if let Some(Err(e)) = result {
        code_value(scope, &e, &mut rv);
    }
}

/// `udpDisconnect(id)`: forgets the connected peer (connect to AF_UNSPEC).
pub fn op_udp_disconnect(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let result = with_socket(id, |entry| {
        // SAFETY: an all-zero sockaddr with AF_UNSPEC dissolves the association.
        let mut unspec: libc::sockaddr = unsafe { std::mem::zeroed() };
        unspec.sa_family = libc::AF_UNSPEC as libc::sa_family_t;
        let fd = std::os::fd::AsRawFd::as_raw_fd(&*entry.socket);
        // SAFETY: a valid descriptor and address of the length given.
        let rc = unsafe {
            libc::connect(
                fd,
                &unspec,
                std::mem::size_of::<libc::sockaddr>() as libc::socklen_t,
            )
        };
        if rc == 0 {
            Ok(())
        } else {
            Err(std::io::Error::last_os_error())
        }
    });
    if let Some(Err(e)) = result {
        code_value(scope, &e, &mut rv);
    }
}

/// `udpRemote(id)`: `[address, port, family]` of the connected peer, or an error code.
pub fn op_udp_remote(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    match with_socket(id, |entry| entry.socket.peer_addr()) {
        Some(Ok(addr)) => rv.set(OpValue::Array(address_items(addr)).into_js(scope)),
        Some(Err(e)) => code_value(scope, &e, &mut rv),
        None => code_value(
            scope,
            &std::io::Error::from_raw_os_error(libc::EBADF),
            &mut rv,
        ),
    }
}

fn ip_arg(scope: &mut v8::PinScope, value: v8::Local<v8::Value>) -> Option<IpAddr> {
    if value.is_undefined() || value.is_null() {
        return None;
    }
    value.to_rust_string_lossy(scope).parse().ok()
}

/// One socket option: a number read back when getting, nothing when set.
fn apply_option(
    socket: &UdpSocket,
    name: &str,
    value: Option<u32>,
    first: Option<IpAddr>,
    second: Option<IpAddr>,
    third: Option<IpAddr>,
) -> std::io::Result<Option<u32>> {
    let sock = SockRef::from(socket);
    let v4 = |ip: Option<IpAddr>| match ip {
        Some(IpAddr::V4(a)) => Ok(a),
        None => Ok(Ipv4Addr::UNSPECIFIED),
        Some(IpAddr::V6(_)) => Err(std::io::Error::from_raw_os_error(libc::EINVAL)),
    };
    let ipv6 = socket.local_addr().is_ok_and(|a| a.is_ipv6());
    match (name, value) {
        ("broadcast", Some(v)) => sock.set_broadcast(v != 0)?,
        ("ttl", Some(v)) if ipv6 => sock.set_unicast_hops_v6(v)?,
        ("ttl", Some(v)) => sock.set_ttl_v4(v)?,
        ("multicastTTL", Some(v)) if ipv6 => sock.set_multicast_hops_v6(v)?,
        ("multicastTTL", Some(v)) => sock.set_multicast_ttl_v4(v)?,
        ("multicastLoopback", Some(v)) if ipv6 => sock.set_multicast_loop_v6(v != 0)?,
        ("multicastLoopback", Some(v)) => sock.set_multicast_loop_v4(v != 0)?,
        ("multicastInterface", _) if !ipv6 => sock.set_multicast_if_v4(&v4(first)?)?,
        ("multicastInterface", Some(index)) => sock.set_multicast_if_v6(index)?,
        ("addMembership", _) | ("dropMembership", _) => {
            let add = name == "addMembership";
            match first {
                Some(IpAddr::V4(group)) => {
                    let iface = v4(second)?;
                    if add {
                        sock.join_multicast_v4(&group, &iface)?;
                    } else {
                        sock.leave_multicast_v4(&group, &iface)?;
                    }
                }
                Some(IpAddr::V6(group)) => {
                    if add {
                        sock.join_multicast_v6(&group, 0)?;
                    } else {
                        sock.leave_multicast_v6(&group, 0)?;
                    }
                }
                None => return Err(std::io::Error::from_raw_os_error(libc::EINVAL)),
            }
        }
        ("addSourceSpecificMembership", _) | ("dropSourceSpecificMembership", _) => {
            let (Some(IpAddr::V4(source)), Some(IpAddr::V4(group))) = (first, second) else {
                return Err(std::io::Error::from_raw_os_error(libc::EINVAL));
            };
            let iface = v4(third)?;
            if name == "addSourceSpecificMembership" {
                sock.join_ssm_v4(&source, &group, &iface)?;
            } else {
                sock.leave_ssm_v4(&source, &group, &iface)?;
            }
        }
        ("recvBufferSize", Some(v)) => sock.set_recv_buffer_size(v as usize)?,
        ("recvBufferSize", None) => return Ok(Some(sock.recv_buffer_size()? as u32)),
        ("sendBufferSize", Some(v)) => sock.set_send_buffer_size(v as usize)?,
        ("sendBufferSize", None) => return Ok(Some(sock.send_buffer_size()? as u32)),
        _ => return Err(std::io::Error::from_raw_os_error(libc::EINVAL)),
    }
    Ok(None)
}

/// `udpOption(id, name, value?, address?, address?, address?)`: sets (or with no value reads)
/// an option; a number for reads, undefined for sets, or an error code.
pub fn op_udp_option(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let name = args.get(1).to_rust_string_lossy(scope);
    let value = if args.get(2).is_undefined() {
        None
    } else {
        args.get(2).uint32_value(scope)
    };
    let first = ip_arg(scope, args.get(3));
    let second = ip_arg(scope, args.get(4));
    let third = ip_arg(scope, args.get(5));
    let result = with_socket(id, |entry| {
        apply_option(&entry.socket, &name, value, first, second, third)
    });
    match result {
        Some(Ok(Some(n))) => rv.set(v8::Number::new(scope, f64::from(n)).into()),
        Some(Ok(None)) => {}
        Some(Err(e)) => code_value(scope, &e, &mut rv),
        None => code_value(
            scope,
            &std::io::Error::from_raw_os_error(libc::EBADF),
            &mut rv,
        ),
    }
}

/// `udpBindFd(options)`: a socket bound as `udpBind` binds one, as a bare descriptor that
/// nothing here reads (a cluster primary's, for its workers to share), or an error code.
pub fn op_udp_bind_fd(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(options) = v8::Local::<v8::Object>::try_from(args.get(0)) else {
        super::throw_type_error(scope, "udpBindFd: options must be an object");
        return;
    };
    match bound_socket(scope, options) {
        Ok(socket) => rv.set(v8::Integer::new(scope, socket.into_raw_fd()).into()),
        Err(e) => code_value(scope, &e, &mut rv),
    }
}

/// `udpHandleFd(id)`: a copy of the socket's descriptor, to send to another process, or an
/// error code.
pub fn op_udp_handle_fd(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let copy = with_socket(id, |entry| {
        super::net::duplicate_fd(entry.socket.as_raw_fd())
    });
    match copy {
        Some(Ok(fd)) => rv.set(v8::Integer::new(scope, fd).into()),
        Some(Err(e)) => code_value(scope, &e, &mut rv),
        None => code_value(
            scope,
            &std::io::Error::from_raw_os_error(libc::EBADF),
            &mut rv,
        ),
    }
}

/// `udpClose(id)`: closes the socket now.
pub fn op_udp_close(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    if let Some(mut entry) = SOCKETS.with(|s| s.borrow_mut().remove(&id))
        && let Some(stop) = entry.stop.take()
    {
        let _ = stop.send(());
    }
    state(scope).event_loop.close_stream(id);
}
