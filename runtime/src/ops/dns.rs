//! The system's resolver (getaddrinfo, getnameinfo) for `dns.lookup` and
//! `dns.lookupService`, run on the blocking pool as libuv runs them on its thread pool.

use std::ffi::{CStr, CString};
use std::net::{IpAddr, SocketAddr};

use crate::async_op::OpValue;

/// libuv's name and number for a getaddrinfo/getnameinfo failure.
fn eai_error(code: i32) -> (&'static str, i32) {
    match code {
        libc::EAI_AGAIN => ("EAI_AGAIN", -3001),
        libc::EAI_BADFLAGS => ("EAI_BADFLAGS", -3002),
        libc::EAI_FAIL => ("EAI_FAIL", -3004),
        libc::EAI_FAMILY => ("EAI_FAMILY", -3005),
        libc::EAI_MEMORY => ("EAI_MEMORY", -3006),
        libc::EAI_NODATA => ("EAI_NODATA", -3007),
        libc::EAI_NONAME => ("EAI_NONAME", -3008),
        libc::EAI_OVERFLOW => ("EAI_OVERFLOW", -3009),
        libc::EAI_SERVICE => ("EAI_SERVICE", -3010),
        libc::EAI_SOCKTYPE => ("EAI_SOCKTYPE", -3011),
        _ => ("EAI_FAIL", -3004),
    }
}

fn failure(code: i32) -> OpValue {
    let (name, errno) = eai_error(code);
    OpValue::Array(vec![
        OpValue::String(name.to_string()),
        OpValue::Number(f64::from(errno)),
    ])
}

/// getaddrinfo for stream sockets, as Node asks: `[[address, family], ...]` in the resolver's
/// order, or `[code, errno]`.
fn lookup(host: &str, family: i32, flags: i32) -> OpValue {
    let Ok(name) = CString::new(host) else {
        return failure(libc::EAI_NONAME);
    };
    // SAFETY: an all-zero addrinfo is the documented "no hints" value.
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = match family {
        4 => libc::AF_INET,
        6 => libc::AF_INET6,
        _ => libc::AF_UNSPEC,
    };
    hints.ai_socktype = libc::SOCK_STREAM;
    hints.ai_flags = flags;
    let mut found: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: valid C strings and hints; `found` is freed below.
    let code = unsafe { libc::getaddrinfo(name.as_ptr(), std::ptr::null(), &hints, &mut found) };
    if code != 0 {
        return failure(code);
    }
    let mut out = Vec::new();
    let mut cursor = found;
    while !cursor.is_null() {
        // SAFETY: a node of the list getaddrinfo returned, alive until freeaddrinfo.
        let info = unsafe { &*cursor };
        let address = match info.ai_family {
            libc::AF_INET => {
                // SAFETY: AF_INET entries hold a sockaddr_in.
                let sin = unsafe { &*info.ai_addr.cast::<libc::sockaddr_in>() };
                // The address is kept in network order: its bytes in memory are the octets.
                Some((IpAddr::from(sin.sin_addr.s_addr.to_ne_bytes()), 4))
            }
            libc::AF_INET6 => {
                // SAFETY: AF_INET6 entries hold a sockaddr_in6.
                let sin6 = unsafe { &*info.ai_addr.cast::<libc::sockaddr_in6>() };
                Some((IpAddr::from(sin6.sin6_addr.s6_addr), 6))
            }
            _ => None,
        };
        if let Some((ip, family)) = address {
            out.push(OpValue::Array(vec![
                OpValue::String(ip.to_string()),
                OpValue::Number(f64::from(family)),
            ]));
        }
        cursor = info.ai_next;
    }
    // SAFETY: the list getaddrinfo returned, freed once.
    unsafe { libc::freeaddrinfo(found) };
    OpValue::Array(vec![OpValue::Array(out)])
}

/// getnameinfo: `[[hostname, service]]` or `[code, errno]`.
fn lookup_service(address: SocketAddr) -> OpValue {
    let storage = socket2::SockAddr::from(address);
    let mut host = [0 as libc::c_char; libc::NI_MAXHOST as usize];
    let mut service = [0 as libc::c_char; 32];
    // SAFETY: the address and buffers are valid for the lengths given.
    let code = unsafe {
        libc::getnameinfo(
            storage.as_ptr().cast(),
            storage.len(),
            host.as_mut_ptr(),
            host.len() as libc::socklen_t,
            service.as_mut_ptr(),
            service.len() as libc::socklen_t,
            libc::NI_NAMEREQD,
        )
    };
    if code != 0 {
        return failure(code);
    }
    // SAFETY: getnameinfo wrote NUL-terminated strings into the buffers.
    let (host, service) = unsafe {
        (
            CStr::from_ptr(host.as_ptr()),
            CStr::from_ptr(service.as_ptr()),
        )
    };
    OpValue::Array(vec![OpValue::Array(vec![
        OpValue::String(host.to_string_lossy().into_owned()),
        OpValue::String(service.to_string_lossy().into_owned()),
    ])])
}

/// `dnsLookup(host, family, flags, callback)`: `callback(null, [[address, family], ...])`, or
/// `callback(null, [code, errno])` when the name does not resolve.
pub fn op_dns_lookup(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let host = args.get(0).to_rust_string_lossy(scope);
    let family = args.get(1).int32_value(scope).unwrap_or(0);
    let flags = args.get(2).int32_value(scope).unwrap_or(0);
    let ret = crate::async_op::spawn_blocking(scope, args.get(3), move || {
        Ok(lookup(&host, family, flags))
    });
    rv.set(ret);
}

/// `dnsLookupService(address, port, callback)`: `callback(null, [[hostname, service]])` or
/// `callback(null, [code, errno])`.
pub fn op_dns_lookup_service(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let address = args.get(0).to_rust_string_lossy(scope);
    let port = args.get(1).uint32_value(scope).unwrap_or(0) as u16;
    let Ok(ip) = address.parse::<IpAddr>() else {
        super::throw_type_error(scope, "dnsLookupService: not an IP address");
        return;
    };
    let ret = crate::async_op::spawn_blocking(scope, args.get(2), move || {
        Ok(lookup_service(SocketAddr::new(ip, port)))
    });
    rv.set(ret);
}
