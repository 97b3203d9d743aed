//! A deflate stream on zlib's own interface (zlib-rs, through libz-rs-sys), for what Node's
//! zlib offers and flate2 does not: a memory level, a strategy, new parameters mid-stream
//! (`params`) and the Z_BLOCK flush.

use std::ffi::c_int;

use libz_rs_sys::{
    Z_DEFLATED, Z_OK, Z_STREAM_END, Z_STREAM_ERROR, deflate, deflateEnd, deflateInit2_,
    deflateParams, deflateSetDictionary, z_stream, zlibVersion,
};

/// Output is made in steps of this many bytes.
const STEP: usize = 64 * 1024;

/// What the stream is wrapped in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Wrapper {
    Zlib,
    Gzip,
    Raw,
}

pub struct Deflater {
    /// Boxed: zlib's state points back at its stream, which must not move.
    stream: Box<z_stream>,
    /// Output made by `params`, handed out with the next write's.
    carry: Vec<u8>,
}

/// One write's output, and whether the stream ended with it.
pub struct Deflated {
    pub output: Vec<u8>,
    pub ended: bool,
}

impl Deflater {
    /// A new stream; zlib's return code when the parameters are refused.
    pub fn new(
        wrapper: Wrapper,
        level: i32,
        window_bits: u8,
        mem_level: i32,
        strategy: i32,
    ) -> Result<Self, i32> {
        // zlib takes 8 for the zlib wrapper only; Node asks for 9 elsewhere.
        let bits = i32::from(window_bits);
        let window_bits = match wrapper {
            Wrapper::Zlib => bits,
            Wrapper::Gzip => bits.max(9) + 16,
            Wrapper::Raw => -bits.max(9),
        };
        let mut stream = Box::new(z_stream::default());
        // Safety: the stream is a fresh, boxed z_stream; the version is the library's own.
        let code = unsafe {
            deflateInit2_(
                &mut *stream,
                level,
                Z_DEFLATED,
                window_bits,
                mem_level,
                strategy,
                zlibVersion(),
                std::mem::size_of::<z_stream>() as c_int,
            )
        };
        if code == Z_OK {
            Ok(Deflater {
                stream,
                carry: Vec::new(),
            })
        } else {
            Err(code)
        }
    }

    pub fn set_dictionary(&mut self, dictionary: &[u8]) -> bool {
        // Safety: the stream was initialised; the dictionary is read during the call only.
        let code = unsafe {
            deflateSetDictionary(
                &mut *self.stream,
                dictionary.as_ptr(),
                dictionary.len() as u32,
            )
        };
        code == Z_OK
    }

    /// New level and strategy. Output made while switching (none after a sync flush) comes
    /// out with the next write.
    pub fn params(&mut self, level: i32, strategy: i32) -> Result<(), i32> {
        let mut output = Vec::with_capacity(STEP);
        self.stream.next_in = std::ptr::null();
        self.stream.avail_in = 0;
        self.stream.next_out = output.as_mut_ptr();
        self.stream.avail_out = output.capacity() as u32;
        // Safety: the stream was initialised and points at `output`'s spare room.
        let code = unsafe { deflateParams(&mut *self.stream, level, strategy) };
        let written = output.capacity() - self.stream.avail_out as usize;
        // Safety: zlib wrote `written` bytes into the spare room.
        unsafe { output.set_len(written) };
        self.detach();
        self.carry.extend(output);
        if code == Z_OK { Ok(()) } else { Err(code) }
    }

    /// Compresses `input` with zlib's flush mode `flush` (Z_NO_FLUSH .. Z_BLOCK).
    pub fn write(&mut self, input: &[u8], flush: i32) -> Result<Deflated, i32> {
        let mut output = std::mem::take(&mut self.carry);
        output.reserve(STEP.min(input.len() + 64));
        let mut offset = 0;
        let result = loop {
            if output.capacity() - output.len() < 64 {
                output.reserve(STEP);
            }
            let rest = &input[offset..];
            let chunk = rest.len().min(u32::MAX as usize);
            self.stream.next_in = rest.as_ptr();
            self.stream.avail_in = chunk as u32;
            let spare = (output.capacity() - output.len()).min(u32::MAX as usize);
            // Safety: the pointer is within `output`'s allocation, `spare` bytes before its end.
            self.stream.next_out = unsafe { output.as_mut_ptr().add(output.len()) };
            self.stream.avail_out = spare as u32;
            // The input's end is only the stream's end once all of it is in.
            let this_flush = if chunk < rest.len() { 0 } else { flush };
            // Safety: the stream was initialised; both buffers are valid for the call.
            let code = unsafe { deflate(&mut *self.stream, this_flush) };
            let consumed = chunk - self.stream.avail_in as usize;
            let written = spare - self.stream.avail_out as usize;
            // Safety: zlib wrote `written` bytes into the spare room.
            unsafe { output.set_len(output.len() + written) };
            offset += consumed;
            match code {
                Z_STREAM_END => break Ok(true),
                Z_STREAM_ERROR => break Err(code),
                // Done when all input is in and the output had room to spare.
                _ if offset == input.len() && self.stream.avail_out != 0 => break Ok(false),
                // No progress possible (a flush with nothing to do).
                _ if consumed == 0 && written == 0 && self.stream.avail_out != 0 => {
                    break Ok(false);
                }
                _ => {}
            }
        };
        self.detach();
        result.map(|ended| Deflated { output, ended })
    }

    /// Leaves no pointers to buffers that are about to go.
    fn detach(&mut self) {
        self.stream.next_in = std::ptr::null();
        self.stream.avail_in = 0;
        self.stream.next_out = std::ptr::null_mut();
        self.stream.avail_out = 0;
    }
}

impl Drop for Deflater {
    fn drop(&mut self) {
        // Safety: the stream was initialised and is ended once.
        unsafe { deflateEnd(&mut *self.stream) };
    }
}
