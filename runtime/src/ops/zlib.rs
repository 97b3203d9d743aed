//! `node:zlib`: the deflate family through zlib-rs (flate2's low-level API mirrors zlib's
//! deflate/inflate), brotli through the `brotli` crate, CRC-32 through crc32fast. Each stream
//! is a handle that JS feeds chunk by chunk with a flush mode, as Node's zlib binding is fed.

use brotli::enc::StandardAlloc;
use brotli::enc::encode::{
    BrotliEncoderOperation, BrotliEncoderParameter, BrotliEncoderStateStruct,
};
use brotli::{BrotliDecompressStream, BrotliResult, BrotliState};
use flate2::{Decompress, FlushDecompress, Status};

use super::deflate::{Deflater, Wrapper};

use super::buffer::view_bytes;
use super::handles::Handles;
use crate::async_op::OpValue;

// Node's modes (zlib.constants).
const DEFLATE: u32 = 1;
const INFLATE: u32 = 2;
const GZIP: u32 = 3;
const GUNZIP: u32 = 4;
const DEFLATERAW: u32 = 5;
const INFLATERAW: u32 = 6;
const UNZIP: u32 = 7;
const BROTLI_DECODE: u32 = 8;
const BROTLI_ENCODE: u32 = 9;
const BROTLI_DECODER_PARAM_LARGE_WINDOW: u32 = 1;

// zlib's flush modes and results.
const Z_FINISH: u32 = 4;
const Z_NEED_DICT: i32 = 2;
const Z_STREAM_ERROR: i32 = -2;
const Z_DATA_ERROR: i32 = -3;
const Z_BUF_ERROR: i32 = -5;

/// How much output room each step adds.
const STEP: usize = 64 * 1024;

type BrotliDecoder = BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>;

enum Engine {
    Deflate(Deflater),
    Inflate {
        inner: Option<Decompress>,
        mode: u32,
        window_bits: u8,
        dictionary: Option<Vec<u8>>,
        ended: bool,
    },
    BrotliEncode(Box<BrotliEncoderStateStruct<StandardAlloc>>),
    BrotliDecode(Box<BrotliDecoder>, bool),
}

/// A failure, as Node reports it: zlib's number and message.
struct Failure {
    errno: i32,
    message: String,
}

impl Failure {
    fn new(errno: i32, message: &str) -> Failure {
        Failure {
            errno,
            message: message.to_string(),
        }
    }
}

/// What one write produced.
struct Written {
    output: Vec<u8>,
    ended: bool,
}

thread_local! {
    static STREAMS: Handles<Engine> = const { Handles::new() };
}

/// Options as `zlibInit` receives them.
struct Options {
    mode: u32,
    level: i32,
    window_bits: u8,
    dictionary: Option<Vec<u8>>,
    /// Brotli parameters by Node's numbers; for deflate, one pair (memLevel, strategy).
    tuning: Vec<(u32, u32)>,
}

