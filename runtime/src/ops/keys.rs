//! Asymmetric keys for `node:crypto`: reading and writing PEM, DER (PKCS#8, SPKI, PKCS#1,
//! SEC1) and JWK, key pair generation, signatures and RSA encryption, on RustCrypto's `rsa`,
//! its elliptic-curve crates (`p256`, `p384`, `p521`, `k256`) and `ed25519-dalek`. A key goes to and from JS as canonical DER: PKCS#8 for a
//! private key, SPKI for a public one, so a KeyObject holds no native state.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use der::pem::LineEnding;
use digest::Digest;
use ed25519_dalek::{Signer, Verifier};
use p256::elliptic_curve::Generate;
use p256::elliptic_curve::sec1::ToSec1Point;
use pkcs8::{DecodePrivateKey, EncodePrivateKey};
use rand_core::UnwrapErr;
use rsa::pkcs1::{
    DecodeRsaPrivateKey, DecodeRsaPublicKey, EncodeRsaPrivateKey, EncodeRsaPublicKey,
};
use rsa::traits::PublicKeyParts;
use rsa::{PrivateKey as RsaPrivateKey, PublicKey as RsaPublicKey};
use spki::{DecodePublicKey, EncodePublicKey};
use sysrng::SysRng;

use crate::async_op::{OpError, OpResult, OpValue};

use super::buffer::view_bytes;
use super::crypto::{WithDigest, derive, with_digest};
use super::key_encryption;

/// Why a key operation failed; the JS side gives each Node's error.
#[derive(Debug)]
pub enum KeyError {
    /// Input that no decoder takes (OpenSSL: `DECODER routines::unsupported`).
    Unsupported,
    /// A JWK without what its kind needs.
    Jwk(&'static str),
    /// An operation the key's type does not have.
    WrongKeyType,
    /// An encoding the key's type does not have.
    Encoding(&'static str),
    Digest,
    /// A failure inside the algorithm (a message too long for the key, a bad ciphertext).
    Failed(String),
    /// An encrypted key without a passphrase (PEM and DER fail differently in Node).
    PassphraseRequired {
        pem: bool,
    },
    /// The passphrase does not open the key.
    BadDecrypt,
    /// A cipher nobody knows, or one that cannot encrypt a key.
    UnknownCipher,
    CipherParameter,
}

impl KeyError {
    fn code(&self) -> String {
        match self {
            KeyError::Unsupported => "unsupported".into(),
            KeyError::Jwk(what) => format!("jwk:{what}"),
            KeyError::WrongKeyType => "keytype".into(),
            KeyError::Encoding(what) => format!("encoding:{what}"),
            KeyError::Digest => "digest".into(),
            KeyError::Failed(why) => format!("failed:{why}"),
            KeyError::PassphraseRequired { pem: true } => "passphrase:pem".into(),
            KeyError::PassphraseRequired { pem: false } => "passphrase:der".into(),
            KeyError::BadDecrypt => "baddecrypt".into(),
            KeyError::UnknownCipher => "cipher:unknown".into(),
            KeyError::CipherParameter => "cipher:parameter".into(),
        }
    }
}

type KeyResult<T> = Result<T, KeyError>;

fn unsupported<E>(_: E) -> KeyError {
    KeyError::Unsupported
}

fn failed(e: impl std::fmt::Display) -> KeyError {
    KeyError::Failed(e.to_string())
}

pub enum Private {
    Rsa(RsaPrivateKey),
    P256(p256::SecretKey),
    P384(p384::SecretKey),
    K256(k256::SecretKey),
    P521(p521::SecretKey),
    Ed25519(ed25519_dalek::SigningKey),
}

pub enum Public {
    Rsa(RsaPublicKey),
    P256(p256::PublicKey),
    P384(p384::PublicKey),
    K256(k256::PublicKey),
    P521(p521::PublicKey),
    Ed25519(ed25519_dalek::VerifyingKey),
}

/// Every elliptic curve, once: its variant in `Private` and `Public`, its crate, its name in
/// OpenSSL (what `asymmetricKeyDetails.namedCurve` gives) and in JWK. Calls `$then` with the
/// rows, a `;`, and `$extra`.
macro_rules! curves {
    ($then:ident $($extra:tt)*) => {
        $then! {
            P256 p256 "prime256v1" "P-256",
            P384 p384 "secp384r1" "P-384",
            K256 k256 "secp256k1" "secp256k1",
            P521 p521 "secp521r1" "P-521";
            $($extra)*
        }
    };
}

/// `match $key` (a `Private` or a `Public`, named by `$kind`) where a key on a curve gives
/// `$body` with `$k` the key and `$c` its curve's crate; `$rest` are the other arms.
macro_rules! on_curve {
    ($kind:ident, $key:expr, |$k:pat_param, $c:ident| $body:expr; $($rest:tt)*) => {
        curves!(on_curve_arms $kind, $key, $k, $c, $body; $($rest)*)
    };
}

macro_rules! on_curve_arms {
    ($($variant:ident $krate:ident $openssl:literal $jwk:literal),*;
     $kind:ident, $key:expr, $k:pat_param, $c:ident, $body:expr; $($rest:tt)*) => {
        match $key {
            $($kind::$variant($k) => {
                #[allow(unused_imports)]
                use $krate as $c;
                $body
            })*
            $($rest)*
        }
    };
}

/// `match $name` (a curve by OpenSSL's name) where each curve gives `$body` with `$c` its
/// crate; `$rest` are the other arms.
macro_rules! by_curve {
    ($name:expr, |$c:ident| $body:expr; $($rest:tt)*) => {
        curves!(by_curve_arms $name, $c, $body; $($rest)*)
    };
}

macro_rules! by_curve_arms {
    ($($variant:ident $krate:ident $openssl:literal $jwk:literal),*;
     $name:expr, $c:ident, $body:expr; $($rest:tt)*) => {
        match $name {
            $($openssl => {
                use $krate as $c;
                $body
            })*
            $($rest)*
        }
    };
}

/// What each curve's keys have in common: conversions into `Private`/`Public`, readers that
/// try every curve, the curve's names.
macro_rules! curve_keys {
    ($($variant:ident $krate:ident $openssl:literal $jwk:literal),*;) => {
        $(
            impl From<$krate::SecretKey> for Private {
                fn from(key: $krate::SecretKey) -> Self {
                    Private::$variant(key)
                }
            }

            impl From<$krate::PublicKey> for Public {
                fn from(key: $krate::PublicKey) -> Self {
                    Public::$variant(key)
                }
            }

            impl<'a> TryFrom<&'a Public> for &'a $krate::PublicKey {
                type Error = KeyError;
                fn try_from(key: &'a Public) -> KeyResult<Self> {
                    match key {
                        Public::$variant(key) => Ok(key),
                        _ => Err(KeyError::WrongKeyType),
                    }
                }
            }
        )*

        /// A private key on any curve from PKCS#8 or SEC1 DER.
        fn ec_private_from_der(der: &[u8], sec1: bool) -> Option<Private> {
            $(
                let key = if sec1 {
                    $krate::SecretKey::from_sec1_der(der).ok()
                } else {
                    $krate::SecretKey::from_pkcs8_der(der).ok()
                };
                if let Some(key) = key {
                    return Some(key.into());
                }
            )*
            None
        }

        /// A public key on any curve from SPKI DER.
        fn ec_public_from_spki(der: &[u8]) -> Option<Public> {
            $(
                if let Ok(key) = $krate::PublicKey::from_public_key_der(der) {
                    return Some(key.into());
                }
            )*
            None
        }

        /// A key's curve by OpenSSL's name and JWK's.
        fn curve_names(key: &Public) -> Option<(&'static str, &'static str)> {
            match key {
                $(Public::$variant(_) => Some(($openssl, $jwk)),)*
                _ => None,
            }
        }

        /// A curve named as Node accepts it, by OpenSSL's name.
        fn curve_of(name: &str) -> Option<&'static str> {
            #[allow(unreachable_patterns)]
            match name {
                "secp256r1" => Some("prime256v1"),
                $($openssl | $jwk => Some($openssl),)*
                _ => None,
            }
        }

        /// A curve named by JWK's `crv`, by OpenSSL's name.
        fn curve_of_jwk(crv: &str) -> Option<&'static str> {
            match crv {
                $($jwk => Some($openssl),)*
                _ => None,
            }
        }
    };
}

