//! UTF-8 encoding and decoding for TextEncoder/TextDecoder.

/// `decodeUtf8(bytes, fatal, ignoreBOM)`: the text, or a thrown TypeError when `fatal` and the
/// bytes are not UTF-8.
pub fn op_decode_utf8(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(args.get(0)) else {
        super::throw_type_error(scope, "decodeUtf8: bytes must be an ArrayBufferView");
        return;
    };
    let fatal = args.get(1).is_true();
    let ignore_bom = args.get(2).is_true();
    let mut buf = vec![0u8; view.byte_length()];
    view.copy_contents(&mut buf);
    let mut bytes = &buf[..];
    if !ignore_bom && bytes.starts_with(&[0xef, 0xbb, 0xbf]) {
        bytes = &bytes[3..];
    }
    let text = if fatal {
        match std::str::from_utf8(bytes) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) => {
                let message =
                    v8::String::new(scope, "The encoded data was not valid for encoding utf-8")
                        .expect("message");
                let error = v8::Exception::type_error(scope, message);
                let object = error.to_object(scope).expect("object");
                let key = v8::String::new(scope, "code").expect("key");
                let code =
                    v8::String::new(scope, "ERR_ENCODING_INVALID_ENCODED_DATA").expect("code");
                object.set(scope, key.into(), code.into());
                scope.throw_exception(error);
                return;
            }
        }
    } else {
        String::from_utf8_lossy(bytes)
    };
    match v8::String::new(scope, &text) {
        Some(s) => rv.set(s.into()),
        None => super::throw_type_error(scope, "decodeUtf8: text too long"),
    }
}

/// `encodeUtf8(string)`: a Uint8Array of the string's UTF-8 bytes (lone surrogates become
/// U+FFFD, as the Encoding standard says).
pub fn op_encode_utf8(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let text = args.get(0).to_rust_string_lossy(scope);
    if let Some(array) = super::uint8_array(scope, text.into_bytes()) {
        rv.set(array.into());
    }
}

/// `randomFill(uint8array)`: fills the bytes from the operating system's generator.
pub fn op_random_fill(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(args.get(0)) else {
        super::throw_type_error(scope, "randomFill: expected a typed array");
        return;
    };
    let mut bytes = vec![0u8; view.byte_length()];
    if let Err(e) = getrandom::fill(&mut bytes) {
        super::throw_type_error(scope, &format!("randomFill: no randomness available: {e}"));
        return;
    }
    let Some(buffer) = view.buffer(scope) else {
        return;
    };
    let Some(data) = buffer.data() else {
        return;
    };
    // SAFETY: the view's range lies inside its buffer, which is alive for this call.
    unsafe {
        let dst = data.as_ptr().cast::<u8>().add(view.byte_offset());
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), dst, bytes.len());
    }
}
