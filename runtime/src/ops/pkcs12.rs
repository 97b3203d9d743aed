//! PKCS#12 (`pfx` in tls options): the private key, its certificate chain and the other
//! certificates a file holds, read with its passphrase.

use p12_keystore::{KeyStore, KeyStoreEntry, Pkcs12ImportPolicy};

use crate::async_op::OpValue;

/// `pkcs12Read(bytes, passphrase)`: `[keyPkcs8 | undefined, chainDer[], otherCertsDer[]]` (the
/// key's chain, leaf first, then the file's certificates that are not in it), or
/// why it could not be read: `mac` (the passphrase does not open it), `unsupported` (a scheme
/// this reader does not have), `data` (not PKCS#12 at all).
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
