//! Native functions reachable from JavaScript ("ops"), declared once in [`TABLE`].
//!
//! The JS side receives them as one object (`ops.write(...)`) that only the runtime's own
//! modules can see. The same table will give the V8 snapshot its external references, so the
//! order of the entries is part of the runtime's build id.

mod async_context;
mod buffer;
mod build_guard;
mod child_process;
mod cipher;
pub mod clone;
mod crypto;
mod deflate;
mod dns;
pub mod errno;
pub mod errors;
pub mod fs;
mod handles;
mod histogram;
mod http;
mod inspect;
mod io;
pub mod ipc;
mod key_encryption;
mod keys;
pub mod modules;
pub(crate) mod net;
mod os;
mod pkcs12;
pub(crate) mod ports;
mod process;
mod signals;
mod text;
mod timers;
mod tls;
mod tls_ciphers;
mod tls_sessions;
mod types;
mod udp;
mod url;
mod v8_api;
mod v8_serdes;
mod vm;
mod watch;
mod worker;
mod x509;
mod zlib;

pub use errno::code_of;

/// One native function: its name on the JS `ops` object and how to get its V8 callback.
pub struct Op {
    pub name: &'static str,
    pub callback: fn() -> v8::FunctionCallback,
}

macro_rules! op_table {
    ($($name:literal => $(@$pure:ident)? $func:path),* $(,)?) => {
        /// Every op, in a fixed order.
        pub static TABLE: &[Op] = &[
            $(Op {
                name: $name,
                callback: op_callback!($name, $func $(, $pure)?),
            },)*
        ];
    };
}

/// An op's V8 callback. Ops not marked `@pure` first ask [`build_guard`] whether they may run.
macro_rules! op_callback {
    ($name:literal, $func:path, pure) => {
        || v8::MapFnTo::<v8::FunctionCallback>::map_fn_to($func)
    };
    ($name:literal, $func:path) => {
        || {
            fn guarded(
                scope: &mut v8::PinScope,
                args: v8::FunctionCallbackArguments,
                rv: v8::ReturnValue<v8::Value>,
            ) {
                if !build_guard::refuses(scope, $name) {
                    $func(scope, args, rv);
                }
            }
            v8::MapFnTo::<v8::FunctionCallback>::map_fn_to(guarded)
        }
    };
}

