//! WHATWG URL parsing and setters, by the `url` crate (the URL Standard's algorithms).

use url::{Host, Url, quirks};

/// The components JS keeps, in this order (see `internal/url.js`).
fn components(url: &Url) -> [&str; 10] {
    [
        quirks::href(url),
        quirks::protocol(url),
        quirks::username(url),
        quirks::password(url),
        quirks::host(url),
        quirks::hostname(url),
        quirks::port(url),
        quirks::pathname(url),
        quirks::search(url),
        quirks::hash(url),
    ]
}

fn components_to_js<'s>(scope: &mut v8::PinScope<'s, '_>, url: &Url) -> v8::Local<'s, v8::Value> {
    let origin = quirks::origin(url);
    let mut values: Vec<v8::Local<v8::Value>> = components(url)
        .iter()
        .map(|c| v8::String::new(scope, c).expect("component").into())
        .collect();
    values.push(v8::String::new(scope, &origin).expect("origin").into());
    v8::Array::new_with_elements(scope, &values).into()
}

/// `urlParse(input, base?)`: the components, or undefined if `input` is not a valid URL.
pub fn op_url_parse(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let input = args.get(0).to_rust_string_lossy(scope);
    let base = args.get(1);
    let parsed = if base.is_undefined() {
        Url::parse(&input)
    } else {
        let base = base.to_rust_string_lossy(scope);
        Url::parse(&base).and_then(|b| b.join(&input))
    };
    if let Ok(url) = parsed {
        rv.set(components_to_js(scope, &url));
    }
}

/// `urlSet(href, field, value)`: the components after setting one of them as the URL
/// Standard's setters do (invalid values leave the URL unchanged).
pub fn op_url_set(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let href = args.get(0).to_rust_string_lossy(scope);
    let field = args.get(1).to_rust_string_lossy(scope);
    let value = args.get(2).to_rust_string_lossy(scope);
    let Ok(mut url) = Url::parse(&href) else {
        return;
    };
    match field.as_str() {
        "href" => {
            if quirks::set_href(&mut url, &value).is_err() {
                return;
            }
        }
        "protocol" => set_protocol(&mut url, &value),
        "username" => drop(quirks::set_username(&mut url, &value)),
        "password" => drop(quirks::set_password(&mut url, &value)),
        "host" => drop(quirks::set_host(&mut url, &value)),
        "hostname" => drop(quirks::set_hostname(&mut url, &value)),
        "port" => drop(quirks::set_port(&mut url, &value)),
        "pathname" => quirks::set_pathname(&mut url, &value),
        "search" => quirks::set_search(&mut url, &value),
        "hash" => quirks::set_hash(&mut url, &value),
        _ => return,
    }
    rv.set(components_to_js(scope, &url));
}

/// The protocol setter. The crate refuses to make any URL with a host a `file:` URL, where the
/// URL Standard only refuses one with credentials or a port: that change is made here.
fn set_protocol(url: &mut Url, value: &str) {
    if quirks::set_protocol(url, value).is_ok() {
        return;
    }
    let scheme = value
        .split(':')
        .next()
        .unwrap_or_default()
        .replace(['\t', '\n', '\r'], "");
    let special = matches!(url.scheme(), "http" | "https" | "ws" | "wss" | "ftp");
    let credentials = !url.username().is_empty() || url.password().is_some();
    if !scheme.eq_ignore_ascii_case("file") || !special || credentials || url.port().is_some() {
        return;
    }
    let rest = &url.as_str()[url.scheme().len()..];
    if let Ok(file) = Url::parse(&format!("file{rest}")) {
        *url = file;
    }
}

/// `domainToASCII(domain)` and `domainToUnicode(domain)` for the `url` module: a domain, or an
/// IP address as the URL host parser writes it; '' if it is not a valid host.
pub fn op_domain_to_ascii(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let domain = args.get(0).to_rust_string_lossy(scope);
    let ascii = Host::parse(&domain)
        .map(|host| host.to_string())
        .unwrap_or_default();
    rv.set(v8::String::new(scope, &ascii).expect("domain").into());
}

pub fn op_domain_to_unicode(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let domain = args.get(0).to_rust_string_lossy(scope);
    let unicode = match Host::parse(&domain) {
        Ok(Host::Domain(_)) => quirks::domain_to_unicode(&domain),
        Ok(ip) => ip.to_string(),
        Err(_) => String::new(),
    };
    rv.set(v8::String::new(scope, &unicode).expect("domain").into());
}