curves!(curve_keys);

impl Private {
    fn from_pkcs8(der: &[u8]) -> KeyResult<Private> {
        if let Ok(k) = RsaPrivateKey::from_pkcs8_der(der) {
            return Ok(Private::Rsa(k));
        }
        if let Some(k) = ec_private_from_der(der, false) {
            return Ok(k);
        }
        ed25519_dalek::SigningKey::from_pkcs8_der(der)
            .map(Private::Ed25519)
            .map_err(unsupported)
    }

    fn from_sec1(der: &[u8]) -> KeyResult<Private> {
        ec_private_from_der(der, true).ok_or(KeyError::Unsupported)
    }

    fn pkcs8(&self) -> KeyResult<Vec<u8>> {
        let doc = on_curve! { Private, self, |k, _c| k.to_pkcs8_der();
            Private::Rsa(k) => k.to_pkcs8_der(),
            // Without the public key (PKCS#8 v1), as OpenSSL writes it.
            Private::Ed25519(k) => ed25519_dalek::pkcs8::KeypairBytes {
                secret_key: k.to_bytes(),
                public_key: None,
            }
            .to_pkcs8_der(),
        };
        doc.map(|d| d.as_bytes().to_vec()).map_err(failed)
    }

    fn public(&self) -> Public {
        on_curve! { Private, self, |k, _c| k.public_key().into();
            Private::Rsa(k) => Public::Rsa(k.to_public_key()),
            Private::Ed25519(k) => Public::Ed25519(k.verifying_key()),
        }
    }
}

impl Public {
    fn from_spki(der: &[u8]) -> KeyResult<Public> {
        if let Ok(k) = RsaPublicKey::from_public_key_der(der) {
            return Ok(Public::Rsa(k));
        }
        if let Some(k) = ec_public_from_spki(der) {
            return Ok(k);
        }
        ed25519_dalek::VerifyingKey::from_public_key_der(der)
            .map(Public::Ed25519)
            .map_err(unsupported)
    }

    fn spki(&self) -> KeyResult<Vec<u8>> {
        let doc = on_curve! { Public, self, |k, _c| k.to_public_key_der();
            Public::Rsa(k) => k.to_public_key_der(),
            Public::Ed25519(k) => k.to_public_key_der(),
        };
        doc.map(|d| d.as_bytes().to_vec()).map_err(failed)
    }

    fn type_name(&self) -> &'static str {
        on_curve! { Public, self, |_, _c| "ec";
            Public::Rsa(_) => "rsa",
            Public::Ed25519(_) => "ed25519",
        }
    }
}

/// A key read from what the user gave: a private key, or a public one (which is all a
/// certificate-less public input can be).
enum Parsed {
    Private(Private),
    Public(Public),
}

/// Reads a PEM document of any of the labels OpenSSL writes for keys.
fn from_pem(text: &[u8], passphrase: Option<&[u8]>) -> KeyResult<Parsed> {
    // Text before the armour (comments, a certificate's description) is allowed, as in OpenSSL.
    let start = find(text, b"-----BEGIN ").ok_or(KeyError::Unsupported)?;
    let armoured = String::from_utf8_lossy(&text[start..]);
    if let Some((label, der)) = key_encryption::decrypt_legacy_pem(&armoured, passphrase)? {
        return from_pem_block(&label, &der);
    }
    let (label, der) = der::pem::decode_vec(&text[start..]).map_err(unsupported)?;
    if label == "ENCRYPTED PRIVATE KEY" {
        let der =
            key_encryption::decrypt_pkcs8(&der, passphrase, true)?.ok_or(KeyError::Unsupported)?;
        return from_pem_block("PRIVATE KEY", &der);
    }
    from_pem_block(label, &der)
}

