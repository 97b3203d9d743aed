//! Buffer encodings: strings to bytes and back, in place, for `buffer.js`.
//!
//! Encodings are passed as small integers (see `ENCODINGS` in `internal/buffer_encodings.js`).

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};

const UTF8: i32 = 0;
const HEX: i32 = 1;
const BASE64: i32 = 2;
const BASE64URL: i32 = 3;
const LATIN1: i32 = 4;
const ASCII: i32 = 5;
const UCS2: i32 = 6;

/// The bytes a typed array views. Valid while the op runs (JS cannot run meanwhile).
fn view_bytes<'a>(scope: &mut v8::PinScope, value: v8::Local<v8::Value>) -> Option<&'a mut [u8]> {
    let view = v8::Local::<v8::ArrayBufferView>::try_from(value).ok()?;
    let len = view.byte_length();
    if len == 0 {
        return Some(&mut []);
    }
    let buffer = view.buffer(scope)?;
    let data = buffer.data()?;
    // SAFETY: [byte_offset, byte_offset + len) lies inside the live buffer; nothing else touches
    // it during this op.
    Some(unsafe {
        std::slice::from_raw_parts_mut(data.as_ptr().cast::<u8>().add(view.byte_offset()), len)
    })
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

/// Node's hex decoding: pairs until the first pair that is not hex.
pub fn decode_hex(text: &[u8]) -> Vec<u8> {
    fn nibble(b: u8) -> Option<u8> {
        match b {
            b'0'..=b'9' => Some(b - b'0'),
            b'a'..=b'f' => Some(b - b'a' + 10),
            b'A'..=b'F' => Some(b - b'A' + 10),
            _ => None,
        }
    }
    let mut out = Vec::with_capacity(text.len() / 2);
    for pair in text.chunks_exact(2) {
        match (nibble(pair[0]), nibble(pair[1])) {
            (Some(hi), Some(lo)) => out.push(hi << 4 | lo),
            _ => break,
        }
    }
    out
}

fn encode_hex(bytes: &[u8]) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(DIGITS[(b >> 4) as usize]);
        out.push(DIGITS[(b & 15) as usize]);
    }
    out
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
        HEX => v8::String::new_from_one_byte(scope, &encode_hex(bytes), v8::NewStringType::Normal),
        BASE64 => v8::String::new_from_one_byte(
            scope,
            STANDARD.encode(bytes).as_bytes(),
            v8::NewStringType::Normal,
        ),
        BASE64URL => v8::String::new_from_one_byte(
            scope,
            URL_SAFE_NO_PAD.encode(bytes).as_bytes(),
            v8::NewStringType::Normal,
        ),
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
        HEX | BASE64 | BASE64URL => {
            let text = string.to_rust_string_lossy(scope);
            let decoded = if encoding == HEX {
                decode_hex(text.as_bytes())
            } else {
                decode_base64(text.as_bytes())
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
