//! TLS for `node:tls` on rustls, as byte pumps: JS feeds in what the transport read and gets
//! back the plaintext and the bytes to send, so a session runs over any duplex stream, as
//! Node's TLSSocket does.
//!
//! The client checks the server's chain here and leaves the name to JS
//! (`tls.checkServerIdentity`), and finishes the handshake even when the chain is not
//! trusted: JS reads the verdict and refuses (`rejectUnauthorized`) as Node does. A server
//! waits for the ClientHello so that JS picks the context by the name asked for (SNI).

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Read;
use std::sync::{Arc, OnceLock};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};
use rustls::server::{Accepted, Acceptor, WebPkiClientVerifier};
use rustls::{
    AlertDescription, CertificateError, ClientConfig, ClientConnection, Connection,
    DigitallySignedStruct, DistinguishedName, Error as TlsError, ProtocolVersion, RootCertStore,
    ServerConfig, SignatureScheme,
};

use crate::async_op::OpValue;

use super::tls_ciphers;
use super::tls_sessions::SessionStore;

/// The default crypto provider: every suite, in OpenSSL's order.
fn provider() -> Arc<CryptoProvider> {
    tls_ciphers::provider(None, None)
}

/// The crypto provider for a context's `ciphers` and `ecdhCurve` options (checked by JS
/// beforehand).
fn provider_for(scope: &mut v8::PinScope, options: v8::Local<v8::Object>) -> Arc<CryptoProvider> {
    let selected = text(scope, options, "ciphers")
        .and_then(|ciphers| tls_ciphers::select(&ciphers).ok().flatten());
    let groups = text(scope, options, "ecdhCurve")
        .and_then(|curves| tls_ciphers::select_groups(&curves).ok().flatten());
    tls_ciphers::provider(selected.as_deref(), groups.as_deref())
}

/// The roots a client trusts without `ca`: Mozilla's, as Node bundles them. The same
/// certificates are what `tls.rootCertificates` lists.
fn bundled_roots() -> Arc<RootCertStore> {
    static ROOTS: OnceLock<Arc<RootCertStore>> = OnceLock::new();
    ROOTS
        .get_or_init(|| {
            let mut store = RootCertStore::empty();
            store.add_parsable_certificates(
                webpki_root_certs::TLS_SERVER_ROOT_CERTS.iter().cloned(),
            );
            Arc::new(store)
        })
        .clone()
}

/// `tlsRootCertificates()`: the bundled root certificates as PEM text.
pub fn op_tls_root_certificates(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let pems: Vec<String> = webpki_root_certs::TLS_SERVER_ROOT_CERTS
        .iter()
        .filter_map(|cert| {
            der::pem::encode_string("CERTIFICATE", der::pem::LineEnding::LF, cert)
                .ok()
                .map(|pem| pem.trim_end().to_string())
        })
        .collect();
    rv.set(super::string_array(scope, pems.iter().map(String::as_str)).into());
}

/// What a peer's chain is checked against: `ca`, or the bundled roots without it.
#[derive(Debug)]
struct Trust {
    roots: Arc<RootCertStore>,
    /// Certificates trusted as they are (a self-signed peer certificate given as `ca`).
    trusted: Vec<CertificateDer<'static>>,
}

impl Trust {
    fn new(cas: Vec<CertificateDer<'static>>) -> Trust {
        let roots = if cas.is_empty() {
            bundled_roots()
        } else {
            let mut store = RootCertStore::empty();
            for cert in &cas {
                // A certificate that cannot be a trust anchor may still be trusted as it is.
                let _ = store.add(cert.clone());
            }
            if store.is_empty() {
                bundled_roots()
            } else {
                Arc::new(store)
            }
        };
        Trust {
            roots,
            trusted: cas,
        }
    }

    fn trusts_as_is(&self, end_entity: &CertificateDer<'_>) -> bool {
        self.trusted
            .iter()
            .any(|c| c.as_ref() == end_entity.as_ref())
    }