/// The key in a PEM block of `label`.
fn from_pem_block(label: &str, der: &[u8]) -> KeyResult<Parsed> {
    match label {
        "PRIVATE KEY" => Private::from_pkcs8(der).map(Parsed::Private),
        "RSA PRIVATE KEY" => RsaPrivateKey::from_pkcs1_der(der)
            .map(|k| Parsed::Private(Private::Rsa(k)))
            .map_err(unsupported),
        "EC PRIVATE KEY" => Private::from_sec1(der).map(Parsed::Private),
        "PUBLIC KEY" => Public::from_spki(der).map(Parsed::Public),
        "RSA PUBLIC KEY" => RsaPublicKey::from_pkcs1_der(der)
            .map(|k| Parsed::Public(Public::Rsa(k)))
            .map_err(unsupported),
        _ => Err(KeyError::Unsupported),
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Reads DER of the named structure (`pkcs1`, `pkcs8`, `sec1`, `spki`); encrypted PKCS#8 with
/// a passphrase.
fn from_der(
    der: &[u8],
    structure: &str,
    private: bool,
    passphrase: Option<&[u8]>,
) -> KeyResult<Parsed> {
    if (structure, private) == ("pkcs8", true)
        && let Some(plain) = key_encryption::decrypt_pkcs8(der, passphrase, false)?
    {
        return Private::from_pkcs8(&plain).map(Parsed::Private);
    }
    match (structure, private) {
        ("pkcs8", true) => Private::from_pkcs8(der).map(Parsed::Private),
        ("sec1", true) => Private::from_sec1(der).map(Parsed::Private),
        ("pkcs1", true) => RsaPrivateKey::from_pkcs1_der(der)
            .map(|k| Parsed::Private(Private::Rsa(k)))
            .map_err(unsupported),
        ("spki", false) => Public::from_spki(der).map(Parsed::Public),
        ("pkcs1", false) => RsaPublicKey::from_pkcs1_der(der)
            .map(|k| Parsed::Public(Public::Rsa(k)))
            .map_err(unsupported),
        _ => Err(KeyError::Unsupported),
    }
}

fn jwk_bytes(jwk: &serde_json::Value, field: &'static str) -> KeyResult<Vec<u8>> {
    let text = jwk
        .get(field)
        .and_then(|v| v.as_str())
        .ok_or(KeyError::Jwk(field))?;
    URL_SAFE_NO_PAD
        .decode(text.trim_end_matches('='))
        .map_err(|_| KeyError::Jwk(field))
}

/// Reads a JWK (RSA, EC on P-256/P-384, OKP Ed25519); private when it has `d`.
fn from_jwk(json: &str) -> KeyResult<Parsed> {
    let jwk: serde_json::Value = serde_json::from_str(json).map_err(|_| KeyError::Jwk("kty"))?;
    let private = jwk.get("d").is_some();
    match jwk.get("kty").and_then(|v| v.as_str()) {
        Some("RSA") => {
            let int = |field| -> KeyResult<rsa::BoxedUint> {
                let bytes = jwk_bytes(&jwk, field)?;
                let bits = (bytes.len() as u32 * 8).max(64);
                rsa::BoxedUint::from_be_slice(&bytes, bits).map_err(|_| KeyError::Jwk(field))
            };
            if private {
                let key = RsaPrivateKey::from_components(
                    int("n")?,
                    int("e")?,
                    int("d")?,
                    vec![int("p")?, int("q")?],
                )
                .map_err(|_| KeyError::Jwk("d"))?;
                Ok(Parsed::Private(Private::Rsa(key)))
            } else {
                let key =
                    RsaPublicKey::new(int("n")?, int("e")?).map_err(|_| KeyError::Jwk("n"))?;
                Ok(Parsed::Public(Public::Rsa(key)))
            }
        }
        Some("EC") => {
            let crv = jwk.get("crv").and_then(|v| v.as_str()).unwrap_or("");
            let curve = curve_of_jwk(crv).ok_or(KeyError::Jwk("crv"))?;
            if private {
                let d = jwk_bytes(&jwk, "d")?;
                let key = by_curve! { curve, |c| c::SecretKey::from_slice(&d).ok().map(Private::from);
                    _ => None,
                };
                return key.map(Parsed::Private).ok_or(KeyError::Jwk("d"));
            }
            let mut point = vec![4u8];
            point.extend(jwk_bytes(&jwk, "x")?);
            point.extend(jwk_bytes(&jwk, "y")?);
            public_from_point(curve, &point)
                .map(Parsed::Public)
                .ok_or(KeyError::Jwk("x"))
        }
        Some("OKP") => {
            if jwk.get("crv").and_then(|v| v.as_str()) != Some("Ed25519") {
                return Err(KeyError::Jwk("crv"));
            }
            if private {
                let d: [u8; 32] = jwk_bytes(&jwk, "d")?
                    .try_into()
                    .map_err(|_| KeyError::Jwk("d"))?;
                return Ok(Parsed::Private(Private::Ed25519(
                    ed25519_dalek::SigningKey::from_bytes(&d),
                )));
            }
            let x: [u8; 32] = jwk_bytes(&jwk, "x")?
                .try_into()
                .map_err(|_| KeyError::Jwk("x"))?;
            ed25519_dalek::VerifyingKey::from_bytes(&x)
                .map(|k| Parsed::Public(Public::Ed25519(k)))
                .map_err(|_| KeyError::Jwk("x"))
        }
        _ => Err(KeyError::Jwk("kty")),
    }
}

/// The JWK members of a key, in the order Node writes them.
fn to_jwk(key: &Parsed) -> KeyResult<Vec<(&'static str, String)>> {
    let b64 = |bytes: &[u8]| URL_SAFE_NO_PAD.encode(bytes);
    let ec = |point: &[u8], crv: &str, d: Option<&[u8]>| {
        let half = (point.len() - 1) / 2;
        let mut out = vec![
            ("kty", "EC".to_string()),
            ("x", b64(&point[1..1 + half])),
            ("y", b64(&point[1 + half..])),
            ("crv", crv.to_string()),
        ];
        if let Some(d) = d {
            out.push(("d", b64(d)));
        }
        out
    };
    Ok(match key {
        Parsed::Private(Private::Rsa(k)) => {
            let der = k.to_pkcs1_der().map_err(failed)?;
            let parts = rsa::pkcs1::RsaPrivateKey::<der::asn1::UintRef>::try_from(der.as_bytes())
                .map_err(failed)?;
            vec![
                ("kty", "RSA".to_string()),
                ("n", b64(parts.modulus.as_bytes())),
                ("e", b64(parts.public_exponent.as_bytes())),
                ("d", b64(parts.private_exponent.as_bytes())),
                ("p", b64(parts.prime1.as_bytes())),
                ("q", b64(parts.prime2.as_bytes())),
                ("dp", b64(parts.exponent1.as_bytes())),
                ("dq", b64(parts.exponent2.as_bytes())),
                ("qi", b64(parts.coefficient.as_bytes())),
            ]
        }
        Parsed::Public(Public::Rsa(k)) => vec![
            ("kty", "RSA".to_string()),
            ("n", b64(&k.n().to_be_bytes_trimmed_vartime())),
            ("e", b64(&k.e().to_be_bytes_trimmed_vartime())),
        ],
        Parsed::Private(Private::Ed25519(k)) => vec![
            ("crv", "Ed25519".to_string()),
            ("d", b64(&k.to_bytes())),
            ("x", b64(k.verifying_key().as_bytes())),
            ("kty", "OKP".to_string()),
        ],
        Parsed::Public(Public::Ed25519(k)) => vec![
            ("crv", "Ed25519".to_string()),
            ("x", b64(k.as_bytes())),
            ("kty", "OKP".to_string()),
        ],
        Parsed::Private(k) => {
            let public = k.public();
            let (_, crv) = curve_names(&public).ok_or(KeyError::WrongKeyType)?;
            let d = on_curve! { Private, k, |k, _c| k.to_bytes().to_vec();
                _ => return Err(KeyError::WrongKeyType),
            };
            ec(&raw_public(&Parsed::Public(public))?, crv, Some(&d))
        }
        Parsed::Public(k) => {
            let (_, crv) = curve_names(k).ok_or(KeyError::WrongKeyType)?;
            ec(&raw_public(key)?, crv, None)
        }
    })
}

/// A public key from its raw form (Web Crypto's `raw`): an uncompressed or compressed point
/// on the named curve, or Ed25519's 32 bytes.
fn from_raw_public(curve: &str, bytes: &[u8]) -> KeyResult<Parsed> {
    let public = if curve == "Ed25519" {
        let bytes: [u8; 32] = bytes.try_into().map_err(unsupported)?;
        Public::Ed25519(ed25519_dalek::VerifyingKey::from_bytes(&bytes).map_err(unsupported)?)
    } else {
        let curve = curve_of_jwk(curve).ok_or(KeyError::Unsupported)?;
        public_from_point(curve, bytes).ok_or(KeyError::Unsupported)?
    };
    Ok(Parsed::Public(public))
}

/// A public key on the curve (by OpenSSL's name) from its SEC1 point, compressed or not.
fn public_from_point(curve: &str, point: &[u8]) -> Option<Public> {
    by_curve! { curve, |c| c::PublicKey::from_sec1_bytes(point).ok().map(Public::from);
        _ => None,
    }
}

/// A public key's raw form: the uncompressed point, or Ed25519's 32 bytes.
fn raw_public(key: &Parsed) -> KeyResult<Vec<u8>> {
    let Parsed::Public(key) = key else {
        return Err(KeyError::Encoding("raw"));
    };
    on_curve! { Public, key, |k, _c| Ok(k.to_sec1_point(false).as_bytes().to_vec());
        Public::Ed25519(k) => Ok(k.as_bytes().to_vec()),
        Public::Rsa(_) => Err(KeyError::Encoding("raw")),
    }
}

/// ECDH: the shared secret of a private key and a public key on the same curve.
fn shared_secret(private: &Private, public: &Public) -> KeyResult<Vec<u8>> {
    on_curve! { Private, private, |s, c| {
            let p: &c::PublicKey = public.try_into()?;
            Ok(c::ecdh::diffie_hellman(s.to_nonzero_scalar(), p.as_affine())
                .raw_secret_bytes()
                .to_vec())
        };
        _ => Err(KeyError::WrongKeyType),
    }
}

/// A key as `format` (`pem` or `der`) of `structure`; PEM text comes back as its bytes.
/// A private key's passphrase protection on export: the cipher and the passphrase.
struct Protection {
    cipher: key_encryption::KeyCipher,
    passphrase: Vec<u8>,
}

fn export(
    key: &Parsed,
    format: &str,
    structure: &str,
    protection: Option<&Protection>,
) -> KeyResult<(Vec<u8>, &'static str)> {
    if format == "raw" {
        return raw_public(key).map(|bytes| (bytes, "der"));
    }
    let (der, label): (Vec<u8>, &'static str) = match (key, structure) {
        (Parsed::Private(k), "pkcs8") => (k.pkcs8()?, "PRIVATE KEY"),
        (Parsed::Private(Private::Rsa(k)), "pkcs1") => (
            k.to_pkcs1_der().map_err(failed)?.as_bytes().to_vec(),
            "RSA PRIVATE KEY",
        ),
        (Parsed::Private(k), "sec1") => on_curve! { Private, k, |k, _c| {
                (k.to_sec1_der().map_err(failed)?.to_vec(), "EC PRIVATE KEY")
            };
            _ => return Err(KeyError::Encoding("sec1")),
        },
        (Parsed::Public(k), "spki") => (k.spki()?, "PUBLIC KEY"),
        (Parsed::Public(Public::Rsa(k)), "pkcs1") => (
            k.to_pkcs1_der().map_err(failed)?.as_bytes().to_vec(),
            "RSA PUBLIC KEY",
        ),
        (_, "pkcs1") => return Err(KeyError::Encoding("pkcs1")),
        (_, "sec1") => return Err(KeyError::Encoding("sec1")),
        _ => return Err(KeyError::Encoding("type")),
    };
    let (der, label) = match protection {
        Some(p) if structure == "pkcs8" => (
            key_encryption::encrypt_pkcs8(&der, p.cipher, &p.passphrase)?,
            "ENCRYPTED PRIVATE KEY",
        ),
        // PKCS#1 and SEC1 are encrypted in the PEM armour itself.
        Some(p) => {
            let text = key_encryption::encrypt_legacy_pem(label, &der, p.cipher, &p.passphrase);
            return Ok((text.into_bytes(), "pem"));
        }
        None => (der, label),
    };
    if format == "pem" {
        let text = der::pem::encode_string(label, LineEnding::LF, &der).map_err(failed)?;
        return Ok((text.into_bytes(), "pem"));
    }
    Ok((der, "der"))
}

fn canonical(key: &Parsed) -> KeyResult<(&'static str, &'static str, Vec<u8>)> {
    Ok(match key {
        Parsed::Private(k) => ("private", k.public().type_name(), k.pkcs8()?),
        Parsed::Public(k) => ("public", k.type_name(), k.spki()?),
    })
}

fn from_canonical(der: &[u8], private: bool) -> KeyResult<Parsed> {
    if private {
        Private::from_pkcs8(der).map(Parsed::Private)
    } else {
        Public::from_spki(der).map(Parsed::Public)
    }
}

/// A new key pair: `[pkcs8, spki]`.
fn generate(
    kind: &str,
    modulus_bits: usize,
    exponent: u64,
    curve: &str,
) -> KeyResult<(Vec<u8>, Vec<u8>)> {
    let mut rng = UnwrapErr(SysRng);
    let private = match kind {
        "rsa" => {
            let e = rsa::BoxedUint::from(exponent);
            Private::Rsa(RsaPrivateKey::new_with_exp(&mut rng, modulus_bits, e).map_err(failed)?)
        }
        "ec" => {
            let curve = curve_of(curve).ok_or(KeyError::Encoding("curve"))?;
            by_curve! { curve, |c| c::SecretKey::generate_from_rng(&mut rng).into();
                _ => return Err(KeyError::Encoding("curve")),
            }
        }
        "ed25519" => Private::Ed25519(ed25519_dalek::SigningKey::generate(&mut rng)),
        _ => return Err(KeyError::WrongKeyType),
    };
    Ok((private.pkcs8()?, private.public().spki()?))
}

// Node's constants for the padding and PSS salt-length options.
const RSA_PKCS1_PSS_PADDING: i32 = 6;
const RSA_PSS_SALTLEN_DIGEST: i32 = -1;
const RSA_PSS_SALTLEN_MAX: i32 = -2;

/// What a signature does with the message's digest, run with the digest type itself (RSA
/// schemes are typed by it).
enum SigStep<'a> {
    Digest,
    RsaSign(&'a RsaPrivateKey, i32, i32),
    RsaVerify(&'a RsaPublicKey, i32, i32, &'a [u8]),
}

struct SigJob<'a> {
    message: &'a [u8],
    step: SigStep<'a>,
}

/// The outcome of a SigJob: a digest or signature, or a verdict.
enum SigOut {
    Bytes(Vec<u8>),
    Verdict(bool),
}

impl WithDigest for SigJob<'_> {
    type Out = KeyResult<SigOut>;
    fn run<D>(self) -> Self::Out
    where
        D: Digest
            + Clone
            + digest::common::BlockSizeUser
            + Sync
            + const_oid::AssociatedOid
            + digest::FixedOutputReset
            + 'static,
    {
        let hashed = D::digest(self.message);
        let size = <D as Digest>::output_size();
        match self.step {
            SigStep::Digest => Ok(SigOut::Bytes(hashed.to_vec())),
            SigStep::RsaSign(key, RSA_PKCS1_PSS_PADDING, salt) => {
                let salt = pss_salt(salt, key.n().bit_width() as usize, size, true).unwrap_or(size);
                let pss = rsa::Pss::<D>::new_with_salt(salt);
                key.sign_with_rng(&mut SysRng, pss, &hashed)
                    .map(SigOut::Bytes)
                    .map_err(failed)
            }
            SigStep::RsaSign(key, _, _) => key
                .sign(rsa::Pkcs1v15Sign::new::<D>(), &hashed)
                .map(SigOut::Bytes)
                .map_err(failed),
            SigStep::RsaVerify(key, RSA_PKCS1_PSS_PADDING, salt, signature) => {
                let mut pss = rsa::Pss::<D>::new();
                pss.salt_len = pss_salt(salt, key.n().bit_width() as usize, size, false);
                Ok(SigOut::Verdict(key.verify(pss, &hashed, signature).is_ok()))
            }
            SigStep::RsaVerify(key, _, _, signature) => Ok(SigOut::Verdict(
                key.verify(rsa::Pkcs1v15Sign::new::<D>(), &hashed, signature)
                    .is_ok(),
            )),
        }
    }
}

