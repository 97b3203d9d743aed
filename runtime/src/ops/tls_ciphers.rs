//! The cipher suites, by OpenSSL's names, and the `ciphers` option: an OpenSSL cipher list
//! (names, keywords such as `HIGH` or `ECDHE+AESGCM`, `!`/`-`/`+` prefixes, `@` directives)
//! picking and ordering the suites a context offers; and the `ecdhCurve` option, an OpenSSL
//! list of key exchange groups.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use rustls::crypto::CryptoProvider;
use rustls::{CipherSuite, NamedGroup};

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
pub fn provider(
    suites: Option<&[CipherSuite]>,
    groups: Option<&[NamedGroup]>,
) -> Arc<CryptoProvider> {
    type Key = (Vec<u16>, Option<Vec<u16>>);
    static PROVIDERS: OnceLock<Mutex<HashMap<Key, Arc<CryptoProvider>>>> = OnceLock::new();
    let order: Vec<CipherSuite> = match suites {
        Some(list) => list.to_vec(),
        None => SUITES.iter().map(|s| s.1).collect(),
    };
    let key: Key = (
        order.iter().map(|s| u16::from(*s)).collect(),
        groups.map(|g| g.iter().map(|g| u16::from(*g)).collect()),
    );
    let mut providers = PROVIDERS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    providers
        .entry(key)
        .or_insert_with(|| {
            let mut provider = rustls::crypto::ring::default_provider();
            keep_in_order(&mut provider.cipher_suites, &order, |suite| suite.suite());
            if let Some(groups) = groups {
                keep_in_order(&mut provider.kx_groups, groups, |group| group.name());
            }
            Arc::new(provider)
        })
        .clone()
}

/// Keeps the items whose name `order` lists, in that order.
fn keep_in_order<T, N: PartialEq>(items: &mut Vec<T>, order: &[N], name: impl Fn(&T) -> N) {
    items.retain(|item| order.contains(&name(item)));
    items.sort_by_key(|item| order.iter().position(|known| *known == name(item)));
}

/// Key exchange groups by the names OpenSSL knows for `ecdhCurve`; `None` for those it knows
/// that this provider does not offer (they are left out of a list).
const GROUPS: &[(&str, Option<NamedGroup>)] = &[
    ("X25519", Some(NamedGroup::X25519)),
    ("P-256", Some(NamedGroup::secp256r1)),
    ("prime256v1", Some(NamedGroup::secp256r1)),
    ("secp256r1", Some(NamedGroup::secp256r1)),
    ("P-384", Some(NamedGroup::secp384r1)),
    ("secp384r1", Some(NamedGroup::secp384r1)),
    ("X448", None),
    ("P-521", None),
    ("secp521r1", None),
    ("P-224", None),
    ("secp224r1", None),
    ("secp256k1", None),
    ("brainpoolP256r1", None),
    ("brainpoolP384r1", None),
    ("brainpoolP512r1", None),
    ("ffdhe2048", None),
    ("ffdhe3072", None),
    ("ffdhe4096", None),
    ("ffdhe6144", None),
    ("ffdhe8192", None),
];

/// The groups an `ecdhCurve` list names, in its order: `Ok(None)` for `auto` (the default
/// order), an error for a name OpenSSL would refuse or a list this provider can serve none of.
pub fn select_groups(list: &str) -> Result<Option<Vec<NamedGroup>>, ()> {
    if list == "auto" {
        return Ok(None);
    }
    let mut groups = Vec::new();
    for name in list.split(':') {
        // OpenSSL matches the X groups' names whatever their case, the curves' exactly.
        let known = GROUPS.iter().find(|(known, _)| {
            *known == name || (known.starts_with('X') && known.eq_ignore_ascii_case(name))
        });
        match known {
            Some((_, Some(group))) if !groups.contains(group) => groups.push(*group),
            Some(_) => {}
            None => return Err(()),
        }
    }
    if groups.is_empty() {
        return Err(());
    }
    Ok(Some(groups))
}

/// `tlsCurvesCheck(ecdhCurve)`: whether the list can be used.
pub fn op_tls_curves_check(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let text = args.get(0).to_rust_string_lossy(scope);
    rv.set_bool(select_groups(&text).is_ok());
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
