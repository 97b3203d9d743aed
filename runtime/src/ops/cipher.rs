//! Symmetric ciphers for `node:crypto`'s `Cipheriv`/`Decipheriv`: AES in ECB, CBC, CTR and GCM
//! modes and ChaCha20-Poly1305, built from RustCrypto's block cipher, mode, stream cipher and
//! universal-hash crates. Output streams out as OpenSSL's does: whole blocks as soon as they are
//! in, and a decrypting block mode with padding holds its last block back for `final`.

use aes::{Aes128, Aes192, Aes256};
use chacha20::ChaCha20;
use cipher::consts::U16;
use cipher::{
    Array, BlockCipherEncrypt, BlockModeDecrypt, BlockModeEncrypt, BlockSizeUser, KeyInit,
    KeyIvInit, StreamCipher,
};
use ghash::GHash;
use poly1305::Poly1305;
use universal_hash::UniversalHash;

use super::buffer::view_bytes;
use super::handles::Handles;

const BLOCK: usize = 16;
type Block = Array<u8, U16>;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Ecb,
    Cbc,
    Ctr,
    Gcm,
    ChaChaPoly,
}

/// One cipher as `crypto.getCipherInfo` describes it.
struct Spec {
    name: &'static str,
    /// The name OpenSSL reports in `getCipherInfo`.
    info_name: &'static str,
    mode: Mode,
    key_len: usize,
    nid: u32,
}

const fn spec(
    name: &'static str,
    info_name: &'static str,
    mode: Mode,
    key_len: usize,
    nid: u32,
) -> Spec {
    Spec {
        name,
        info_name,
        mode,
        key_len,
        nid,
    }
}

/// Every supported cipher, by Node's (OpenSSL's) names.
const CIPHERS: &[Spec] = &[
    spec("aes-128-cbc", "aes-128-cbc", Mode::Cbc, 16, 419),
    spec("aes-128-ctr", "aes-128-ctr", Mode::Ctr, 16, 904),
    spec("aes-128-ecb", "aes-128-ecb", Mode::Ecb, 16, 418),
    spec("aes-128-gcm", "id-aes128-gcm", Mode::Gcm, 16, 895),
    spec("aes-192-cbc", "aes-192-cbc", Mode::Cbc, 24, 423),
    spec("aes-192-ctr", "aes-192-ctr", Mode::Ctr, 24, 905),
    spec("aes-192-ecb", "aes-192-ecb", Mode::Ecb, 24, 422),
    spec("aes-192-gcm", "id-aes192-gcm", Mode::Gcm, 24, 898),
    spec("aes-256-cbc", "aes-256-cbc", Mode::Cbc, 32, 427),
    spec("aes-256-ctr", "aes-256-ctr", Mode::Ctr, 32, 906),
    spec("aes-256-ecb", "aes-256-ecb", Mode::Ecb, 32, 426),
    spec("aes-256-gcm", "id-aes256-gcm", Mode::Gcm, 32, 901),
    spec(
        "chacha20-poly1305",
        "chacha20-poly1305",
        Mode::ChaChaPoly,
        32,
        1018,
    ),
];

/// Other names OpenSSL accepts for the same ciphers.
const ALIASES: &[(&str, &str)] = &[
    ("aes128", "aes-128-cbc"),
    ("aes192", "aes-192-cbc"),
    ("aes256", "aes-256-cbc"),
    ("id-aes128-gcm", "aes-128-gcm"),
    ("id-aes192-gcm", "aes-192-gcm"),
    ("id-aes256-gcm", "aes-256-gcm"),
];

/// The names `crypto.getCiphers()` lists, sorted.
fn names() -> Vec<&'static str> {
    let mut names: Vec<&str> = CIPHERS.iter().map(|s| s.name).collect();
    names.extend([
        "aes128",
        "aes192",
        "aes256",
        "id-aes128-GCM",
        "id-aes192-GCM",
        "id-aes256-GCM",
    ]);
    names.sort_unstable();
    names
}

/// Whether `name` is one of the ciphers (by any of its names).
pub fn is_known_cipher(name: &str) -> bool {
    find(name).is_some()
}

