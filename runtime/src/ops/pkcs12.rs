//! PKCS#12 (`pfx` in tls options): the private key, its certificate chain and the other
//! certificates a file holds, read with its passphrase.

use der::asn1::ObjectIdentifier;
use p12_keystore::{KeyStore, KeyStoreEntry, Pkcs12ImportPolicy};

use crate::async_op::OpValue;

/// `pkcs12Read(bytes, passphrase)`: `[keyPkcs8 | undefined, chainDer[], otherCertsDer[]]` (the
/// key's chain, leaf first, then the file's certificates that are not in it), or
/// why it could not be read: `mac` (the passphrase does not open it), `unsupported` (a scheme
/// this reader does not have, or one of OpenSSL's legacy ones), `data` (not PKCS#12 at all).
pub fn op_pkcs12_read(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(bytes) = super::buffer::view_bytes(scope, args.get(0)) else {
        super::throw_type_error(scope, "pkcs12Read: bytes must be an ArrayBufferView");
        return;
    };
    let passphrase = if args.get(1).is_string() {
        args.get(1).to_rust_string_lossy(scope)
    } else {
        String::new()
    };
    let value = match KeyStore::from_pkcs12(bytes, &passphrase, Pkcs12ImportPolicy::Relaxed) {
        Ok(_) if uses_legacy_scheme(bytes, 0) => OpValue::String("unsupported".into()),
        Ok(store) => {
            let mut key = OpValue::Undefined;
            let mut chain = Vec::new();
            let mut others = Vec::new();
            for (_, entry) in store.entries() {
                match entry {
                    KeyStoreEntry::PrivateKeyChain(found) if matches!(key, OpValue::Undefined) => {
                        key = OpValue::Bytes(found.key().as_der().to_vec());
                        chain = found
                            .certs()
                            .iter()
                            .map(|c| OpValue::Bytes(c.as_der().to_vec()))
                            .collect();
                    }
                    KeyStoreEntry::Certificate(cert) => {
                        others.push(OpValue::Bytes(cert.as_der().to_vec()));
                    }
                    _ => {}
                }
            }
            OpValue::Array(vec![key, OpValue::Array(chain), OpValue::Array(others)])
        }
        Err(p12_keystore::error::Error::MacError(_)) => OpValue::String("mac".into()),
        Err(
            p12_keystore::error::Error::UnsupportedEncryptionScheme
            | p12_keystore::error::Error::UnsupportedMacAlgorithm
            | p12_keystore::error::Error::UnsupportedContentType,
        ) => OpValue::String("unsupported".into()),
        Err(_) => OpValue::String("data".into()),
    };
    rv.set(value.into_js(scope));
}

/// Encryption schemes OpenSSL 3 keeps in its legacy provider, which Node does not load: it
/// refuses PKCS#12 files that use one of them, and so does this reader.
const LEGACY_SCHEMES: [ObjectIdentifier; 12] = [
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.12.1.1"), // pbeWithSHAAnd128BitRC4
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.12.1.2"), // pbeWithSHAAnd40BitRC4
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.12.1.5"), // pbeWithSHAAnd128BitRC2-CBC
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.12.1.6"), // pbeWithSHAAnd40BitRC2-CBC
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.5.1"),    // pbeWithMD2AndDES-CBC
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.5.3"),    // pbeWithMD5AndDES-CBC
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.5.4"),    // pbeWithMD2AndRC2-CBC
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.5.6"),    // pbeWithMD5AndRC2-CBC
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.5.10"),   // pbeWithSHA1AndDES-CBC
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.5.11"),   // pbeWithSHA1AndRC2-CBC
    ObjectIdentifier::new_unwrap("1.2.840.113549.3.2"),      // rc2-cbc, inside PBES2
    ObjectIdentifier::new_unwrap("1.3.14.3.2.7"),            // des-cbc, inside PBES2
];

/// How deep the walk goes: a shrouded key bag's algorithm sits more than a dozen levels down
/// (PFX, authenticated safe, content info, safe contents, bag, encrypted key info); the bound
/// keeps a hostile file's nesting from exhausting the stack.
const MAX_DEPTH: u8 = 24;

/// Whether the DER in `bytes` names a legacy scheme anywhere: in its structures, and in octet
/// strings that hold DER themselves (the safe contents); encrypted bytes do not parse and are
/// passed over.
fn uses_legacy_scheme(bytes: &[u8], depth: u8) -> bool {
    use der::{Reader, Tagged};
    if depth > MAX_DEPTH {
        return false;
    }
    let Ok(mut reader) = der::SliceReader::new(bytes) else {
        return false;
    };
    let mut values = Vec::new();
    while !reader.is_finished() {
        match reader.decode::<der::asn1::AnyRef>() {
            Ok(value) => values.push(value),
            Err(_) => return false,
        }
    }
    values.iter().any(|value| match value.tag() {
        der::Tag::ObjectIdentifier => LEGACY_SCHEMES
            .iter()
            .any(|oid| oid.as_bytes() == value.value()),
        der::Tag::OctetString => uses_legacy_scheme(value.value(), depth + 1),
        tag if tag.is_constructed() => uses_legacy_scheme(value.value(), depth + 1),
        _ => false,
    })
}
