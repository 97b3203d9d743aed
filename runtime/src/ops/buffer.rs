//! Buffer encodings: strings to bytes and back, in place, for `buffer.js`.
//!
//! Encodings are passed as small integers (see `ENCODINGS` in `internal/buffer_encodings.js`).

use base64::Engine as _;

const UTF8: i32 = 0;
const HEX: i32 = 1;
const BASE64: i32 = 2;
const BASE64URL: i32 = 3;
const LATIN1: i32 = 4;
const ASCII: i32 = 5;
const UCS2: i32 = 6;

/// Where the bytes a typed array views start, and how many there are (none: a null start).
fn view_span(scope: &mut v8::PinScope, value: v8::Local<v8::Value>) -> Option<(*mut u8, usize)> {
    let view = v8::Local::<v8::ArrayBufferView>::try_from(value).ok()?;
    let len = view.byte_length();
    if len == 0 {
        return Some((std::ptr::null_mut(), 0));
    }
    let data = view.buffer(scope)?.data()?;
    // SAFETY: byte_offset lies inside the live buffer.
    Some((
        unsafe { data.as_ptr().cast::<u8>().add(view.byte_offset()) },
        len,
    ))
}

/// The bytes a typed array views. Valid while the op runs (JS cannot run meanwhile).
pub(crate) fn view_bytes<'a>(
    scope: &mut v8::PinScope,
    value: v8::Local<v8::Value>,
) -> Option<&'a mut [u8]> {
    let (start, len) = view_span(scope, value)?;
    if len == 0 {
        return Some(&mut []);
    }
    // SAFETY: [start, start + len) lies inside the live buffer; nothing else touches it
    // during this op.
    Some(unsafe { std::slice::from_raw_parts_mut(start, len) })
}

/// The bytes a typed array views, to read only: several may view the same memory (one
/// Buffer written twice). Valid while the op runs.
pub(crate) fn view_bytes_ref<'a>(
    scope: &mut v8::PinScope,
    value: v8::Local<v8::Value>,
) -> Option<&'a [u8]> {
    let (start, len) = view_span(scope, value)?;
    if len == 0 {
        return Some(&[]);
    }
    // SAFETY: [start, start + len) lies inside the live buffer, which nothing writes during
    // this op; shared slices of it may overlap.
    Some(unsafe { std::slice::from_raw_parts(start, len) })
}

/// The bytes of a buffer view that a write still needs after its op returned. Large ones stay
/// in the view's own memory, kept alive by its backing store, as Node keeps a pending write's
/// Buffer (changing it before the write's callback is the program's fault there too); small
/// ones, and memory JS can resize or share, are copied.
pub struct PendingBytes(Pending);

enum Pending {
    Copied(Vec<u8>),
    Held {
        store: v8::SharedRef<v8::BackingStore>,
        start: usize,
        len: usize,
    },
}

// SAFETY: a backing store's reference count is atomic and its memory stays where it is while a
// reference lives; only bytes of a plain (not shared, not resizable) buffer are held, and they
// are only read.
unsafe impl Send for PendingBytes {}

impl PendingBytes {
    /// Below this a copy is cheaper than holding the store.
    const HOLD_FROM: usize = 64 * 1024;

    /// `rest`, the end of the bytes of the view `value` (all of them, or what a write left).
    pub fn of_view(scope: &mut v8::PinScope, value: v8::Local<v8::Value>, rest: &[u8]) -> Self {
        if rest.len() >= Self::HOLD_FROM
            && let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(value)
            && let Some(skip) = view.byte_length().checked_sub(rest.len())
            && let Some(buffer) = view.buffer(scope)
        {
            // (ArrayBuffer.prototype.transfer keeps a same-sized store and copies otherwise,
            // so memory held here never moves.)
            let store = buffer.get_backing_store();
            if !store.is_shared() && !store.is_resizable_by_user_javascript() {
                let start = view.byte_offset() + skip;
                let len = rest.len();
                return PendingBytes(Pending::Held { store, start, len });
            }
        }
        PendingBytes(Pending::Copied(rest.to_vec()))
    }