/// Looks a cipher up by any of its names, in any case; a nid as a decimal string too.
fn find(name: &str) -> Option<&'static Spec> {
    let lower = name.to_ascii_lowercase();
    let canonical = ALIASES
        .iter()
        .find(|(alias, _)| *alias == lower)
        .map_or(lower.as_str(), |(_, to)| to);
    CIPHERS
        .iter()
        .find(|s| s.name == canonical || s.nid.to_string() == canonical)
}

impl Spec {
    /// The IV length a new cipher takes by default (0: none).
    fn iv_len(&self) -> usize {
        match self.mode {
            Mode::Ecb => 0,
            Mode::Cbc | Mode::Ctr => BLOCK,
            Mode::Gcm | Mode::ChaChaPoly => 12,
        }
    }

    fn iv_len_ok(&self, len: usize) -> bool {
        match self.mode {
            Mode::Gcm => len > 0,
            _ => len == self.iv_len(),
        }
    }

    fn block_size(&self) -> Option<usize> {
        match self.mode {
            Mode::Ecb | Mode::Cbc => Some(BLOCK),
            Mode::Ctr | Mode::Gcm => Some(1),
            Mode::ChaChaPoly => None,
        }
    }

    /// Whether an authentication tag of `len` bytes is allowed.
    fn tag_len_ok(&self, len: usize) -> bool {
        match self.mode {
            Mode::Gcm => matches!(len, 4 | 8 | 12..=16),
            Mode::ChaChaPoly => (1..=16).contains(&len),
            _ => false,
        }
    }
}

/// Why a cipher could not be made; the JS side turns each into Node's error.
#[derive(Debug, PartialEq, Eq)]
pub enum NewError {
    Unknown,
    KeyLength,
    Iv,
    TagLength(usize),
}

impl NewError {
    fn code(&self) -> String {
        match self {
            NewError::Unknown => "unknown".into(),
            NewError::KeyLength => "keylen".into(),
            NewError::Iv => "iv".into(),
            NewError::TagLength(n) => format!("taglen:{n}"),
        }
    }
}

/// Why `final` failed, named after OpenSSL's reasons as Node reports them.
#[derive(Debug, PartialEq, Eq)]
pub enum FinalError {
    BadDecrypt,
    WrongFinalBlockLength,
    Authenticate,
}

impl FinalError {
    fn code(&self) -> &'static str {
        match self {
            FinalError::BadDecrypt => "bad decrypt",
            FinalError::WrongFinalBlockLength => "wrong final block length",
            FinalError::Authenticate => "auth",
        }
    }
}

/// A running cipher in one direction.
trait Running {
    fn update(&mut self, input: &[u8]) -> Vec<u8>;
    fn finish(&mut self) -> Result<Vec<u8>, FinalError>;
    /// False where padding does not apply.
    fn set_padding(&mut self, _on: bool) -> bool {
        false
    }
    /// False where there is no additional data, or data came already.
    fn set_aad(&mut self, _aad: &[u8]) -> bool {
        false
    }
    /// The expected tag of a decryption; false where there is none or it was set.
    fn set_tag(&mut self, _tag: &[u8]) -> bool {
        false
    }
    /// The tag of a finished encryption.
    fn tag(&self) -> Option<Vec<u8>> {
        None
    }
    /// Whether a tag of `len` bytes may be set; None where tags do not apply.
    fn tag_fits(&self, _len: usize) -> Option<bool> {
        None
    }
}

/// One step of a block mode over whole blocks, in either direction.
trait BlockStep {
    fn step(&mut self, blocks: &mut [Block]);
}

struct Encrypting<M>(M);
struct Decrypting<M>(M);

impl<M: BlockModeEncrypt<BlockSize = U16>> BlockStep for Encrypting<M> {
    fn step(&mut self, blocks: &mut [Block]) {
        self.0.encrypt_blocks(blocks);
    }
}

impl<M: BlockModeDecrypt<BlockSize = U16>> BlockStep for Decrypting<M> {
    fn step(&mut self, blocks: &mut [Block]) {
        self.0.decrypt_blocks(blocks);
    }
}

