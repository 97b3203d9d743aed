//! Synchronous writes to file descriptors (standard output and error).

use crate::stdio;

/// `write(fd, data)`: writes a string (as UTF-8) or a Uint8Array completely. Returns undefined on
/// success, else the error's code (`'EPIPE'`); it never throws for an OS error.
pub fn op_write(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let fd = args.get(0).int32_value(scope).unwrap_or(-1);
    let data = args.get(1);
    let result = if let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(data) {
        let mut buf = vec![0u8; view.byte_length()];
        view.copy_contents(&mut buf);
        stdio::write_all_fd(fd, &buf)
    } else if let Ok(text) = v8::Local::<v8::String>::try_from(data) {
        stdio::write_all_fd(fd, text.to_rust_string_lossy(scope).as_bytes())
    } else {
        super::throw_type_error(scope, "write: data must be a string or a Uint8Array");
        return;
    };
    if let Err(e) = result {
        let code = v8::String::new(scope, super::code_of(&e)).expect("code");
        rv.set(code.into());
    }
}

/// `isatty(fd)`: whether the descriptor is a terminal.
pub fn op_isatty(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let fd = args.get(0).int32_value(scope).unwrap_or(-1);
    // SAFETY: isatty only inspects the descriptor.
    let tty = unsafe { libc::isatty(fd) } == 1;
    rv.set(v8::Boolean::new(scope, tty).into());
}