/// Runs a signature step with the digest `name` (SHA-256 when none is named, as OpenSSL's
/// default for RSA and EC keys).
fn with_sig_digest(name: &str, message: &[u8], step: SigStep) -> KeyResult<SigOut> {
    let name = if name.is_empty() { "sha256" } else { name };
    with_digest(name, SigJob { message, step }).ok_or(KeyError::Digest)?
}

fn digest_of(name: &str, message: &[u8]) -> KeyResult<Vec<u8>> {
    match with_sig_digest(name, message, SigStep::Digest)? {
        SigOut::Bytes(bytes) => Ok(bytes),
        SigOut::Verdict(_) => Err(KeyError::Digest),
    }
}

/// The PSS salt length Node's option asks for, against a key of `key_bytes` bytes.
fn pss_salt(option: i32, key_bits: usize, hash_len: usize, signing: bool) -> Option<usize> {
    let max = (key_bits - 1).div_ceil(8).saturating_sub(hash_len + 2);
    match option {
        RSA_PSS_SALTLEN_DIGEST => Some(hash_len),
        RSA_PSS_SALTLEN_MAX if signing => Some(max),
        RSA_PSS_SALTLEN_MAX => None,
        n if n >= 0 => Some(n as usize),
        _ => None,
    }
}

struct SignOptions<'a> {
    digest: &'a str,
    padding: i32,
    salt: i32,
    p1363: bool,
}