/// ECB and CBC: bytes are gathered into whole blocks, PKCS#7 padding unless turned off.
struct BlockMode {
    step: Box<dyn BlockStep>,
    decrypt: bool,
    padding: bool,
    pending: Vec<u8>,
}

impl BlockMode {
    fn run(&mut self, mut bytes: Vec<u8>) -> Vec<u8> {
        let (blocks, rest) = Block::slice_as_chunks_mut(&mut bytes);
        debug_assert!(rest.is_empty());
        self.step.step(blocks);
        bytes
    }
}

impl Running for BlockMode {
    fn update(&mut self, input: &[u8]) -> Vec<u8> {
        self.pending.extend_from_slice(input);
        let len = self.pending.len();
        // A decryption keeps its last whole block: it may hold the padding.
        let ready = if self.decrypt && self.padding && len > 0 {
            (len - 1) / BLOCK * BLOCK
        } else {
            len / BLOCK * BLOCK
        };
        let rest = self.pending.split_off(ready);
        let ready = std::mem::replace(&mut self.pending, rest);
        self.run(ready)
    }

    fn finish(&mut self) -> Result<Vec<u8>, FinalError> {
        let mut last = std::mem::take(&mut self.pending);
        if !self.padding {
            return if last.is_empty() {
                Ok(last)
            } else {
                Err(FinalError::WrongFinalBlockLength)
            };
        }
        if !self.decrypt {
            let pad = BLOCK - last.len();
            last.resize(BLOCK, pad as u8);
            return Ok(self.run(last));
        }
        if last.len() != BLOCK {
            return Err(FinalError::WrongFinalBlockLength);
        }
        let mut plain = self.run(last);
        let pad = plain[BLOCK - 1] as usize;
        if pad == 0 || pad > BLOCK || plain[BLOCK - pad..].iter().any(|&b| b as usize != pad) {
            return Err(FinalError::BadDecrypt);
        }
        plain.truncate(BLOCK - pad);
        Ok(plain)
    }

    fn set_padding(&mut self, on: bool) -> bool {
        self.padding = on;
        true
    }
}

/// CTR: a keystream, byte for byte.
struct Stream(Box<dyn StreamCipher>);

impl Running for Stream {
    fn update(&mut self, input: &[u8]) -> Vec<u8> {
        let mut out = input.to_vec();
        self.0.apply_keystream(&mut out);
        out
    }

    fn finish(&mut self) -> Result<Vec<u8>, FinalError> {
        Ok(Vec::new())
    }
}

/// How an AEAD closes its authenticator: the lengths block and the mask over the tag.
#[derive(Clone, Copy)]
enum Closing {
    /// GCM: bit lengths big-endian; the tag is masked with the encrypted first counter block.
    Gcm([u8; BLOCK]),
    /// RFC 8439: byte lengths little-endian, no mask.
    Poly1305,
}

/// GCM and ChaChaPoly1305: a keystream for the text and a universal hash over the additional
/// data and the ciphertext, each padded to 16 bytes, then both lengths.
struct Aead<U> {
    keystream: Box<dyn StreamCipher>,
    auth: Option<U>,
    closing: Closing,
    decrypt: bool,
    /// The additional data, hashed when the first text comes.
    aad: Option<Vec<u8>>,
    aad_len: u64,
    text_len: u64,
    /// Ciphertext that does not yet fill a hash block.
    partial: Vec<u8>,
    tag_len: usize,
    /// The tag length chosen when the cipher was made.
    fixed_tag_len: Option<usize>,
    expected: Option<Vec<u8>>,
    tag: Option<Vec<u8>>,
    spec: &'static Spec,
}

impl<U: UniversalHash<BlockSize = U16>> Aead<U> {
    fn start_text(&mut self) {
        if let (Some(aad), Some(auth)) = (self.aad.take(), self.auth.as_mut()) {
            self.aad_len = aad.len() as u64;
            auth.update_padded(&aad);
        }
    }

    fn hash_text(&mut self, ciphertext: &[u8]) {
        let Some(auth) = self.auth.as_mut() else {
            return;
        };
        self.text_len += ciphertext.len() as u64;
        self.partial.extend_from_slice(ciphertext);
        let whole = self.partial.len() / BLOCK * BLOCK;
        if whole > 0 {
            auth.update_padded(&self.partial[..whole]);
            self.partial.drain(..whole);
        }
    }

