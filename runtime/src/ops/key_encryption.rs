//! Passphrase-protected private keys, as OpenSSL reads and writes them: PKCS#8
//! `ENCRYPTED PRIVATE KEY` (PBES2: PBKDF2 with HMAC-SHA256 and an AES-CBC cipher when
//! writing) and the older PEM encryption of PKCS#1 and SEC1 keys (`Proc-Type: 4,ENCRYPTED`,
//! `DEK-Info`, the key from the passphrase by MD5 as EVP_BytesToKey does).

use base64::Engine;
use cbc::cipher::{BlockModeDecrypt, BlockModeEncrypt, KeyIvInit, block_padding::Pkcs7};
use der::{Decode, Encode};
use md5::{Digest, Md5};

use super::keys::KeyError;

/// OpenSSL's iteration count and salt length for PBKDF2 when it encrypts a PKCS#8 key.
const PBKDF2_ROUNDS: u32 = 2048;
const SALT_LEN: usize = 8;

/// The CBC ciphers a key can be encrypted with, by OpenSSL's name.
#[derive(Clone, Copy)]
pub enum KeyCipher {
    Aes128,
    Aes192,
    Aes256,
    DesEde3,
}

impl KeyCipher {
    /// The cipher called `name` (any case), or what is wrong with the name.
    pub fn named(name: &str) -> Result<KeyCipher, KeyError> {
        match name.to_ascii_lowercase().as_str() {
            "aes-128-cbc" | "aes128" => Ok(KeyCipher::Aes128),
            "aes-192-cbc" | "aes192" => Ok(KeyCipher::Aes192),
            "aes-256-cbc" | "aes256" => Ok(KeyCipher::Aes256),
            "des-ede3-cbc" | "des3" => Ok(KeyCipher::DesEde3),
            // Ciphers that exist but cannot protect a key this way.
            name if super::cipher::is_known_cipher(name) => Err(KeyError::CipherParameter),
            _ => Err(KeyError::UnknownCipher),
        }
    }

    fn key_len(self) -> usize {
        match self {
            KeyCipher::Aes128 => 16,
            KeyCipher::Aes192 | KeyCipher::DesEde3 => 24,
            KeyCipher::Aes256 => 32,
        }
    }

    fn iv_len(self) -> usize {
        match self {
            KeyCipher::DesEde3 => 8,
            _ => 16,
        }
    }

    fn dek_name(self) -> &'static str {
        match self {
            KeyCipher::Aes128 => "AES-128-CBC",
            KeyCipher::Aes192 => "AES-192-CBC",
            KeyCipher::Aes256 => "AES-256-CBC",
            KeyCipher::DesEde3 => "DES-EDE3-CBC",
        }
    }

    fn from_dek_name(name: &str) -> Option<KeyCipher> {
        [
            KeyCipher::Aes128,
            KeyCipher::Aes192,
            KeyCipher::Aes256,
            KeyCipher::DesEde3,
        ]
        .into_iter()
        .find(|c| c.dek_name().eq_ignore_ascii_case(name))
    }

    fn encrypt(self, key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
        fn run<C: KeyIvInit + BlockModeEncrypt>(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
            C::new_from_slices(key, iv)
                .map(|c| c.encrypt_padded_vec::<Pkcs7>(data))
                .unwrap_or_default()
        }
        match self {
            KeyCipher::Aes128 => run::<cbc::Encryptor<aes::Aes128>>(key, iv, data),
            KeyCipher::Aes192 => run::<cbc::Encryptor<aes::Aes192>>(key, iv, data),
            KeyCipher::Aes256 => run::<cbc::Encryptor<aes::Aes256>>(key, iv, data),
            KeyCipher::DesEde3 => run::<cbc::Encryptor<des::TdesEde3>>(key, iv, data),
        }
    }

    fn decrypt(self, key: &[u8], iv: &[u8], data: &[u8]) -> Option<Vec<u8>> {
        fn run<C: KeyIvInit + BlockModeDecrypt>(
            key: &[u8],
            iv: &[u8],
            data: &[u8],
        ) -> Option<Vec<u8>> {
            C::new_from_slices(key, iv)
                .ok()?
                .decrypt_padded_vec::<Pkcs7>(data)
                .ok()
        }
        match self {
            KeyCipher::Aes128 => run::<cbc::Decryptor<aes::Aes128>>(key, iv, data),
            KeyCipher::Aes192 => run::<cbc::Decryptor<aes::Aes192>>(key, iv, data),
            KeyCipher::Aes256 => run::<cbc::Decryptor<aes::Aes256>>(key, iv, data),
            KeyCipher::DesEde3 => run::<cbc::Decryptor<des::TdesEde3>>(key, iv, data),
        }
    }
}

fn random_bytes(len: usize) -> Vec<u8> {
    let mut bytes = vec![0u8; len];
    let _ = getrandom::fill(&mut bytes);
    bytes
}