fn new_engine(options: Options) -> Result<Engine, Failure> {
    let bits = options.window_bits.clamp(9, 15);
    Ok(match options.mode {
        DEFLATE | GZIP | DEFLATERAW => {
            let wrapper = match options.mode {
                GZIP => Wrapper::Gzip,
                DEFLATE => Wrapper::Zlib,
                _ => Wrapper::Raw,
            };
            // Deflate modes take [memLevel, strategy] where Brotli takes its parameters.
            let mem_level = options.tuning.first().map_or(8, |&(level, _)| level as i32);
            let strategy = options
                .tuning
                .first()
                .map_or(0, |&(_, strategy)| strategy as i32);
            let mut d = Deflater::new(
                wrapper,
                options.level,
                options.window_bits,
                mem_level,
                strategy,
            )
            .map_err(|_| Failure::new(Z_STREAM_ERROR, "Init error"))?;
            if let Some(dictionary) = &options.dictionary
                && options.mode != GZIP
                && !d.set_dictionary(dictionary)
            {
                return Err(Failure::new(Z_STREAM_ERROR, "Failed to set dictionary"));
            }
            Engine::Deflate(d)
        }
        INFLATE | GUNZIP | INFLATERAW | UNZIP => {
            let mut engine = Engine::Inflate {
                inner: None,
                mode: options.mode,
                window_bits: options.window_bits.clamp(8, 15),
                dictionary: options.dictionary,
                ended: false,
            };
            if options.mode == INFLATERAW
                && let Engine::Inflate {
                    inner, dictionary, ..
                } = &mut engine
            {
                let mut d = Decompress::new_with_window_bits(false, bits);
                if let Some(dictionary) = dictionary {
                    d.set_dictionary(dictionary)
                        .map_err(|_| Failure::new(Z_STREAM_ERROR, "Failed to set dictionary"))?;
                }
                *inner = Some(d);
            }
            engine
        }
        BROTLI_ENCODE => {
            let mut state = BrotliEncoderStateStruct::new(StandardAlloc::default());
            for (key, value) in options.tuning {
                let Some(param) = brotli_parameter(key) else {
                    return Err(Failure::new(Z_STREAM_ERROR, "Initialization failed"));
                };
                if !state.set_parameter(param, value) {
                    return Err(Failure::new(Z_STREAM_ERROR, "Initialization failed"));
                }
            }
            Engine::BrotliEncode(Box::new(state))
        }
        BROTLI_DECODE => {
            // Large-window streams (RFC 7932 extension) are refused unless asked for, as by
            // Node's decoder; the JS side only lets the two decoder parameters through.
            let mut state = BrotliState::new_strict(
                StandardAlloc::default(),
                StandardAlloc::default(),
                StandardAlloc::default(),
            );
            for (key, value) in options.tuning {
                if key == BROTLI_DECODER_PARAM_LARGE_WINDOW {
                    state.large_window = value != 0;
                }
            }
            Engine::BrotliDecode(Box::new(state), false)
        }
        _ => return Err(Failure::new(Z_STREAM_ERROR, "Initialization failed")),
    })
}

fn brotli_parameter(key: u32) -> Option<BrotliEncoderParameter> {
    use BrotliEncoderParameter::*;
    Some(match key {
        0 => BROTLI_PARAM_MODE,
        1 => BROTLI_PARAM_QUALITY,
        2 => BROTLI_PARAM_LGWIN,
        3 => BROTLI_PARAM_LGBLOCK,
        4 => BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING,
        5 => BROTLI_PARAM_SIZE_HINT,
        6 => BROTLI_PARAM_LARGE_WINDOW,
        _ => return None,
    })
}

fn deflate(d: &mut Deflater, input: &[u8], flush: u32) -> Result<Written, Failure> {
    d.write(input, flush as i32)
        .map(|done| Written {
            output: done.output,
            ended: done.ended,
        })
        .map_err(|_| Failure::new(Z_STREAM_ERROR, "stream error"))
}

/// The decompressor for the first bytes of an inflating stream (UNZIP looks at them).
fn inflater(mode: u32, window_bits: u8, first: &[u8]) -> Option<Decompress> {
    let bits = window_bits.clamp(9, 15);
    match mode {
        INFLATE => Some(Decompress::new_with_window_bits(true, bits)),
        GUNZIP => Some(Decompress::new_gzip(bits)),
        UNZIP => match first {
            [] => None,
            [0x1f, ..] => Some(Decompress::new_gzip(bits)),
            _ => Some(Decompress::new_with_window_bits(true, bits)),
        },
        _ => Some(Decompress::new_with_window_bits(false, bits)),
    }
}

