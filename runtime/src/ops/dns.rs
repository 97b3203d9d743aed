//! Names: the system's resolver (getaddrinfo, getnameinfo) for `dns.lookup` and
//! `dns.lookupService`, run on the blocking pool as libuv runs them on its thread pool; and
//! DNS questions to chosen servers for `dns.resolve*` (messages by `hickory-proto`).

use std::ffi::{CStr, CString};
use std::net::{IpAddr, SocketAddr};

use hickory_proto::op::{Message, Query, ResponseCode};
use hickory_proto::rr::{Name, RData, Record, RecordType};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

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

/// A DNS question answered by the servers the program set (`dns.resolve*`), over UDP with a
/// TCP retry for truncated answers, each server tried in turn for each of `tries` rounds.
struct Question {
    servers: Vec<SocketAddr>,
    name: String,
    kind: RecordType,
    timeout: std::time::Duration,
    tries: u32,
}

/// Why a question got no records, as c-ares (and so Node) names it.
fn rcode_error(code: ResponseCode) -> &'static str {
    match code {
        ResponseCode::NXDomain => "ENOTFOUND",
        ResponseCode::ServFail => "ESERVFAIL",
        ResponseCode::Refused => "EREFUSED",
        ResponseCode::FormErr => "EFORMERR",
        ResponseCode::NotImp => "ENOTIMP",
        _ => "EBADRESP",
    }
}

fn name_text(name: &Name) -> String {
    let text = name.to_ascii();
    text.strip_suffix('.').map(str::to_string).unwrap_or(text)
}

fn bytes_text(bytes: &[u8]) -> OpValue {
    OpValue::String(String::from_utf8_lossy(bytes).into_owned())
}

/// One record as `[type, ...fields, ttl]`, for the kinds Node reports.
fn record_value(record: &Record) -> Option<OpValue> {
    let s = |t: &str| OpValue::String(t.to_string());
    let n = |v: f64| OpValue::Number(v);
    let fields = match &record.data {
        RData::A(a) => vec![s("A"), s(&a.0.to_string())],
        RData::AAAA(a) => vec![s("AAAA"), s(&a.0.to_string())],
        RData::CNAME(c) => vec![s("CNAME"), s(&name_text(&c.0))],
        RData::NS(c) => vec![s("NS"), s(&name_text(&c.0))],
        RData::PTR(c) => vec![s("PTR"), s(&name_text(&c.0))],
        RData::MX(mx) => vec![
            s("MX"),
            n(f64::from(mx.preference)),
            s(&name_text(&mx.exchange)),
        ],
        RData::TXT(txt) => vec![
            s("TXT"),
            OpValue::Array(txt.txt_data.iter().map(|c| bytes_text(c)).collect()),
        ],
        RData::SRV(srv) => vec![
            s("SRV"),
            s(&name_text(&srv.target)),
            n(f64::from(srv.port)),
            n(f64::from(srv.priority)),
            n(f64::from(srv.weight)),
        ],
        RData::SOA(soa) => vec![
            s("SOA"),
            s(&name_text(&soa.mname)),
            s(&name_text(&soa.rname)),
            n(f64::from(soa.serial)),
            n(f64::from(soa.refresh)),
            n(f64::from(soa.retry)),
            n(f64::from(soa.expire)),
            n(f64::from(soa.minimum)),
        ],
        RData::CAA(caa) => vec![
            s("CAA"),
            n(if caa.issuer_critical { 128.0 } else { 0.0 }),
            s(&caa.tag),
            bytes_text(&caa.value),
        ],
        RData::NAPTR(naptr) => vec![
            s("NAPTR"),
            bytes_text(&naptr.flags),
            bytes_text(&naptr.services),
            bytes_text(&naptr.regexp),
            s(&name_text(&naptr.replacement)),
            n(f64::from(naptr.order)),
            n(f64::from(naptr.preference)),
        ],
        _ => return None,
    };
    let mut fields = fields;
    fields.push(n(f64::from(record.ttl)));
    Some(OpValue::Array(fields))
}

