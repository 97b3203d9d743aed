//! Where an error was thrown, in Node's words.

use crate::engine::RuntimeState;

/// Node's pointer to where an error was thrown: `file:line`, the source line, carets.
pub fn source_arrow(scope: &mut v8::PinScope, message: v8::Local<v8::Message>) -> Option<String> {
    let file = message
        .get_script_resource_name(scope)
        .filter(|n| n.is_string())?
        .to_rust_string_lossy(scope);
    let line = message.get_line_number(scope)?;
    let source = message.get_source_line(scope)?.to_rust_string_lossy(scope);
    let start = message.get_start_column();
    let end = message.get_end_column().max(start + 1);
    let mut underline = String::new();
    for (i, ch) in source.chars().enumerate().take(end) {
        if i < start {
            underline.push(if ch == '\t' { '\t' } else { ' ' });
        } else {
            underline.push('^');
        }
    }
    if underline.len() <= start {
        underline.push('^');
    }
    Some(format!("{file}:{line}\n{source}\n{underline}\n"))
}

/// `errorArrow(error)`: the arrow for an error that did not come through a `TryCatch` (a rejected
/// promise), from the first frame of the stack trace captured when the error was made; undefined
/// if there is none.
pub fn op_error_arrow(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(trace) = v8::Exception::get_stack_trace(scope, args.get(0)) else {
        return;
    };
    // V8 does not check the index: an empty trace has no frame 0.
    if trace.get_frame_count() == 0 {
        return;
    }
    let Some(frame) = trace.get_frame(scope, 0) else {
        return;
    };
    let Some(file) = frame.get_script_name(scope) else {
        return;
    };
    let file = file.to_rust_string_lossy(scope);
    let (line, column) = (frame.get_line_number(), frame.get_column());
    let Some(state) = scope.get_slot::<RuntimeState>() else {
        return;
    };
    let Some(text) = state
        .script_source(&file)
        .and_then(|source| source.lines().nth(line.saturating_sub(1)))
    else {
        return;
    };
    let marker: String = text
        .chars()
        .take(column.saturating_sub(1))
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let arrow = format!("{file}:{line}\n{text}\n{marker}^\n");
    rv.set(v8::String::new(scope, &arrow).expect("arrow").into());
}

/// `scriptSource(name)`: the source of a script by the name stack traces give it, if this
/// runtime has it (the application's bundle, the built-in modules).
pub fn op_script_source(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let name = args.get(0).to_rust_string_lossy(scope);
    let Some(source) = scope
        .get_slot::<RuntimeState>()
        .and_then(|s| s.script_source(&name).map(str::to_string))
    else {
        return;
    };
    rv.set(v8::String::new(scope, &source).expect("source").into());
}
