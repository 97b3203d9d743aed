//! Facts about the machine for the `os` module.

use std::ffi::CStr;

fn string<'s>(scope: &mut v8::PinScope<'s, '_>, s: &str) -> v8::Local<'s, v8::Value> {
    v8::String::new(scope, s).expect("string").into()
}

fn c_string(chars: &[libc::c_char]) -> String {
    // SAFETY: uname and friends fill NUL-terminated strings.
    unsafe { CStr::from_ptr(chars.as_ptr()) }
        .to_string_lossy()
        .into_owned()
}

/// `osUname()`: `[sysname, release, version, machine, hostname]`.
pub fn op_os_uname(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    // SAFETY: a zeroed utsname is valid; uname fills it.
    let mut uts: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointer to a utsname.
    if unsafe { libc::uname(&mut uts) } != 0 {
        return;
    }
    let values = [
        c_string(&uts.sysname),
        c_string(&uts.release),
        c_string(&uts.version),
        c_string(&uts.machine),
        c_string(&uts.nodename),
    ];
    let values: Vec<_> = values.iter().map(|v| string(scope, v)).collect();
    rv.set(v8::Array::new_with_elements(scope, &values).into());
}

/// `osSysinfo()`: `[uptime seconds, load1, load5, load15, total bytes, free bytes]`.
pub fn op_os_sysinfo(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    // SAFETY: a zeroed sysinfo is valid; sysinfo fills it.
    let mut info: libc::sysinfo = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointer.
    if unsafe { libc::sysinfo(&mut info) } != 0 {
        return;
    }
    let unit = f64::from(info.mem_unit.max(1));
    let load = |l: libc::c_ulong| l as f64 / 65536.0;
    // Free memory as Node reports it: what can be had without swapping.
    let available = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|l| l.starts_with("MemAvailable:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(info.freeram as f64 * unit, |kb| kb * 1024.0);
    let values = [
        info.uptime as f64,
        load(info.loads[0]),
        load(info.loads[1]),
        load(info.loads[2]),
        info.totalram as f64 * unit,
        available,
    ];
    let values: Vec<v8::Local<v8::Value>> = values
        .iter()
        .map(|v| v8::Number::new(scope, *v).into())
        .collect();
    rv.set(v8::Array::new_with_elements(scope, &values).into());
}

/// `osCpus()`: `[model, speed MHz, user, nice, sys, idle, irq]` for each CPU (times in ms).
pub fn op_os_cpus(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let mut models = Vec::new();
    let mut speeds = Vec::new();
    for line in cpuinfo.lines() {
        if let Some((key, value)) = line.split_once(':') {
            match key.trim() {
                "model name" => models.push(value.trim().to_string()),
                "cpu MHz" => speeds.push(value.trim().parse::<f64>().unwrap_or(0.0).floor()),
                _ => {}
            }
        }
    }
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let mut rows = Vec::new();
    for line in stat.lines() {
        let mut parts = line.split_whitespace();
        let Some(name) = parts.next() else { continue };
        if !name.starts_with("cpu") || name == "cpu" {
            continue;
        }
        let n: Vec<f64> = parts.map(|p| p.parse().unwrap_or(0.0)).collect();
        let ms = |i: usize| n.get(i).copied().unwrap_or(0.0) * 1000.0 / ticks;
        let i = rows.len();
        let model = models
            .get(i)
            .or(models.first())
            .cloned()
            .unwrap_or_default();
        let speed = speeds.get(i).or(speeds.first()).copied().unwrap_or(0.0);
        let row: Vec<v8::Local<v8::Value>> = vec![
            string(scope, &model),
            v8::Number::new(scope, speed).into(),
            v8::Number::new(scope, ms(0)).into(),
            v8::Number::new(scope, ms(1)).into(),
            v8::Number::new(scope, ms(2)).into(),
            v8::Number::new(scope, ms(3)).into(),
            v8::Number::new(scope, ms(5)).into(),
        ];
        rows.push(v8::Array::new_with_elements(scope, &row).into());
    }
    rv.set(v8::Array::new_with_elements(scope, &rows).into());
}

/// `osNetworkInterfaces()`: `[name, address, netmask, family, mac, internal, scopeid]` per
/// address, in the order the system lists them.
pub fn op_os_network_interfaces(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let mut head: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs allocates a list that is freed below.
    if unsafe { libc::getifaddrs(&mut head) } != 0 {
        return;
    }
    let mut entries = Vec::new();
    let mut macs: Vec<(String, String)> = Vec::new();
    let mut cursor = head;
    while !cursor.is_null() {
        // SAFETY: cursor walks the list getifaddrs returned.
        let ifa = unsafe { &*cursor };
        cursor = ifa.ifa_next;
        if ifa.ifa_addr.is_null() || ifa.ifa_flags & libc::IFF_UP as u32 == 0 {
            continue;
        }
        // SAFETY: ifa_name is a NUL-terminated string.
        let name = unsafe { CStr::from_ptr(ifa.ifa_name) }
            .to_string_lossy()
            .into_owned();
        let internal = ifa.ifa_flags & libc::IFF_LOOPBACK as u32 != 0;
        // SAFETY: ifa_addr is non-null; its family says which sockaddr it is.
        let family = i32::from(unsafe { (*ifa.ifa_addr).sa_family });
        match family {
            libc::AF_PACKET => {
                // SAFETY: an AF_PACKET address is a sockaddr_ll.
                let ll = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_ll) };
                let mac: Vec<String> = ll.sll_addr[..6]
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect();
                macs.push((name, mac.join(":")));
            }
            libc::AF_INET | libc::AF_INET6 => {
                let (address, netmask, scope_id) = socket_text(ifa.ifa_addr, ifa.ifa_netmask);
                let family = if family == libc::AF_INET {
                    "IPv4"
                } else {
                    "IPv6"
                };
                entries.push((name, address, netmask, family, internal, scope_id));
            }
            _ => {}
        }
    }
    // SAFETY: the list came from getifaddrs.
    unsafe { libc::freeifaddrs(head) };
    let rows: Vec<v8::Local<v8::Value>> = entries
        .into_iter()
        .map(|(name, address, netmask, family, internal, scope_id)| {
            let mac = macs
                .iter()
                .find(|(n, _)| *n == name)
                .map_or("00:00:00:00:00:00".to_string(), |(_, m)| m.clone());
            let row = [
                string(scope, &name),
                string(scope, &address),
                string(scope, &netmask),
                string(scope, family),
                string(scope, &mac),
                v8::Boolean::new(scope, internal).into(),
                v8::Number::new(scope, f64::from(scope_id.unwrap_or(0))).into(),
            ];
            v8::Array::new_with_elements(scope, &row).into()
        })
        .collect();
    rv.set(v8::Array::new_with_elements(scope, &rows).into());
}

