//! Following a child from the event loop: its output as it comes, its input as the program
//! writes it, its exit. Each child is one stream of the loop, whose callback receives
//! `['data', fd, bytes]`, `['end', fd]`, `['written', seq, errorCode?]` and
//! `['exit', code, signal]` (numbers, or undefined).

use std::cell::RefCell;
use std::collections::HashMap;
use std::os::unix::process::ExitStatusExt;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt};
use tokio::process::ChildStdin;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio::sync::watch;

use super::Launch;
use crate::async_op::OpValue;
use crate::engine::state;
use crate::ops::buffer::{PendingBytes, view_bytes};
use crate::ops::stream_event as event;

/// What the program sends to a child's input.
enum Input {
    Write(u32, PendingBytes),
    End,
}

use crate::event_loop::StreamSender;

/// How the program reaches a child it still follows.
struct Control {
    input: UnboundedSender<Input>,
    /// Whether stdout and stderr are read: a stream whose reader has enough waits, and the
    /// child blocks on the full pipe, as under Node. `Closed` drops our end of the pipe.
    flowing: [watch::Sender<Flow>; 2],
}

thread_local! {
    /// Each child still followed, by its stream id.
    static CHILDREN: RefCell<HashMap<u32, Control>> = RefCell::new(HashMap::new());
}

/// Whether a child's output is read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flow {
    Paused,
    Flowing,
    /// The program destroyed the stream: our end of the pipe closes (the child writing more
    /// gets EPIPE, as under Node).
    Closed,
}

fn number_or_undefined(n: Option<i32>) -> OpValue {
    n.map_or(OpValue::Undefined, |n| OpValue::Number(f64::from(n)))
}

/// Delivers what `pipe` reads until it ends, while the reader wants more.
async fn pump<R: AsyncRead + Unpin>(
    pipe: Option<R>,
    fd: u8,
    id: u32,
    events: StreamSender,
    mut flowing: watch::Receiver<Flow>,
) {
    let Some(mut pipe) = pipe else { return };
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        match flowing.wait_for(|flow| *flow != Flow::Paused).await {
            Ok(flow) if *flow == Flow::Flowing => {}
            Ok(_) => break,
            Err(_) => return,
        }
        let read = tokio::select! {
            read = pipe.read(&mut chunk) => read,
            _ = flowing.wait_for(|flow| *flow == Flow::Closed) => break,
        };
        match read {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                let data = event(
                    "data",
                    vec![
                        OpValue::Number(f64::from(fd)),
                        OpValue::Bytes(chunk[..n].to_vec()),
                    ],
                );
                if events.send((id, data)).is_err() {
                    return;
                }
            }
        }
    }
    // Also after the program closed the pipe: the child is followed no longer for it.
    let _ = events.send((id, event("end", vec![OpValue::Number(f64::from(fd))])));
}

/// Writes what the program sends, in order, reporting each write's end.
async fn feed(
    mut stdin: Option<ChildStdin>,
    mut inputs: UnboundedReceiver<Input>,
    id: u32,
    events: StreamSender,
) {
    while let Some(input) = inputs.recv().await {
        match input {
            Input::Write(seq, bytes) => {
                let result = match &mut stdin {
                    Some(pipe) => pipe.write_all(bytes.as_slice()).await,
                    None => Err(std::io::Error::from_raw_os_error(libc::EPIPE)),
                };
                let error = match result {
                    Ok(()) => OpValue::Undefined,
                    Err(e) => OpValue::String(crate::ops::code_of(&e).to_string()),
                };
                let written = event("written", vec![OpValue::Number(f64::from(seq)), error]);
                if events.send((id, written)).is_err() {
                    return;
                }
            }
            // Closing our end is how the child sees the end of its input.
            Input::End => stdin = None,
        }
    }
}

/// Gives the child an IPC channel on its descriptor `target`: `(ours, theirs)`, theirs to be
/// dropped once the child has started.
fn with_channel(
    command: &mut std::process::Command,
    target: i32,
) -> std::io::Result<(std::os::fd::OwnedFd, std::os::fd::OwnedFd)> {
    use std::os::fd::AsRawFd;
    let (ours, theirs) = crate::ops::ipc::socket_pair()?;
    super::pass_descriptor(command, target, theirs.as_raw_fd());
    Ok((ours, theirs))
}