    /// OpenSSL's code for what is wrong with a server's chain (not its name), or none.
    fn server_verdict(&self, chain: &[CertificateDer<'_>]) -> Option<&'static str> {
        let (end_entity, intermediates) = chain.split_first()?;
        if self.trusts_as_is(end_entity) {
            return None;
        }
        rustls::server::ParsedCertificate::try_from(end_entity)
            .and_then(|parsed| {
                rustls::client::verify_server_cert_signed_by_trust_anchor(
                    &parsed,
                    &self.roots,
                    intermediates,
                    UnixTime::now(),
                    provider().signature_verification_algorithms.all,
                )
            })
            .err()
            .map(|e| chain_error(&e, end_entity, intermediates))
    }
}

/// A client's certificate and key, presented when a server asks.
#[derive(Debug)]
struct OwnCertificate(Option<Arc<rustls::sign::CertifiedKey>>);

impl rustls::client::ResolvesClientCert for OwnCertificate {
    fn resolve(
        &self,
        _root_hint_subjects: &[&[u8]],
        _sigschemes: &[SignatureScheme],
    ) -> Option<Arc<rustls::sign::CertifiedKey>> {
        self.0.clone()
    }

    fn has_certs(&self) -> bool {
        self.0.is_some()
    }
}

/// What clients with the same options share, as resuming a session needs (rustls resumes only
/// under the same verifier and certificate resolver): the trust and the certificate to present,
/// by the PEM texts they were made from.
#[derive(Default)]
struct ClientParts {
    trusts: HashMap<String, Arc<Trust>>,
    own: HashMap<String, Arc<OwnCertificate>>,
}

thread_local! {
    static CLIENT_PARTS: RefCell<ClientParts> = RefCell::new(ClientParts::default());
    static CHAIN_VERIFIER: Arc<ChainVerifier> = Arc::new(ChainVerifier);
}

/// How many kinds of client the shared parts remember before starting afresh.
const CLIENT_PARTS_KEPT: usize = 64;

fn shared_trust(cas: &[String]) -> Result<Arc<Trust>, String> {
    let key = cas.join("\u{0}");
    if let Some(trust) = CLIENT_PARTS.with(|p| p.borrow().trusts.get(&key).cloned()) {
        return Ok(trust);
    }
    let trust = Arc::new(Trust::new(certificates(cas)?));
    CLIENT_PARTS.with(|p| {
        let mut parts = p.borrow_mut();
        if parts.trusts.len() >= CLIENT_PARTS_KEPT {
            parts.trusts.clear();
        }
        parts.trusts.insert(key, Arc::clone(&trust));
    });
    Ok(trust)
}

fn shared_own_certificate(
    scope: &mut v8::PinScope,
    options: v8::Local<v8::Object>,
) -> Result<Arc<OwnCertificate>, String> {
    let key = format!(
        "{}\u{0}{}",
        strings(scope, options, "cert").join("\n"),
        strings(scope, options, "key").join("\n")
    );
    if let Some(own) = CLIENT_PARTS.with(|p| p.borrow().own.get(&key).cloned()) {
        return Ok(own);
    }
    let certified = match own_certificate(scope, options).map_err(str::to_string)? {
        Some((chain, key)) => {
            let signer = provider()
                .key_provider
                .load_private_key(key)
                .map_err(|e| e.to_string())?;
            Some(Arc::new(rustls::sign::CertifiedKey::new(chain, signer)))
        }
        None => None,
    };
    let own = Arc::new(OwnCertificate(certified));
    CLIENT_PARTS.with(|p| {
        let mut parts = p.borrow_mut();
        if parts.own.len() >= CLIENT_PARTS_KEPT {
            parts.own.clear();
        }
        parts.own.insert(key, Arc::clone(&own));
    });
    Ok(own)
}

/// The peer's proof that it holds its certificate's key, checked the same way by both
/// verifiers.
macro_rules! handshake_signature_checks {
    () => {
        fn verify_tls12_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, TlsError> {
            let algorithms = &provider().signature_verification_algorithms;
            rustls::crypto::verify_tls12_signature(message, cert, dss, algorithms)
        }

        fn verify_tls13_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, TlsError> {
            let algorithms = &provider().signature_verification_algorithms;
            rustls::crypto::verify_tls13_signature(message, cert, dss, algorithms)
        }

        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            provider()
                .signature_verification_algorithms
                .supported_schemes()
        }
    };
}

/// Lets the handshake finish whatever the server's chain: it is judged afterwards
/// (`Trust::server_verdict`), where JS refuses as Node does. One verifier serves every
/// connection that trusts the same certificates, as resuming a session requires.
#[derive(Debug)]
struct ChainVerifier;

fn is_self_signed(der: &[u8]) -> bool {
    use x509_cert::der::Decode;
    x509_cert::Certificate::from_der(der)
        .map(|c| c.tbs_certificate().subject() == c.tbs_certificate().issuer())
        .unwrap_or(false)
}

/// OpenSSL's verify error code for a failed chain.
fn chain_error(
    err: &TlsError,
    end_entity: &CertificateDer<'_>,
    intermediates: &[CertificateDer<'_>],
) -> &'static str {
    match err {
        TlsError::InvalidCertificate(CertificateError::Expired)
        | TlsError::InvalidCertificate(CertificateError::ExpiredContext { .. }) => {
            "CERT_HAS_EXPIRED"
        }
        TlsError::InvalidCertificate(CertificateError::NotValidYet)
        | TlsError::InvalidCertificate(CertificateError::NotValidYetContext { .. }) => {
            "CERT_NOT_YET_VALID"
        }
        TlsError::InvalidCertificate(CertificateError::BadSignature) => "CERT_SIGNATURE_FAILURE",
        _ if intermediates.is_empty() && is_self_signed(end_entity) => {
            "DEPTH_ZERO_SELF_SIGNED_CERT"
        }
        _ if intermediates.last().is_some_and(|c| is_self_signed(c)) => "SELF_SIGNED_CERT_IN_CHAIN",
        _ if !intermediates.is_empty() => "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
        _ => "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    }
}

impl ServerCertVerifier for ChainVerifier {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, TlsError> {
        Ok(ServerCertVerified::assertion())
    }

    handshake_signature_checks!();
}

/// A server's judge of client certificates (`requestCert`). The handshake asks for one and,
/// with `rejectUnauthorized`, fails without one, as OpenSSL's does; a certificate that is there
/// is judged after the handshake (`ClientCheck`), where JS decides as Node does.
#[derive(Debug)]
struct AskClientCertificate {
    mandatory: bool,
    hints: Vec<DistinguishedName>,
}

impl ClientCertVerifier for AskClientCertificate {
    fn root_hint_subjects(&self) -> &[DistinguishedName] {
        &self.hints
    }

    fn client_auth_mandatory(&self) -> bool {
        self.mandatory
    }

    fn verify_client_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _now: UnixTime,
    ) -> Result<ClientCertVerified, TlsError> {
        Ok(ClientCertVerified::assertion())
    }

    handshake_signature_checks!();
}

/// The verdict on a client's chain, for `authorized` and `authorizationError`.
struct ClientCheck {
    trust: Trust,
    verifier: Option<Arc<dyn ClientCertVerifier>>,
}

impl ClientCheck {
    fn new(trust: Trust) -> ClientCheck {
        let verifier =
            WebPkiClientVerifier::builder_with_provider(Arc::clone(&trust.roots), provider())
                .allow_unauthenticated()
                .build()
                .ok();
        ClientCheck { trust, verifier }
    }