/// ECDSA over a prehashed digest on one curve's crate; DER or IEEE P1363 (r || s) form.
macro_rules! ecdsa_sign {
    ($curve:ident, $key:expr, $digest:expr, $p1363:expr) => {{
        use $curve::ecdsa::signature::hazmat::PrehashSigner;
        let sig: $curve::ecdsa::Signature = $curve::ecdsa::SigningKey::from($key)
            .sign_prehash($digest)
            .map_err(failed)?;
        if $p1363 {
            sig.to_bytes().to_vec()
        } else {
            sig.to_der().as_bytes().to_vec()
        }
    }};
}

macro_rules! ecdsa_verify {
    ($curve:ident, $key:expr, $digest:expr, $signature:expr, $p1363:expr) => {{
        use $curve::ecdsa::signature::hazmat::PrehashVerifier;
        let sig = if $p1363 {
            $curve::ecdsa::Signature::from_slice($signature).ok()
        } else {
            $curve::ecdsa::Signature::from_der($signature).ok()
        };
        let key = $curve::ecdsa::VerifyingKey::from($key);
        let digest: &[u8] = $digest;
        sig.is_some_and(|s| key.verify_prehash(digest, &s).is_ok())
    }};
}

fn sign(key: &Private, message: &[u8], o: &SignOptions) -> KeyResult<Vec<u8>> {
    on_curve! { Private, key, |k, c| Ok(ecdsa_sign!(c, k, &digest_of(o.digest, message)?, o.p1363));
        Private::Ed25519(k) => Ok(k.sign(message).to_bytes().to_vec()),
        Private::Rsa(k) => {
            match with_sig_digest(o.digest, message, SigStep::RsaSign(k, o.padding, o.salt))? {
                SigOut::Bytes(signature) => Ok(signature),
                SigOut::Verdict(_) => Err(KeyError::Digest),
            }
        }
    }
}