/// Sends the query to one server; the raw answer, or the error code of this attempt.
async fn exchange(
    server: SocketAddr,
    query: &[u8],
    id: u16,
    timeout: std::time::Duration,
) -> Result<Message, &'static str> {
    let local: SocketAddr = if server.is_ipv4() {
        (std::net::Ipv4Addr::UNSPECIFIED, 0).into()
    } else {
        (std::net::Ipv6Addr::UNSPECIFIED, 0).into()
    };
    let io = |e: std::io::Error| {
        if e.kind() == std::io::ErrorKind::ConnectionRefused {
            "ECONNREFUSED"
        } else {
            "ETIMEOUT"
        }
    };
    let socket = tokio::net::UdpSocket::bind(local).await.map_err(io)?;
    socket.connect(server).await.map_err(io)?;
    socket.send(query).await.map_err(io)?;
    let mut buf = vec![0u8; 65535];
    let answer = tokio::time::timeout(timeout, async {
        loop {
            let n = socket.recv(&mut buf).await.map_err(io)?;
            // Answers to other questions (or forged ones) are not this answer.
            if let Ok(message) = Message::from_vec(&buf[..n])
                && message.metadata.id == id
            {
                return Ok::<Message, &'static str>(message);
            }
        }
    })
    .await
    .map_err(|_| "ETIMEOUT")??;
    if !answer.metadata.truncation {
        return Ok(answer);
    }
    // Too long for a datagram: ask again over TCP.
    let tcp = async {
        let mut stream = tokio::net::TcpStream::connect(server).await.map_err(io)?;
        let mut framed = (query.len() as u16).to_be_bytes().to_vec();
        framed.extend_from_slice(query);
        stream.write_all(&framed).await.map_err(io)?;
        let mut length = [0u8; 2];
        stream.read_exact(&mut length).await.map_err(io)?;
        let mut body = vec![0u8; usize::from(u16::from_be_bytes(length))];
        stream.read_exact(&mut body).await.map_err(io)?;
        Message::from_vec(&body).map_err(|_| "EBADRESP")
    };
    tokio::time::timeout(timeout, tcp)
        .await
        .map_err(|_| "ETIMEOUT")?
}

async fn ask(question: Question) -> OpValue {
    let Ok(name) = Name::from_ascii(&question.name) else {
        return OpValue::String("EBADNAME".into());
    };
    let id: u16 = rand_id();
    let mut message = Message::query();
    message.metadata.id = id;
    message.metadata.recursion_desired = true;
    message.add_query(Query::query(name, question.kind));
    let Ok(query) = message.to_vec() else {
        return OpValue::String("EBADQUERY".into());
    };
    let mut last = "ECONNREFUSED";
    for _ in 0..question.tries.max(1) {
        for server in &question.servers {
            match exchange(*server, &query, id, question.timeout).await {
                Ok(answer) => {
                    let code = answer.metadata.response_code;
                    if code != ResponseCode::NoError {
                        return OpValue::String(rcode_error(code).into());
                    }
                    let records: Vec<OpValue> = answer
                        .answers
                        .iter()
                        .filter(|r| {
                            question.kind == RecordType::ANY || r.record_type() == question.kind
                        })
                        .filter_map(record_value)
                        .collect();
                    if records.is_empty() {
                        return OpValue::String("ENODATA".into());
                    }
                    return OpValue::Array(vec![OpValue::Array(records)]);
                }
                Err(code) => last = code,
            }
        }
    }
    OpValue::String(last.into())
}

fn rand_id() -> u16 {
    let mut bytes = [0u8; 2];
    let _ = getrandom::fill(&mut bytes);
    u16::from_ne_bytes(bytes)
}

/// `dnsQuery(servers, name, type, timeoutMs, tries, callback)`: `callback(null, [records])`
/// with each record `[type, ...fields, ttl]`, or `callback(null, code)` ('ENOTFOUND',
/// 'ENODATA', 'ETIMEOUT', ...). Servers are `ip:port` texts.
pub fn op_dns_query(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let servers: Vec<SocketAddr> = v8::Local::<v8::Array>::try_from(args.get(0))
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.get_index(scope, i))
                .filter_map(|v| v.to_rust_string_lossy(scope).parse().ok())
                .collect()
        })
        .unwrap_or_default();
    let name = args.get(1).to_rust_string_lossy(scope);
    let kind = args.get(2).to_rust_string_lossy(scope);
    let Ok(kind) = kind.parse::<RecordType>() else {
        super::throw_type_error(scope, "dnsQuery: unknown record type");
        return;
    };
    let timeout = args.get(3).uint32_value(scope).unwrap_or(5000).max(1);
    let tries = args.get(4).uint32_value(scope).unwrap_or(4);
    let question = Question {
        servers,
        name,
        kind,
        timeout: std::time::Duration::from_millis(u64::from(timeout)),
        tries,
    };
    let ret = crate::async_op::spawn(scope, args.get(5), async move { Ok(ask(question).await) });
    rv.set(ret);
}