fn inflate(engine: &mut Engine, input: &[u8], flush: u32) -> Result<Written, Failure> {
    let Engine::Inflate {
        inner,
        mode,
        window_bits,
        dictionary,
        ended,
    } = engine
    else {
        unreachable!("inflate on an inflating engine");
    };
    let mut output = Vec::with_capacity(STEP.min(input.len() * 4 + 64));
    if *ended {
        return Ok(Written {
            output,
            ended: true,
        });
    }
    if inner.is_none() {
        *inner = inflater(*mode, *window_bits, input);
    }
    let Some(d) = inner.as_mut() else {
        return if flush == Z_FINISH {
            Err(Failure::new(Z_BUF_ERROR, "unexpected end of file"))
        } else {
            Ok(Written {
                output,
                ended: false,
            })
        };
    };
    let mode_flush = if flush == Z_FINISH {
        FlushDecompress::Finish
    } else if flush == 0 {
        FlushDecompress::None
    } else {
        FlushDecompress::Sync
    };
    let mut offset = 0;
    loop {
        if output.capacity() - output.len() < 64 {
            output.reserve(STEP);
        }
        let (in_before, out_before) = (d.total_in(), output.len());
        let result = d.decompress_vec(&input[offset..], &mut output, mode_flush);
        offset += (d.total_in() - in_before) as usize;
        let progressed = d.total_in() != in_before || output.len() != out_before;
        match result {
            Ok(Status::StreamEnd) => {
                let rest = &input[offset..];
                // More after a gzip member is read as the next member, as Node reads it
                // (bytes that are not one fail as a bad header); zero bytes after a member are
                // padding and end the stream.
                if *mode == GUNZIP && rest.first().is_some_and(|&b| b != 0) {
                    *d = Decompress::new_gzip((*window_bits).clamp(9, 15));
                    continue;
                }
                *ended = true;
                return Ok(Written {
                    output,
                    ended: true,
                });
            }
            Ok(_) => {
                let room_left = output.len() < output.capacity();
                // Nothing more can happen with what there is: the input ran out before the
                // stream's end (an error when the caller says it is all), or the rest waits.
                if !progressed || (offset == input.len() && room_left && flush != Z_FINISH) {
                    if flush == Z_FINISH {
                        return Err(Failure::new(Z_BUF_ERROR, "unexpected end of file"));
                    }
                    return Ok(Written {
                        output,
                        ended: false,
                    });
                }
            }
            Err(e) => {
                if e.needs_dictionary().is_some() {
                    let Some(dictionary) = dictionary.as_ref() else {
                        return Err(Failure::new(Z_NEED_DICT, "Missing dictionary"));
                    };
                    // Node words it so but keeps the code of the request, Z_NEED_DICT.
                    if d.set_dictionary(dictionary).is_err() {
                        return Err(Failure::new(Z_NEED_DICT, "Bad dictionary"));
                    }
                    continue;
                }
                let message = e.message().unwrap_or("invalid data");
                return Err(Failure::new(Z_DATA_ERROR, message));
            }
        }
    }
}

fn brotli_encode(
    state: &mut BrotliEncoderStateStruct<StandardAlloc>,
    input: &[u8],
    flush: u32,
) -> Result<Written, Failure> {
    let op = match flush {
        0 => BrotliEncoderOperation::BROTLI_OPERATION_PROCESS,
        1 => BrotliEncoderOperation::BROTLI_OPERATION_FLUSH,
        3 => BrotliEncoderOperation::BROTLI_OPERATION_EMIT_METADATA,
        _ => BrotliEncoderOperation::BROTLI_OPERATION_FINISH,
    };
    let mut output = Vec::new();
    let mut chunk = vec![0u8; STEP];
    let mut in_offset = 0;
    loop {
        let mut available_in = input.len() - in_offset;
        let mut available_out = chunk.len();
        let mut out_offset = 0;
        let ok = state.compress_stream(
            op,
            &mut available_in,
            input,
            &mut in_offset,
            &mut available_out,
            &mut chunk,
            &mut out_offset,
            &mut None,
            &mut |_, _, _, _| (),
        );
        if !ok {
            return Err(Failure::new(Z_STREAM_ERROR, "Compression failed"));
        }
        output.extend_from_slice(&chunk[..out_offset]);
        let finished = state.is_finished();
        if in_offset == input.len() && !state.has_more_output() {
            let flushing_done = op != BrotliEncoderOperation::BROTLI_OPERATION_FINISH || finished;
            if flushing_done && out_offset < chunk.len() {
                return Ok(Written {
                    output,
                    ended: finished,
                });
            }
        }
    }
}