    /// OpenSSL's code for what is wrong with the chain a client sent, or none.
    fn verdict(&self, chain: &[CertificateDer<'_>]) -> Option<&'static str> {
        let Some((end_entity, intermediates)) = chain.split_first() else {
            return Some("UNABLE_TO_GET_ISSUER_CERT");
        };
        if self.trust.trusts_as_is(end_entity) {
            return None;
        }
        let verifier = self.verifier.as_ref()?;
        verifier
            .verify_client_cert(end_entity, intermediates, UnixTime::now())
            .err()
            .map(|e| chain_error(&e, end_entity, intermediates))
    }
}

/// A server context: its rustls configuration and, when it asks for client certificates,
/// how they are judged.
struct ServerContext {
    config: Arc<ServerConfig>,
    client_check: Option<Arc<ClientCheck>>,
}

enum State {
    /// A server before the ClientHello.
    Accepting(Box<Acceptor>),
    /// A server that has the ClientHello and waits for JS to choose a context.
    Hello(Box<Accepted>),
    Active(Box<Connection>),
    Failed,
}

struct Session {
    state: State,
    /// What a client trusts, to judge the server's chain by.
    server_trust: Option<Arc<Trust>>,
    /// A server's judge of the client's chain, when it asked for one.
    client_check: Option<Arc<ClientCheck>>,
    /// A client's sessions for resuming: the one it offers and the ones it is given.
    resumption: Option<Arc<SessionStore>>,
    servername: Option<String>,
}

thread_local! {
    static SESSIONS: RefCell<HashMap<u32, Session>> = RefCell::new(HashMap::new());
    static CONTEXTS: RefCell<HashMap<u32, ServerContext>> = RefCell::new(HashMap::new());
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

fn next_id() -> u32 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    })
}

fn strings(scope: &mut v8::PinScope, object: v8::Local<v8::Object>, key: &str) -> Vec<String> {
    let value = super::property(scope, object, key);
    match v8::Local::<v8::Array>::try_from(value) {
        Ok(list) => (0..list.length())
            .filter_map(|i| list.get_index(scope, i))
            .map(|v| v.to_rust_string_lossy(scope))
            .collect(),
        Err(_) if value.is_string() => vec![value.to_rust_string_lossy(scope)],
        Err(_) => Vec::new(),
    }
}

fn text(scope: &mut v8::PinScope, object: v8::Local<v8::Object>, key: &str) -> Option<String> {
    let value = super::property(scope, object, key);
    value.is_string().then(|| value.to_rust_string_lossy(scope))
}

fn certificates(pems: &[String]) -> Result<Vec<CertificateDer<'static>>, String> {
    let mut out = Vec::new();
    for pem in pems {
        for cert in CertificateDer::pem_slice_iter(pem.as_bytes()) {
            out.push(cert.map_err(|e| format!("cannot read a certificate: {e}"))?);
        }
    }
    Ok(out)
}

