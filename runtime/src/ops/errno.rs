//! Node's names and descriptions for OS errors, in one table.

/// `(errno, code, description)` as libuv words them.
const TABLE: &[(i32, &str, &str)] = &[
    (libc::E2BIG, "E2BIG", "argument list too long"),
    (libc::EACCES, "EACCES", "permission denied"),
    (libc::EADDRINUSE, "EADDRINUSE", "address already in use"),
    (
        libc::EADDRNOTAVAIL,
        "EADDRNOTAVAIL",
        "address not available",
    ),
    (
        libc::EAFNOSUPPORT,
        "EAFNOSUPPORT",
        "address family not supported",
    ),
    (libc::EAGAIN, "EAGAIN", "resource temporarily unavailable"),
    (libc::EALREADY, "EALREADY", "connection already in progress"),
    (libc::EBADF, "EBADF", "bad file descriptor"),
    (libc::EBUSY, "EBUSY", "resource busy or locked"),
    (libc::ECANCELED, "ECANCELED", "operation canceled"),
    (
        libc::ECONNABORTED,
        "ECONNABORTED",
        "software caused connection abort",
    ),
    (libc::ECONNREFUSED, "ECONNREFUSED", "connection refused"),
    (libc::ECONNRESET, "ECONNRESET", "connection reset by peer"),
    (
        libc::EDESTADDRREQ,
        "EDESTADDRREQ",
        "destination address required",
    ),
    (libc::EEXIST, "EEXIST", "file already exists"),
    (
        libc::EFAULT,
        "EFAULT",
        "bad address in system call argument",
    ),
    (libc::EFBIG, "EFBIG", "file too large"),
    (libc::EHOSTUNREACH, "EHOSTUNREACH", "host is unreachable"),
    (libc::EILSEQ, "EILSEQ", "illegal byte sequence"),
    (libc::EINTR, "EINTR", "interrupted system call"),
    (libc::EINVAL, "EINVAL", "invalid argument"),
    (libc::EIO, "EIO", "i/o error"),
    (libc::EISCONN, "EISCONN", "socket is already connected"),
    (libc::EISDIR, "EISDIR", "illegal operation on a directory"),
    (libc::ELOOP, "ELOOP", "too many symbolic links encountered"),
    (libc::EMFILE, "EMFILE", "too many open files"),
    (libc::EMLINK, "EMLINK", "too many links"),
    (libc::EMSGSIZE, "EMSGSIZE", "message too long"),
    (libc::ENAMETOOLONG, "ENAMETOOLONG", "name too long"),
    (libc::ENETDOWN, "ENETDOWN", "network is down"),
    (libc::ENETUNREACH, "ENETUNREACH", "network is unreachable"),
    (libc::ENFILE, "ENFILE", "file table overflow"),
    (libc::ENOBUFS, "ENOBUFS", "no buffer space available"),
    (libc::ENODATA, "ENODATA", "no data available"),
    (libc::ENODEV, "ENODEV", "no such device"),
    (libc::ENOENT, "ENOENT", "no such file or directory"),
    (libc::ENOMEM, "ENOMEM", "not enough memory"),
    (libc::ENOPROTOOPT, "ENOPROTOOPT", "protocol not available"),
    (libc::ENOSPC, "ENOSPC", "no space left on device"),
    (libc::ENOSYS, "ENOSYS", "function not implemented"),
    (libc::ENOTCONN, "ENOTCONN", "socket is not connected"),
    (libc::ENOTDIR, "ENOTDIR", "not a directory"),
    (libc::ENOTEMPTY, "ENOTEMPTY", "directory not empty"),
    (libc::ENOTSOCK, "ENOTSOCK", "socket operation on non-socket"),
    (
        libc::ENOTSUP,
        "ENOTSUP",
        "operation not supported on socket",
    ),
    (libc::ENOTTY, "ENOTTY", "inappropriate ioctl for device"),
    (libc::ENXIO, "ENXIO", "no such device or address"),
    (
        libc::EOVERFLOW,
        "EOVERFLOW",
        "value too large for defined data type",
    ),
    (libc::EPERM, "EPERM", "operation not permitted"),
    (libc::EPIPE, "EPIPE", "broken pipe"),
    (libc::EPROTO, "EPROTO", "protocol error"),
    (
        libc::EPROTONOSUPPORT,
        "EPROTONOSUPPORT",
        "protocol not supported",
    ),
    (
        libc::EPROTOTYPE,
        "EPROTOTYPE",
        "protocol wrong type for socket",
    ),
    (libc::ERANGE, "ERANGE", "result too large"),
    (libc::EROFS, "EROFS", "read-only file system"),
    (libc::ESPIPE, "ESPIPE", "invalid seek"),
    (libc::ESRCH, "ESRCH", "no such process"),
    (libc::ETIMEDOUT, "ETIMEDOUT", "connection timed out"),
    (libc::ETXTBSY, "ETXTBSY", "text file is busy"),
    (libc::EXDEV, "EXDEV", "cross-device link not permitted"),
];

