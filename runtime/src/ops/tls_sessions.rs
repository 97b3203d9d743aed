//! TLS session resumption for clients. What a handshake leaves for resuming is kept here,
//! named by an opaque token that JS sees as the session (the `'session'` event, `getSession()`,
//! the `session` option of `tls.connect`). Tokens name entries of this thread's registry, so
//! they resume sessions within the process that made them.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

use rustls::NamedGroup;
use rustls::client::{ClientSessionStore, Tls12ClientSessionValue, Tls13ClientSessionValue};
use rustls::pki_types::ServerName;

/// How many sessions the registry keeps before it forgets the oldest.
const KEPT: usize = 1024;

/// What a token looks like: this prefix, then the entry's number.
const PREFIX: &[u8; 8] = b"pack-tls";

/// What one resumable session holds. A TLS 1.3 ticket is used once.
#[derive(Debug, Default)]
struct Saved {
    tls12: Option<Tls12ClientSessionValue>,
    tls13: Option<Tls13ClientSessionValue>,
    kx_hint: Option<NamedGroup>,
}

#[derive(Default)]
struct Registry {
    next: u64,
    entries: HashMap<u64, Saved>,
    order: VecDeque<u64>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
}

fn token(number: u64) -> Vec<u8> {
    let mut bytes = PREFIX.to_vec();
    bytes.extend_from_slice(&number.to_le_bytes());
    bytes
}

fn number(token: &[u8]) -> Option<u64> {
    let rest = token.strip_prefix(PREFIX.as_slice())?;
    Some(u64::from_le_bytes(rest.try_into().ok()?))
}

/// One client connection's store: what it resumes from, and what its handshake leaves.
#[derive(Debug, Default)]
pub struct SessionStore {
    resume: Mutex<Saved>,
    fresh: Mutex<Vec<Saved>>,
    kx_hint: Mutex<Option<NamedGroup>>,
}

impl SessionStore {
    /// A store that offers the session `token` names (nothing for an unknown token).
    pub fn resuming(token: Option<&[u8]>) -> SessionStore {
        let saved = token
            .and_then(number)
            .and_then(|n| {
                REGISTRY.with(|r| {
                    let mut registry = r.borrow_mut();
                    let entry = registry.entries.get_mut(&n)?;
                    Some(Saved {
                        tls12: entry.tls12.clone(),
                        tls13: entry.tls13.take(),
                        kx_hint: entry.kx_hint,
                    })
                })
            })
            .unwrap_or_default();
        SessionStore {
            resume: Mutex::new(saved),
            ..SessionStore::default()
        }
    }

    /// The sessions the handshake left since the last call, registered, as tokens.
    pub fn take_fresh(&self) -> Vec<Vec<u8>> {
        let fresh = match self.fresh.lock() {
            Ok(mut fresh) => std::mem::take(&mut *fresh),
            Err(_) => return Vec::new(),
        };
        REGISTRY.with(|r| {
            let mut registry = r.borrow_mut();
            fresh
                .into_iter()
                .map(|saved| {
                    let n = registry.next;
                    registry.next += 1;
                    registry.entries.insert(n, saved);
                    registry.order.push_back(n);
                    while registry.order.len() > KEPT {
                        if let Some(old) = registry.order.pop_front() {
                            registry.entries.remove(&old);
                        }
                    }
                    token(n)
                })
                .collect()
        })
    }

    fn keep(&self, mut saved: Saved) {
        saved.kx_hint = self.kx_hint.lock().ok().and_then(|k| *k);
        if let Ok(mut fresh) = self.fresh.lock() {
            fresh.push(saved);
        }
    }
}

impl ClientSessionStore for SessionStore {
    fn set_kx_hint(&self, _server_name: ServerName<'static>, group: NamedGroup) {
        if let Ok(mut hint) = self.kx_hint.lock() {
            *hint = Some(group);
        }
    }

    fn kx_hint(&self, _server_name: &ServerName<'_>) -> Option<NamedGroup> {
        self.resume.lock().ok().and_then(|s| s.kx_hint)
    }

    fn set_tls12_session(&self, _server_name: ServerName<'static>, value: Tls12ClientSessionValue) {
        self.keep(Saved {
            tls12: Some(value),
            ..Saved::default()
        });
    }

    fn tls12_session(&self, _server_name: &ServerName<'_>) -> Option<Tls12ClientSessionValue> {
        self.resume.lock().ok().and_then(|s| s.tls12.clone())
    }

    fn remove_tls12_session(&self, _server_name: &ServerName<'static>) {
        if let Ok(mut resume) = self.resume.lock() {
            resume.tls12 = None;
        }
    }

    fn insert_tls13_ticket(
        &self,
        _server_name: ServerName<'static>,
        value: Tls13ClientSessionValue,
    ) {
        self.keep(Saved {
            tls13: Some(value),
            ..Saved::default()
        });
    }

    fn take_tls13_ticket(
        &self,
        _server_name: &ServerName<'static>,
    ) -> Option<Tls13ClientSessionValue> {
        self.resume.lock().ok().and_then(|mut s| s.tls13.take())
    }
}