/// A PKCS#8 private key encrypted under `passphrase` (EncryptedPrivateKeyInfo DER).
pub fn encrypt_pkcs8(
    pkcs8: &[u8],
    cipher: KeyCipher,
    passphrase: &[u8],
) -> Result<Vec<u8>, KeyError> {
    let salt = random_bytes(SALT_LEN);
    let iv = random_bytes(cipher.iv_len());
    let failed = |e: pkcs5::Error| KeyError::Failed(e.to_string());
    let kdf = pkcs5::pbes2::Pbkdf2Params::hmac_sha256(PBKDF2_ROUNDS, &salt).map_err(failed)?;
    let encryption = match cipher {
        KeyCipher::DesEde3 => pkcs5::pbes2::EncryptionScheme::DesEde3Cbc {
            iv: iv.clone().try_into().unwrap_or_default(),
        },
        _ => {
            let iv: [u8; 16] = iv.clone().try_into().unwrap_or_default();
            match cipher {
                KeyCipher::Aes128 => pkcs5::pbes2::EncryptionScheme::Aes128Cbc { iv },
                KeyCipher::Aes192 => pkcs5::pbes2::EncryptionScheme::Aes192Cbc { iv },
                _ => pkcs5::pbes2::EncryptionScheme::Aes256Cbc { iv },
            }
        }
    };
    let params = pkcs5::pbes2::Parameters {
        kdf: kdf.into(),
        encryption,
    };
    let scheme = pkcs5::EncryptionScheme::from(params);
    let encrypted = scheme.encrypt(passphrase, pkcs8).map_err(failed)?;
    let info = pkcs8::EncryptedPrivateKeyInfoRef {
        encryption_algorithm: scheme,
        encrypted_data: der::asn1::OctetStringRef::new(&encrypted)
            .map_err(|e| KeyError::Failed(e.to_string()))?,
    };
    info.to_der().map_err(|e| KeyError::Failed(e.to_string()))
}

/// The PKCS#8 DER inside an EncryptedPrivateKeyInfo, or None when `der` is not one.
pub fn decrypt_pkcs8(
    der: &[u8],
    passphrase: Option<&[u8]>,
    pem: bool,
) -> Result<Option<Vec<u8>>, KeyError> {
    let Ok(info) = pkcs8::EncryptedPrivateKeyInfoRef::from_der(der) else {
        return Ok(None);
    };
    let passphrase = passphrase.ok_or(KeyError::PassphraseRequired { pem })?;
    info.encryption_algorithm
        .decrypt(passphrase, info.encrypted_data.as_bytes())
        .map(Some)
        .map_err(|_| KeyError::BadDecrypt)
}

/// EVP_BytesToKey with MD5 and one round: the key of OpenSSL's PEM encryption.
fn bytes_to_key(passphrase: &[u8], salt: &[u8], len: usize) -> Vec<u8> {
    let mut key = Vec::with_capacity(len + 16);
    let mut last: Vec<u8> = Vec::new();
    while key.len() < len {
        let mut md5 = Md5::new();
        md5.update(&last);
        md5.update(passphrase);
        md5.update(salt);
        last = md5.finalize().to_vec();
        key.extend_from_slice(&last);
    }
    key.truncate(len);
    key
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// A PEM block encrypted the old way: its label and the DER inside, decrypted.
pub fn decrypt_legacy_pem(
    text: &str,
    passphrase: Option<&[u8]>,
) -> Result<Option<(String, Vec<u8>)>, KeyError> {
    let Some(begin) = text.find("-----BEGIN ") else {
        return Ok(None);
    };
    let rest = &text[begin + 11..];
    let Some(label_end) = rest.find("-----") else {
        return Ok(None);
    };
    let label = rest[..label_end].to_string();
    let body = &rest[label_end + 5..];
    let end_marker = format!("-----END {label}-----");
    let Some(body_end) = body.find(&end_marker) else {
        return Ok(None);
    };
    let mut encrypted = false;
    let mut dek = None;
    let mut base64_text = String::new();
    for line in body[..body_end].lines().map(str::trim) {
        if let Some(value) = line.strip_prefix("Proc-Type:") {
            encrypted = value.trim() == "4,ENCRYPTED";
        } else if let Some(value) = line.strip_prefix("DEK-Info:") {
            dek = value
                .trim()
                .split_once(',')
                .map(|(c, iv)| (c.to_string(), iv.to_string()));
        } else {
            base64_text.push_str(line);
        }
    }
    if !encrypted {
        return Ok(None);
    }
    let passphrase = passphrase.ok_or(KeyError::PassphraseRequired { pem: true })?;
    let (name, iv_hex) = dek.ok_or(KeyError::Unsupported)?;
    let cipher = KeyCipher::from_dek_name(&name).ok_or(KeyError::Unsupported)?;
    let iv = from_hex(&iv_hex).ok_or(KeyError::Unsupported)?;
    if iv.len() != cipher.iv_len() {
        return Err(KeyError::Unsupported);
    }
    let data = base64::engine::general_purpose::STANDARD
        .decode(base64_text)
        .map_err(|_| KeyError::Unsupported)?;
    let key = bytes_to_key(passphrase, &iv[..8], cipher.key_len());
    let der = cipher
        .decrypt(&key, &iv, &data)
        .ok_or(KeyError::BadDecrypt)?;
    Ok(Some((label, der)))
}

/// A PEM block of `label` encrypted the old way (PKCS#1 and SEC1 keys).
pub fn encrypt_legacy_pem(label: &str, der: &[u8], cipher: KeyCipher, passphrase: &[u8]) -> String {
    let iv = random_bytes(cipher.iv_len());
    let key = bytes_to_key(passphrase, &iv[..8], cipher.key_len());
    let data = cipher.encrypt(&key, &iv, der);
    let encoded = base64::engine::general_purpose::STANDARD.encode(data);
    let mut text = format!(
        "-----BEGIN {label}-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: {},{}\n\n",
        cipher.dek_name(),
        iv.iter().map(|b| format!("{b:02X}")).collect::<String>()
    );
    for chunk in encoded.as_bytes().chunks(64) {
        text.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        text.push('\n');
    }
    text.push_str(&format!("-----END {label}-----\n"));
    text
}