op_table! {
    "write" => io::op_write,
    "buildGuard" => @pure build_guard::op_build_guard,
    "exit" => process::op_exit,
    "env" => process::op_env,
    "cwd" => process::op_cwd,
    "compileBuiltin" => @pure modules::op_compile_builtin,
    "compileFunction" => @pure modules::op_compile_function,
    "builtinNames" => @pure modules::op_builtin_names,
    "nodeBuiltinNames" => @pure modules::op_node_builtin_names,
    "errorArrow" => @pure errors::op_error_arrow,
    "scriptSource" => @pure errors::op_script_source,
    "mapPosition" => @pure errors::op_map_position,
    "promiseDetails" => @pure inspect::op_promise_details,
    "previewEntries" => @pure inspect::op_preview_entries,
    "proxyDetails" => @pure inspect::op_proxy_details,
    "constructorName" => @pure inspect::op_constructor_name,
    "scheduleTimer" => timers::op_schedule_timer,
    "loopNow" => timers::op_loop_now,
    "streamRef" => timers::op_stream_ref,
    "loopTimes" => timers::op_loop_times,
    "runMicrotasks" => @pure timers::op_run_microtasks,
    "asyncContextGet" => @pure async_context::op_async_context_get,
    "asyncContextSet" => @pure async_context::op_async_context_set,
    "listenSignal" => timers::op_listen_signal,
    "signalDefault" => timers::op_signal_default,
    "kill" => timers::op_kill,
    "signals" => @pure signals::op_signals,
    "fsSync" => fs::op_fs_sync,
    "fsAsync" => fs::op_fs_async,
    "fsWatch" => watch::op_fs_watch,
    "fsWatchClose" => watch::op_fs_watch_close,
    "seaAsset" => fs::op_sea_asset,
    "seaAssetKeys" => fs::op_sea_asset_keys,
    "decodeUtf8" => @pure text::op_decode_utf8,
    "encodeUtf8" => @pure text::op_encode_utf8,
    "encodingName" => @pure text::op_encoding_name,
    "decoderNew" => text::op_decoder_new,
    "decoderDecode" => text::op_decoder_decode,
    "decoderDrop" => text::op_decoder_drop,
    "hrtime" => timers::op_hrtime,
    "isatty" => io::op_isatty,
    "guessHandle" => io::op_guess_handle,
    "ttySize" => io::op_tty_size,
    "setRawMode" => io::op_set_raw_mode,
    "structuredClone" => @pure clone::op_structured_clone,
    "markCloneable" => @pure clone::op_mark_cloneable,
    "setCloneKinds" => @pure clone::op_set_clone_kinds,
    "histogramNew" => histogram::op_histogram_new,
    "histogramRecord" => histogram::op_histogram_record,
    "histogramStats" => histogram::op_histogram_stats,
    "histogramPercentile" => histogram::op_histogram_percentile,
    "histogramPercentiles" => histogram::op_histogram_percentiles,
    "histogramReset" => histogram::op_histogram_reset,
    "histogramAdd" => histogram::op_histogram_add,
    "histogramDrop" => histogram::op_histogram_drop,
    "vmCreateContext" => vm::op_vm_create_context,
    "vmIsContext" => vm::op_vm_is_context,
    "vmCompile" => vm::op_vm_compile,
    "vmDrop" => vm::op_vm_drop,
    "vmRun" => vm::op_vm_run,
    "vmCompileFunction" => vm::op_vm_compile_function,
    "portPair" => ports::op_port_pair,
    "portFollow" => ports::op_port_follow,
    "portPark" => ports::op_port_park,
    "portPost" => ports::op_port_post,
    "portReceive" => ports::op_port_receive,
    "portClose" => ports::op_port_close,
    "broadcastJoin" => ports::op_broadcast_join,
    "broadcastPost" => ports::op_broadcast_post,
    "randomFill" => text::op_random_fill,
    "timeOrigin" => timers::op_time_origin,
    "hardwareConcurrency" => timers::op_hardware_concurrency,
    "urlParse" => @pure url::op_url_parse,
    "urlSet" => @pure url::op_url_set,
    "domainToASCII" => @pure url::op_domain_to_ascii,
    "domainToUnicode" => @pure url::op_domain_to_unicode,
    "bufferToString" => @pure buffer::op_buffer_to_string,
    "bufferWrite" => @pure buffer::op_buffer_write,
    "byteLengthUtf8" => @pure buffer::op_byte_length_utf8,
    "decodedLength" => @pure buffer::op_decoded_length,
    "bufferCompare" => @pure buffer::op_buffer_compare,
    "typeCheckNames" => @pure types::op_type_check_names,
    "typeChecks" => @pure types::op_type_checks,
    "errnoTable" => @pure errno::op_errno_table,
    "errnoConstants" => @pure errno::op_errno_constants,
    "osUname" => os::op_os_uname,
    "osSysinfo" => os::op_os_sysinfo,
    "osCpus" => os::op_os_cpus,
    "osNetworkInterfaces" => os::op_os_network_interfaces,
    "osUserInfo" => os::op_os_user_info,
    "osPriority" => os::op_os_priority,
    "memoryUsage" => process::op_memory_usage,
    "rss" => process::op_rss,
    "resourceUsage" => process::op_resource_usage,
    "umask" => process::op_umask,
    "chdir" => process::op_chdir,
    "ids" => process::op_ids,
    "constrainedMemory" => process::op_constrained_memory,
    "credentialId" => process::op_credential_id,
    "setCredentials" => process::op_set_credentials,
    "hashNew" => crypto::op_hash_new,
    "hashUpdate" => crypto::op_hash_update,
    "hashDigest" => crypto::op_hash_digest,
    "hashCopy" => crypto::op_hash_copy,
    "hashSetLength" => crypto::op_hash_set_length,
    "hashDrop" => crypto::op_hash_drop,
    "hashNames" => @pure crypto::op_hash_names,
    "pbkdf2" => crypto::op_pbkdf2,
    "hkdf" => crypto::op_hkdf,
    "scrypt" => crypto::op_scrypt,
    "cipherNew" => cipher::op_cipher_new,
    "cipherUpdate" => cipher::op_cipher_update,
    "cipherFinal" => cipher::op_cipher_final,
    "cipherSetPadding" => cipher::op_cipher_set_padding,
    "cipherSetAad" => cipher::op_cipher_set_aad,
    "cipherSetTag" => cipher::op_cipher_set_tag,
    "cipherTag" => cipher::op_cipher_tag,
    "cipherDrop" => cipher::op_cipher_drop,
    "cipherNames" => @pure cipher::op_cipher_names,
    "cipherInfo" => @pure cipher::op_cipher_info,
    "aesKeyWrap" => cipher::op_aes_key_wrap,
    "keyImport" => keys::op_key_import,
    "keyExport" => keys::op_key_export,
    "keyJwk" => keys::op_key_jwk,
    "keyPublic" => keys::op_key_public,
    "keyDetails" => keys::op_key_details,
    "keyGenerate" => keys::op_key_generate,
    "keySign" => keys::op_key_sign,
    "keyVerify" => keys::op_key_verify,
    "keyCrypt" => keys::op_key_crypt,
    "keyDerive" => keys::op_key_derive,
    "ecPrivate" => keys::op_ec_private,
    "ecPoint" => keys::op_ec_point,
    "netConnect" => net::op_net_connect,
    "netPair" => net::op_net_pair,
    "netAdopt" => net::op_net_adopt,
    "netReject" => net::op_net_reject,
    "netListen" => net::op_net_listen,
    "netServerClose" => net::op_net_server_close,
    "netWrite" => net::op_net_write,
    "netWritev" => net::op_net_writev,
    "netShutdown" => net::op_net_shutdown,
    "netFlow" => net::op_net_flow,
    "netClose" => net::op_net_close,
    "netSetNoDelay" => net::op_net_set_no_delay,
    "netSetKeepAlive" => net::op_net_set_keep_alive,
    "netHandleFd" => net::op_net_handle_fd,
    "netAdoptFd" => net::op_net_adopt_fd,
    "netListenFd" => net::op_net_listen_fd,
    "dupFd" => net::op_dup_fd,
    "netBindFd" => net::op_net_bind_fd,
    "closeFd" => net::op_close_fd,
    "udpBind" => udp::op_udp_bind,
    "udpSend" => udp::op_udp_send,
    "udpConnect" => udp::op_udp_connect,
    "udpDisconnect" => udp::op_udp_disconnect,
    "udpRemote" => udp::op_udp_remote,
    "udpOption" => udp::op_udp_option,
    "udpClose" => udp::op_udp_close,
    "udpBindFd" => udp::op_udp_bind_fd,
    "udpHandleFd" => udp::op_udp_handle_fd,
    "dnsLookup" => dns::op_dns_lookup,
    "dnsLookupService" => dns::op_dns_lookup_service,
    "dnsQuery" => dns::op_dns_query,
    "tlsClient" => tls::op_tls_client,
    "tlsContext" => tls::op_tls_context,
    "tlsContextDrop" => tls::op_tls_context_drop,
    "tlsServer" => tls::op_tls_server,
    "tlsFeed" => tls::op_tls_feed,
    "tlsAccept" => tls::op_tls_accept,
    "tlsWrite" => tls::op_tls_write,
    "tlsEnd" => tls::op_tls_end,
    "tlsInfo" => tls::op_tls_info,
    "tlsDrop" => tls::op_tls_drop,
    "tlsRootCertificates" => tls::op_tls_root_certificates,
    "tlsCiphersCheck" => @pure tls_ciphers::op_tls_ciphers_check,
    "tlsCurvesCheck" => @pure tls_ciphers::op_tls_curves_check,
    "pkcs12Read" => pkcs12::op_pkcs12_read,
    "x509Details" => x509::op_x509_details,
    "x509Verify" => x509::op_x509_verify,
    "httpParseHead" => @pure http::op_http_parse_head,
    "v8SerializerNew" => v8_serdes::op_v8_serializer_new,
    "v8Serializer" => v8_serdes::op_v8_serializer,
    "v8DeserializerNew" => v8_serdes::op_v8_deserializer_new,
    "v8Deserializer" => v8_serdes::op_v8_deserializer,
    "v8HeapStatistics" => v8_api::op_v8_heap_statistics,
    "v8HeapSpaces" => v8_api::op_v8_heap_spaces,
    "v8SetFlags" => v8_api::op_v8_set_flags,
    "v8CachedDataVersionTag" => @pure v8_api::op_v8_cached_data_version_tag,
    "zlibInit" => zlib::op_zlib_init,
    "zlibWrite" => zlib::op_zlib_write,
    "zlibWriteAsync" => zlib::op_zlib_write_async,
    "zlibParams" => zlib::op_zlib_params,
    "zlibClose" => zlib::op_zlib_close,
    "zlibOneShot" => zlib::op_zlib_one_shot,
    "crc32" => @pure zlib::op_crc32,
    "spawnSync" => child_process::op_spawn_sync,
    "spawn" => child_process::op_spawn,
    "workerStart" => worker::op_worker_start,
    "workerPost" => worker::op_worker_post,
    "workerStdin" => worker::op_worker_stdin,
    "workerTerminate" => worker::op_worker_terminate,
    "workerClose" => worker::op_worker_close,
    "workerSelf" => worker::op_worker_self,
    "workerData" => worker::op_worker_data,
    "workerStdio" => worker::op_worker_stdio,
    "workerFail" => worker::op_worker_fail,
    "parentPortOpen" => worker::op_parent_port_open,
    "parentPortPost" => worker::op_parent_port_post,
    "ipcOpen" => ipc::op_ipc_open,
    "ipcWrite" => ipc::op_ipc_write,
    "ipcClose" => ipc::op_ipc_close,
    "spawnWrite" => child_process::op_spawn_write,
    "spawnEndStdin" => child_process::op_spawn_end_stdin,
    "spawnClose" => child_process::op_spawn_close,
    "spawnFlow" => child_process::op_spawn_flow,
}