    fn close(&mut self) -> Option<Vec<u8>> {
        self.start_text();
        let mut auth = self.auth.take()?;
        auth.update_padded(&self.partial);
        let mut lengths = [0u8; BLOCK];
        match self.closing {
            Closing::Gcm(_) => {
                lengths[..8].copy_from_slice(&(self.aad_len * 8).to_be_bytes());
                lengths[8..].copy_from_slice(&(self.text_len * 8).to_be_bytes());
            }
            Closing::Poly1305 => {
                lengths[..8].copy_from_slice(&self.aad_len.to_le_bytes());
                lengths[8..].copy_from_slice(&self.text_len.to_le_bytes());
            }
        }
        auth.update_padded(&lengths);
        let mut tag = auth.finalize().to_vec();
        if let Closing::Gcm(mask) = self.closing {
            tag.iter_mut().zip(mask).for_each(|(t, m)| *t ^= m);
        }
        Some(tag)
    }
}

impl<U: UniversalHash<BlockSize = U16>> Running for Aead<U> {
    fn update(&mut self, input: &[u8]) -> Vec<u8> {
        self.start_text();
        let mut out = input.to_vec();
        if self.decrypt {
            self.hash_text(input);
            self.keystream.apply_keystream(&mut out);
        } else {
            self.keystream.apply_keystream(&mut out);
            self.hash_text(&out);
        }
        out
    }

    fn finish(&mut self) -> Result<Vec<u8>, FinalError> {
        let tag = self.close().ok_or(FinalError::Authenticate)?;
        if !self.decrypt {
            self.tag = Some(tag[..self.tag_len].to_vec());
            return Ok(Vec::new());
        }
        let expected = self.expected.as_ref().ok_or(FinalError::Authenticate)?;
        // Every byte is compared, so the time taken does not tell where a forgery went wrong.
        let differs = expected
            .iter()
            .zip(&tag)
            .fold(0u8, |acc, (a, b)| acc | (a ^ b));
        if differs == 0 {
            Ok(Vec::new())
        } else {
            Err(FinalError::Authenticate)
        }
    }

    fn set_aad(&mut self, aad: &[u8]) -> bool {
        match self.aad.as_mut() {
            Some(pending) => {
                pending.extend_from_slice(aad);
                true
            }
            None => false,
        }
    }

    fn set_tag(&mut self, tag: &[u8]) -> bool {
        if !self.decrypt || self.expected.is_some() || self.auth.is_none() {
            return false;
        }
        self.expected = Some(tag.to_vec());
        true
    }

    fn tag(&self) -> Option<Vec<u8>> {
        self.tag.clone()
    }

    fn tag_fits(&self, len: usize) -> Option<bool> {
        Some(self.spec.tag_len_ok(len) && self.fixed_tag_len.is_none_or(|f| f == len))
    }
}

impl<U> Aead<U> {
    fn new(
        spec: &'static Spec,
        keystream: Box<dyn StreamCipher>,
        auth: U,
        closing: Closing,
        decrypt: bool,
        tag_len: Option<usize>,
    ) -> Self {
        Aead {
            keystream,
            auth: Some(auth),
            closing,
            decrypt,
            aad: Some(Vec::new()),
            aad_len: 0,
            text_len: 0,
            partial: Vec::new(),
            tag_len: tag_len.unwrap_or(BLOCK),
            fixed_tag_len: tag_len,
            expected: None,
            tag: None,
            spec,
        }
    }
}

fn block_mode<C>(mode: Mode, key: &[u8], iv: &[u8], decrypt: bool) -> Box<dyn Running>
where
    C: BlockCipherEncrypt
        + cipher::BlockCipherDecrypt
        + KeyInit
        + BlockSizeUser<BlockSize = U16>
        + 'static,
{
    let step: Box<dyn BlockStep> = match (mode, decrypt) {
        (Mode::Ecb, false) => Box::new(Encrypting(
            ecb::Encryptor::<C>::new_from_slice(key).expect("key length checked"),
        )),
        (Mode::Ecb, true) => Box::new(Decrypting(
            ecb::Decryptor::<C>::new_from_slice(key).expect("key length checked"),
        )),
        (_, false) => Box::new(Encrypting(
            cbc::Encryptor::<C>::new_from_slices(key, iv).expect("lengths checked"),
        )),
        (_, true) => Box::new(Decrypting(
            cbc::Decryptor::<C>::new_from_slices(key, iv).expect("lengths checked"),
        )),
    };
    Box::new(BlockMode {
        step,
        decrypt,
        padding: true,
        pending: Vec::new(),
    })
}

