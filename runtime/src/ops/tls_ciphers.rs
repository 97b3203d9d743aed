//! The cipher suites, by OpenSSL's names, and the `ciphers` option: an OpenSSL cipher list
//! (names, keywords such as `HIGH` or `ECDHE+AESGCM`, `!`/`-`/`+` prefixes, `@` directives)
//! picking and ordering the suites a context offers.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use rustls::CipherSuite;
use rustls::crypto::CryptoProvider;

/// Every suite, in OpenSSL's default order (Node's DEFAULT_CIPHERS), so that a handshake picks
/// what Node's would: AES-256 first in TLS 1.3 but AES-128 first in TLS 1.2. The keywords are
/// those of OpenSSL's cipher lists that select the suite.
const SUITES: [(&str, CipherSuite, &[&str]); 9] = [
    (
        "TLS_AES_256_GCM_SHA384",
        CipherSuite::TLS13_AES_256_GCM_SHA384,
        &[],
    ),
    (
        "TLS_CHACHA20_POLY1305_SHA256",
        CipherSuite::TLS13_CHACHA20_POLY1305_SHA256,
        &[],
    ),
    (
        "TLS_AES_128_GCM_SHA256",
        CipherSuite::TLS13_AES_128_GCM_SHA256,
        &[],
    ),
    (
        "ECDHE-RSA-AES128-GCM-SHA256",
        CipherSuite::TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        &["RSA", "aRSA", "AES", "AES128", "AESGCM", "SHA256", "FIPS"],
    ),
    (
        "ECDHE-ECDSA-AES128-GCM-SHA256",
        CipherSuite::TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        &[
            "ECDSA", "aECDSA", "AES", "AES128", "AESGCM", "SHA256", "FIPS",
        ],
    ),
    (
        "ECDHE-RSA-AES256-GCM-SHA384",
        CipherSuite::TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        &["RSA", "aRSA", "AES", "AES256", "AESGCM", "SHA384", "FIPS"],
    ),
    (
        "ECDHE-ECDSA-AES256-GCM-SHA384",
        CipherSuite::TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        &[
            "ECDSA", "aECDSA", "AES", "AES256", "AESGCM", "SHA384", "FIPS",
        ],
    ),
    (
        "ECDHE-RSA-CHACHA20-POLY1305",
        CipherSuite::TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
        &["RSA", "aRSA", "CHACHA20", "SHA256"],
    ),
    (
        "ECDHE-ECDSA-CHACHA20-POLY1305",
        CipherSuite::TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
        &["ECDSA", "aECDSA", "CHACHA20", "SHA256"],
    ),
];

/// Keywords every TLS 1.2 suite here answers to: all use ECDHE and AEAD, all are strong and
/// in OpenSSL's default list (so `COMPLEMENTOFDEFAULT` picks none of them).
const COMMON: [&str; 10] = [
    "ALL", "DEFAULT", "HIGH", "ECDHE", "EECDH", "kECDHE", "kEECDH", "ECDH", "AEAD", "TLSv1.2",
];

fn is_tls13(name: &str) -> bool {
    name.starts_with("TLS_")
}

/// The suites `ciphers` allows, in order: `Ok(None)` for the defaults, `Err(())` when the
/// TLS 1.2 part names nothing there is (OpenSSL's "no cipher match"). As Node splits the
/// option, `TLS_*` names are the TLS 1.3 suites (all of them when none is named) and the rest
/// is the TLS 1.2 list (none when the rest is empty).
pub fn select(ciphers: &str) -> Result<Option<Vec<CipherSuite>>, ()> {
    let tokens: Vec<&str> = ciphers
        .split([':', ',', ' '])
        .filter(|t| !t.is_empty())
        .collect();
    if tokens.is_empty() {
        return Ok(None);
    }
    let by_name = |name: &str| SUITES.iter().find(|(n, _, _)| *n == name).map(|s| s.1);
    let mut tls13: Vec<CipherSuite> = tokens
        .iter()
        .filter(|t| is_tls13(t))
        .filter_map(|t| by_name(t))
        .collect();
    if tokens.iter().any(|t| is_tls13(t)) && tls13.is_empty() {
        return Err(());
    }
    if tls13.is_empty() {
        tls13 = SUITES
            .iter()
            .filter(|(n, _, _)| is_tls13(n))
            .map(|s| s.1)
            .collect();
    }
    let list: Vec<&str> = tokens.into_iter().filter(|t| !is_tls13(t)).collect();
    let mut tls12: Vec<CipherSuite> = Vec::new();
    let mut banned: Vec<CipherSuite> = Vec::new();
    for token in &list {
        if token.starts_with('@') {
            // @STRENGTH, @SECLEVEL=n: orderings and levels every suite here meets.
            continue;
        }
        let (op, body) = match token.as_bytes()[0] {
            b'!' | b'-' | b'+' => (token.as_bytes()[0], &token[1..]),
            _ => (b' ', *token),
        };
        let matched: Vec<CipherSuite> = SUITES
            .iter()
            .filter(|(name, _, words)| {
                !is_tls13(name)
                    && (*name == body
                        || body
                            .split('+')
                            .all(|part| words.contains(&part) || COMMON.contains(&part)))
            })
            .map(|s| s.1)
            .collect();
        match op {
            b'!' => {
                tls12.retain(|s| !matched.contains(s));
                banned.extend(matched);
            }
            b'-' => tls12.retain(|s| !matched.contains(s)),
            b'+' => {
                let (moved, kept): (Vec<_>, Vec<_>) =
                    tls12.iter().partition(|s| matched.contains(s));
                tls12 = kept.into_iter().chain(moved).collect();
            }
            _ => {
                for suite in matched {
                    if !tls12.contains(&suite) && !banned.contains(&suite) {
                        tls12.push(suite);
                    }
                }
            }
        }
    }
    if !list.is_empty() && tls12.is_empty() {
        return Err(());
    }
    Ok(Some(tls13.into_iter().chain(tls12).collect()))
}

/// The crypto provider offering `suites` in that order (the defaults for `None`); one per
/// list, made once.
pub fn provider(suites: Option<&[CipherSuite]>) -> Arc<CryptoProvider> {
    static PROVIDERS: OnceLock<Mutex<HashMap<Vec<u16>, Arc<CryptoProvider>>>> = OnceLock::new();
    let order: Vec<CipherSuite> = match suites {
        Some(list) => list.to_vec(),
        None => SUITES.iter().map(|s| s.1).collect(),
    };
    let key: Vec<u16> = order.iter().map(|s| u16::from(*s)).collect();
    let mut providers = PROVIDERS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    providers
        .entry(key)
        .or_insert_with(|| {
            let mut provider = rustls::crypto::ring::default_provider();
            provider
                .cipher_suites
                .retain(|suite| order.contains(&suite.suite()));
            provider.cipher_suites.sort_by_key(|suite| {
                order
                    .iter()
                    .position(|known| *known == suite.suite())
                    .unwrap_or(order.len())
            });
            Arc::new(provider)
        })
        .clone()
}

/// `tlsCiphersCheck(ciphers)`: Node's error code for a list that names no suite, or undefined.
pub fn op_tls_ciphers_check(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let text = args.get(0).to_rust_string_lossy(scope);
    if select(&text).is_err() {
        rv.set(
            v8::String::new(scope, "ERR_SSL_NO_CIPHER_MATCH")
                .expect("code")
                .into(),
        );
    }
}