    pub fn as_slice(&self) -> &[u8] {
        match &self.0 {
            Pending::Copied(bytes) => bytes,
            Pending::Held { store, start, len } => match store.data() {
                // SAFETY: [start, start + len) was inside the view when it was taken, and the
                // store, which owns that memory, is alive as long as `self`.
                Some(data) => unsafe {
                    std::slice::from_raw_parts(data.as_ptr().cast::<u8>().add(*start), *len)
                },
                None => &[],
            },
        }
    }
}

fn arg_usize(scope: &mut v8::PinScope, value: v8::Local<v8::Value>, default: usize) -> usize {
    if value.is_undefined() {
        return default;
    }
    value
        .integer_value(scope)
        .map_or(default, |n| n.max(0) as usize)
}

/// Node's lenient base64: both alphabets, whitespace and other characters skipped, stops at `=`.
pub fn decode_base64(text: &[u8]) -> Vec<u8> {
    let mut clean: Vec<u8> = Vec::with_capacity(text.len());
    for &b in text {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' => clean.push(b),
            b'+' | b'-' => clean.push(b'-'),
            b'/' | b'_' => clean.push(b'_'),
            b'=' => break,
            _ => {}
        }
    }
    // A single leftover character carries no whole byte.
    if clean.len() % 4 == 1 {
        clean.pop();
    }
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::URL_SAFE,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_allow_trailing_bits(true)
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::RequireNone),
    );
    engine.decode(&clean).unwrap_or_default()
}

/// Value of each byte as a hex digit, or 0xff.
const HEX_VALUES: [u8; 256] = {
    let mut table = [0xffu8; 256];
    let mut i = 0;
    while i < 10 {
        table[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        table[b'a' as usize + i] = 10 + i as u8;
        table[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    table
};

/// Node's hex decoding into `out`: pairs until the first pair that is not hex. Returns the
/// number of bytes written.
pub fn decode_hex_into(text: &[u8], out: &mut [u8]) -> usize {
    let mut n = 0;
    for (pair, slot) in text.chunks_exact(2).zip(out.iter_mut()) {
        let hi = HEX_VALUES[pair[0] as usize];
        let lo = HEX_VALUES[pair[1] as usize];
        if hi == 0xff || lo == 0xff {
            break;
        }
        *slot = hi << 4 | lo;
        n += 1;
    }
    n
}

pub fn decode_hex(text: &[u8]) -> Vec<u8> {
    let mut out = vec![0u8; text.len() / 2];
    let n = decode_hex_into(text, &mut out);
    out.truncate(n);
    out
}

fn encode_hex(bytes: &[u8]) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = vec![0u8; bytes.len() * 2];
    for (pair, &b) in out.chunks_exact_mut(2).zip(bytes) {
        pair[0] = DIGITS[(b >> 4) as usize];
        pair[1] = DIGITS[(b & 15) as usize];
    }
    out
}

/// Base64 text with simdutf (the same SIMD code V8 uses).
fn encode_base64(bytes: &[u8], options: v8::simdutf::Base64Options) -> Vec<u8> {
    let len = v8::simdutf::base64_length_from_binary(bytes.len(), options);
    let mut out = vec![0u8; len];
    // SAFETY: `out` has the length simdutf asks for.
    let written = unsafe { v8::simdutf::binary_to_base64(bytes, &mut out, options) };
    out.truncate(written);
    out
}

/// Decodes clean base64 into `out` (which has room for the maximal length).
fn decode_base64_into(text: &[u8], out: &mut [u8]) -> Option<usize> {
    for options in [
        v8::simdutf::Base64Options::Default,
        v8::simdutf::Base64Options::Url,
    ] {
        // SAFETY: the caller made sure `out` holds the maximal length for this input.
        let result = unsafe {
            v8::simdutf::base64_to_binary(text, out, options, v8::simdutf::LastChunkHandling::Loose)
        };
        if result.is_ok() {
            return Some(result.count);
        }
    }
    None
}

/// Decodes base64 with simdutf when the text is clean (the usual case); anything else takes
/// Node's lenient path.
fn decode_base64_fast(text: &[u8]) -> Vec<u8> {
    let mut out = vec![0u8; v8::simdutf::maximal_binary_length_from_base64(text)];
    for options in [
        v8::simdutf::Base64Options::Default,
        v8::simdutf::Base64Options::Url,
    ] {
        // SAFETY: `out` has the maximal length for this input.
        let result = unsafe {
            v8::simdutf::base64_to_binary(
                text,
                &mut out,
                options,
                v8::simdutf::LastChunkHandling::Loose,
            )
        };
        if result.is_ok() {
            out.truncate(result.count);
            return out;
        }
    }
    decode_base64(text)
}

/// A one-byte string from encoded text; large texts become external strings that keep the
/// buffer instead of copying it into the V8 heap.
fn one_byte_string<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    text: Vec<u8>,
) -> Option<v8::Local<'s, v8::String>> {
    if text.len() > 64 * 1024 {
        v8::String::new_external_onebyte(scope, text.into_boxed_slice())
    } else {
        v8::String::new_from_one_byte(scope, &text, v8::NewStringType::Normal)
    }
}