fn versions(
    scope: &mut v8::PinScope,
    options: v8::Local<v8::Object>,
) -> Vec<&'static rustls::SupportedProtocolVersion> {
    let rank = |v: Option<String>, default: u8| match v.as_deref() {
        Some("TLSv1.3") => 3,
        Some("TLSv1.2") => 2,
        Some("TLSv1.1") => 1,
        Some("TLSv1") => 0,
        _ => default,
    };
    let min = rank(text(scope, options, "minVersion"), 2);
    let max = rank(text(scope, options, "maxVersion"), 3);
    let mut out = Vec::new();
    if min <= 2 && max >= 2 {
        out.push(&rustls::version::TLS12);
    }
    if max >= 3 {
        out.push(&rustls::version::TLS13);
    }
    out
}

fn alpn(scope: &mut v8::PinScope, options: v8::Local<v8::Object>) -> Vec<Vec<u8>> {
    strings(scope, options, "alpn")
        .into_iter()
        .map(String::into_bytes)
        .collect()
}

fn throw(scope: &mut v8::PinScope, message: &str) {
    let message = v8::String::new(scope, message).expect("message");
    let error = v8::Exception::error(scope, message);
    scope.throw_exception(error);
}

/// `tlsClient({ host, servername, ca?, alpn?, minVersion?, maxVersion? })`: a client session's
/// id. The first call to `tlsFeed` (with no bytes) gives the ClientHello to send.
pub fn op_tls_client(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(options) = v8::Local::<v8::Object>::try_from(args.get(0)) else {
        super::throw_type_error(scope, "tlsClient: options must be an object");
        return;
    };
    let trust = match shared_trust(&strings(scope, options, "ca")) {
        Ok(trust) => trust,
        Err(e) => return throw(scope, &e),
    };
    let own = match shared_own_certificate(scope, options) {
        Ok(own) => own,
        Err(e) => return throw(scope, &e),
    };
    let verifier: Arc<ChainVerifier> = CHAIN_VERIFIER.with(Arc::clone);
    let versions = versions(scope, options);
    let config = ClientConfig::builder_with_provider(provider_for(scope, options))
        .with_protocol_versions(&versions)
        .map(|b| {
            b.dangerous()
                .with_custom_certificate_verifier(verifier)
                .with_client_cert_resolver(own)
        });
    let mut config = match config {
        Ok(c) => c,
        Err(e) => return throw(scope, &e.to_string()),
    };
    config.alpn_protocols = alpn(scope, options);
    let offered = super::property(scope, options, "session");
    let offered = super::buffer::view_bytes(scope, offered).map(|b| b.to_vec());
    let resumption = Arc::new(SessionStore::resuming(offered.as_deref()));
    config.resumption = rustls::client::Resumption::store(resumption.clone());
    let host = text(scope, options, "host").unwrap_or_else(|| "localhost".into());
    let servername = text(scope, options, "servername").filter(|s| !s.is_empty());
    // No SNI for addresses; the name only picks what is sent, JS checks the certificate.
    config.enable_sni = servername.is_some();
    let name = servername
        .clone()
        .and_then(|n| ServerName::try_from(n).ok())
        .or_else(|| ServerName::try_from(host.clone()).ok())
        .unwrap_or_else(|| ServerName::try_from("localhost").expect("a valid name"));
    match ClientConnection::new(Arc::new(config), name.to_owned()) {
        Ok(conn) => {
            let id = next_id();
            let session = Session {
                state: State::Active(Box::new(Connection::Client(conn))),
                server_trust: Some(trust),
                client_check: None,
                resumption: Some(resumption),
                servername,
            };
            SESSIONS.with(|s| s.borrow_mut().insert(id, session));
            rv.set(v8::Integer::new_from_unsigned(scope, id).into());
        }
        Err(e) => throw(scope, &e.to_string()),
    }
}