fn brotli_decode(
    state: &mut BrotliDecoder,
    ended: &mut bool,
    input: &[u8],
    flush: u32,
) -> Result<Written, Failure> {
    let mut output = Vec::new();
    if *ended {
        return Ok(Written {
            output,
            ended: true,
        });
    }
    let mut chunk = vec![0u8; STEP];
    let mut in_offset = 0;
    let mut total = 0;
    loop {
        let mut available_in = input.len() - in_offset;
        let mut available_out = chunk.len();
        let mut out_offset = 0;
        let result = BrotliDecompressStream(
            &mut available_in,
            &mut in_offset,
            input,
            &mut available_out,
            &mut out_offset,
            &mut chunk,
            &mut total,
            state,
        );
        output.extend_from_slice(&chunk[..out_offset]);
        match result {
            BrotliResult::ResultSuccess => {
                *ended = true;
                return Ok(Written {
                    output,
                    ended: true,
                });
            }
            BrotliResult::NeedsMoreOutput => {}
            BrotliResult::NeedsMoreInput => {
                if flush == Z_FINISH || flush == 2 {
                    return Err(Failure::new(Z_BUF_ERROR, "unexpected end of file"));
                }
                return Ok(Written {
                    output,
                    ended: false,
                });
            }
            BrotliResult::ResultFailure => {
                return Err(Failure::new(
                    state.error_code as i32,
                    "Decompression failed",
                ));
            }
        }
    }
}

fn write(engine: &mut Engine, input: &[u8], flush: u32) -> Result<Written, Failure> {
    match engine {
        Engine::Deflate(c) => deflate(c, input, flush),
        Engine::Inflate { .. } => inflate(engine, input, flush),
        Engine::BrotliEncode(state) => brotli_encode(state, input, flush),
        Engine::BrotliDecode(state, ended) => brotli_decode(state, ended, input, flush),
    }
}

fn read_options(scope: &mut v8::PinScope, args: &v8::FunctionCallbackArguments) -> Options {
    let int = |scope: &mut v8::PinScope, i: i32, default: i32| {
        let v = args.get(i);
        if v.is_number() {
            v.int32_value(scope).unwrap_or(default)
        } else {
            default
        }
    };
    let mode = int(scope, 0, 0) as u32;
    let level = int(scope, 1, -1);
    let window_bits = int(scope, 2, 15).clamp(8, 15) as u8;
    let dictionary = view_bytes(scope, args.get(3)).map(|b| b.to_vec());
    let mut tuning = Vec::new();
    if let Ok(list) = v8::Local::<v8::Array>::try_from(args.get(4)) {
        for i in 0..list.length() / 2 {
            let key = list
                .get_index(scope, i * 2)
                .and_then(|v| v.uint32_value(scope));
            let value = list
                .get_index(scope, i * 2 + 1)
                .and_then(|v| v.uint32_value(scope));
            if let (Some(key), Some(value)) = (key, value) {
                tuning.push((key, value));
            }
        }
    }
    Options {
        mode,
        level,
        window_bits,
        dictionary,
        tuning,
    }
}

/// `[output, ended, errno, message]`, the one shape JS receives a write's result in.
fn report(result: Result<Written, Failure>) -> OpValue {
    let (output, ended, errno, message) = match result {
        Ok(w) => (w.output, w.ended, 0, String::new()),
        Err(f) => (Vec::new(), false, f.errno, f.message),
    };
    OpValue::Array(vec![
        OpValue::Bytes(output),
        OpValue::Bool(ended),
        OpValue::Number(f64::from(errno)),
        OpValue::String(message),
    ])
}

