//! Hashes and HMACs for `node:crypto` (RustCrypto's audited implementations): a running state
//! per `Hash`/`Hmac` object, kept here by number until its digest is taken or the object is
//! collected.

use digest::common::BlockSizeUser;
use digest::{Digest, KeyInit, Mac};
use hmac::SimpleHmac;

use crate::async_op::{self, OpError, OpResult, OpValue};

use super::buffer::view_bytes;
use super::handles::Handles;

/// A running hash or HMAC.
trait Running {
    fn update(&mut self, data: &[u8]);
    fn finish(self: Box<Self>) -> Vec<u8>;
    fn copy(&self) -> Box<dyn Running>;
    /// Makes the digest `len` bytes long: only extendable-output hashes can be other than
    /// their own length.
    fn set_output_len(&mut self, len: usize) -> bool;
}

struct Plain<D>(D);

impl<D: Digest + Clone + 'static> Running for Plain<D> {
    fn update(&mut self, data: &[u8]) {
        Digest::update(&mut self.0, data);
    }
    fn finish(self: Box<Self>) -> Vec<u8> {
        self.0.finalize().to_vec()
    }
    fn copy(&self) -> Box<dyn Running> {
        Box::new(Plain(self.0.clone()))
    }
    fn set_output_len(&mut self, len: usize) -> bool {
        len == <D as Digest>::output_size()
    }
}

/// An extendable-output hash (SHAKE128, SHAKE256) read out to `len` bytes; by default half
/// its capacity, as OpenSSL gives (16 and 32 bytes).
#[derive(Clone)]
struct Xof<H> {
    hash: H,
    len: usize,
    default_len: usize,
}

impl<H: Default> Xof<H> {
    fn new(default_len: usize) -> Self {
        Xof {
            hash: H::default(),
            len: default_len,
            default_len,
        }
    }
}

impl<H: digest::Update + digest::ExtendableOutput + Clone + 'static> Running for Xof<H> {
    fn update(&mut self, data: &[u8]) {
        self.hash.update(data);
    }
    fn finish(self: Box<Self>) -> Vec<u8> {
        let mut out = vec![0; self.len];
        self.hash.finalize_xof_into(&mut out);
        out
    }
    /// A copy gives the default length again unless told otherwise, as in Node.
    fn copy(&self) -> Box<dyn Running> {
        Box::new(Xof {
            len: self.default_len,
            ..self.clone()
        })
    }
    fn set_output_len(&mut self, len: usize) -> bool {
        self.len = len;
        true
    }
}

struct Keyed<M>(M);

impl<M: Mac + Clone + 'static> Running for Keyed<M> {
    fn update(&mut self, data: &[u8]) {
        Mac::update(&mut self.0, data);
    }
    fn finish(self: Box<Self>) -> Vec<u8> {
        self.0.finalize().into_bytes().to_vec()
    }
    fn copy(&self) -> Box<dyn Running> {
        Box::new(Keyed(self.0.clone()))
    }
    fn set_output_len(&mut self, len: usize) -> bool {
        len == <M as digest::OutputSizeUser>::output_size()
    }
}

/// The algorithms, by Node's names (sorted as `crypto.getHashes()` lists them).
pub const NAMES: &[&str] = &[
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha3-224",
    "sha3-256",
    "sha3-384",
    "sha3-512",
    "sha384",
    "sha512",
    "sha512-224",
    "sha512-256",
];

/// What every supported digest type is: hashes, HMACs, RSA schemes (OID, reset) all take it.
pub(super) trait HashFn:
    Digest
    + Clone
    + BlockSizeUser
    + Sync
    + const_oid::AssociatedOid
    + digest::FixedOutputReset
    + 'static
{
}

impl<D> HashFn for D where
    D: Digest
        + Clone
        + BlockSizeUser
        + Sync
        + const_oid::AssociatedOid
        + digest::FixedOutputReset
        + 'static
{
}

/// Something to do with one digest algorithm, chosen by name at run time.
pub(super) trait WithDigest {
    type Out;
    fn run<D>(self) -> Self::Out
    where
        D: HashFn;
}

/// Runs `job` with the algorithm `name` (any letter case, OpenSSL's `RSA-` prefix allowed);
/// none for an algorithm that is not supported.
pub(super) fn with_digest<J: WithDigest>(name: &str, job: J) -> Option<J::Out> {
    let lower = name.to_ascii_lowercase();
    let base = lower.strip_prefix("rsa-").unwrap_or(&lower);
    Some(match base {
        "md5" => job.run::<md5::Md5>(),
        "sha1" => job.run::<sha1::Sha1>(),
        "sha224" => job.run::<sha2::Sha224>(),
        "sha256" => job.run::<sha2::Sha256>(),
        "sha384" => job.run::<sha2::Sha384>(),
        "sha512" => job.run::<sha2::Sha512>(),
        "sha512-224" => job.run::<sha2::Sha512_224>(),
        "sha512-256" => job.run::<sha2::Sha512_256>(),
        "sha3-224" => job.run::<sha3::Sha3_224>(),
        "sha3-256" => job.run::<sha3::Sha3_256>(),
        "sha3-384" => job.run::<sha3::Sha3_384>(),
        "sha3-512" => job.run::<sha3::Sha3_512>(),
        _ => return None,
    })
}