/// `tlsContext({ cert, key, alpn?, minVersion?, maxVersion? })`: a server context's id, or
/// OpenSSL's error code for what is wrong with the key or certificate.
pub fn op_tls_context(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(options) = v8::Local::<v8::Object>::try_from(args.get(0)) else {
        super::throw_type_error(scope, "tlsContext: options must be an object");
        return;
    };
    // What is wrong is told by OpenSSL's code, for JS to word as Node does.
    let fail = |scope: &mut v8::PinScope, rv: &mut v8::ReturnValue<v8::Value>, code: &str| {
        rv.set(v8::String::new(scope, code).expect("code").into());
    };
    let (chain, key) = match own_certificate(scope, options) {
        Ok(Some(own)) => own,
        Ok(None) => return fail(scope, &mut rv, "ERR_OSSL_PEM_NO_START_LINE"),
        Err(code) => return fail(scope, &mut rv, code),
    };
    let client_check = if super::property(scope, options, "requestCert").is_true() {
        let cas = certificates(&strings(scope, options, "ca")).unwrap_or_default();
        Some(Arc::new(ClientCheck::new(Trust::new(cas))))
    } else {
        None
    };
    let mandatory = super::property(scope, options, "rejectUnauthorized").is_true();
    let versions = versions(scope, options);
    let config = ServerConfig::builder_with_provider(provider_for(scope, options))
        .with_protocol_versions(&versions)
        .and_then(|b| {
            let b = match &client_check {
                Some(check) => b.with_client_cert_verifier(Arc::new(AskClientCertificate {
                    mandatory,
                    hints: check
                        .verifier
                        .as_ref()
                        .map(|v| v.root_hint_subjects().to_vec())
                        .unwrap_or_default(),
                })),
                None => b.with_no_client_auth(),
            };
            b.with_single_cert(chain, key)
        });
    let mut config = match config {
        Ok(c) => c,
        Err(TlsError::InconsistentKeys(_)) => {
            return fail(scope, &mut rv, "ERR_OSSL_X509_KEY_VALUES_MISMATCH");
        }
        Err(_) => return fail(scope, &mut rv, "ERR_OSSL_UNSUPPORTED"),
    };
    config.alpn_protocols = alpn(scope, options);
    // Clients may resume sessions by ticket, as with OpenSSL's defaults.
    if let Ok(ticketer) = rustls::crypto::ring::Ticketer::new() {
        config.ticketer = ticketer;
    }
    let id = next_id();
    let context = ServerContext {
        config: Arc::new(config),
        client_check,
    };
    CONTEXTS.with(|c| c.borrow_mut().insert(id, context));
    rv.set(v8::Integer::new_from_unsigned(scope, id).into());
}

/// The `cert` chain and `key` of one side, none when neither is given, or OpenSSL's code for
/// what is wrong with them.
fn own_certificate(
    scope: &mut v8::PinScope,
    options: v8::Local<v8::Object>,
) -> Result<Option<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>)>, &'static str> {
    let certs = strings(scope, options, "cert");
    let keys = strings(scope, options, "key");
    if certs.is_empty() && keys.is_empty() {
        return Ok(None);
    }
    let chain = match certificates(&certs) {
        Ok(c) if !c.is_empty() => c,
        _ => return Err("ERR_OSSL_PEM_NO_START_LINE"),
    };
    let key = PrivateKeyDer::from_pem_slice(keys.join("\n").as_bytes())
        .map_err(|_| "ERR_OSSL_UNSUPPORTED")?;
    Ok(Some((chain, key)))
}

/// `tlsServer()`: a server session's id; it waits for the ClientHello.
pub fn op_tls_server(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = next_id();
    let session = Session {
        state: State::Accepting(Box::default()),
        server_trust: None,
        client_check: None,
        resumption: None,
        servername: None,
    };
    SESSIONS.with(|s| s.borrow_mut().insert(id, session));
    rv.set(v8::Integer::new_from_unsigned(scope, id).into());
}

/// Node's code for a failed handshake or record.
fn error_code(err: &TlsError) -> String {
    match err {
        TlsError::AlertReceived(alert) => {
            let name = match alert {
                AlertDescription::BadCertificate => "SSLV3_ALERT_BAD_CERTIFICATE",
                AlertDescription::HandshakeFailure => "SSLV3_ALERT_HANDSHAKE_FAILURE",
                AlertDescription::CertificateUnknown => "SSLV3_ALERT_CERTIFICATE_UNKNOWN",
                AlertDescription::UnknownCA => "TLSV1_ALERT_UNKNOWN_CA",
                AlertDescription::ProtocolVersion => "TLSV1_ALERT_PROTOCOL_VERSION",
                AlertDescription::NoApplicationProtocol => "TLSV1_ALERT_NO_APPLICATION_PROTOCOL",
                AlertDescription::UnrecognisedName => "TLSV1_UNRECOGNIZED_NAME",
                AlertDescription::InternalError => "TLSV1_ALERT_INTERNAL_ERROR",
                AlertDescription::DecryptError => "TLSV1_ALERT_DECRYPT_ERROR",
                AlertDescription::CertificateRequired => "TLSV13_ALERT_CERTIFICATE_REQUIRED",
                _ => "TLSV1_ALERT_UNKNOWN",
            };
            format!("ERR_SSL_{name}")
        }
        TlsError::InvalidMessage(_) => "ERR_SSL_WRONG_VERSION_NUMBER".into(),
        TlsError::NoCertificatesPresented => "ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE".into(),
        TlsError::NoApplicationProtocol => "ERR_SSL_NO_APPLICATION_PROTOCOL".into(),
        // No TLS version both ends allow: OpenSSL's server says so.
        TlsError::PeerIncompatible(
            rustls::PeerIncompatible::Tls12NotOffered
            | rustls::PeerIncompatible::Tls12NotOfferedOrEnabled
            | rustls::PeerIncompatible::SupportedVersionsExtensionRequired,
        ) => "ERR_SSL_UNSUPPORTED_PROTOCOL".into(),
        TlsError::PeerIncompatible(_) => "ERR_SSL_NO_SHARED_CIPHER".into(),
        TlsError::DecryptError => "ERR_SSL_DECRYPTION_FAILED_OR_BAD_RECORD_MAC".into(),
        TlsError::General(reason) if reason == "http request" => "ERR_SSL_HTTP_REQUEST".into(),
        _ => "ERR_SSL_SSL_HANDSHAKE_FAILURE".into(),
    }
}

