//! Where an error was thrown, in Node's words.

use crate::engine::RuntimeState;

/// Node's pointer to where an error was thrown: `file:line`, the source line, carets.
pub fn source_arrow(scope: &mut v8::PinScope, message: v8::Local<v8::Message>) -> Option<String> {
    let file = message
        .get_script_resource_name(scope)
        .filter(|n| n.is_string())?
        .to_rust_string_lossy(scope);
    let line = message.get_line_number(scope)?;
    let start = message.get_start_column();
    let end = message.get_end_column().max(start + 1);
    if let Some(state) = scope.get_slot::<RuntimeState>()
        && state.is_bundle(&file)
    {
        // The original line, underlined from the mapped column for as long as the generated
        // expression was. Code the bundler added has no place to show: the caller falls back
        // to the error's own stack.
        let mapped = state.original_position(line as u32, start as u32 + 1)?;
        let text = state.original_line(&mapped).unwrap_or("");
        let column = mapped.column as usize - 1;
        return Some(arrow_text(
            &mapped.file,
            mapped.line as usize,
            text,
            column,
            column + (end - start),
        ));
    }
    let source = message.get_source_line(scope)?.to_rust_string_lossy(scope);
    Some(arrow_text(&file, line, &source, start, end))
}

fn decorated_key<'s>(scope: &mut v8::PinScope<'s, '_>) -> v8::Local<'s, v8::Private> {
    let name = v8::String::new(scope, "pack.decorated").expect("key");
    v8::Private::for_api(scope, Some(name))
}

/// Whether `error`'s stack already begins with its arrow (see `decorate_stack`): then nothing
/// adds another one when it is reported.
pub fn is_decorated(scope: &mut v8::PinScope, error: v8::Local<v8::Value>) -> bool {
    let Ok(object) = v8::Local::<v8::Object>::try_from(error) else {
        return false;
    };
    let key = decorated_key(scope);
    object.get_private(scope, key).is_some_and(|v| v.is_true())
}

/// An error thrown out of a vm script gets its arrow at the front of its `stack`, once, as
/// Node's DecorateErrorStack does: code that catches it sees where the script failed.
pub fn decorate_stack(
    scope: &mut v8::PinScope,
    error: v8::Local<v8::Value>,
    message: v8::Local<v8::Message>,
) {
    let Ok(object) = v8::Local::<v8::Object>::try_from(error) else {
        return;
    };
    if is_decorated(scope, error) {
        return;
    }
    let key = v8::String::new(scope, "stack").expect("key");
    let Some(stack) = object.get(scope, key.into()).filter(|s| s.is_string()) else {
        return;
    };
    let Some(arrow) = source_arrow(scope, message) else {
        return;
    };
    let stack = stack.to_rust_string_lossy(scope);
    let decorated = v8::String::new(scope, &format!("{arrow}\n{stack}")).expect("stack");
    object.set(scope, key.into(), decorated.into());
    let mark = decorated_key(scope);
    let yes = v8::Boolean::new(scope, true);
    object.set_private(scope, mark, yes.into());
}

fn arrow_text(file: &str, line: usize, source: &str, start: usize, end: usize) -> String {
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
    format!("{file}:{line}\n{source}\n{underline}\n")
}

/// `errorArrow(error)`: the arrow for an error that did not come through a `TryCatch` (a rejected
/// promise), from the first frame of the stack trace captured when the error was made; undefined
/// if there is none.
pub fn op_error_arrow(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    if is_decorated(scope, args.get(0)) {
        return;
    }
    let Some(trace) = v8::Exception::get_stack_trace(scope, args.get(0)) else {
        return;
    };
    // The first frame with a place in the program's own files: frames of code the bundler
    // added (the registry's getters and calls) are passed over.
    let mut found = None;
    for index in 0..trace.get_frame_count() {
        let Some(frame) = trace.get_frame(scope, index) else {
            break;
        };
        let Some(file) = frame.get_script_name(scope) else {
            continue;
        };
        let file = file.to_rust_string_lossy(scope);
        let (line, column) = (frame.get_line_number(), frame.get_column());
        let Some(state) = scope.get_slot::<RuntimeState>() else {
            return;
        };
        if !state.is_bundle(&file) {
            let text = state
                .script_source(&file)
                .and_then(|source| source.lines().nth(line.saturating_sub(1)))
                .map(str::to_string);
            found = Some((file, line, column, text));
            break;
        }
        if let Some(m) = state.original_position(line as u32, column as u32) {
            let text = state.original_line(&m).map(str::to_string);
            found = Some((m.file, m.line as usize, m.column as usize, text));
            break;
        }
    }
    let Some((file, line, column, Some(text))) = found else {
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
    let Some(state) = scope.get_slot::<RuntimeState>() else {
        return;
    };
    if state.is_bundle(&name) {
        if let Some(source) = state.bundle_source().cloned() {
            rv.set(v8::Local::new(scope, source).into());
        }
        return;
    }
    let Some(source) = state.script_source(&name).map(str::to_string) else {
        return;
    };
    rv.set(v8::String::new(scope, &source).expect("source").into());
}

/// `mapPosition(script, line, column)`: where a position of the bundle comes from, as
/// `[file, line, column]` (file as Node names it); null for code the bundler added; undefined
/// for other scripts.
pub fn op_map_position(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let name = args.get(0).to_rust_string_lossy(scope);
    let line = args.get(1).uint32_value(scope).unwrap_or(0);
    let column = args.get(2).uint32_value(scope).unwrap_or(0);
    let Some(state) = scope.get_slot::<RuntimeState>() else {
        return;
    };
    if !state.is_bundle(&name) {
        return;
    }
    let Some((file, line, column)) = state
        .original_position(line, column)
        .map(|m| (m.file, m.line, m.column))
    else {
        // Null: the registry's own code in the bundle, which has no original place.
        rv.set_null();
        return;
    };
    let file = v8::String::new(scope, &file).expect("file").into();
    let line = v8::Integer::new_from_unsigned(scope, line).into();
    let column = v8::Integer::new_from_unsigned(scope, column).into();
    rv.set(v8::Array::new_with_elements(scope, &[file, line, column]).into());
}