/// Whether a certificate's `signature` over `message` (its to-be-signed part) verifies with the
/// SubjectPublicKeyInfo `spki`, under the certificate's signature algorithm `oid`: RSA with
/// PKCS#1 v1.5, ECDSA, Ed25519. Other algorithms do not verify.
pub fn verify_certificate_signature(
    spki: &[u8],
    oid: &str,
    message: &[u8],
    signature: &[u8],
) -> bool {
    // The algorithm's key type and digest; Ed25519 signs the message itself.
    let (kind, digest) = match oid {
        "1.2.840.113549.1.1.5" => ("rsa", "sha1"),
        "1.2.840.113549.1.1.14" => ("rsa", "sha224"),
        "1.2.840.113549.1.1.11" => ("rsa", "sha256"),
        "1.2.840.113549.1.1.12" => ("rsa", "sha384"),
        "1.2.840.113549.1.1.13" => ("rsa", "sha512"),
        "1.2.840.10045.4.1" => ("ec", "sha1"),
        "1.2.840.10045.4.3.1" => ("ec", "sha224"),
        "1.2.840.10045.4.3.2" => ("ec", "sha256"),
        "1.2.840.10045.4.3.3" => ("ec", "sha384"),
        "1.2.840.10045.4.3.4" => ("ec", "sha512"),
        "1.3.101.112" => ("ed25519", ""),
        _ => return false,
    };
    // A key of another type never verifies, whatever the bytes.
    let Ok(key) = Public::from_spki(spki) else {
        return false;
    };
    if key.type_name() != kind {
        return false;
    }
    let options = SignOptions {
        digest,
        padding: RSA_PKCS1_PADDING,
        salt: RSA_PSS_SALTLEN_DIGEST,
        p1363: false,
    };
    verify(&key, message, signature, &options).unwrap_or(false)
}

fn verify(key: &Public, message: &[u8], signature: &[u8], o: &SignOptions) -> KeyResult<bool> {
    Ok(on_curve! { Public, key, |k, c| {
            ecdsa_verify!(c, k, &digest_of(o.digest, message)?, signature, o.p1363)
        };
        Public::Ed25519(k) => ed25519_dalek::Signature::from_slice(signature)
            .is_ok_and(|sig| k.verify(message, &sig).is_ok()),
        Public::Rsa(k) => {
            let step = SigStep::RsaVerify(k, o.padding, o.salt, signature);
            matches!(
                with_sig_digest(o.digest, message, step)?,
                SigOut::Verdict(true)
            )
        }
    })
}

// Node's RSA encryption paddings.
const RSA_PKCS1_PADDING: i32 = 1;

/// RSA encryption with the public key, or decryption with the private one.
fn rsa_crypt(
    key: &Parsed,
    decrypt: bool,
    padding: i32,
    oaep_hash: &str,
    label: Option<Vec<u8>>,
    data: &[u8],
) -> KeyResult<Vec<u8>> {
    struct Run<'a> {
        key: &'a Parsed,
        decrypt: bool,
        label: Option<Vec<u8>>,
        data: &'a [u8],
    }
    impl WithDigest for Run<'_> {
        type Out = KeyResult<Vec<u8>>;
        fn run<D>(self) -> Self::Out
        where
            D: Digest
                + Clone
                + digest::common::BlockSizeUser
                + Sync
                + const_oid::AssociatedOid
                + digest::FixedOutputReset
                + 'static,
        {
            let oaep = match self.label {
                Some(label) if !label.is_empty() => rsa::Oaep::<D>::new_with_label(label),
                _ => rsa::Oaep::<D>::new(),
            };
            crypt_with(self.key, self.decrypt, oaep, self.data)
        }
    }
    if padding == RSA_PKCS1_PADDING {
        return crypt_with(key, decrypt, rsa::Pkcs1v15Encrypt, data);
    }
    with_digest(
        oaep_hash,
        Run {
            key,
            decrypt,
            label,
            data,
        },
    )
    .ok_or(KeyError::Digest)?
}