/// What one feed produced.
#[derive(Default)]
struct Pumped {
    plaintext: Vec<u8>,
    outgoing: Vec<u8>,
    peer_closed: bool,
    /// The ClientHello's server name and ALPN offers, when a server just got it.
    hello: Option<(Option<String>, Vec<Vec<u8>>)>,
}

fn drain(conn: &mut Connection, out: &mut Pumped) -> Result<(), TlsError> {
    take_plaintext(conn, out);
    out.outgoing.extend(outgoing(conn));
    Ok(())
}

/// Moves what the session decrypted into `out`, which frees its buffer for more records.
fn take_plaintext(conn: &mut Connection, out: &mut Pumped) {
    let mut buf = [0u8; 16384];
    loop {
        match conn.reader().read(&mut buf) {
            Ok(0) => {
                out.peer_closed = true;
                break;
            }
            Ok(n) => out.plaintext.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
            Err(_) => {
                out.peer_closed = true;
                break;
            }
        }
    }
}

/// The TLS records the session has for the peer now.
fn outgoing(conn: &mut Connection) -> Vec<u8> {
    let mut bytes = Vec::new();
    while conn.wants_write() {
        if conn.write_tls(&mut bytes).is_err() {
            break;
        }
    }
    bytes
}

/// Whether the first bytes a server got are a plaintext HTTP request (OpenSSL names that
/// failure apart: "http request").
fn looks_like_http(bytes: &[u8]) -> bool {
    let method_len = bytes.iter().take_while(|b| b.is_ascii_uppercase()).count();
    method_len >= 3 && bytes.get(method_len) == Some(&b' ')
}

fn feed(session: &mut Session, mut input: &[u8]) -> Result<Pumped, (TlsError, Vec<u8>)> {
    let mut out = Pumped::default();
    match &mut session.state {
        State::Accepting(_) if looks_like_http(input) => {
            session.state = State::Failed;
            return Err((TlsError::General("http request".into()), Vec::new()));
        }
        State::Accepting(acceptor) => {
            while !input.is_empty() {
                if acceptor.read_tls(&mut input).is_err() {
                    break;
                }
            }
            match acceptor.accept() {
                Ok(None) => {}
                Ok(Some(accepted)) => {
                    let hello = accepted.client_hello();
                    let name = hello.server_name().map(str::to_string);
                    let offers = hello
                        .alpn()
                        .map(|list| list.map(<[u8]>::to_vec).collect())
                        .unwrap_or_default();
                    session.servername.clone_from(&name);
                    out.hello = Some((name, offers));
                    session.state = State::Hello(Box::new(accepted));
                }
                Err((err, mut alert)) => {
                    let mut bytes = Vec::new();
                    let _ = alert.write_all(&mut bytes);
                    session.state = State::Failed;
                    return Err((err, bytes));
                }
            }
        }
        State::Hello(_) | State::Failed => {}
        State::Active(conn) => {
            while !input.is_empty() {
                match conn.read_tls(&mut input) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {}
                }
                if let Err(mut err) = conn.process_new_packets() {
                    // TLS 1.2 has no alert for a missing client certificate: OpenSSL sends
                    // a handshake failure there.
                    if err == TlsError::AlertReceived(AlertDescription::CertificateRequired)
                        && conn.protocol_version() != Some(ProtocolVersion::TLSv1_3)
                    {
                        err = TlsError::AlertReceived(AlertDescription::HandshakeFailure);
                    }
                    // The alert telling the peer why goes out with the error.
                    let bytes = outgoing(conn);
                    session.state = State::Failed;
                    return Err((err, bytes));
                }
                // The session reads no more records while its plaintext buffer is full.
                take_plaintext(conn, &mut out);
            }
            drain(conn, &mut out).map_err(|e| (e, Vec::new()))?;
        }
    }
    Ok(out)
}