/// Errors libuv names that `os.constants.errno` leaves out: a few OS ones, and libuv's own
/// (end of file, name resolution...) with libuv's numbers (negated, as for the others, when
/// JS reads them).
const MAP_ONLY: &[(i32, &str, &str)] = &[
    (libc::EHOSTDOWN, "EHOSTDOWN", "host is down"),
    (libc::ENONET, "ENONET", "machine is not on the network"),
    (libc::EREMOTEIO, "EREMOTEIO", "remote I/O error"),
    (
        libc::ESHUTDOWN,
        "ESHUTDOWN",
        "cannot send after transport endpoint shutdown",
    ),
    (
        libc::ESOCKTNOSUPPORT,
        "ESOCKTNOSUPPORT",
        "socket type not supported",
    ),
    (libc::EUNATCH, "EUNATCH", "protocol driver not attached"),
    (4095, "EOF", "end of file"),
    (4094, "UNKNOWN", "unknown error"),
    (4080, "ECHARSET", "invalid Unicode character"),
    (4028, "EFTYPE", "inappropriate file type or format"),
    (3014, "EAI_PROTOCOL", "resolved protocol is unknown"),
    (3013, "EAI_BADHINTS", "invalid value for hints"),
    (3011, "EAI_SOCKTYPE", "socket type not supported"),
    (3010, "EAI_SERVICE", "service not available for socket type"),
    (3009, "EAI_OVERFLOW", "argument buffer overflow"),
    (3008, "EAI_NONAME", "unknown node or service"),
    (3007, "EAI_NODATA", "no address"),
    (3006, "EAI_MEMORY", "out of memory"),
    (3005, "EAI_FAMILY", "ai_family not supported"),
    (3004, "EAI_FAIL", "permanent failure"),
    (3003, "EAI_CANCELED", "request canceled"),
    (3002, "EAI_BADFLAGS", "bad ai_flags value"),
    (3001, "EAI_AGAIN", "temporary failure"),
    (3000, "EAI_ADDRFAMILY", "address family not supported"),
];

/// Further names `os.constants.errno` lists, which libuv has no text for (some are aliases).
const CONSTANTS_ONLY: &[(i32, &str)] = &[
    (libc::ECHILD, "ECHILD"),
    (libc::EBADMSG, "EBADMSG"),
    (libc::EDEADLK, "EDEADLK"),
    (libc::EDOM, "EDOM"),
    (libc::EDQUOT, "EDQUOT"),
    (libc::EIDRM, "EIDRM"),
    (libc::EINPROGRESS, "EINPROGRESS"),
    (libc::EMULTIHOP, "EMULTIHOP"),
    (libc::ENETRESET, "ENETRESET"),
    (libc::ENOEXEC, "ENOEXEC"),
    (libc::ENOLCK, "ENOLCK"),
    (libc::ENOLINK, "ENOLINK"),
    (libc::ENOMSG, "ENOMSG"),
    (libc::ENOSR, "ENOSR"),
    (libc::ENOSTR, "ENOSTR"),
    (libc::EOPNOTSUPP, "EOPNOTSUPP"),
    (libc::ESTALE, "ESTALE"),
    (libc::ETIME, "ETIME"),
    (libc::EWOULDBLOCK, "EWOULDBLOCK"),
];

fn entry(errno: i32) -> Option<&'static (i32, &'static str, &'static str)> {
    TABLE.iter().chain(MAP_ONLY).find(|(n, _, _)| *n == errno)
}

/// The Node-style code (`ENOENT`, `EPIPE`...) of an OS error.
pub fn code_of(err: &std::io::Error) -> &'static str {
    err.raw_os_error()
        .and_then(entry)
        .map_or("EIO", |(_, code, _)| code)
}

/// libuv's description of an errno value.
pub fn description(errno: i32) -> String {
    entry(errno).map_or_else(
        || std::io::Error::from_raw_os_error(errno).to_string(),
        |(_, _, text)| (*text).to_string(),
    )
}

/// `errnoTable()`: `[errno, code, description]` for every known error (libuv's own last),
/// for `util.getSystemErrorMap`.
pub fn op_errno_table(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let rows: Vec<v8::Local<v8::Value>> = TABLE
        .iter()
        .chain(MAP_ONLY)
        .map(|(errno, code, text)| {
            let row = [
                v8::Integer::new(scope, *errno).into(),
                v8::String::new(scope, code).expect("code").into(),
                v8::String::new(scope, text).expect("text").into(),
            ];
            v8::Array::new_with_elements(scope, &row).into()
        })
        .collect();
    rv.set(v8::Array::new_with_elements(scope, &rows).into());
}

/// `errnoConstants()`: `os.constants.errno`, name to number, sorted by name.
pub fn op_errno_constants(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let mut names: Vec<(&str, i32)> = TABLE
        .iter()
        .map(|(errno, code, _)| (*code, *errno))
        .chain(CONSTANTS_ONLY.iter().map(|(errno, code)| (*code, *errno)))
        .collect();
    names.sort_unstable();
    let object = v8::Object::new(scope);
    for (code, errno) in names {
        let key = v8::String::new(scope, code).expect("code");
        let value = v8::Integer::new(scope, errno);
        object.set(scope, key.into(), value.into());
    }
    rv.set(object.into());
}