fn crypt_with<S: rsa::traits::PaddingScheme>(
    key: &Parsed,
    decrypt: bool,
    scheme: S,
    data: &[u8],
) -> KeyResult<Vec<u8>> {
    match (key, decrypt) {
        (Parsed::Private(Private::Rsa(k)), true) => k.decrypt(scheme, data).map_err(failed),
        (Parsed::Private(Private::Rsa(k)), false) => k
            .to_public_key()
            .encrypt(&mut SysRng, scheme, data)
            .map_err(failed),
        (Parsed::Public(Public::Rsa(k)), false) => {
            k.encrypt(&mut SysRng, scheme, data).map_err(failed)
        }
        _ => Err(KeyError::WrongKeyType),
    }
}

// ---- ops ----

fn arg_bytes<'a>(
    scope: &mut v8::PinScope,
    args: &v8::FunctionCallbackArguments,
    i: i32,
) -> &'a [u8] {
    view_bytes(scope, args.get(i)).map_or(&[], |b| &*b)
}

fn arg_string(scope: &mut v8::PinScope, args: &v8::FunctionCallbackArguments, i: i32) -> String {
    let value = args.get(i);
    if value.is_string() {
        value.to_rust_string_lossy(scope)
    } else {
        String::new()
    }
}

fn arg_i32(scope: &mut v8::PinScope, args: &v8::FunctionCallbackArguments, i: i32) -> i32 {
    args.get(i).int32_value(scope).unwrap_or(0)
}

fn to_js<'s>(scope: &mut v8::PinScope<'s, '_>, value: OpValue) -> v8::Local<'s, v8::Value> {
    value.into_js(scope)
}

fn set_result(
    scope: &mut v8::PinScope,
    rv: &mut v8::ReturnValue<v8::Value>,
    result: KeyResult<OpValue>,
) {
    let value = match result {
        Ok(value) => value,
        Err(e) => OpValue::String(e.code()),
    };
    let value = to_js(scope, value);
    rv.set(value);
}

fn described(key: &Parsed) -> KeyResult<OpValue> {
    let (kind, name, der) = canonical(key)?;
    Ok(OpValue::Array(vec![
        OpValue::String(kind.into()),
        OpValue::String(name.into()),
        OpValue::Bytes(der),
    ]))
}

/// `keyImport(wantPrivate, format, structure, data)`: `[kind, type, der]` (canonical DER), or a
/// string naming the failure. A private key asked for as public gives its public half.
pub fn op_key_import(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let want_private = args.get(0).is_true();
    let format = arg_string(scope, &args, 1);
    let structure = arg_string(scope, &args, 2);
    let passphrase = view_bytes(scope, args.get(4)).map(|b| b.to_vec());
    let parsed = match format.as_str() {
        "jwk" => from_jwk(&arg_string(scope, &args, 3)),
        "raw" => from_raw_public(&structure, arg_bytes(scope, &args, 3)),
        "der" => {
            let data = arg_bytes(scope, &args, 3);
            // A public key may be read from a private key's DER too.
            from_der(data, &structure, want_private, passphrase.as_deref()).or_else(|e| {
                if want_private {
                    Err(e)
                } else {
                    from_der(data, &structure, true, passphrase.as_deref())
                }
            })
        }
        _ => from_pem(arg_bytes(scope, &args, 3), passphrase.as_deref()),
    };
    let result = parsed.and_then(|parsed| match (parsed, want_private) {
        (Parsed::Public(_), true) => Err(KeyError::Unsupported),
        (Parsed::Private(k), false) => described(&Parsed::Public(k.public())),
        (parsed, _) => described(&parsed),
    });
    set_result(scope, &mut rv, result);
}

/// `keyExport(der, isPrivate, format, structure)`: PEM text or DER bytes.
pub fn op_key_export(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let der = arg_bytes(scope, &args, 0);
    let private = args.get(1).is_true();
    let format = arg_string(scope, &args, 2);
    let structure = arg_string(scope, &args, 3);
    let protection = if args.get(4).is_string() {
        let cipher = key_encryption::KeyCipher::named(&arg_string(scope, &args, 4));
        let passphrase = view_bytes(scope, args.get(5))
            .map(|b| b.to_vec())
            .unwrap_or_default();
        Some(cipher.map(|cipher| Protection { cipher, passphrase }))
    } else {
        None
    };
    let result = protection
        .transpose()
        .and_then(|protection| {
            from_canonical(der, private)
                .and_then(|key| export(&key, &format, &structure, protection.as_ref()))
        })
        .map(|(bytes, form)| match form {
            "pem" => OpValue::String(String::from_utf8(bytes).unwrap_or_default()),
            _ => OpValue::Bytes(bytes),
        });
    set_result(scope, &mut rv, result);
}

/// `keyJwk(der, isPrivate)`: `[name, value, name, value, ...]` in Node's member order.
pub fn op_key_jwk(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let der = arg_bytes(scope, &args, 0);
    let private = args.get(1).is_true();
    let result = from_canonical(der, private)
        .and_then(|key| to_jwk(&key))
        .map(|members| {
            OpValue::Array(
                members
                    .into_iter()
                    .flat_map(|(k, v)| [OpValue::String(k.into()), OpValue::String(v)])
                    .collect(),
            )
        });
    set_result(scope, &mut rv, result);
}

/// `keyPublic(pkcs8)`: the SPKI DER of a private key's public half.
pub fn op_key_public(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let der = arg_bytes(scope, &args, 0);
    let result = Private::from_pkcs8(der)
        .and_then(|k| k.public().spki())
        .map(OpValue::Bytes);
    set_result(scope, &mut rv, result);
}

/// `keyDetails(der, isPrivate)`: `[modulusLength, publicExponentBytes]` for RSA,
/// `[namedCurve]` for EC, `[]` otherwise.
pub fn op_key_details(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let der = arg_bytes(scope, &args, 0);
    let private = args.get(1).is_true();
    let result = from_canonical(der, private).map(|key| {
        let public = match key {
            Parsed::Private(k) => k.public(),
            Parsed::Public(k) => k,
        };
        OpValue::Array(match public {
            Public::Rsa(k) => vec![
                OpValue::Number(k.n().bit_width() as f64),
                OpValue::Bytes(k.e().to_be_bytes_trimmed_vartime().to_vec()),
            ],
            Public::Ed25519(_) => vec![],
            ec => curve_names(&ec)
                .map(|(name, _)| vec![OpValue::String(name.into())])
                .unwrap_or_default(),
        })
    });
    set_result(scope, &mut rv, result);
}