/// The string's characters as bytes when they all fit in one byte (hex and base64 text).
fn one_byte_text(scope: &mut v8::PinScope, string: v8::Local<v8::String>) -> Vec<u8> {
    if string.contains_only_onebyte() {
        let mut buf = vec![0u8; string.length()];
        string.write_one_byte_v2(scope, 0, &mut buf, v8::WriteFlags::empty());
        buf
    } else {
        string.to_rust_string_lossy(scope).into_bytes()
    }
}

/// `bufferToString(view, encoding, start, end)`.
pub fn op_buffer_to_string(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(bytes) = view_bytes(scope, args.get(0)) else {
        super::throw_type_error(scope, "bufferToString: not a typed array");
        return;
    };
    let encoding = args.get(1).int32_value(scope).unwrap_or(UTF8);
    let end = arg_usize(scope, args.get(3), bytes.len()).min(bytes.len());
    let start = arg_usize(scope, args.get(2), 0).min(end);
    let bytes = &bytes[start..end];
    let string = match encoding {
        UTF8 => v8::String::new_from_utf8(scope, bytes, v8::NewStringType::Normal),
        HEX => one_byte_string(scope, encode_hex(bytes)),
        BASE64 => one_byte_string(
            scope,
            encode_base64(bytes, v8::simdutf::Base64Options::Default),
        ),
        BASE64URL => one_byte_string(scope, encode_base64(bytes, v8::simdutf::Base64Options::Url)),
        LATIN1 => v8::String::new_from_one_byte(scope, bytes, v8::NewStringType::Normal),
        ASCII => {
            let masked: Vec<u8> = bytes.iter().map(|b| b & 0x7f).collect();
            v8::String::new_from_one_byte(scope, &masked, v8::NewStringType::Normal)
        }
        UCS2 => {
            let units: Vec<u16> = bytes
                .chunks_exact(2)
                .map(|p| u16::from_le_bytes([p[0], p[1]]))
                .collect();
            v8::String::new_from_two_byte(scope, &units, v8::NewStringType::Normal)
        }
        _ => None,
    };
    match string {
        Some(s) => rv.set(s.into()),
        None => {
            let message = v8::String::new(
                scope,
                "Cannot create a string longer than 0x1fffffe8 characters",
            )
            .expect("message");
            let error = v8::Exception::error(scope, message);
            let object = error.to_object(scope).expect("object");
            let key = v8::String::new(scope, "code").expect("key");
            let code = v8::String::new(scope, "ERR_STRING_TOO_LONG").expect("code");
            object.set(scope, key.into(), code.into());
            scope.throw_exception(error);
        }
    }
}