/// Text of an address and its netmask (and the IPv6 scope id).
fn socket_text(
    addr: *const libc::sockaddr,
    mask: *const libc::sockaddr,
) -> (String, String, Option<u32>) {
    // SAFETY: the caller checked the family; both point to sockaddrs of that family (a null
    // netmask reads as all zeroes).
    unsafe {
        if i32::from((*addr).sa_family) == libc::AF_INET {
            let a = &*(addr as *const libc::sockaddr_in);
            let ip = std::net::Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr));
            let m = if mask.is_null() {
                std::net::Ipv4Addr::UNSPECIFIED
            } else {
                std::net::Ipv4Addr::from(u32::from_be(
                    (*(mask as *const libc::sockaddr_in)).sin_addr.s_addr,
                ))
            };
            (ip.to_string(), m.to_string(), None)
        } else {
            let a = &*(addr as *const libc::sockaddr_in6);
            let ip = std::net::Ipv6Addr::from(a.sin6_addr.s6_addr);
            let m = if mask.is_null() {
                std::net::Ipv6Addr::UNSPECIFIED
            } else {
                std::net::Ipv6Addr::from((*(mask as *const libc::sockaddr_in6)).sin6_addr.s6_addr)
            };
            (ip.to_string(), m.to_string(), Some(a.sin6_scope_id))
        }
    }
}

/// `osUserInfo()`: `[uid, gid, username, homedir, shell]` of the current user, or undefined.
pub fn op_os_user_info(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    // SAFETY: getuid has no preconditions.
    let uid = unsafe { libc::getuid() };
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: all pointers are valid for the call; the strings point into `buf`.
    let rc = unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result) };
    if rc != 0 || result.is_null() {
        return;
    }
    // SAFETY: getpwuid_r filled NUL-terminated strings in `buf`.
    let text = |p: *const libc::c_char| unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned();
    let row = [
        v8::Number::new(scope, f64::from(pwd.pw_uid)).into(),
        v8::Number::new(scope, f64::from(pwd.pw_gid)).into(),
        string(scope, &text(pwd.pw_name)),
        string(scope, &text(pwd.pw_dir)),
        string(scope, &text(pwd.pw_shell)),
    ];
    rv.set(v8::Array::new_with_elements(scope, &row).into());
}

/// `osPriority(pid, value?)`: gets (or sets, with `value`) a process's scheduling priority;
/// returns the priority, or an error code string.
pub fn op_os_priority(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let pid = args.get(0).int32_value(scope).unwrap_or(0) as libc::id_t;
    if args.get(1).is_undefined() {
        // SAFETY: errno is reset first so that -1 can be told from an error.
        unsafe { *libc::__errno_location() = 0 };
        // SAFETY: getpriority has no memory preconditions.
        let value = unsafe { libc::getpriority(libc::PRIO_PROCESS, pid) };
        let err = std::io::Error::last_os_error();
        if value == -1 && err.raw_os_error().unwrap_or(0) != 0 {
            rv.set(string(scope, super::code_of(&err)));
        } else {
            rv.set(v8::Integer::new(scope, value).into());
        }
        return;
    }
    let value = args.get(1).int32_value(scope).unwrap_or(0);
    // SAFETY: setpriority has no memory preconditions.
    if unsafe { libc::setpriority(libc::PRIO_PROCESS, pid, value) } != 0 {
        let err = std::io::Error::last_os_error();
        rv.set(string(scope, super::code_of(&err)));
    } else {
        rv.set(v8::Integer::new(scope, value).into());
    }
}