/// `zlibInit(mode, level, windowBits, dictionary, brotliParams)`: a stream's handle, or
/// `[errno, message]` if it cannot be made.
pub fn op_zlib_init(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let options = read_options(scope, &args);
    match new_engine(options) {
        Ok(engine) => {
            let id = STREAMS.with(|s| s.insert(engine));
            rv.set(v8::Integer::new_from_unsigned(scope, id).into());
        }
        Err(f) => {
            let items = [
                v8::Integer::new(scope, f.errno).into(),
                v8::String::new(scope, &f.message).expect("message").into(),
            ];
            rv.set(v8::Array::new_with_elements(scope, &items).into());
        }
    }
}

/// `zlibWrite(id, flush, input)`: `[output, ended, errno, message]`.
pub fn op_zlib_write(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let value = write_args(scope, &args);
    rv.set(value.into_js(scope));
}

/// `(id, flush, input)` of a write, run through the stream: `[output, ended, errno, message]`.
fn write_args(scope: &mut v8::PinScope, args: &v8::FunctionCallbackArguments) -> OpValue {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let flush = args.get(1).uint32_value(scope).unwrap_or(0);
    // Read in place: no JS runs while the chunk is processed.
    let input: &[u8] = view_bytes(scope, args.get(2)).map_or(&[], |b| &*b);
    let result = STREAMS
        .with(|s| s.with(id, |engine| write(engine, input, flush)))
        .unwrap_or_else(|| Err(Failure::new(Z_STREAM_ERROR, "zlib binding closed")));
    report(result)
}

/// `zlibWriteAsync(id, flush, input, callback)`: as `zlibWrite`, with the answer given to
/// `callback(err, value)` from the event loop, as Node's thread pool gives a stream's work
/// back (after the timers that are due, before immediates).
pub fn op_zlib_write_async(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let value = write_args(scope, &args);
    let ret = crate::async_op::spawn(scope, args.get(3), async move { Ok(value) });
    rv.set(ret);
}

/// `zlibParams(id, level, strategy)`: a new level and strategy for a deflating stream; false
/// when zlib refuses them.
pub fn op_zlib_params(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let level = args.get(1).int32_value(scope).unwrap_or(-1);
    let strategy = args.get(2).int32_value(scope).unwrap_or(0);
    let done = STREAMS.with(|s| {
        s.with(id, |engine| match engine {
            Engine::Deflate(d) => d.params(level, strategy).is_ok(),
            _ => true,
        })
    });
    rv.set_bool(done.unwrap_or(false));
}

/// `zlibClose(id)`.
pub fn op_zlib_close(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    STREAMS.with(|s| s.remove(id));
}

/// `zlibOneShot(mode, level, windowBits, dictionary, brotliParams, input, flush, callback?)`:
/// the whole input through a fresh stream ended with `flush` (Z_FINISH unless the caller's
/// finishFlush says otherwise), on the blocking pool when a callback is given;
/// `[output, ended, errno, message]`.
pub fn op_zlib_one_shot(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let options = read_options(scope, &args);
    let flush = args.get(6).uint32_value(scope).unwrap_or(Z_FINISH);
    let run = move |input: &[u8]| new_engine(options).and_then(|mut e| write(&mut e, input, flush));
    let callback = args.get(7);
    if !callback.is_function() {
        // Read in place: nothing else runs until the work is done.
        let input: &[u8] = view_bytes(scope, args.get(5)).map_or(&[], |b| &*b);
        rv.set(report(run(input)).into_js(scope));
        return;
    }
    let input = view_bytes(scope, args.get(5))
        .map(|b| b.to_vec())
        .unwrap_or_default();
    let ret = crate::async_op::spawn_blocking(scope, callback, move || Ok(report(run(&input))));
    rv.set(ret);
}

/// `crc32(data, value)`: CRC-32 of `data` continuing from `value`.
pub fn op_crc32(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let value = args.get(1).uint32_value(scope).unwrap_or(0);
    let data: &[u8] = view_bytes(scope, args.get(0)).map_or(&[], |b| &*b);
    let mut hasher = crc32fast::Hasher::new_with_initial(value);
    hasher.update(data);
    rv.set(v8::Integer::new_from_unsigned(scope, hasher.finalize()).into());
}