fn gcm<C>(
    spec: &'static Spec,
    key: &[u8],
    iv: &[u8],
    decrypt: bool,
    tag_len: Option<usize>,
) -> Box<dyn Running>
where
    C: BlockCipherEncrypt + KeyInit + BlockSizeUser<BlockSize = U16> + 'static,
{
    let aes = C::new_from_slice(key).expect("key length checked");
    let mut hash_key = Block::default();
    aes.encrypt_block(&mut hash_key);
    // The first counter block: the IV and a counter of 1, or a hash of a longer or shorter IV.
    let mut first = Block::default();
    if iv.len() == 12 {
        first[..12].copy_from_slice(iv);
        first[15] = 1;
    } else {
        let mut hash = GHash::new(&hash_key);
        hash.update_padded(iv);
        let mut lengths = [0u8; BLOCK];
        lengths[8..].copy_from_slice(&(iv.len() as u64 * 8).to_be_bytes());
        hash.update_padded(&lengths);
        first = hash.finalize();
    }
    let mut mask = first;
    aes.encrypt_block(&mut mask);
    let mut counter = first;
    let low =
        u32::from_be_bytes([counter[12], counter[13], counter[14], counter[15]]).wrapping_add(1);
    counter[12..].copy_from_slice(&low.to_be_bytes());
    let keystream = ctr::Ctr32BE::<C>::new_from_slices(key, &counter).expect("lengths checked");
    let closing = Closing::Gcm(mask.into());
    Box::new(Aead::new(
        spec,
        Box::new(keystream),
        GHash::new(&hash_key),
        closing,
        decrypt,
        tag_len,
    ))
}

fn chacha_poly(
    spec: &'static Spec,
    key: &[u8],
    iv: &[u8],
    decrypt: bool,
    tag_len: Option<usize>,
) -> Box<dyn Running> {
    let mut keystream = ChaCha20::new_from_slices(key, iv).expect("lengths checked");
    // The first keystream block keys Poly1305; the text starts at the second.
    let mut block = [0u8; 64];
    keystream.apply_keystream(&mut block);
    let auth = Poly1305::new_from_slice(&block[..32]).expect("32-byte key");
    Box::new(Aead::new(
        spec,
        Box::new(keystream),
        auth,
        Closing::Poly1305,
        decrypt,
        tag_len,
    ))
}

fn ctr_mode<C>(key: &[u8], iv: &[u8]) -> Box<dyn Running>
where
    C: BlockCipherEncrypt + KeyInit + BlockSizeUser<BlockSize = U16> + 'static,
{
    Box::new(Stream(Box::new(
        ctr::Ctr128BE::<C>::new_from_slices(key, iv).expect("lengths checked"),
    )))
}

/// A new cipher after Node's checks, in Node's order: name, key, IV, tag length.
fn start(
    name: &str,
    decrypt: bool,
    key: &[u8],
    iv: Option<&[u8]>,
    tag_len: Option<usize>,
) -> Result<Box<dyn Running>, NewError> {
    let spec = find(name).ok_or(NewError::Unknown)?;
    if key.len() != spec.key_len {
        return Err(NewError::KeyLength);
    }
    let iv = match iv {
        Some(iv) if spec.iv_len_ok(iv.len()) => iv,
        None if spec.mode == Mode::Ecb => &[],
        _ => return Err(NewError::Iv),
    };
    if let Some(len) = tag_len
        && !spec.tag_len_ok(len)
        && matches!(spec.mode, Mode::Gcm | Mode::ChaChaPoly)
    {
        return Err(NewError::TagLength(len));
    }
    macro_rules! by_key {
        ($f:ident $(, $arg:expr)*) => {
            match spec.key_len {
                16 => $f::<Aes128>($($arg),*),
                24 => $f::<Aes192>($($arg),*),
                _ => $f::<Aes256>($($arg),*),
            }
        };
    }
    Ok(match spec.mode {
        Mode::Ecb | Mode::Cbc => by_key!(block_mode, spec.mode, key, iv, decrypt),
        Mode::Ctr => by_key!(ctr_mode, key, iv),
        Mode::Gcm => by_key!(gcm, spec, key, iv, decrypt, tag_len),
        Mode::ChaChaPoly => chacha_poly(spec, key, iv, decrypt, tag_len),
    })
}