/// `spawn(file, args, options, callback)`: starts the command (options as `spawnSync` reads
/// them) and returns `[id, pid, channelFd]` (channelFd -1 without an IPC channel), or the errno
/// code if it could not start.
pub fn op_spawn(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(launch) = Launch::from_args(scope, &args) else {
        return;
    };
    let Ok(callback) = v8::Local::<v8::Function>::try_from(args.get(3)) else {
        crate::ops::throw_type_error(scope, "callback must be a function");
        return;
    };
    let spawned = launch.command().and_then(|mut command| {
        let channel = match launch.ipc {
            Some(target) => Some(with_channel(&mut command, target as i32)?),
            None => None,
        };
        let child = tokio::process::Command::from(command).spawn();
        // The child has its copies of extra 'pipe' descriptors now (or never started).
        crate::ops::net::release_child_ends();
        // The child's end is the child's now; ours stays.
        Ok((child?, channel.map(|(ours, _theirs)| ours)))
    });
    let (mut child, channel) = match spawned {
        Ok(spawned) => spawned,
        Err(e) => {
            let code = v8::String::new(scope, crate::ops::code_of(&e)).expect("code");
            rv.set(code.into());
            return;
        }
    };
    let pid = child.id().unwrap_or(0);
    let (stdin, stdout, stderr) = (child.stdin.take(), child.stdout.take(), child.stderr.take());
    let (input_tx, input_rx) = unbounded_channel();
    let (out_flow, out_flowing) = watch::channel(Flow::Flowing);
    let (err_flow, err_flowing) = watch::channel(Flow::Flowing);
    let id = crate::async_op::open_stream(scope, callback, move |id, events| async move {
        let out = pump(stdout, 1, id, events.clone(), out_flowing);
        let err = pump(stderr, 2, id, events.clone(), err_flowing);
        let input = feed(stdin, input_rx, id, events.clone());
        let exit = async {
            let (code, signal) = match child.wait().await {
                Ok(status) => (status.code(), status.signal()),
                Err(_) => (None, None),
            };
            let _ = events.send((
                id,
                event(
                    "exit",
                    vec![number_or_undefined(code), number_or_undefined(signal)],
                ),
            ));
        };
        futures::join!(out, err, input, exit);
    });
    let control = Control {
        input: input_tx,
        flowing: [out_flow, err_flow],
    };
    CHILDREN.with(|children| children.borrow_mut().insert(id, control));
    let channel_fd = channel.map_or(-1, std::os::fd::IntoRawFd::into_raw_fd);
    let items = [
        v8::Integer::new_from_unsigned(scope, id).into(),
        v8::Integer::new_from_unsigned(scope, pid).into(),
        v8::Integer::new(scope, channel_fd).into(),
    ];
    rv.set(v8::Array::new_with_elements(scope, &items).into());
}

fn send_input(id: u32, input: Input) {
    CHILDREN.with(|children| {
        if let Some(control) = children.borrow().get(&id) {
            let _ = control.input.send(input);
        }
    });
}

/// `spawnWrite(id, seq, bytes)`: queues bytes for the child's input; `['written', seq]` follows.
pub fn op_spawn_write(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let seq = args.get(1).uint32_value(scope).unwrap_or(0);
    let value = args.get(2);
    let all: &[u8] = view_bytes(scope, value).map_or(&[], |b| &*b);
    let bytes = PendingBytes::of_view(scope, value, all);
    send_input(id, Input::Write(seq, bytes));
}

/// `spawnEndStdin(id)`: closes the child's input once the queued writes are done.
pub fn op_spawn_end_stdin(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    send_input(id, Input::End);
}

/// `spawnClose(id)`: stops following the child (after its exit and the end of its output).
pub fn op_spawn_close(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    CHILDREN.with(|children| children.borrow_mut().remove(&id));
    state(scope).event_loop.close_stream(id);
}

/// `spawnFlow(id, fd, on)`: whether the child's output `fd` (1 or 2) is read; `'close'` closes
/// our end of that pipe.
pub fn op_spawn_flow(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let fd = args.get(1).uint32_value(scope).unwrap_or(0);
    let flow = if args.get(2).is_string() {
        Flow::Closed
    } else if args.get(2).is_true() {
        Flow::Flowing
    } else {
        Flow::Paused
    };
    CHILDREN.with(|children| {
        if let Some(sender) = children
            .borrow()
            .get(&id)
            .and_then(|c| c.flowing.get((fd as usize).wrapping_sub(1)))
        {
            // A closed pipe stays closed.
            sender.send_if_modified(|current| {
                let changed = *current != Flow::Closed && *current != flow;
                if changed {
                    *current = flow;
                }
                changed
            });
        }
    });
}
