//! Hashes and HMACs for `node:crypto` (RustCrypto's audited implementations): a running state
//! per `Hash`/`Hmac` object, kept here by number until its digest is taken or the object is
//! collected.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use digest::{Digest, KeyInit, Mac};
use hmac::SimpleHmac;

use super::buffer::view_bytes;

/// A running hash or HMAC.
trait Running {
    fn update(&mut self, data: &[u8]);
    fn finish(self: Box<Self>) -> Vec<u8>;
    fn copy(&self) -> Box<dyn Running>;
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

/// A new hash (no key) or HMAC (with `key`) for `name`, in any letter case, `RSA-` prefix
/// allowed as OpenSSL allows it.
fn start(name: &str, key: Option<&[u8]>) -> Option<Box<dyn Running>> {
    fn make<D>(key: Option<&[u8]>) -> Box<dyn Running>
    where
        D: Digest + Clone + digest::common::BlockSizeUser + 'static,
    {
        match key {
            None => Box::new(Plain(D::new())),
            Some(key) => Box::new(Keyed(
                SimpleHmac::<D>::new_from_slice(key).expect("HMAC takes keys of any length"),
            )),
        }
    }
    let lower = name.to_ascii_lowercase();
    let base = lower.strip_prefix("rsa-").unwrap_or(&lower);
    Some(match base {
        "md5" => make::<md5::Md5>(key),
        "sha1" => make::<sha1::Sha1>(key),
        "sha224" => make::<sha2::Sha224>(key),
        "sha256" => make::<sha2::Sha256>(key),
        "sha384" => make::<sha2::Sha384>(key),
        "sha512" => make::<sha2::Sha512>(key),
        "sha512-224" => make::<sha2::Sha512_224>(key),
        "sha512-256" => make::<sha2::Sha512_256>(key),
        "sha3-224" => make::<sha3::Sha3_224>(key),
        "sha3-256" => make::<sha3::Sha3_256>(key),
        "sha3-384" => make::<sha3::Sha3_384>(key),
        "sha3-512" => make::<sha3::Sha3_512>(key),
        _ => return None,
    })
}

thread_local! {
    static STATES: RefCell<HashMap<u32, Box<dyn Running>>> = RefCell::new(HashMap::new());
    static NEXT: Cell<u32> = const { Cell::new(1) };
}

fn keep(state: Box<dyn Running>) -> u32 {
    let id = NEXT.get();
    NEXT.set(id.wrapping_add(1).max(1));
    STATES.with_borrow_mut(|s| s.insert(id, state));
    id
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
    STATES.with_borrow_mut(|s| {
        if let Some(state) = s.get_mut(&id) {
            state.update(bytes);
        }
    });
}

/// `hashDigest(id)`: the digest as a Uint8Array; the state is gone after.
pub fn op_hash_digest(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    let Some(state) = STATES.with_borrow_mut(|s| s.remove(&id)) else {
        return;
    };
    if let Some(array) = super::uint8_array(scope, state.finish()) {
        rv.set(array.into());
    }
}

/// `hashCopy(id)`: the number of a copy of a running hash.
pub fn op_hash_copy(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    let copy = STATES.with_borrow(|s| s.get(&id).map(|state| state.copy()));
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
    STATES.with_borrow_mut(|s| s.remove(&id));
}

/// `hashNames()`: the supported algorithms.
pub fn op_hash_names(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let names: Vec<v8::Local<v8::Value>> = NAMES
        .iter()
        .map(|n| v8::String::new(scope, n).expect("name").into())
        .collect();
    rv.set(v8::Array::new_with_elements(scope, &names).into());
}