thread_local! {
    static CIPHERS_RUNNING: Handles<Box<dyn Running>> = const { Handles::new() };
}

// ---- ops ----

fn id_arg(scope: &mut v8::PinScope, args: &v8::FunctionCallbackArguments) -> u32 {
    args.get(0).uint32_value(scope).unwrap_or(0)
}

fn bytes_or_empty<'a>(scope: &mut v8::PinScope, value: v8::Local<v8::Value>) -> &'a [u8] {
    view_bytes(scope, value).map_or(&[], |b| &*b)
}

fn set_string(scope: &mut v8::PinScope, rv: &mut v8::ReturnValue<v8::Value>, text: &str) {
    let text = v8::String::new(scope, text).expect("string");
    rv.set(text.into());
}

fn set_bytes(scope: &mut v8::PinScope, rv: &mut v8::ReturnValue<v8::Value>, bytes: Vec<u8>) {
    if let Some(array) = super::uint8_array(scope, bytes) {
        rv.set(array.into());
    }
}

/// `cipherNew(name, decrypt, key, iv | null, authTagLength?)`: the number of a new cipher, or
/// a string naming what was wrong (`unknown`, `keylen`, `iv`, `taglen:N`).
pub fn op_cipher_new(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let name = args.get(0).to_rust_string_lossy(scope);
    let decrypt = args.get(1).is_true();
    let key = bytes_or_empty(scope, args.get(2));
    let iv_arg = args.get(3);
    let iv = if iv_arg.is_null_or_undefined() {
        None
    } else {
        Some(bytes_or_empty(scope, iv_arg))
    };
    let tag_arg = args.get(4);
    let tag_len = if tag_arg.is_number() {
        tag_arg.uint32_value(scope).map(|n| n as usize)
    } else {
        None
    };
    match start(&name, decrypt, key, iv, tag_len) {
        Ok(running) => {
            let id = CIPHERS_RUNNING.with(|c| c.insert(running));
            rv.set(v8::Integer::new_from_unsigned(scope, id).into());
        }
        Err(e) => set_string(scope, &mut rv, &e.code()),
    }
}

/// `cipherUpdate(id, bytes)`: the output so far.
pub fn op_cipher_update(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    let input = bytes_or_empty(scope, args.get(1));
    if let Some(out) = CIPHERS_RUNNING.with(|c| c.with(id, |r| r.update(input))) {
        set_bytes(scope, &mut rv, out);
    }
}

/// `cipherFinal(id)`: the last output, or a string naming why it failed. The cipher stays for
/// `getAuthTag` until `cipherDrop`.
pub fn op_cipher_final(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    match CIPHERS_RUNNING.with(|c| c.with(id, |r| r.finish())) {
        Some(Ok(out)) => set_bytes(scope, &mut rv, out),
        Some(Err(e)) => set_string(scope, &mut rv, e.code()),
        None => {}
    }
}

/// `cipherSetPadding(id, on)`: false where padding does not apply.
pub fn op_cipher_set_padding(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    let on = args.get(1).is_true();
    let done = CIPHERS_RUNNING
        .with(|c| c.with(id, |r| r.set_padding(on)))
        .unwrap_or(false);
    rv.set_bool(done);
}

/// `cipherSetAad(id, bytes)`: false where there is no additional data or text came already.
pub fn op_cipher_set_aad(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    let aad = bytes_or_empty(scope, args.get(1));
    let done = CIPHERS_RUNNING
        .with(|c| c.with(id, |r| r.set_aad(aad)))
        .unwrap_or(false);
    rv.set_bool(done);
}