/// `bufferWrite(view, string, offset, length, encoding)`: writes as much of the string as fits
/// (never half a character in UTF-8); returns the number of bytes written.
pub fn op_buffer_write(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(bytes) = view_bytes(scope, args.get(0)) else {
        super::throw_type_error(scope, "bufferWrite: not a typed array");
        return;
    };
    let Ok(string) = v8::Local::<v8::String>::try_from(args.get(1)) else {
        super::throw_type_error(scope, "bufferWrite: not a string");
        return;
    };
    let offset = arg_usize(scope, args.get(2), 0).min(bytes.len());
    let length = arg_usize(scope, args.get(3), bytes.len() - offset).min(bytes.len() - offset);
    let encoding = args.get(4).int32_value(scope).unwrap_or(UTF8);
    let target = &mut bytes[offset..offset + length];
    let written = match encoding {
        UTF8 => string.write_utf8_v2(scope, target, v8::WriteFlags::kReplaceInvalidUtf8, None),
        LATIN1 | ASCII => {
            let n = (string.length()).min(target.len());
            string.write_one_byte_v2(scope, 0, &mut target[..n], v8::WriteFlags::empty());
            n
        }
        UCS2 => {
            let units = (string.length()).min(target.len() / 2);
            let mut buf = vec![0u16; units];
            string.write_v2(scope, 0, &mut buf, v8::WriteFlags::empty());
            for (i, unit) in buf.iter().enumerate() {
                target[2 * i..2 * i + 2].copy_from_slice(&unit.to_le_bytes());
            }
            units * 2
        }
        HEX => {
            let view = v8::ValueView::new(scope, string);
            match view.data() {
                v8::ValueViewData::OneByte(text) => decode_hex_into(text, target),
                v8::ValueViewData::TwoByte(_) => {
                    drop(view);
                    decode_hex_into(&one_byte_text(scope, string), target)
                }
            }
        }
        BASE64 | BASE64URL => {
            let view = v8::ValueView::new(scope, string);
            // Clean text decodes straight into the buffer when it has room for the most the
            // text could give.
            if let v8::ValueViewData::OneByte(text) = view.data()
                && target.len() >= v8::simdutf::maximal_binary_length_from_base64(text)
                && let Some(n) = decode_base64_into(text, target)
            {
                rv.set(v8::Number::new(scope, n as f64).into());
                return;
            }
            let decoded = match view.data() {
                v8::ValueViewData::OneByte(text) => decode_base64_fast(text),
                v8::ValueViewData::TwoByte(_) => {
                    drop(view);
                    decode_base64_fast(&one_byte_text(scope, string))
                }
            };
            let n = decoded.len().min(target.len());
            target[..n].copy_from_slice(&decoded[..n]);
            n
        }
        _ => 0,
    };
    rv.set(v8::Number::new(scope, written as f64).into());
}

/// `byteLengthUtf8(string)`: the UTF-8 length, as V8 would encode it.
pub fn op_byte_length_utf8(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(string) = v8::Local::<v8::String>::try_from(args.get(0)) else {
        rv.set(v8::Integer::new(scope, 0).into());
        return;
    };
    let n = string.utf8_length(scope);
    rv.set(v8::Number::new(scope, n as f64).into());
}

/// `decodedLength(string, encoding)`: bytes that hex or base64 text decodes to.
pub fn op_decoded_length(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let text = args.get(0).to_rust_string_lossy(scope);
    let encoding = args.get(1).int32_value(scope).unwrap_or(BASE64);
    let n = if encoding == HEX {
        decode_hex(text.as_bytes()).len()
    } else {
        decode_base64(text.as_bytes()).len()
    };
    rv.set(v8::Number::new(scope, n as f64).into());
}

/// `bufferCompare(a, b)`: -1, 0 or 1, comparing the bytes of two views (memcmp).
pub fn op_buffer_compare(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let a = view_bytes(scope, args.get(0)).map(|s| s as &[u8]);
    let b = view_bytes(scope, args.get(1)).map(|s| s as &[u8]);
    let (Some(a), Some(b)) = (a, b) else {
        super::throw_type_error(scope, "bufferCompare: not typed arrays");
        return;
    };
    let order = match a.cmp(b) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    };
    rv.set(v8::Integer::new(scope, order).into());
}
