//! MessageChannel ports and BroadcastChannel: message queues that any thread of the process can
//! post to and that one thread at a time follows. A port's queue is parked in the process-wide
//! registry until a thread follows it (a 'message' listener, `start()`), and parked again when
//! the port is transferred to another thread inside a message.
//!
//! A followed port is a stream of its thread's loop: `['message', value]` and `['close']`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::{Mutex, MutexGuard, OnceLock};

use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};

use super::clone::{self, Cloned};
use crate::async_op::OpValue;
use crate::engine::state;
use crate::ops::stream_event as event;

enum PortEvent {
    /// A message and the thread that posted it.
    Message(Cloned, std::thread::ThreadId),
    /// The other end closed.
    Close,
}

#[derive(Default)]
struct Registry {
    next: u64,
    /// Where each port's messages go.
    queues: HashMap<u64, UnboundedSender<PortEvent>>,
    /// Each port's other end.
    peers: HashMap<u64, u64>,
    /// Queues no thread follows now.
    parked: HashMap<u64, UnboundedReceiver<PortEvent>>,
    /// BroadcastChannel members by channel name.
    channels: HashMap<String, Vec<u64>>,
}

fn registry() -> MutexGuard<'static, Registry> {
    static REGISTRY: OnceLock<Mutex<Registry>> = OnceLock::new();
    REGISTRY
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner())
}

impl Registry {
    fn new_port(&mut self) -> u64 {
        self.next += 1;
        let id = self.next;
        let (tx, rx) = unbounded_channel();
        self.queues.insert(id, tx);
        self.parked.insert(id, rx);
        id
    }

    fn forget(&mut self, id: u64) {
        self.queues.remove(&id);
        self.parked.remove(&id);
        self.peers.remove(&id);
        for members in self.channels.values_mut() {
            members.retain(|m| *m != id);
        }
    }
}

/// A queue this thread follows: shared with its stream task, so that it can be taken back
/// (parked) when the port moves to another thread.
type Followed = Rc<RefCell<Option<UnboundedReceiver<PortEvent>>>>;

thread_local! {
    /// The ports this thread follows: their queue and stream id.
    static FOLLOWED: RefCell<HashMap<u64, (Followed, u32)>> = RefCell::new(HashMap::new());
}

fn id_arg(scope: &mut v8::PinScope, value: v8::Local<v8::Value>) -> u64 {
    value.number_value(scope).unwrap_or(0.0) as u64
}

fn number<'s>(scope: &mut v8::PinScope<'s, '_>, id: u64) -> v8::Local<'s, v8::Value> {
    v8::Number::new(scope, id as f64).into()
}

/// `portPair()`: two new entangled ports, `[a, b]`.
pub fn op_port_pair(
    scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let (a, b) = {
        let mut r = registry();
        let (a, b) = (r.new_port(), r.new_port());
        r.peers.insert(a, b);
        r.peers.insert(b, a);
        (a, b)
    };
    let items = [number(scope, a), number(scope, b)];
    rv.set(v8::Array::new_with_elements(scope, &items).into());
}

/// `portFollow(id, callback)`: this thread follows port `id`; returns the stream id (the same
/// one if it already does), or undefined for a port that is closed or followed elsewhere.
pub fn op_port_follow(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, args.get(0));
    if let Some(stream) = FOLLOWED.with(|f| f.borrow().get(&id).map(|(_, s)| *s)) {
        rv.set(v8::Integer::new_from_unsigned(scope, stream).into());
        return;
    }
    let Ok(callback) = v8::Local::<v8::Function>::try_from(args.get(1)) else {
        super::throw_type_error(scope, "portFollow: callback must be a function");
        return;
    };
    let Some(rx) = registry().parked.remove(&id) else {
        return;
    };
    let queue: Followed = Rc::new(RefCell::new(Some(rx)));
    let task_queue = queue.clone();
    let stream = crate::async_op::open_stream(scope, callback, move |stream, events| async move {
        loop {
            let next = std::future::poll_fn(|cx| match task_queue.borrow_mut().as_mut() {
                Some(rx) => rx.poll_recv(cx),
                // Taken back: the port left this thread.
                None => std::task::Poll::Ready(None),
            })
            .await;
            let (value, from) = match next {
                Some(PortEvent::Message(c, from)) => (
                    event("message", vec![OpValue::Cloned(Box::new(c))]),
                    Some(from),
                ),
                Some(PortEvent::Close) => (event("close", Vec::new()), None),
                None => return,
            };
            let other_thread = from.is_some_and(|from| from != std::thread::current().id());
            if events.send_posted((stream, value), other_thread).is_err() {
                return;
            }
        }
    });
    FOLLOWED.with(|f| f.borrow_mut().insert(id, (queue, stream)));
    rv.set(v8::Integer::new_from_unsigned(scope, stream).into());
}