/// A new hash (no key) or HMAC (with a key).
struct Start<'a>(Option<&'a [u8]>);

impl WithDigest for Start<'_> {
    type Out = Box<dyn Running>;
    fn run<D>(self) -> Box<dyn Running>
    where
        D: HashFn,
    {
        match self.0 {
            None => Box::new(Plain(D::new())),
            Some(key) => Box::new(Keyed(
                SimpleHmac::<D>::new_from_slice(key).expect("HMAC takes keys of any length"),
            )),
        }
    }
}

fn start(name: &str, key: Option<&[u8]>) -> Option<Box<dyn Running>> {
    // SHAKE hashes, not for HMAC (which OpenSSL does not do over them either).
    match (name.to_ascii_lowercase().as_str(), key) {
        ("shake128", None) => Some(Box::new(Xof::<shake::Shake128>::new(16))),
        ("shake256", None) => Some(Box::new(Xof::<shake::Shake256>::new(32))),
        _ => with_digest(name, Start(key)),
    }
}

/// PBKDF2 with HMAC of the digest.
struct Pbkdf2 {
    password: Vec<u8>,
    salt: Vec<u8>,
    rounds: u32,
    length: usize,
}

impl WithDigest for Pbkdf2 {
    type Out = Vec<u8>;
    fn run<D>(self) -> Vec<u8>
    where
        D: HashFn,
    {
        let mut out = vec![0u8; self.length];
        pbkdf2::pbkdf2::<SimpleHmac<D>>(&self.password, &self.salt, self.rounds, &mut out)
            .expect("HMAC takes keys of any length");
        out
    }
}

/// HKDF (extract and expand) with HMAC of the digest; none if the length is too long.
struct Hkdf {
    key: Vec<u8>,
    salt: Vec<u8>,
    info: Vec<u8>,
    length: usize,
}

impl WithDigest for Hkdf {
    type Out = Option<Vec<u8>>;
    fn run<D>(self) -> Option<Vec<u8>>
    where
        D: HashFn,
    {
        let mut out = vec![0u8; self.length];
        hkdf::SimpleHkdf::<D>::new(Some(&self.salt), &self.key)
            .expand(&self.info, &mut out)
            .ok()?;
        Some(out)
    }
}

thread_local! {
    static STATES: Handles<Box<dyn Running>> = const { Handles::new() };
}

fn keep(state: Box<dyn Running>) -> u32 {
    STATES.with(|s| s.insert(state))
}

fn id_arg(scope: &mut v8::PinScope, args: &v8::FunctionCallbackArguments) -> u32 {
    args.get(0).uint32_value(scope).unwrap_or(0)
}

/// `hashNew(name, key?)`: the number of a new running hash (HMAC with a key), or undefined
/// for an algorithm that is not supported.
pub fn op_hash_new(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let name = args.get(0).to_rust_string_lossy(scope);
    let key_arg = args.get(1);
    let key = if key_arg.is_undefined() {
        None
    } else {
        match view_bytes(scope, key_arg) {
            Some(bytes) => Some(bytes.to_vec()),
            None => {
                super::throw_type_error(scope, "hashNew: the key must be a typed array");
                return;
            }
        }
    };
    if let Some(state) = start(&name, key.as_deref()) {
        rv.set(v8::Integer::new_from_unsigned(scope, keep(state)).into());
    }
}

/// `hashUpdate(id, bytes)`
pub fn op_hash_update(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    let Some(bytes) = view_bytes(scope, args.get(1)) else {
        super::throw_type_error(scope, "hashUpdate: expected a typed array");
        return;
    };
    STATES.with(|s| s.with(id, |state| state.update(bytes)));
}

/// `hashDigest(id)`: the digest as a Uint8Array; the state is gone after.
pub fn op_hash_digest(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    let Some(state) = STATES.with(|s| s.remove(id)) else {
        return;
    };
    if let Some(array) = super::uint8_array(scope, state.finish()) {
        rv.set(array.into());
    }
}

/// `hashSetLength(id, length)`: whether the hash can give a digest of `length` bytes (then it
/// will).
pub fn op_hash_set_length(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    let len = args.get(1).uint32_value(scope).unwrap_or(0) as usize;
    let done = STATES.with(|s| s.with(id, |state| state.set_output_len(len)));
    rv.set(v8::Boolean::new(scope, done.unwrap_or(false)).into());
}