/// An object holding every op as a function.
pub fn create_ops_object<'s>(scope: &mut v8::PinScope<'s, '_>) -> v8::Local<'s, v8::Object> {
    let ops = v8::Object::new(scope);
    for op in TABLE {
        let func = v8::Function::builder_raw((op.callback)())
            .build(scope)
            .expect("creating a function for an op");
        let name = v8::String::new(scope, op.name).expect("op name");
        func.set_name(name);
        ops.set(scope, name.into(), func.into());
    }
    ops
}

/// Drops this thread's native state that V8 objects would outlive if the isolate went first.
pub fn release_before_isolate() {
    v8_serdes::release();
}

/// A Uint8Array that owns `bytes`.
pub fn uint8_array<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    bytes: Vec<u8>,
) -> Option<v8::Local<'s, v8::Uint8Array>> {
    let len = bytes.len();
    let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
    let buffer = v8::ArrayBuffer::with_backing_store(scope, &store);
    v8::Uint8Array::new(scope, buffer, 0, len)
}

/// `object[key]`, or undefined when reading it fails.
pub fn property<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    object: v8::Local<v8::Object>,
    key: &str,
) -> v8::Local<'s, v8::Value> {
    let key = v8::String::new(scope, key).expect("key");
    object
        .get(scope, key.into())
        .unwrap_or_else(|| v8::undefined(scope).into())
}