fn bytes_or_null(bytes: Vec<u8>) -> OpValue {
    if bytes.is_empty() {
        OpValue::Undefined
    } else {
        OpValue::Bytes(bytes)
    }
}

fn handshaking(session: &Session) -> bool {
    match &session.state {
        State::Active(conn) => conn.is_handshaking(),
        _ => true,
    }
}

/// `tlsFeed(id, bytes)`: `[plaintext?, outgoing?, handshakeDone, peerClosed, hello?,
/// [sessions]]` where `hello` is `[servername?, [alpn...]]` for a server that now must choose a
/// context (`tlsAccept`) and `sessions` the tokens of sessions a client was just given; or
/// `[code, message, outgoing?]` when the session failed.
pub fn op_tls_feed(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let input: Vec<u8> = super::buffer::view_bytes(scope, args.get(1))
        .map(|b| b.to_vec())
        .unwrap_or_default();
    let result = SESSIONS.with(|s| {
        let mut sessions = s.borrow_mut();
        let session = sessions.get_mut(&id)?;
        Some(feed(session, &input).map(|out| {
            let fresh = session
                .resumption
                .as_ref()
                .map(|store| store.take_fresh())
                .unwrap_or_default();
            (out, !handshaking(session), fresh)
        }))
    });
    let value = match result {
        None => OpValue::Array(vec![
            OpValue::String("ERR_SSL_SSL_HANDSHAKE_FAILURE".into()),
            OpValue::String("no such TLS session".into()),
        ]),
        Some(Ok((out, done, fresh))) => {
            let hello = match out.hello {
                Some((name, offers)) => OpValue::Array(vec![
                    name.map_or(OpValue::Undefined, OpValue::String),
                    OpValue::Array(
                        offers
                            .into_iter()
                            .map(|o| OpValue::String(String::from_utf8_lossy(&o).into_owned()))
                            .collect(),
                    ),
                ]),
                None => OpValue::Undefined,
            };
            OpValue::Array(vec![
                bytes_or_null(out.plaintext),
                bytes_or_null(out.outgoing),
                OpValue::Bool(done),
                OpValue::Bool(out.peer_closed),
                hello,
                OpValue::Array(fresh.into_iter().map(OpValue::Bytes).collect()),
            ])
        }
        Some(Err((err, alert))) => OpValue::Array(vec![
            OpValue::String(error_code(&err)),
            OpValue::String(err.to_string()),
            bytes_or_null(alert),
        ]),
    };
    rv.set(value.into_js(scope));
}

/// `tlsAccept(id, contextId)`: goes on with the handshake under the chosen context; the same
/// answer as `tlsFeed`.
pub fn op_tls_accept(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let context = args.get(1).uint32_value(scope).unwrap_or(0);
    let Some((config, client_check)) = CONTEXTS.with(|c| {
        c.borrow()
            .get(&context)
            .map(|c| (Arc::clone(&c.config), c.client_check.clone()))
    }) else {
        super::throw_type_error(scope, "tlsAccept: no such context");
        return;
    };
    let outcome = SESSIONS.with(|s| {
        let mut sessions = s.borrow_mut();
        let session = sessions.get_mut(&id)?;
        let State::Hello(accepted) = std::mem::replace(&mut session.state, State::Failed) else {
            return None;
        };
        session.client_check = client_check;
        Some(match accepted.into_connection(config) {
            Ok(conn) => {
                let mut conn = Connection::Server(conn);
                let mut out = Pumped::default();
                let _ = drain(&mut conn, &mut out);
                session.state = State::Active(Box::new(conn));
                Ok(out)
            }
            Err((err, mut alert)) => {
                let mut bytes = Vec::new();
                let _ = alert.write_all(&mut bytes);
                Err((err, bytes))
            }
        })
    });
    let value = match outcome {
        None => OpValue::Undefined,
        Some(Ok(out)) => OpValue::Array(vec![
            bytes_or_null(out.plaintext),
            bytes_or_null(out.outgoing),
            OpValue::Bool(false),
            OpValue::Bool(out.peer_closed),
            OpValue::Undefined,
        ]),
        Some(Err((err, alert))) => OpValue::Array(vec![
            OpValue::String(error_code(&err)),
            OpValue::String(err.to_string()),
            bytes_or_null(alert),
        ]),
    };
    rv.set(value.into_js(scope));
}