/// `keyGenerate(type, modulusLength, publicExponent, namedCurve, callback?)`: `[pkcs8, spki]`,
/// made on the blocking pool when a callback is given.
pub fn op_key_generate(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    rv: v8::ReturnValue<v8::Value>,
) {
    let kind = arg_string(scope, &args, 0);
    let bits = args.get(1).uint32_value(scope).unwrap_or(2048) as usize;
    let exponent = args.get(2).number_value(scope).unwrap_or(65537.0) as u64;
    let curve = arg_string(scope, &args, 3);
    derive(scope, &args, 4, rv, move || -> OpResult {
        generate(&kind, bits, exponent, &curve)
            .map(|(private, public)| {
                OpValue::Array(vec![OpValue::Bytes(private), OpValue::Bytes(public)])
            })
            .map_err(|e| OpError {
                code: "ERR_CRYPTO_OPERATION_FAILED",
                errno: 0,
                syscall: "",
                path: None,
                dest: None,
                description: e.code(),
            })
    });
}

/// `keySign(pkcs8, digest, data, padding, saltLength, p1363)`: the signature.
pub fn op_key_sign(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let der = arg_bytes(scope, &args, 0);
    let digest = arg_string(scope, &args, 1);
    let data = arg_bytes(scope, &args, 2);
    let options = SignOptions {
        digest: &digest,
        padding: arg_i32(scope, &args, 3),
        salt: arg_i32(scope, &args, 4),
        p1363: args.get(5).is_true(),
    };
    let result = Private::from_pkcs8(der)
        .and_then(|key| sign(&key, data, &options))
        .map(OpValue::Bytes);
    set_result(scope, &mut rv, result);
}

/// `keyVerify(der, isPrivate, digest, data, signature, padding, saltLength, p1363)`.
pub fn op_key_verify(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let der = arg_bytes(scope, &args, 0);
    let private = args.get(1).is_true();
    let digest = arg_string(scope, &args, 2);
    let data = arg_bytes(scope, &args, 3);
    let signature = arg_bytes(scope, &args, 4);
    let options = SignOptions {
        digest: &digest,
        padding: arg_i32(scope, &args, 5),
        salt: arg_i32(scope, &args, 6),
        p1363: args.get(7).is_true(),
    };
    let result = from_canonical(der, private)
        .map(|key| match key {
            Parsed::Private(k) => k.public(),
            Parsed::Public(k) => k,
        })
        .and_then(|key| verify(&key, data, signature, &options))
        .map(OpValue::Bool);
    set_result(scope, &mut rv, result);
}

/// `keyCrypt(der, isPrivate, decrypt, padding, oaepHash, label, data)`: RSA encryption
/// (with either key) or decryption (with the private key).
pub fn op_key_crypt(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let der = arg_bytes(scope, &args, 0);
    let private = args.get(1).is_true();
    let decrypt = args.get(2).is_true();
    let padding = arg_i32(scope, &args, 3);
    let hash = arg_string(scope, &args, 4);
    let label = view_bytes(scope, args.get(5)).map(|b| b.to_vec());
    let data = arg_bytes(scope, &args, 6);
    let result = from_canonical(der, private)
        .and_then(|key| rsa_crypt(&key, decrypt, padding, &hash, label, data))
        .map(OpValue::Bytes);
    set_result(scope, &mut rv, result);
}

/// `keyDerive(pkcs8, spki)`: the ECDH shared secret.
pub fn op_key_derive(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let private = arg_bytes(scope, &args, 0);
    let public = arg_bytes(scope, &args, 1);
    let result = Private::from_pkcs8(private)
        .and_then(|private| Ok((private, Public::from_spki(public)?)))
        .and_then(|(private, public)| shared_secret(&private, &public))
        .map(OpValue::Bytes);
    set_result(scope, &mut rv, result);
}

/// `ecPrivate(curve, scalar?)`: a private key on the curve from its scalar (a new one when
/// none): `[pkcs8, uncompressedPoint]`, or `keytype` for a scalar the curve refuses.
pub fn op_ec_private(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let curve = arg_string(scope, &args, 0);
    let scalar = view_bytes(scope, args.get(1)).map(|b| b.to_vec());
    let mut rng = UnwrapErr(SysRng);
    let private = match curve_of(&curve) {
        Some(curve) => by_curve! { curve, |c| match &scalar {
                Some(s) => c::SecretKey::from_slice(s)
                    .map(Private::from)
                    .map_err(|_| KeyError::WrongKeyType),
                None => Ok(c::SecretKey::generate_from_rng(&mut rng).into()),
            };
            _ => Err(KeyError::Encoding("curve")),
        },
        None => Err(KeyError::Encoding("curve")),
    };
    let result = private.and_then(|k| {
        let point = raw_public(&Parsed::Public(k.public()))?;
        Ok(OpValue::Array(vec![
            OpValue::Bytes(k.pkcs8()?),
            OpValue::Bytes(point),
        ]))
    });
    set_result(scope, &mut rv, result);
}

/// `ecPoint(curve, point, compressed)`: a point re-encoded (compressed or not), or undefined
/// when it is not on the curve.
pub fn op_ec_point(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let curve = arg_string(scope, &args, 0);
    let point = arg_bytes(scope, &args, 1);
    let compressed = args.get(2).is_true();
    let encoded = curve_of(&curve)
        .and_then(|curve| public_from_point(curve, point))
        .and_then(|key| {
            on_curve! { Public, &key, |k, _c| Some(k.to_sec1_point(compressed).as_bytes().to_vec());
                _ => None,
            }
        });
    if let Some(bytes) = encoded {
        set_result(scope, &mut rv, Ok(OpValue::Bytes(bytes)));
    }
}