/// `[name, ...rest]`: an event of a stream source (a child, a channel, a worker).
pub fn stream_event(name: &str, rest: Vec<crate::async_op::OpValue>) -> crate::async_op::OpValue {
    let mut items = vec![crate::async_op::OpValue::String(name.to_string())];
    items.extend(rest);
    crate::async_op::OpValue::Array(items)
}

/// An array of the strings `items`.
pub fn string_array<'s, 'i>(
    scope: &mut v8::PinScope<'s, '_>,
    items: impl IntoIterator<Item = &'i str>,
) -> v8::Local<'s, v8::Array> {
    let items: Vec<v8::Local<v8::Value>> = items
        .into_iter()
        .map(|n| v8::String::new(scope, n).expect("string").into())
        .collect();
    v8::Array::new_with_elements(scope, &items)
}

/// Throws a JS `TypeError` with `message`.
pub fn throw_type_error(scope: &mut v8::PinScope, message: &str) {
    let message = v8::String::new(scope, message).expect("message");
    let error = v8::Exception::type_error(scope, message);
    scope.throw_exception(error);
}

/// The string value of argument `i`, or a thrown `TypeError`.
pub fn string_arg(
    scope: &mut v8::PinScope,
    args: &v8::FunctionCallbackArguments,
    i: i32,
    what: &str,
) -> Option<String> {
    let value = args.get(i);
    if value.is_string() {
        Some(value.to_rust_string_lossy(scope))
    } else {
        throw_type_error(scope, &format!("{what} must be a string"));
        None
    }
}
