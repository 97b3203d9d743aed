//! X.509 certificates read for JS (`tlsSocket.getPeerCertificate()`), in the words OpenSSL
//! prints them with: `CN`, `DNS:localhost, IP Address:127.0.0.1`, `Nov 27 00:00:00 2026 GMT`.

use x509_cert::Certificate;
use x509_cert::der::{Decode, Encode};
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::{
    AuthorityInfoAccessSyntax, BasicConstraints, ExtendedKeyUsage, SubjectAltName,
};
use x509_cert::name::Name;
use x509_cert::time::Time;

use crate::async_op::OpValue;

/// OpenSSL's short names for the attributes of a distinguished name.
fn attribute_name(oid: &str) -> String {
    match oid {
        "2.5.4.3" => "CN",
        "2.5.4.4" => "SN",
        "2.5.4.5" => "serialNumber",
        "2.5.4.6" => "C",
        "2.5.4.7" => "L",
        "2.5.4.8" => "ST",
        "2.5.4.9" => "street",
        "2.5.4.10" => "O",
        "2.5.4.11" => "OU",
        "2.5.4.12" => "title",
        "2.5.4.42" => "GN",
        "1.2.840.113549.1.9.1" => "emailAddress",
        "0.9.2342.19200300.100.1.25" => "DC",
        "0.9.2342.19200300.100.1.1" => "UID",
        other => return other.to_string(),
    }
    .to_string()
}

/// A name as `[[shortName, value], ...]` in its order.
fn name_entries(name: &Name) -> OpValue {
    let entries = name
        .iter()
        .map(|atv| {
            // DirectoryString and IA5String values are text whatever their tag.
            let value = String::from_utf8_lossy(atv.value.value()).into_owned();
            OpValue::Array(vec![
                OpValue::String(attribute_name(&atv.oid.to_string())),
                OpValue::String(value),
            ])
        })
        .collect();
    OpValue::Array(entries)
}

/// OpenSSL's time text: `Jan  5 09:03:07 2027 GMT`.
fn time_text(time: &Time) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let t = time.to_date_time();
    format!(
        "{} {:>2} {:02}:{:02}:{:02} {} GMT",
        MONTHS[usize::from(t.month().clamp(1, 12)) - 1],
        t.day(),
        t.hour(),
        t.minutes(),
        t.seconds(),
        t.year()
    )
}

/// An IP address in a certificate as OpenSSL prints it (IPv6 in full, upper case).
fn ip_text(bytes: &[u8]) -> String {
    match bytes.len() {
        4 => format!("{}.{}.{}.{}", bytes[0], bytes[1], bytes[2], bytes[3]),
        16 => bytes
            .chunks(2)
            .map(|pair| format!("{:X}", u16::from_be_bytes([pair[0], pair[1]])))
            .collect::<Vec<_>>()
            .join(":"),
        _ => "<invalid>".to_string(),
    }
}

/// A general name as OpenSSL prints it: `DNS:example.com`, `URI:http://...`.
fn general_name(name: &GeneralName) -> Option<String> {
    match name {
        GeneralName::DnsName(dns) => Some(format!("DNS:{}", dns.as_str())),
        GeneralName::Rfc822Name(mail) => Some(format!("email:{}", mail.as_str())),
        GeneralName::UniformResourceIdentifier(uri) => Some(format!("URI:{}", uri.as_str())),
        GeneralName::IpAddress(ip) => Some(format!("IP Address:{}", ip_text(ip.as_bytes()))),
        _ => None,
    }
}

/// Authority Information Access as OpenSSL prints it: `OCSP - URI:...` lines, joined by
/// newlines.
fn info_access(cert: &Certificate) -> Option<String> {
    let (_, access) = cert
        .tbs_certificate()
        .get_extension::<AuthorityInfoAccessSyntax>()
        .ok()??;
    let mut lines = Vec::new();
    for description in &access.0 {
        let method = match description.access_method.to_string().as_str() {
            "1.3.6.1.5.5.7.48.1" => "OCSP".to_string(),
            "1.3.6.1.5.5.7.48.2" => "CA Issuers".to_string(),
            other => other.to_string(),
        };
        if let Some(location) = general_name(&description.access_location) {
            lines.push(format!("{method} - {location}"));
        }
    }
    Some(lines.join("\n"))
}

fn alt_names(cert: &Certificate) -> Option<String> {
    let (_, names) = cert
        .tbs_certificate()
        .get_extension::<SubjectAltName>()
        .ok()??;
    let parts: Vec<String> = names.0.iter().filter_map(general_name).collect();
    Some(parts.join(", "))
}