/// `hashCopy(id)`: the number of a copy of a running hash.
pub fn op_hash_copy(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    let copy = STATES.with(|s| s.with(id, |state| state.copy()));
    if let Some(copy) = copy {
        rv.set(v8::Integer::new_from_unsigned(scope, keep(copy)).into());
    }
}

/// `hashDrop(id)`: forgets a state whose object was collected before its digest.
pub fn op_hash_drop(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    STATES.with(|s| s.remove(id));
}

/// `hashNames()`: the supported algorithms.
pub fn op_hash_names(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    rv.set(super::string_array(scope, NAMES.iter().copied()).into());
}

fn bytes_arg(scope: &mut v8::PinScope, args: &v8::FunctionCallbackArguments, i: i32) -> Vec<u8> {
    view_bytes(scope, args.get(i))
        .map(|b| b.to_vec())
        .unwrap_or_default()
}

fn u32_arg(scope: &mut v8::PinScope, args: &v8::FunctionCallbackArguments, i: i32) -> u32 {
    args.get(i).uint32_value(scope).unwrap_or(0)
}

/// Runs `work` now and returns its bytes, or with a callback (argument `callback_at`) on the
/// blocking pool, as Node runs key derivation on its thread pool.
pub(super) fn derive(
    scope: &mut v8::PinScope,
    args: &v8::FunctionCallbackArguments,
    callback_at: i32,
    mut rv: v8::ReturnValue<v8::Value>,
    work: impl FnOnce() -> OpResult + Send + 'static,
) {
    let callback = args.get(callback_at);
    if callback.is_function() {
        let ret = async_op::spawn_blocking(scope, callback, work);
        rv.set(ret);
        return;
    }
    match work() {
        Ok(value) => rv.set(value.into_js(scope)),
        Err(e) => {
            let error = e.to_js(scope);
            scope.throw_exception(error);
        }
    }
}

/// A failure the JS side checked for beforehand; kept as an error, never a panic.
fn unsupported(what: &str) -> OpError {
    OpError {
        code: "ERR_CRYPTO_INVALID_DIGEST",
        errno: 0,
        syscall: "",
        path: None,
        dest: None,
        description: what.to_string(),
    }
}

/// `pbkdf2(password, salt, iterations, keylen, digest, callback?)`
pub fn op_pbkdf2(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    rv: v8::ReturnValue<v8::Value>,
) {
    let job = Pbkdf2 {
        password: bytes_arg(scope, &args, 0),
        salt: bytes_arg(scope, &args, 1),
        rounds: u32_arg(scope, &args, 2),
        length: u32_arg(scope, &args, 3) as usize,
    };
    let digest = args.get(4).to_rust_string_lossy(scope);
    derive(scope, &args, 5, rv, move || {
        with_digest(&digest, job)
            .map(OpValue::Bytes)
            .ok_or_else(|| unsupported(&digest))
    });
}

/// `hkdf(digest, key, salt, info, keylen, callback?)`: undefined if keylen is too long.
pub fn op_hkdf(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    rv: v8::ReturnValue<v8::Value>,
) {
    let digest = args.get(0).to_rust_string_lossy(scope);
    let job = Hkdf {
        key: bytes_arg(scope, &args, 1),
        salt: bytes_arg(scope, &args, 2),
        info: bytes_arg(scope, &args, 3),
        length: u32_arg(scope, &args, 4) as usize,
    };
    derive(scope, &args, 5, rv, move || {
        match with_digest(&digest, job) {
            Some(Some(bytes)) => Ok(OpValue::Bytes(bytes)),
            Some(None) => Ok(OpValue::Undefined),
            None => Err(unsupported(&digest)),
        }
    });
}

/// `scrypt(password, salt, keylen, logN, r, p, callback?)`
pub fn op_scrypt(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    rv: v8::ReturnValue<v8::Value>,
) {
    let password = bytes_arg(scope, &args, 0);
    let salt = bytes_arg(scope, &args, 1);
    let length = u32_arg(scope, &args, 2) as usize;
    let log_n = u32_arg(scope, &args, 3).min(63) as u8;
    let r = u32_arg(scope, &args, 4);
    let p = u32_arg(scope, &args, 5);
    derive(scope, &args, 6, rv, move || {
        let params =
            scrypt::Params::new(log_n, r, p).map_err(|_| unsupported("Invalid scrypt params"))?;
        let mut out = vec![0u8; length];
        if length > 0 {
            scrypt::scrypt(&password, &salt, &params, &mut out)
                .map_err(|_| unsupported("Invalid scrypt params"))?;
        }
        Ok(OpValue::Bytes(out))
    });
}