/// Stops following port `id` on this thread, parking its queue for whoever follows it next.
fn unfollow(scope: &mut v8::PinScope, id: u64) {
    let Some((queue, stream)) = FOLLOWED.with(|f| f.borrow_mut().remove(&id)) else {
        return;
    };
    if let Some(rx) = queue.borrow_mut().take() {
        let mut r = registry();
        if r.queues.contains_key(&id) {
            r.parked.insert(id, rx);
        }
    }
    state(scope).event_loop.close_stream(stream);
}

/// `portPark(id)`: the port is about to move to another thread (a transfer list).
pub fn op_port_park(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, args.get(0));
    unfollow(scope, id);
}

/// `portPost(id, value, transfer)`: a message to the other end of port `id` (lost if that end
/// is closed). Throws when the value cannot be cloned.
pub fn op_port_post(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, args.get(0));
    let Some(transfer) = clone::transfer_list(scope, args.get(2)) else {
        return;
    };
    let Some(cloned) = clone::serialize(scope, args.get(1), &transfer) else {
        return;
    };
    let r = registry();
    if let Some(queue) = r.peers.get(&id).and_then(|peer| r.queues.get(peer)) {
        let _ = queue.send(PortEvent::Message(cloned, std::thread::current().id()));
    }
}

/// `portReceive(id)`: the next message waiting for port `id`, as `[value]`, or undefined
/// (receiveMessageOnPort).
pub fn op_port_receive(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, args.get(0));
    let followed = FOLLOWED.with(|f| f.borrow().get(&id).map(|(q, _)| q.clone()));
    let next = match followed {
        Some(queue) => queue
            .borrow_mut()
            .as_mut()
            .and_then(|rx| rx.try_recv().ok()),
        None => registry()
            .parked
            .get_mut(&id)
            .and_then(|rx| rx.try_recv().ok()),
    };
    if let Some(PortEvent::Message(cloned, _)) = next
        && let Some(value) = clone::deserialize(scope, cloned)
    {
        rv.set(v8::Array::new_with_elements(scope, &[value]).into());
    }
}

/// `portClose(id)`: closes port `id`; its other end hears 'close'.
pub fn op_port_close(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, args.get(0));
    unfollow(scope, id);
    let mut r = registry();
    if let Some(peer) = r.peers.get(&id).copied() {
        if let Some(queue) = r.queues.get(&peer) {
            let _ = queue.send(PortEvent::Close);
        }
        r.peers.remove(&peer);
    }
    r.forget(id);
}

/// Closes the ports this thread follows, when the thread ends (a worker that exits or is
/// terminated): their other ends hear 'close', as in Node.
pub fn close_thread_ports() {
    let ids: Vec<u64> = FOLLOWED.with(|f| f.borrow_mut().drain().map(|(id, _)| id).collect());
    let mut r = registry();
    for id in ids {
        if let Some(peer) = r.peers.get(&id).copied() {
            if let Some(queue) = r.queues.get(&peer) {
                let _ = queue.send(PortEvent::Close);
            }
            r.peers.remove(&peer);
        }
        r.forget(id);
    }
}

/// `broadcastJoin(name)`: a new member of the BroadcastChannel `name`; returns its port id.
pub fn op_broadcast_join(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let name = args.get(0).to_rust_string_lossy(scope);
    let id = {
        let mut r = registry();
        let id = r.new_port();
        r.channels.entry(name).or_default().push(id);
        id
    };
    rv.set(number(scope, id));
}

/// `broadcastPost(id, name, value)`: a message to every other member of channel `name`.
/// Throws when the value cannot be cloned.
pub fn op_broadcast_post(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, args.get(0));
    let name = args.get(1).to_rust_string_lossy(scope);
    let members: Vec<u64> = registry()
        .channels
        .get(&name)
        .map(|m| m.iter().copied().filter(|m| *m != id).collect())
        .unwrap_or_default();
    for member in members {
        // One clone each: every receiver gets its own copy.
        let Some(cloned) = clone::serialize(scope, args.get(2), &[]) else {
            return;
        };
        if let Some(queue) = registry().queues.get(&member) {
            let _ = queue.send(PortEvent::Message(cloned, std::thread::current().id()));
        }
    }
}