/// The key's details: `['rsa', bits, exponentHex, modulusHex]` or `['ec', bits, curveName,
/// pointBytes]`, or `['other']`.
fn key_details(cert: &Certificate) -> OpValue {
    let spki = cert.tbs_certificate().subject_public_key_info();
    let algorithm = spki.algorithm.oid.to_string();
    let key = spki.subject_public_key.raw_bytes();
    match algorithm.as_str() {
        "1.2.840.113549.1.1.1" => {
            let Ok(public) = rsa::pkcs1::RsaPublicKey::<der::asn1::UintRef>::try_from(key) else {
                return OpValue::Array(vec![OpValue::String("other".into())]);
            };
            let modulus = public.modulus.as_bytes();
            let exponent = public.public_exponent.as_bytes();
            let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02X}")).collect::<String>();
            let bits =
                modulus.len() * 8 - modulus.first().map_or(0, |b| b.leading_zeros() as usize);
            OpValue::Array(vec![
                OpValue::String("rsa".into()),
                OpValue::Number(bits as f64),
                OpValue::String(hex(exponent).trim_start_matches('0').to_string()),
                OpValue::String(hex(modulus)),
            ])
        }
        "1.2.840.10045.2.1" => {
            let curve = spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.decode_as::<x509_cert::der::asn1::ObjectIdentifier>().ok())
                .map(|oid| oid.to_string());
            let (name, bits) = match curve.as_deref() {
                Some("1.2.840.10045.3.1.7") => ("prime256v1", 256.0),
                Some("1.3.132.0.34") => ("secp384r1", 384.0),
                Some("1.3.132.0.35") => ("secp521r1", 521.0),
                _ => ("unknown", 0.0),
            };
            OpValue::Array(vec![
                OpValue::String("ec".into()),
                OpValue::Number(bits),
                OpValue::String(name.into()),
                OpValue::Bytes(key.to_vec()),
            ])
        }
        _ => OpValue::Array(vec![OpValue::String("other".into())]),
    }
}

/// `x509Details(der)`: `[subject, issuer, subjectaltname?, validFrom, validTo, serialHex, ca,
/// extKeyUsage[], key, infoAccess?, spkiDer]`, or undefined when the bytes are not a
/// certificate.
pub fn op_x509_details(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(bytes) = super::buffer::view_bytes(scope, args.get(0)) else {
        super::throw_type_error(scope, "x509Details: bytes must be an ArrayBufferView");
        return;
    };
    let Ok(cert) = Certificate::from_der(bytes) else {
        return;
    };
    let tbs = cert.tbs_certificate();
    let ca = tbs
        .get_extension::<BasicConstraints>()
        .ok()
        .flatten()
        .is_some_and(|(_, c)| c.ca);
    let usages = tbs
        .get_extension::<ExtendedKeyUsage>()
        .ok()
        .flatten()
        .map(|(_, u)| {
            u.0.iter()
                .map(|oid| OpValue::String(oid.to_string()))
                .collect()
        })
        .unwrap_or_default();
    let serial: String = tbs
        .serial_number()
        .as_bytes()
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect();
    let validity = tbs.validity();
    let value = OpValue::Array(vec![
        name_entries(tbs.subject()),
        name_entries(tbs.issuer()),
        alt_names(&cert).map_or(OpValue::Undefined, OpValue::String),
        OpValue::String(time_text(&validity.not_before)),
        OpValue::String(time_text(&validity.not_after)),
        OpValue::String(serial),
        OpValue::Bool(ca),
        OpValue::Array(usages),
        key_details(&cert),
        info_access(&cert).map_or(OpValue::Undefined, OpValue::String),
        tbs.subject_public_key_info()
            .to_der()
            .map_or(OpValue::Undefined, OpValue::Bytes),
    ]);
    rv.set(value.into_js(scope));
}

/// The to-be-signed part of a certificate as it was signed: its bytes as given, not
/// re-encoded (a certificate that is not strict DER still verifies, as with OpenSSL).
fn tbs_bytes(cert: &[u8]) -> Option<&[u8]> {
    use x509_cert::der::{Header, Reader, SliceReader};
    let mut reader = SliceReader::new(cert).ok()?;
    Header::decode(&mut reader).ok()?;
    reader.tlv_bytes().ok()
}

/// `x509Verify(der, spkiDer)`: whether the certificate's signature verifies with that key.
pub fn op_x509_verify(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let (Some(cert), Some(spki)) = (
        super::buffer::view_bytes(scope, args.get(0)),
        super::buffer::view_bytes(scope, args.get(1)),
    ) else {
        super::throw_type_error(scope, "x509Verify: arguments must be ArrayBufferViews");
        return;
    };
    let verified = Certificate::from_der(cert).ok().is_some_and(|parsed| {
        let Some(tbs) = tbs_bytes(cert) else {
            return false;
        };
        let oid = parsed.signature_algorithm().oid.to_string();
        let signature = parsed.signature().raw_bytes();
        super::keys::verify_certificate_signature(spki, &oid, tbs, signature)
    });
    rv.set(v8::Boolean::new(scope, verified).into());
}
