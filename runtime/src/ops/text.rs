//! UTF-8 encoding and decoding for TextEncoder/TextDecoder.

/// `decodeUtf8(bytes, fatal, ignoreBOM)`: the text, or a thrown TypeError when `fatal` and the
/// bytes are not UTF-8.
pub fn op_decode_utf8(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(buf) = super::buffer::view_bytes(scope, args.get(0)) else {
        super::throw_type_error(scope, "decodeUtf8: bytes must be an ArrayBufferView");
        return;
    };
    let fatal = args.get(1).is_true();
    let ignore_bom = args.get(2).is_true();
    // Read in place: no JS runs while the text is made.
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

// ---- the other encodings of the Encoding standard (TextDecoder's legacy single- and multi-byte
// encodings), decoded by encoding_rs; UTF-8, UTF-16 and windows-1252 stay in JS and above.

thread_local! {
    static DECODERS: super::handles::Handles<encoding_rs::Decoder> =
        const { super::handles::Handles::new() };
}

/// `encodingName(label)`: the lower-case name of the encoding a label stands for, or undefined.
pub fn op_encoding_name(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let label = args.get(0).to_rust_string_lossy(scope);
    if let Some(encoding) = encoding_rs::Encoding::for_label(label.as_bytes()) {
        let name = encoding.name().to_ascii_lowercase();
        rv.set(v8::String::new(scope, &name).expect("name").into());
    }
}

/// `decoderNew(name)`: the number of a new streaming decoder for an encoding named by
/// `encodingName`. A BOM means nothing to these encodings, so none is sniffed.
pub fn op_decoder_new(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let name = args.get(0).to_rust_string_lossy(scope);
    if let Some(encoding) = encoding_rs::Encoding::for_label(name.as_bytes()) {
        let id = DECODERS.with(|d| d.insert(encoding.new_decoder_without_bom_handling()));
        rv.set(v8::Integer::new_from_unsigned(scope, id).into());
    }
}

/// `decoderDecode(id, bytes, stream, fatal)`: the text of `bytes` after what came before;
/// undefined when `fatal` and the bytes are malformed. Without `stream` the input ends here and
/// the decoder starts afresh.
pub fn op_decoder_decode(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let bytes: &[u8] = super::buffer::view_bytes(scope, args.get(1)).map_or(&[], |b| &*b);
    let last = !args.get(2).is_true();
    let fatal = args.get(3).is_true();
    let text = DECODERS.with(|d| {
        d.with(id, |decoder| {
            let text = decode_chunk(decoder, bytes, last, fatal);
            if last || text.is_none() {
                *decoder = decoder.encoding().new_decoder_without_bom_handling();
            }
            text
        })
    });
    if let Some(Some(text)) = text {
        match v8::String::new(scope, &text) {
            Some(s) => rv.set(s.into()),
            None => super::throw_type_error(scope, "decoderDecode: text too long"),
        }
    }
}

fn decode_chunk(
    decoder: &mut encoding_rs::Decoder,
    bytes: &[u8],
    last: bool,
    fatal: bool,
) -> Option<String> {
    if fatal {
        let capacity = decoder.max_utf8_buffer_length_without_replacement(bytes.len())?;
        let mut out = String::with_capacity(capacity);
        let (result, _) = decoder.decode_to_string_without_replacement(bytes, &mut out, last);
        match result {
            encoding_rs::DecoderResult::InputEmpty => Some(out),
            _ => None,
        }
    } else {
        let capacity = decoder.max_utf8_buffer_length(bytes.len())?;
        let mut out = String::with_capacity(capacity);
        let _ = decoder.decode_to_string(bytes, &mut out, last);
        Some(out)
    }
}

/// `decoderDrop(id)`: forgets a decoder whose object was collected.
pub fn op_decoder_drop(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    DECODERS.with(|d| d.remove(id));
}