/// `cipherSetTag(id, bytes)`: true when taken; `taglen` for a length the cipher does not
/// allow; false in the wrong state.
pub fn op_cipher_set_tag(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    let tag = bytes_or_empty(scope, args.get(1));
    let outcome = CIPHERS_RUNNING.with(|c| {
        c.with(id, |r| {
            if r.tag_fits(tag.len()) == Some(false) {
                return Err(());
            }
            Ok(r.set_tag(tag))
        })
    });
    match outcome {
        Some(Err(())) => set_string(scope, &mut rv, "taglen"),
        Some(Ok(done)) => rv.set_bool(done),
        None => rv.set_bool(false),
    }
}

/// `cipherTag(id)`: the tag of a finished encryption, or undefined.
pub fn op_cipher_tag(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    if let Some(Some(tag)) = CIPHERS_RUNNING.with(|c| c.with(id, |r| r.tag())) {
        set_bytes(scope, &mut rv, tag);
    }
}

/// `cipherDrop(id)`: forgets a cipher.
pub fn op_cipher_drop(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    CIPHERS_RUNNING.with(|c| c.remove(id));
}

/// `cipherNames()`: what `crypto.getCiphers()` lists.
pub fn op_cipher_names(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    rv.set(super::string_array(scope, names()).into());
}

/// `cipherInfo(nameOrNid)`: `[name, mode, nid, blockSize | undefined, ivLength, keyLength]`,
/// or undefined for an unknown cipher.
pub fn op_cipher_info(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let key = args.get(0).to_rust_string_lossy(scope);
    let Some(spec) = find(&key) else {
        return;
    };
    let mode = match spec.mode {
        Mode::Ecb => "ecb",
        Mode::Cbc => "cbc",
        Mode::Ctr => "ctr",
        Mode::Gcm => "gcm",
        Mode::ChaChaPoly => "stream",
    };
    let mut items: Vec<v8::Local<v8::Value>> = vec![
        v8::String::new(scope, spec.info_name).expect("name").into(),
        v8::String::new(scope, mode).expect("mode").into(),
        v8::Integer::new_from_unsigned(scope, spec.nid).into(),
    ];
    items.push(match spec.block_size() {
        Some(n) => v8::Integer::new(scope, n as i32).into(),
        None => v8::undefined(scope).into(),
    });
    items.push(v8::Integer::new(scope, spec.iv_len() as i32).into());
    items.push(v8::Integer::new(scope, spec.key_len as i32).into());
    // Whether another IV length is allowed (GCM takes any).
    items.push(v8::Boolean::new(scope, spec.mode == Mode::Gcm).into());
    rv.set(v8::Array::new_with_elements(scope, &items).into());
}

/// `aesKeyWrap(kek, data, unwrap)`: AES key wrap (RFC 3394) of `data` under `kek`, or its
/// unwrapping; undefined when the data cannot be wrapped or fails the unwrap check.
pub fn op_aes_key_wrap(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    use aes_kw::{KeyInit, KwAes128, KwAes192, KwAes256};
    let kek = bytes_or_empty(scope, args.get(0)).to_vec();
    let data = bytes_or_empty(scope, args.get(1)).to_vec();
    let unwrap = args.get(2).is_true();
    // Whole 64-bit blocks, at least two of key data (OpenSSL refuses a single block).
    let key_blocks = (data.len() / 8).saturating_sub(usize::from(unwrap));
    if !data.len().is_multiple_of(8) || key_blocks < 2 {
        return;
    }
    let mut out = vec![0u8; data.len() + 8];
    macro_rules! run {
        ($kw:ty) => {
            <$kw>::new_from_slice(&kek).ok().and_then(|kw| {
                let done = if unwrap {
                    kw.unwrap_key(&data, &mut out)
                } else {
                    kw.wrap_key(&data, &mut out)
                };
                done.ok().map(|bytes| bytes.to_vec())
            })
        };
    }
    let result = match kek.len() {
        16 => run!(KwAes128),
        24 => run!(KwAes192),
        32 => run!(KwAes256),
        _ => None,
    };
    if let Some(bytes) = result {
        set_bytes(scope, &mut rv, bytes);
    }
}
