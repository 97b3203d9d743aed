//! HTTP/1.x message heads, parsed with `httparse`. Bodies (lengths, chunks) are framed in JS,
//! which sees every byte anyway.

/// Headers tried on the first pass; a head with more is parsed again with room for `limit`.
const FIRST_PASS_HEADERS: usize = 64;

/// What a head parse gives back to JS.
enum Head<'b> {
    Partial,
    Invalid(&'static str),
    Request {
        len: usize,
        method: &'b str,
        path: &'b str,
        minor: u8,
        headers: Vec<(&'b str, &'b [u8])>,
    },
    Response {
        len: usize,
        status: u16,
        reason: &'b [u8],
        minor: u8,
        headers: Vec<(&'b str, &'b [u8])>,
    },
}

/// llhttp's codes for the errors `httparse` reports, so that errors read as Node's do.
fn error_code(err: httparse::Error, request: bool) -> &'static str {
    match err {
        httparse::Error::HeaderName => "HPE_INVALID_HEADER_TOKEN",
        httparse::Error::HeaderValue => "HPE_INVALID_HEADER_TOKEN",
        httparse::Error::NewLine => "HPE_LF_EXPECTED",
        httparse::Error::Status => "HPE_INVALID_STATUS",
        httparse::Error::Token if request => "HPE_INVALID_METHOD",
        httparse::Error::Token => "HPE_INVALID_CONSTANT",
        httparse::Error::Version => "HPE_INVALID_VERSION",
        httparse::Error::TooManyHeaders => "HPE_HEADER_OVERFLOW",
    }
}

/// httparse gives an empty reason phrase when it has bytes beyond ASCII (obs-text); Node keeps
/// them (read as Latin-1), so such a phrase is taken from the status line itself.
fn raw_reason(bytes: &[u8]) -> &[u8] {
    // Leading empty lines, then "HTTP/1.x NNN reason".
    let start = bytes
        .iter()
        .position(|&b| b != b'\r' && b != b'\n')
        .unwrap_or(bytes.len());
    let line = &bytes[start..];
    let end = line.iter().position(|&b| b == b'\n').unwrap_or(line.len());
    let line = &line[..end];
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    match line.get(12) {
        Some(b' ') => &line[13..],
        _ => &[],
    }
}

fn collect<'b>(headers: &[httparse::Header<'b>]) -> Vec<(&'b str, &'b [u8])> {
    headers.iter().map(|h| (h.name, h.value)).collect()
}

fn parse_with(bytes: &[u8], request: bool, room: usize) -> Result<Head<'_>, httparse::Error> {
    let mut headers = vec![httparse::EMPTY_HEADER; room];
    if request {
        let mut req = httparse::Request::new(&mut headers);
        Ok(match req.parse(bytes)? {
            httparse::Status::Partial => Head::Partial,
            httparse::Status::Complete(len) => Head::Request {
                len,
                method: req.method.unwrap_or_default(),
                path: req.path.unwrap_or_default(),
                minor: req.version.unwrap_or_default(),
                headers: collect(req.headers),
            },
        })
    } else {
        let mut res = httparse::Response::new(&mut headers);
        Ok(match res.parse(bytes)? {
            httparse::Status::Partial => Head::Partial,
            httparse::Status::Complete(len) => Head::Response {
                len,
                status: res.code.unwrap_or_default(),
                reason: match res.reason {
                    Some("") | None => raw_reason(bytes),
                    Some(reason) => reason.as_bytes(),
                },
                minor: res.version.unwrap_or_default(),
                headers: collect(res.headers),
            },
        })
    }
}

fn parse(bytes: &[u8], request: bool, limit: usize) -> Head<'_> {
    let first = parse_with(bytes, request, FIRST_PASS_HEADERS.min(limit.max(1)));
    let outcome = match first {
        Err(httparse::Error::TooManyHeaders) if limit > FIRST_PASS_HEADERS => {
            parse_with(bytes, request, limit)
        }
        other => other,
    };
    outcome.unwrap_or_else(|err| Head::Invalid(error_code(err, request)))
}

fn one_byte<'s>(scope: &mut v8::PinScope<'s, '_>, bytes: &[u8]) -> v8::Local<'s, v8::Value> {
    v8::String::new_from_one_byte(scope, bytes, v8::NewStringType::Normal)
        .map_or_else(|| v8::undefined(scope).into(), Into::into)
}

/// `httpParseHead(bytes, isRequest, maxHeaders)`: `null` while the head is incomplete, an
/// llhttp error code (`'HPE_INVALID_METHOD'`) when it is malformed, otherwise
/// `[headLength, method | statusCode, url | reason, minorVersion, rawHeaders]` with
/// `rawHeaders` flat (`[name, value, ...]`) and text read as Latin-1, as Node's parser does.
pub fn op_http_parse_head(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(bytes) = super::buffer::view_bytes(scope, args.get(0)) else {
        super::throw_type_error(scope, "httpParseHead: bytes must be an ArrayBufferView");
        return;
    };
    let request = args.get(1).is_true();
    let limit = args
        .get(2)
        .integer_value(scope)
        .map_or(2000, |n| n.clamp(1, 100_000) as usize);
    let (len, first, second, minor, headers): (usize, v8::Local<v8::Value>, _, u8, _) =
        match parse(bytes, request, limit) {
            Head::Partial => {
                rv.set_null();
                return;
            }
            Head::Invalid(code) => {
                if let Some(code) = v8::String::new(scope, code) {
                    rv.set(code.into());
                }
                return;
            }
            Head::Request {
                len,
                method,
                path,
                minor,
                headers,
            } => (
                len,
                one_byte(scope, method.as_bytes()),
                one_byte(scope, path.as_bytes()),
                minor,
                headers,
            ),
            Head::Response {
                len,
                status,
                reason,
                minor,
                headers,
            } => (
                len,
                v8::Integer::new(scope, i32::from(status)).into(),
                one_byte(scope, reason),
                minor,
                headers,
            ),
        };
    let mut raw = Vec::with_capacity(headers.len() * 2);
    for (name, value) in headers {
        raw.push(one_byte(scope, name.as_bytes()));
        raw.push(one_byte(scope, value));
    }
    let raw = v8::Array::new_with_elements(scope, &raw);
    let elements = [
        v8::Number::new(scope, len as f64).into(),
        first,
        second,
        v8::Integer::new(scope, i32::from(minor)).into(),
        raw.into(),
    ];
    rv.set(v8::Array::new_with_elements(scope, &elements).into());
}
