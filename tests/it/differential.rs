//! The same program under `node` and as a packed executable: the same output and exit code.
//! These tests need `node`; where it is not installed they say so and pass without comparing.

use std::path::Path;

use crate::support::{self, *};

/// Makes stderr comparable: paths of the program, stack frames (Node's loader frames differ
/// from ours), arrows into built-in modules (`node:internal/...:N`, the source line and the
/// caret) and Node's version footer go.
fn normalize_stderr(stderr: &str, script_dir: &Path, exe_dir: &Path) -> String {
    let mut lines = Vec::new();
    let mut skip = 0;
    for line in stderr.lines() {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        if line.starts_with("node:")
            && line
                .rsplit(':')
                .next()
                .is_some_and(|n| n.parse::<u32>().is_ok())
        {
            skip = 2;
            continue;
        }
        // Node's hint about its own command-line flags has no counterpart in a packed
        // executable.
        // Stack frames (and how many of them an error shares with its cause, or with where an
        // unhandled 'error' was emitted) depend on the loader's own frames, which differ.
        let trimmed = line.trim_start();
        if trimmed.starts_with("at ")
            || (trimmed.starts_with("... ")
                && trimmed.ends_with(" lines matching cause stack trace ..."))
            || trimmed == "[... lines matching original stack trace ...]"
            || line.starts_with("Node.js v")
            || line.starts_with("(Use `node --trace-")
        {
            continue;
        }
        let mut line = line
            .replace(script_dir.to_str().unwrap(), "<dir>")
            .replace(exe_dir.to_str().unwrap(), "<dir>");
        // Warnings carry the process id: `(node:1234) Warning: ...`.
        if let Some(rest) = line.strip_prefix("(node:")
            && let Some(end) = rest.find(") ")
            && rest[..end].bytes().all(|b| b.is_ascii_digit())
        {
            line = format!("(node:PID){}", &rest[end + 1..]);
        }
        lines.push(line);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

fn compare(mode: &[&str]) {
    compare_fixture("process/main.js", mode);
}

/// A fixture project's entry under node and packed: same stdout, stderr and exit code.
fn compare_fixture(entry: &str, mode: &[&str]) {
    if node().is_none() {
        // The test harness shows this line for the skipped comparison.
        #[allow(clippy::print_stderr)]
        {
            eprintln!("skipped: node is not installed");
        }
        return;
    }
    let script = fixture(entry);
    let exe = built(entry);
    let expected = run_node(&script, mode, &[]);
    let actual = run_exe(&exe, mode, &[]);
    actual.assert_no_panic();
    assert_eq!(actual.stdout, expected.stdout, "stdout of {mode:?}");
    assert_eq!(actual.code, expected.code, "exit code of {mode:?}");
    let script_dir = script.parent().unwrap().canonicalize().unwrap();
    let exe_dir = exe.parent().unwrap().canonicalize().unwrap();
    assert_eq!(
        normalize_stderr(&actual.stderr, &script_dir, &exe_dir),
        normalize_stderr(&expected.stderr, &script_dir, &exe_dir),
        "stderr of {mode:?}"
    );
}

/// fork() of the project's other modules: the bundler follows the ways their paths are
/// written, and the packed child runs the module it was asked for.
#[test]
fn fork_runs_other_modules_of_the_bundle() {
    compare_fixture("fork/main.js", &[]);
}

/// Worker threads on other modules of the bundle, ES module and CommonJS, and one that does
/// not exist.
#[test]
fn workers_run_other_modules_of_the_bundle() {
    compare_fixture("workers/main.mjs", &[]);
}

#[test]
fn same_as_node_args() {
    compare(&["args", "a", "b c"]);
}

#[test]
fn same_as_node_exit() {
    compare(&["exit", "4"]);
    compare(&["exitCode", "9"]);
    compare(&["badExitCode"]);
}

#[test]
fn same_as_node_uncaught_throw() {
    compare(&["throw"]);
    compare(&["throwValue"]);
}

#[test]
fn same_as_node_rejections() {
    compare(&["reject"]);
    compare(&["caught"]);
}

#[test]
fn same_as_node_await() {
    compare(&["await"]);
}

#[test]
fn same_as_node_streams() {
    compare(&["streams"]);
}

#[test]
fn same_as_node_format() {
    compare(&["format"]);
}

#[test]
fn same_as_node_info() {
    compare(&["info"]);
}

#[test]
fn same_as_node_require() {
    compare(&["require"]);
}

// ---- programs in tests/diff: each runs under node and packed ------------------------------------

/// Builds `tests/diff/NAME.js` (or `.mjs`), runs it and node on it, and compares. The executable is
/// removed afterwards: there are many of these.
fn compare_program(name: &str) {
    if node().is_none() {
        #[allow(clippy::print_stderr)]
        {
            eprintln!("skipped: node is not installed");
        }
        return;
    }
    // CommonJS programs end in .js, ES modules in .mjs.
    let dir = support::workspace().join("tests/diff");
    let script = [".js", ".mjs"]
        .iter()
        .map(|ext| dir.join(format!("{name}{ext}")))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("no tests/diff/{name}.js or .mjs"));
    let dir = fresh_dir(&format!("diff-{name}"));
    // Named unlike the script, so that nothing finds the program by the executable's name.
    let exe = dir.join(format!("{name}-packed"));
    let built = pack(&[
        "build",
        script.to_str().unwrap(),
        "-o",
        exe.to_str().unwrap(),
    ]);
    assert!(
        built.status.success(),
        "pack build {name}: {}",
        String::from_utf8_lossy(&built.stderr)
    );
    let certs = test_certificates().to_str().unwrap();
    let env = [("PACK_TEST_CERTS", certs)];
    let expected = run_node(&script, &[], &env);
    let actual = run_exe(&exe, &[], &env);
    let _ = std::fs::remove_dir_all(&dir);
    assert_same_as_node(name, &actual, &expected, script.parent().unwrap(), &dir);
}

/// An Authority Information Access extension naming an OCSP responder and the issuer's
/// certificate (rcgen has no builder for it): DER written out by hand.
fn authority_info_access() -> rcgen::CustomExtension {
    fn der(tag: u8, content: &[u8]) -> Vec<u8> {
        let mut out = vec![tag, content.len() as u8];
        out.extend_from_slice(content);
        out
    }
    let description = |method_last_arc: u8, uri: &str| {
        // id-ad-ocsp (1.3.6.1.5.5.7.48.1) or id-ad-caIssuers (.2); the location a URI ([6]).
        let method = der(0x06, &[0x2b, 6, 1, 5, 5, 7, 48, method_last_arc]);
        der(0x30, &[method, der(0x86, uri.as_bytes())].concat())
    };
    let access = der(
        0x30,
        &[
            description(1, "http://ocsp.pack.test"),
            description(2, "http://ca.pack.test/ca.der"),
        ]
        .concat(),
    );
    rcgen::CustomExtension::from_oid_content(&[1, 3, 6, 1, 5, 5, 7, 1, 1], access)
}

/// Certificates made once per run, in the directory programs find in `PACK_TEST_CERTS`: a
/// self-signed one for `localhost` and 127.0.0.1 (`cert.pem`, `key.pem`, and both in
/// `server.pfx` under the passphrase "sekrit", also as `server-3des.pfx` and `server-rc2.pfx`
/// in older encryption schemes, and `server-key-rc2.pfx` with only its key in one where the
/// openssl command is installed), and a CA
/// (`ca.pem`) with a client certificate it signed (`client-cert.pem`, `client-key.pem`).
fn test_certificates() -> &'static Path {
    static DIR: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = fresh_dir("test-certificates");
        let named = |names: Vec<String>, common_name: &str| {
            let mut params = rcgen::CertificateParams::new(names).expect("certificate parameters");
            params
                .distinguished_name
                .push(rcgen::DnType::CommonName, common_name);
            params
                .distinguished_name
                .push(rcgen::DnType::OrganizationName, "Pack Test");
            params
        };
        let params = named(
            vec!["localhost".to_string(), "127.0.0.1".to_string()],
            "localhost",
        );
        let key = rcgen::KeyPair::generate().expect("a key");
        let cert = params.self_signed(&key).expect("a certificate");
        std::fs::write(dir.join("cert.pem"), cert.pem()).unwrap();
        std::fs::write(dir.join("key.pem"), key.serialize_pem()).unwrap();
        // The same key and certificate as PKCS#12, under the passphrase "sekrit".
        let mut store = p12_keystore::KeyStore::new();
        let chain = p12_keystore::PrivateKeyChain::new(
            vec![1u8],
            p12_keystore::PrivateKey::from_der(&key.serialize_der()).expect("a PKCS#8 key"),
            [p12_keystore::Certificate::from_der(cert.der()).expect("a certificate")],
        );
        store.add_entry(
            "localhost",
            p12_keystore::KeyStoreEntry::PrivateKeyChain(chain),
        );
        let pfx = store.writer("sekrit").write().expect("a PKCS#12 file");
        std::fs::write(dir.join("server.pfx"), pfx).unwrap();
        // The same in older schemes: triple DES, which Node reads, and 40-bit RC2, which it
        // refuses (OpenSSL's legacy provider).
        for (name, algorithm) in [
            (
                "server-3des.pfx",
                p12_keystore::EncryptionAlgorithm::PbeWithShaAnd3KeyTripleDesCbc,
            ),
            (
                "server-rc2.pfx",
                p12_keystore::EncryptionAlgorithm::PbeWithShaAnd40BitRc4Cbc,
            ),
        ] {
            let pfx = store
                .writer("sekrit")
                .encryption_algorithm(algorithm)
                .write()
                .expect("a PKCS#12 file");
            std::fs::write(dir.join(name), pfx).unwrap();
        }
        // Only the key shrouded in 40-bit RC2, the certificates in AES: a mix only OpenSSL's
        // own command writes. Where it is not installed, the program leaves that case out.
        let mixed = std::process::Command::new("openssl")
            .args(["pkcs12", "-export", "-legacy", "-passout", "pass:sekrit"])
            .args(["-keypbe", "PBE-SHA1-RC2-40", "-certpbe", "AES-256-CBC"])
            .arg("-in")
            .arg(dir.join("cert.pem"))
            .arg("-inkey")
            .arg(dir.join("key.pem"))
            .arg("-out")
            .arg(dir.join("server-key-rc2.pfx"))
            .output()
            .is_ok_and(|out| out.status.success());
        if !mixed {
            // The test harness shows this line for the case left out.
            #[allow(clippy::print_stderr)]
            {
                eprintln!("skipped: openssl is not installed to write server-key-rc2.pfx");
            }
        }

        let mut ca_params = named(Vec::new(), "Pack Test CA");
        ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        ca_params.key_usages = vec![
            rcgen::KeyUsagePurpose::KeyCertSign,
            rcgen::KeyUsagePurpose::CrlSign,
        ];
        let ca =
            rcgen::CertifiedIssuer::self_signed(ca_params, rcgen::KeyPair::generate().unwrap())
                .expect("a CA");
        std::fs::write(dir.join("ca.pem"), ca.pem()).unwrap();
        let mut client_params = named(Vec::new(), "client");
        client_params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ClientAuth];
        client_params
            .custom_extensions
            .push(authority_info_access());
        let client_key = rcgen::KeyPair::generate().expect("a key");
        let client = client_params
            .signed_by(&client_key, &ca)
            .expect("a client certificate");
        std::fs::write(dir.join("client-cert.pem"), client.pem()).unwrap();
        std::fs::write(dir.join("client-key.pem"), client_key.serialize_pem()).unwrap();
        dir
    })
}