/// `tlsWrite(id, plaintext)`: the bytes to send for it (queued inside until the handshake
/// is done).
pub fn op_tls_write(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let plaintext: &[u8] = super::buffer::view_bytes(scope, args.get(1)).map_or(&[], |b| &*b);
    let outgoing = SESSIONS.with(|s| {
        let mut sessions = s.borrow_mut();
        let State::Active(conn) = &mut sessions.get_mut(&id)?.state else {
            return None;
        };
        // The session takes plaintext up to its buffer limit: what it took is turned into
        // records before it takes more.
        let mut rest = plaintext;
        let mut records = Vec::new();
        while !rest.is_empty() {
            let taken = std::io::Write::write(&mut conn.writer(), rest).unwrap_or(0);
            rest = &rest[taken..];
            let more = outgoing(conn);
            if taken == 0 && more.is_empty() {
                break;
            }
            records.extend(more);
        }
        Some(records)
    });
    rv.set(bytes_or_null(outgoing.unwrap_or_default()).into_js(scope));
}

/// `tlsEnd(id)`: the close_notify alert to send.
pub fn op_tls_end(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let outgoing = SESSIONS.with(|s| {
        let mut sessions = s.borrow_mut();
        let State::Active(conn) = &mut sessions.get_mut(&id)?.state else {
            return None;
        };
        conn.send_close_notify();
        Some(outgoing(conn))
    });
    rv.set(bytes_or_null(outgoing.unwrap_or_default()).into_js(scope));
}

/// OpenSSL's names for the suites: `ECDHE-RSA-AES128-GCM-SHA256`; TLS 1.3's keep theirs.
fn openssl_suite_name(standard: &str) -> String {
    if standard.starts_with("TLS_AES") || standard.starts_with("TLS_CHACHA20") {
        return standard.to_string();
    }
    let rest = standard.trim_start_matches("TLS_");
    let Some((exchange, cipher)) = rest.split_once("_WITH_") else {
        return standard.to_string();
    };
    let cipher = cipher
        .replace("AES_128", "AES128")
        .replace("AES_256", "AES256")
        .replace("_SHA256", "")
        .replace("_SHA384", "-SHA384")
        .replace('_', "-");
    let cipher = if cipher.ends_with("GCM") && standard.ends_with("SHA256") {
        format!("{cipher}-SHA256")
    } else {
        cipher
    };
    format!("{}-{cipher}", exchange.replace('_', "-"))
}

/// `tlsInfo(id)`: `[protocol, cipherName, standardName, alpn | false, [peer certificates],
/// verifyError | null, servername?, resumed, keyExchangeGroup?]`.
pub fn op_tls_info(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let info = SESSIONS.with(|s| {
        let sessions = s.borrow();
        let session = sessions.get(&id)?;
        let State::Active(conn) = &session.state else {
            return None;
        };
        let protocol = match conn.protocol_version() {
            Some(ProtocolVersion::TLSv1_3) => "TLSv1.3",
            Some(ProtocolVersion::TLSv1_2) => "TLSv1.2",
            _ => "unknown",
        };
        let standard = conn
            .negotiated_cipher_suite()
            .and_then(|s| s.suite().as_str())
            .unwrap_or("")
            .replace("TLS13_", "TLS_");
        let alpn = conn.alpn_protocol().map_or(OpValue::Bool(false), |p| {
            OpValue::String(String::from_utf8_lossy(p).into_owned())
        });
        let peers = conn
            .peer_certificates()
            .unwrap_or_default()
            .iter()
            .map(|c| OpValue::Bytes(c.to_vec()))
            .collect();
        let chain = conn.peer_certificates().unwrap_or_default();
        let verdict = match (&session.client_check, &session.server_trust) {
            (Some(check), _) => check.verdict(chain),
            (None, Some(trust)) => trust.server_verdict(chain),
            (None, None) => None,
        }
        .map_or(OpValue::Undefined, |c| OpValue::String(c.into()));
        Some(OpValue::Array(vec![
            OpValue::String(protocol.into()),
            OpValue::String(openssl_suite_name(&standard)),
            OpValue::String(standard),
            alpn,
            OpValue::Array(peers),
            verdict,
            session
                .servername
                .clone()
                .map_or(OpValue::Undefined, OpValue::String),
            OpValue::Bool(conn.handshake_kind() == Some(rustls::HandshakeKind::Resumed)),
            conn.negotiated_key_exchange_group()
                .and_then(|group| group.name().as_str())
                .map_or(OpValue::Undefined, |name| OpValue::String(name.into())),
        ]))
    });
    rv.set(info.unwrap_or(OpValue::Undefined).into_js(scope));
}

/// `tlsDrop(id)`: forgets a session.
pub fn op_tls_drop(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    SESSIONS.with(|s| s.borrow_mut().remove(&id));
}

/// `tlsContextDrop(id)`: forgets a server context.
pub fn op_tls_context_drop(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    CONTEXTS.with(|c| c.borrow_mut().remove(&id));
}