/// The packed run `actual` against node's `expected`: stdout, stderr (normalised, with both
/// directories shown as `<dir>`), exit code and signal. `source_dir` is where node ran the
/// script from, `exe_dir` where the executable was.
pub fn assert_same_as_node(
    name: &str,
    actual: &Run,
    expected: &Run,
    source_dir: &Path,
    exe_dir: &Path,
) {
    actual.assert_no_panic();
    let source_dir = source_dir.canonicalize().unwrap();
    assert_eq!(actual.stdout, expected.stdout, "stdout of {name}");
    assert_eq!(
        normalize_stderr(&actual.stderr, &source_dir, exe_dir),
        normalize_stderr(&expected.stderr, &source_dir, exe_dir),
        "stderr of {name}"
    );
    assert_eq!(actual.code, expected.code, "exit code of {name}");
    assert_eq!(actual.signal, expected.signal, "signal of {name}");
}

macro_rules! programs {
    ($($name:ident),* $(,)?) => {
        mod programs {
            $(#[test] fn $name() { super::compare_program(stringify!($name)); })*
        }
        const PROGRAMS: &[&str] = &[$(stringify!($name)),*];
    };
}

programs! {
    abort_reasons,
    abort_signal_flows,
    abort_signal_gaps,
    abort_signal_reasons,
    assert_call_tracker,
    assert_deep,
    assert_diff_messages,
    assert_diff_shapes,
    assert_error_inspect,
    assert_errors,
    assert_fail_legacy,
    assert_loose_deep_equal_gaps,
    assert_module,
    assert_strict_module,
    assert_throws_arg_checks,
    assert_throws_rejects,
    assert_uncaught_ok,
    assert_uncaught_output,
    async_errors_stack,
    async_hooks_resources,
    async_iteration,
    async_local_storage_edges,
    async_local_storage_paths,
    async_local_storage_propagation,
    async_local_storage_scopes,
    async_resource_emitters,
    before_exit,
    before_exit_none,
    blob_endings_deprecation_throw,
    buffer_atob_messages,
    buffer_basics,
    buffer_bigint_write_number,
    buffer_bytelength_misc,
    buffer_concat_length_validation,
    buffer_copy_bytes_from,
    buffer_copy_slice_swap,
    buffer_ctor_deprecation,
    buffer_edges,
    buffer_encodings_matrix,
    buffer_errors,
    buffer_from_variants,
    buffer_inspect_extras,
    buffer_isutf8_errors,
    buffer_methods,
    buffer_methods_on_plain_u8,
    buffer_module_blob,
    buffer_module_extras,
    buffer_number_table,
    buffer_rw_ranges,
    buffer_search_fill,
    buffer_slice_write_methods,
    buffer_tostring_encoding_arg,
    buffer_transcode_lossy,
    buffer_transcode_paths,
    builtin_legacy_names,
    child_process_env_cwd_shell,
    child_process_exec_errors,
    child_process_exec_execfile,
    child_process_exec_limits,
    child_process_execfile_arguments,
    child_process_extra_descriptors,
    child_process_extra_pipes,
    child_process_fork_advanced_values,
    child_process_fork_channel,
    child_process_fork_messages,
    child_process_fork_options,
    child_process_kill_signals,
    child_process_limits,
    child_process_output_backpressure,
    child_process_send_dgram,
    child_process_send_handles,
    child_process_spawn_basics,
    child_process_spawn_event_order,
    child_process_spawn_many_streams,
    child_process_spawn_signals_failures,
    child_process_spawnsync_extra_pipes,
    child_process_stdio_forms,
    child_process_sync,
    child_process_sync_errors,
    clone_details,
    cluster_dgram_sched_none,
    cluster_exits_signals_stdio,
    cluster_http_round_robin,
    cluster_lifecycle_events,
    cluster_restart_kill_disconnect,
    cluster_settings_messages,
    cluster_shared_listeners,
    cluster_two_servers_one_worker,
    console_log_values,
    console_methods,
    console_table,
    console_trace,
    constants_module,
    crypto_aead_known_vectors,
    crypto_cipher_info_states,
    crypto_cipher_pipelines,
    crypto_ciphers,
    crypto_digest_forms,
    crypto_ec_curves,
    crypto_ecdh,
    crypto_encrypted_private_keys,
    crypto_hash_copies_and_encodings,
    crypto_hash_hmac_misuse,
    crypto_hashes,
    crypto_hmac_rfc4231,
    crypto_kdf,
    crypto_kdf_known_vectors,
    crypto_kdf_options,
    crypto_key_clones,
    crypto_keyobject_details,
    crypto_keys_signatures,
    crypto_random,
    crypto_rsa_padding_modes,
    crypto_sign_streams,
    crypto_streams,
    crypto_x509_certificate,
    dgram_bind_states_errors,
    dgram_echo_connect_options,
    dgram_queue_close_lookup,
    dgram_send_forms_udp6,
    diagnostics_channel_basic,
    diagnostics_channel_stores,
    diagnostics_channel_tracing,
    dns_lookup,
    dns_options_validation,
    dns_resolver_local_server,
    emit_warning,
    engine_features,
    error_causes,
    error_properties,
    esm_bindings,
    esm_builtin_imports,
    esm_constants,
    esm_errors,
    esm_star_commonjs,
    esm_sync_order,
    esm_throw_sync,
    esm_tla_order,
    esm_unsettled_await,
    eval_direct,
    eval_direct_esm,
    eval_direct_spellings,
    event_target_arg_errors,
    event_target_dispatch_order,
    event_target_errors,
    event_target_inspect,
    event_target_listener_throws,
    event_target_phases,
    event_target_semantics,
    events_advanced,
    events_basic,
    events_capture_rejections_global,
    events_emitter_semantics,
    events_error_semantics,
    events_errors,
    events_inspect_emitter,
    events_max_listeners_targets,
    events_more_errors,
    events_on_close_option,
    events_on_iterator_throw,
    events_once_remove_event,
    events_static_helpers,
    events_unhandled_error_emitted_on,
    events_unhandled_error_sync,
    exit_code_variants,
    exit_during_exit,
    exit_in_handlers,
    exit_in_promise,
    fetch_body_reading,
    fetch_ctor_validation,
    fetch_https_untrusted,
    fetch_local_server,
    fetch_network_details,
    fetch_redirect_methods,
    fetch_request_headers_bodies,
    fetch_types_errors,
    fetch_upload_bodies,
    file_global,
    format_specifiers,
    fs_access_exists_modes,
    fs_async_forms,
    fs_callback_errors,
    fs_callback_required,
    fs_chmod_chown_forms,
    fs_constants_table,
    fs_cp_recursive,
    fs_dirs_links_stats,
    fs_errors,
    fs_fd_callbacks,
    fs_fd_position_semantics,
    fs_fd_sync_ops,
    fs_handle_close_inflight,
    fs_links_perms,
    fs_mkdir_mkdtemp_returns,
    fs_more,
    fs_open_flags_matrix,
    fs_opendir_dir,
    fs_path_arg_validation,
    fs_promises_chain_errors,
    fs_promises_errors,
    fs_promises_surface,
    fs_read_stream_options,
    fs_readable_web_stream_consumers,
    fs_readdir_dirent,
    fs_readfile_async_signal,
    fs_readfile_encodings,
    fs_rename_copyfile,
    fs_rm_rmdir_unlink,
    fs_stats_shapes,
    fs_streams,
    fs_symlink_realpath,
    fs_sync_error_codes,
    fs_sync_files,
    fs_truncate_forms,
    fs_utimes_forms,
    fs_vectored_statfs_blob,
    fs_watch,
    fs_watch_recursive,
    fs_watch_recursive_moves,
    fs_watchfile,
    fs_write_stream_options,
    globals_present,
    handler_throws,
    http2_settings_constants,
    http_abort_destroy_close_idle,
    http_agent_bookkeeping,
    http_agent_scheduling_limits,
    http_async_consumers,
    http_bodyless_strict_length,
    http_child_process_pipe,
    http_cipher_stream_upload,
    http_client_error_parse,
    http_client_lifecycle_order,
    http_client_request_forms,
    http_client_response_forms,
    http_errors,
    http_event_order,
    http_framing_choice,
    http_header_size_limits,
    http_headers_trailers_interim_agent,
    http_incoming_header_joining,
    http_interim_expect_drop,
    http_large_bodies,
    http_module_surface,
    http_post_echo,
    http_proxy_forward_connect,
    http_range_requests,
    http_raw_exchanges,
    http_readline_ndjson_sse,
    http_res_header_api,
    http_server_options_close,
    http_server_request_lifecycle,
    http_static_file_gzip,
    http_stream_abort_pipeline,
    http_timeouts,
    http_upgrade_connect_continue,
    http_upload_streams,
    http_web_streams_interop,
    http_write_backpressure,
    http_writehead_forms,
    https_agent_requests,
    https_client_certificates,
    https_client_server_details,
    https_gzip_streams,
    immediate_unref,
    immediates_batch,
    inspect_class_features,
    inspect_classes,
    inspect_collection_iterators,
    inspect_colors_all_types,
    inspect_colors_boxed,
    inspect_constructor_name_lookup,
    inspect_custom_and_circular,
    inspect_custom_options_object,
    inspect_dataview_nesting,
    inspect_default_options,
    inspect_error_subclass_name,
    inspect_errors,
    inspect_hostile_objects,
    inspect_layout_boundaries,
    inspect_limits_everywhere,
    inspect_lone_surrogates,
    inspect_negative_max_array_length,
    inspect_numeric_separator,
    inspect_odd_prototypes,
    inspect_proxies,
    inspect_show_hidden_details,
    inspect_sorted_array_keys,
    inspect_values,
    inspector_trace_events_idle,
    interval_clear_self,
    interval_timing,
    kill_errors,
    large_writes_from_views,
    many_rejections,
    many_ticks,
    message_channel_global_clones,
    microtask_order,
    module_builtin_list,
    module_create_require_errors,
    module_system,
    net_blocklist_socketaddress,
    net_connect_forms,
    net_constructors_isip,
    net_echo_basics,
    net_errors,
    net_idle_sockets_exit,
    net_listen_forms,
    net_localhost_families,
    net_read_modes_pipe,
    net_server_conn_mgmt,
    net_socket_lifecycle,
    net_socket_states,
    net_timeouts_listeners,
    net_unix_limits_backpressure,
    net_write_errors_encoding,
    nexttick_args,
    order_in_immediate,
    order_in_io,
    order_in_timer,
    order_main,
    os_constants_tables,
    os_module,
    os_shapes_errors,
    os_string_decoder_errors,
    path_edges,
    path_errors,
    path_generated_matrix,
    path_join_normalize_matrix,
    path_posix,
    path_posix_roundtrips,
    path_win32,
    path_win32_devices,
    perf_event_loop_delay_shape,
    perf_hooks_entries_observers,
    perf_hooks_histograms,
    perf_hooks_observers,
    perf_hooks_timerify_measure,
    perf_timerify_promisify,
    performance_marks,
    process_arg_errors,
    process_chdir_errors,
    process_emitwarning_variants,
    process_env_proxy_rules,
    process_env_semantics,
    process_exitcode_validation,
    process_extras,
    process_hrtime_nexttick_errors,
    process_ids_credentials,
    process_umask_kill_args,
    process_warnings_more,
    promise_statics,
    proto_literal,
    punycode_basic,
    punycode_matrix,
    querystring_fractional_maxkeys,
    querystring_matrix,
    querystring_module,
    querystring_options_edge,
    querystring_overrides,
    queue_microtask_errors,
    readline_close_iterate_terminal,
    readline_cursor_helpers,
    readline_file_and_stdin,
    readline_history_size,
    readline_interface_events,
    readline_keypress_decoding,
    readline_keys_history_signal,
    readline_line_splitting,
    readline_lines_and_questions,
    readline_promises_abort,
    readline_promises_and_helpers,
    readline_promises_readline_class,
    readline_questions_prompts,
    reject_error_subclass,
    reject_non_error,
    require_errors,
    same_delay_order,
    signal_default,
    sigterm_handler,
    stdio_streams,
    stream_backpressure,
    stream_basics,
    stream_compose,
    stream_construct_destroy,
    stream_construct_destroy_signal,
    stream_construct_error_tick_depth,
    stream_destroy_error_output,
    stream_duplex_pair,
    stream_end_tick_order,
    stream_errors,
    stream_event_order,
    stream_hwm_objectmode,
    stream_misuse_errors,
    stream_module_exports,
    stream_operators,
    stream_pipeline_finished,
    stream_pipeline_settle_order,
    stream_pipeline_signal_and_cb,
    stream_push_and_write_returns,
    stream_readable_internals,
    stream_readable_modes,
    stream_transform_modes,
    stream_unhandled_error_output,
    stream_wrap_end_order,
    stream_wrap_timeout,
    stream_writable_lifecycle,
    string_decoder_chunks,
    string_decoder_module,
    string_decoder_state,
    string_decoder_utf16_surrogates,
    structured_clone_blob_transfer,
    structured_clone_transfer,
    structured_clone_types,
    text_codec_gaps,
    text_decoder_fast_paths,
    text_decoder_legacy_encodings,
    text_decoder_streaming,
    text_decoder_utf16_stream,
    text_encoding,
    throw_in_exit_handler,
    throw_null,
    throw_string,
    timeout_overflow,
    timer_objects,
    timer_refresh,
    timer_throws,
    timers_arg_errors,
    timers_args,
    timers_callback_details,
    timers_clear_in_callbacks,
    timers_legacy_active,
    timers_module,
    timers_nested,
    timers_promises,
    timers_promises_delay_validation,
    timers_promises_matrix,
    timers_promises_more,
    tls_alpn_callback,
    tls_ciphers_option,
    tls_client_certificates,
    tls_connect_forms,
    tls_context_errors,
    tls_ecdh_curves,
    tls_encrypted_keys,
    tls_module_api,
    tls_pfx,
    tls_root_certificates,
    tls_session_resumption,
    tls_sni_alpn_errors_own_socket,
    tls_socket_lifecycle,
    tls_verify_alpn_identity,
    tls_versions_ciphers,
    tty_isatty_streams,
    uncaught_handler,
    uncaught_in_tick_continues_queue,
    uncaught_io_microtasks,
    uncaught_monitor,
    uncaught_tick_queue_contexts,
    uncaught_tick_queue_resumes,
    unhandled_rejection_fatal,
    unhandled_rejection_handler,
    url_errors,
    url_file_helpers,
    url_helpers_gaps,
    url_host_serialization,
    url_legacy,
    url_legacy_gaps,
    url_legacy_matrix,
    url_object_behaviour,
    url_object_gaps,
    url_parsing,
    url_search_params_gaps,
    url_search_params_matrix,
    url_static_parse,
    url_whatwg_matrix,
    util_callbackify_non_promise,
    util_deep_equal_opaque,
    util_deprecate_non_function,
    util_errors,
    util_format_edges,
    util_format_matrix,
    util_format_o_details,
    util_format_s_boxed,
    util_inherits_deprecate,
    util_inspect_matrix,
    util_inspect_options,
    util_internal_helpers,
    util_mime_type,
    util_misc_funcs,
    util_module,
    util_parse_args,
    util_parse_args_gaps,
    util_parse_args_groups,
    util_parse_args_matrix,
    util_parse_env,
    util_promisify_builtin_custom,
    util_promisify_callbackify,
    util_system_error_map,
    util_types_keys,
    util_types_matrix,
    util_types_more,
    v8_serialize_heap,
    v8_serialize_round_trips,
    v8_serialize_value_matrix,
    v8_serializer_classes,
    vm_context_matrix,
    vm_contexts_scripts,
    vm_error_decoration,
    vm_sandbox_properties,
    vm_uncaught_error,
    web_codec_streams,
    web_formdata_headers_clone,
    web_globals,
    webcrypto_aes_kw,
    webcrypto_derive_edges,
    webcrypto_keys_export,
    webcrypto_misuse,
    webcrypto_p521,
    webcrypto_subtle,
    webstreams_byte_controller,
    webstreams_byte_tee_byob,
    webstreams_bytes,
    webstreams_combinations,
    webstreams_consumers_misc,
    webstreams_default_pipes_text,
    webstreams_errors,
    webstreams_fetch_body_streams,
    webstreams_from_iterators,
    webstreams_node_adapters,
    webstreams_node_adapters_errors,
    webstreams_pipe_chain_pacing,
    webstreams_pipe_signal_options,
    webstreams_reader_release_cancel,
    webstreams_tee_branches,
    webstreams_transfer,
    webstreams_transfer_lifetime,
    webstreams_transfer_transform,
    webstreams_transform_backpressure,
    webstreams_writable_settle_order,
    webstreams_writable_slow_sink,
    worker_atomics_wait_notify,
    worker_broadcast_channel,
    worker_clone_errors,
    worker_constructor_options,
    worker_environment_data,
    worker_eval_and_failures,
    worker_exit_paths,
    worker_message_port_lifecycle,
    worker_port_ref_close,
    worker_stdin,
    worker_stdio_env,
    worker_threads_lifecycle,
    worker_threads_message_ports,
    worker_threads_port_held_messages,
    worker_threads_resource_limits,
    worker_threads_shared_sum,
    worker_transfer_matrix,
    zlib_50mb_round_trips,
    zlib_brotli_modes,
    zlib_convenience_forms,
    zlib_dictionaries_crc32,
    zlib_flush_and_params,
    zlib_formats_errors_streams,
    zlib_gzip_members_and_headers,
    zlib_max_output_length,
    zlib_native_handle,
    zlib_options_matrix,
    zlib_stream_event_order,
    zlib_stream_state,
    zlib_sync_errors,
}

#[test]
fn every_program_is_compared() {
    let mut found: Vec<String> = std::fs::read_dir(support::workspace().join("tests/diff"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "js" || e == "mjs"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    found.sort();
    let mut listed: Vec<String> = PROGRAMS.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(found, listed, "tests/diff and the programs! list differ");
}
