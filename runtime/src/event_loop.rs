//! The event loop: Node's phases (timers, poll, check) on a current-thread tokio runtime.
//!
//! Timers and immediates are kept in JavaScript (`internal/timers`); the loop only knows the
//! earliest timer deadline and the counts JS publishes in the shared `loopInfo` array. Native
//! work is a set of futures ([`crate::async_op`]). Each JS callback the loop makes is followed by
//! the nextTick queue and the microtasks, as in Node.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::rc::{Rc, Weak};
use std::task::Poll;
use std::time::{Duration, Instant};

use futures::FutureExt;
use futures::stream::{FuturesUnordered, StreamExt};

use crate::async_op::{OpResult, OpTarget, OpValue};
use crate::engine::{Ended, Run, state};

/// Slots of the shared `loopInfo` Int32Array, written by JS and read here. JS gets the indices
/// from [`LoopInfo::SLOTS`] so that they are defined once.
pub struct LoopInfo {
    store: v8::SharedRef<v8::BackingStore>,
}

impl LoopInfo {
    pub const TICK_SCHEDULED: usize = 0;
    pub const REJECTIONS_PENDING: usize = 1;
    pub const IMMEDIATE_COUNT: usize = 2;
    pub const IMMEDIATE_REF_COUNT: usize = 3;
    pub const TIMER_REFED: usize = 4;
    const LEN: usize = 5;

    pub const SLOTS: [(&'static str, usize); 5] = [
        ("TICK_SCHEDULED", Self::TICK_SCHEDULED),
        ("REJECTIONS_PENDING", Self::REJECTIONS_PENDING),
        ("IMMEDIATE_COUNT", Self::IMMEDIATE_COUNT),
        ("IMMEDIATE_REF_COUNT", Self::IMMEDIATE_REF_COUNT),
        ("TIMER_REFED", Self::TIMER_REFED),
    ];

    /// A new zeroed JS Int32Array for the slots.
    pub fn create<'s>(scope: &mut v8::PinScope<'s, '_>) -> v8::Local<'s, v8::Int32Array> {
        let buffer = v8::ArrayBuffer::new(scope, Self::LEN * 4);
        v8::Int32Array::new(scope, buffer, 0, Self::LEN).expect("Int32Array")
    }

    /// The slots of `array` (made by [`LoopInfo::create`], perhaps restored from a snapshot).
    pub fn of(array: v8::Local<v8::Int32Array>) -> LoopInfo {
        LoopInfo {
            store: array.get_backing_store().expect("the array has its buffer"),
        }
    }

    pub fn get(&self, slot: usize) -> i32 {
        debug_assert!(slot < Self::LEN);
        let Some(data) = self.store.data() else {
            return 0;
        };
        // SAFETY: the store holds LEN i32 values and lives as long as `self`; JS writes it
        // only while this thread runs JS, never during this read.
        unsafe { data.cast::<i32>().as_ptr().add(slot).read() }
    }
}

type OpFuture = Pin<Box<dyn std::future::Future<Output = (u32, OpResult)>>>;

/// Values a source delivered and the loop has not yet handed to JS, in order.
type StreamQueue = Rc<RefCell<VecDeque<(u32, OpValue)>>>;

/// How a source's task (see [`EventLoop::open_stream`]) delivers its values. The tasks run
/// inside the loop's own poll, so a value is seen there without waking anything: the wake-up
/// that made the task run was the loop's.
#[derive(Clone)]
pub struct StreamSender {
    queue: Weak<RefCell<VecDeque<(u32, OpValue)>>>,
    /// Set when a value came from another thread of the process (see [`SPIN`]).
    from_thread: Rc<Cell<bool>>,
}

/// The loop that a source delivered to has ended.
#[derive(Debug)]
pub struct LoopGone;

impl StreamSender {
    pub fn send(&self, item: (u32, OpValue)) -> Result<(), LoopGone> {
        let queue = self.queue.upgrade().ok_or(LoopGone)?;
        queue.borrow_mut().push_back(item);
        Ok(())
    }

    /// As `send`; `from_thread` says the value is a message another thread posted (a
    /// worker's or a port's): the loop then looks for the answer a little before it sleeps.
    pub fn send_posted(&self, item: (u32, OpValue), from_thread: bool) -> Result<(), LoopGone> {
        self.send(item)?;
        if from_thread {
            self.from_thread.set(true);
        }
        Ok(())
    }
}

/// How long a loop that has just received a message from another thread keeps looking for the
/// next one before it sleeps. Threads that talk back and forth then hand messages over without
/// a sleep and a kernel wake-up for each (the costly part of a round trip); a loop that hears
/// nothing more spends at most this much before sleeping as usual.
const SPIN: Duration = Duration::from_micros(100);

struct PendingOp {
    target: OpTarget,
    refed: bool,
}

/// Shared handles: each value delivered takes its own reference to them, and counting one is
/// cheaper than making a V8 global handle for it.
struct StreamTarget {
    callback: Rc<v8::Global<v8::Function>>,
    /// The async context frame the source was opened in.
    frame: Option<Rc<v8::Global<v8::Value>>>,
    refed: bool,
}

/// The loop's own state, kept in [`RuntimeState`].
pub struct EventLoop {
    origin: Instant,
    /// Loop time in milliseconds since `origin`, as libuv's `uv_now`.
    now: u64,
    /// Absolute deadline (loop time) of the earliest JS timer.
    timer_deadline: Option<u64>,
    futures: FuturesUnordered<OpFuture>,
    pending: HashMap<u32, PendingOp>,
    next_id: u32,
    refed_ops: usize,
    info: Option<LoopInfo>,
    signal_tx: tokio::sync::mpsc::UnboundedSender<i32>,
    signal_rx: tokio::sync::mpsc::UnboundedReceiver<i32>,
    signals: HashSet<i32>,
    /// Sources that deliver many values over time (file watchers): their JS callbacks.
    streams: HashMap<u32, StreamTarget>,
    refed_streams: usize,
    stream_queue: StreamQueue,
    /// Whether a source delivered a message from another thread since the last poll phase.
    from_thread: Rc<Cell<bool>>,
    /// The sources' tasks, polled by the loop itself.
    stream_tasks: FuturesUnordered<Pin<Box<dyn std::future::Future<Output = ()>>>>,
    /// Tasks that must stay on this thread (signal listeners) run here while the loop polls.
    local: tokio::task::LocalSet,
    /// When the loop first polled, and the time it has spent waiting since: what
    /// `performance.eventLoopUtilization()` reports.
    loop_start: Option<Instant>,
    idle: Duration,
}

impl EventLoop {
    pub fn new(origin: Instant) -> EventLoop {
        let (signal_tx, signal_rx) = tokio::sync::mpsc::unbounded_channel();
        EventLoop {
            origin,
            now: 0,
            timer_deadline: None,
            futures: FuturesUnordered::new(),
            pending: HashMap::new(),
            next_id: 1,
            refed_ops: 0,
            info: None,
            signal_tx,
            signal_rx,
            signals: HashSet::new(),
            streams: HashMap::new(),
            refed_streams: 0,
            stream_queue: StreamQueue::default(),
            from_thread: Rc::default(),
            stream_tasks: FuturesUnordered::new(),
            local: tokio::task::LocalSet::new(),
            loop_start: None,
            idle: Duration::ZERO,
        }
    }

    /// `(loop start, time spent waiting)`, both from the origin's clock; none before the loop ran.
    pub fn utilization_times(&self) -> Option<(Duration, Duration)> {
        self.loop_start
            .map(|start| (start.duration_since(self.origin), self.idle))
    }

    pub fn set_info(&mut self, info: LoopInfo) {
        self.info = Some(info);
    }

    pub fn info(&self, slot: usize) -> i32 {
        self.info.as_ref().map_or(0, |i| i.get(slot))
    }

    /// When the process started.
    pub fn origin(&self) -> Instant {
        self.origin
    }

    /// Loop time in milliseconds, as timers see it.
    pub fn now(&self) -> u64 {
        self.now
    }

    pub fn update_time(&mut self) {
        self.now = self.origin.elapsed().as_millis() as u64;
    }

    /// `ms` after the current loop time (JS's earliest timer changed); `None` clears it.
    pub fn schedule_timer(&mut self, after_ms: Option<u64>) {
        self.timer_deadline = after_ms.map(|ms| self.now + ms);
    }

    pub fn submit(
        &mut self,
        target: OpTarget,
        work: Pin<Box<dyn std::future::Future<Output = OpResult>>>,
    ) -> u32 {
        let id = self.next_id;
        self.next_id = self.next_id.wrapping_add(1).max(1);
        self.pending.insert(
            id,
            PendingOp {
                target,
                refed: true,
            },
        );
        self.refed_ops += 1;
        self.futures.push(Box::pin(work.map(move |r| (id, r))));
        id
    }

    /// Registers a source of repeated values; `work` gets the sender to deliver them with and
    /// is polled by the loop's poll phase. Returns the source's id.
    pub fn open_stream<F>(
        &mut self,
        callback: v8::Global<v8::Function>,
        frame: Option<v8::Global<v8::Value>>,
        work: impl FnOnce(u32, StreamSender) -> F,
    ) -> u32
    where
        F: std::future::Future<Output = ()> + 'static,
    {
        let id = self.next_id;
        self.next_id = self.next_id.wrapping_add(1).max(1);
        self.streams.insert(
            id,
            StreamTarget {
                callback: Rc::new(callback),
                frame: frame.map(Rc::new),
                refed: true,
            },
        );
        self.refed_streams += 1;
        let sender = StreamSender {
            queue: Rc::downgrade(&self.stream_queue),
            from_thread: self.from_thread.clone(),
        };
        self.stream_tasks.push(Box::pin(work(id, sender)));
        id
    }

    /// Stops delivering a source's values (its task runs on; what it sends is dropped).
    pub fn close_stream(&mut self, id: u32) {
        if let Some(target) = self.streams.remove(&id)
            && target.refed
        {
            self.refed_streams -= 1;
        }
    }

    /// Whether a source keeps the process alive.
    pub fn ref_stream(&mut self, id: u32, refed: bool) {
        if let Some(target) = self.streams.get_mut(&id)
            && target.refed != refed
        {
            target.refed = refed;
            if refed {
                self.refed_streams += 1;
            } else {
                self.refed_streams -= 1;
            }
        }
    }

    /// Whether anything referenced keeps the process alive.
    fn alive(&self) -> bool {
        self.refed_streams > 0
            || self.refed_ops > 0
            || self.info(LoopInfo::IMMEDIATE_REF_COUNT) > 0
            || (self.timer_deadline.is_some() && self.info(LoopInfo::TIMER_REFED) != 0)
    }

    /// Starts delivering `signo` to JS (once per signal; never undone, see `signal_default`).
    pub fn listen_signal(&mut self, signo: i32) -> std::io::Result<()> {
        if !self.signals.insert(signo) {
            return Ok(());
        }
        let mut stream =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::from_raw(signo))?;
        let tx = self.signal_tx.clone();
        self.local.spawn_local(async move {
            while stream.recv().await.is_some() {
                if tx.send(signo).is_err() {
                    break;
                }
            }
        });
        Ok(())
    }

    fn take(&mut self, id: u32) -> Option<OpTarget> {
        let op = self.pending.remove(&id)?;
        if op.refed {
            self.refed_ops -= 1;
        }
        Some(op.target)
    }
}

/// What woke the poll phase.
enum Wake {
    Op(u32, OpResult),
    Stream(u32, OpValue),
    Signal(i32),
    Timeout,
}

/// Runs the loop until nothing referenced is left and `beforeExit` schedules nothing more.
pub fn drive(
    run: &Run,
    scope: &mut v8::PinScope,
    rt: &tokio::runtime::Runtime,
) -> Result<(), Ended> {
    loop {
        loop {
            // Handles made during one iteration die with it.
            v8::scope!(let scope, scope);
            state(scope).event_loop.update_time();
            run_timers(run, scope)?;
            run_platform_tasks(run, scope)?;

            // V8's own background work (WebAssembly compilation) finishes through platform
            // tasks: while it runs, the loop stays alive and polls for them.
            let background = scope.has_pending_background_tasks();
            let (alive, immediates) = {
                let lp = &state(scope).event_loop;
                (lp.alive(), lp.info(LoopInfo::IMMEDIATE_COUNT) > 0)
            };
            if !alive && !background {
                break;
            }
            poll(run, scope, rt, immediates || background)?;
            if state(scope).event_loop.info(LoopInfo::IMMEDIATE_COUNT) > 0 {
                // Work an exception cut short runs before the first immediate, as in Node.
                run.after_callback(scope)?;
                run.call_retrying(scope, "processImmediates", &[])?;
                run.after_callback(scope)?;
            }
        }
        v8::scope!(let scope, scope);
        run.call_retrying(scope, "emitBeforeExit", &[])?;
        run.after_callback(scope)?;
        if !state(scope).event_loop.alive() {
            return Ok(());
        }
    }
}

/// Runs the tasks V8 posted for this thread (completing WebAssembly compilation, say).
fn run_platform_tasks(run: &Run, scope: &mut v8::PinScope) -> Result<(), Ended> {
    let platform = v8::V8::get_current_platform();
    let mut ran = false;
    while v8::Platform::pump_message_loop(&platform, scope, false) {
        ran = true;
    }
    if ran {
        run.after_callback(scope)?;
    }
    Ok(())
}

fn run_timers(run: &Run, scope: &mut v8::PinScope) -> Result<(), Ended> {
    let (due, now) = {
        let lp = &state(scope).event_loop;
        (lp.timer_deadline.is_some_and(|d| d <= lp.now), lp.now)
    };
    if due {
        let now = v8::Number::new(scope, now as f64).into();
        let next = run.call_retrying(scope, "processTimers", &[now])?;
        // processTimers answers with the next deadline in loop time, or 0 for none.
        let next = next.number_value(scope).unwrap_or(0.0);
        let lp = &mut state(scope).event_loop;
        lp.timer_deadline = (next > 0.0).then_some(next.ceil() as u64);
        run.after_callback(scope)?;
    }
    Ok(())
}

/// The poll phase: waits for native work, signals or the next timer, and runs the callbacks
/// of everything that is ready. With `busy` (immediates to run, V8 background work) it only
/// looks briefly.
fn poll(
    run: &Run,
    scope: &mut v8::PinScope,
    rt: &tokio::runtime::Runtime,
    busy: bool,
) -> Result<(), Ended> {
    let immediates = state(scope).event_loop.info(LoopInfo::IMMEDIATE_COUNT) > 0;
    let timeout = {
        let lp = &state(scope).event_loop;
        if immediates {
            Some(Duration::ZERO)
        } else if busy {
            Some(Duration::from_millis(1))
        } else {
            lp.timer_deadline.map(|d| {
                Duration::from_millis(d.saturating_sub(lp.origin.elapsed().as_millis() as u64))
            })
        }
    };
    let wake = {
        let lp = &mut state(scope).event_loop;
        lp.loop_start.get_or_insert_with(Instant::now);
        let idle = lp.futures.is_empty() && lp.signals.is_empty() && lp.streams.is_empty();
        let spin = lp.from_thread.replace(false) && spare_cores();
        let futures = &mut lp.futures;
        let signals = &mut lp.signal_rx;
        let tasks = &mut lp.stream_tasks;
        let queue = &lp.stream_queue;
        let mut sleep = timeout.map(|t| Box::pin(tokio::time::sleep(t)));
        let mut wait = std::future::poll_fn(move |cx| {
            if let Poll::Ready(Some((id, result))) = futures.poll_next_unpin(cx) {
                return Poll::Ready(Wake::Op(id, result));
            }
            if let Poll::Ready(Some(signo)) = signals.poll_recv(cx) {
                return Poll::Ready(Wake::Signal(signo));
            }
            // Sources' tasks run here, in the loop's own task: what they queue is seen at once.
            while let Poll::Ready(Some(())) = tasks.poll_next_unpin(cx) {}
            if let Some((id, value)) = queue.borrow_mut().pop_front() {
                return Poll::Ready(Wake::Stream(id, value));
            }
            match sleep.as_mut().map(|s| s.as_mut().poll(cx)) {
                Some(Poll::Ready(())) => Poll::Ready(Wake::Timeout),
                _ => Poll::Pending,
            }
        });
        if timeout == Some(Duration::ZERO) && idle {
            Wake::Timeout
        } else if timeout == Some(Duration::ZERO) {
            // Only what is ready now: tokio's timer would round a zero wait up to a whole
            // millisecond. Local tasks (signal listeners) still get their turn.
            lp.local.block_on(rt, async {
                let wake = futures::FutureExt::now_or_never(wait);
                deliver_deferred_wakes().await;
                wake.unwrap_or(Wake::Timeout)
            })
        } else {
            // Time spent waiting here is the loop's idle time.
            let waiting = Instant::now();
            let spun = if spin {
                let limit = timeout.map_or(SPIN, |t| t.min(SPIN));
                look_until(&mut wait, waiting + limit)
            } else {
                None
            };
            let wake = match spun {
                // Still give the I/O driver and local tasks their turn, without sleeping: a
                // conversation answered within the spin would otherwise starve them.
                Some(wake) => {
                    lp.local.block_on(rt, tokio::task::yield_now());
                    wake
                }
                None => lp.local.block_on(rt, async {
                    let wake = wait.await;
                    deliver_deferred_wakes().await;
                    wake
                }),
            };
            lp.idle += waiting.elapsed();
            wake
        }
    };
    // What is ready now forms this poll phase's batch; work that finishes while the batch's
    // callbacks run waits for the next iteration, as libuv's thread pool completions do.
    let mut batch = vec![wake];
    {
        let lp = &mut state(scope).event_loop;
        while let Some(Some((id, result))) = lp.futures.next().now_or_never() {
            batch.push(Wake::Op(id, result));
        }
        while let Ok(signo) = lp.signal_rx.try_recv() {
            batch.push(Wake::Signal(signo));
        }
        batch.extend(
            lp.stream_queue
                .borrow_mut()
                .drain(..)
                .map(|(id, value)| Wake::Stream(id, value)),
        );
    }
    for wake in batch {
        match wake {
            Wake::Op(id, result) => complete(run, scope, id, result)?,
            Wake::Signal(signo) => {
                let signo = v8::Integer::new(scope, signo).into();
                run.call_retrying(scope, "emitSignal", &[signo])?;
                run.after_callback(scope)?;
            }
            Wake::Stream(id, value) => {
                let Some((callback, frame)) = state(scope)
                    .event_loop
                    .streams
                    .get(&id)
                    .map(|t| (t.callback.clone(), t.frame.clone()))
                else {
                    continue;
                };
                let callback = v8::Local::new(scope, &*callback);
                let value = value.into_js(scope);
                run.call_function(scope, callback, frame.as_deref(), &[value])?;
                run.after_callback(scope)?;
            }
            Wake::Timeout => {}
        }
    }
    Ok(())
}

/// Whether the process may use more than one core: looking for another thread's message on
/// the only core would keep that thread from running to send it.
fn spare_cores() -> bool {
    static SPARE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *SPARE.get_or_init(|| std::thread::available_parallelism().is_ok_and(|n| n.get() > 1))
}

/// Polls `wait` without sleeping until it is ready or `deadline` passes. Only what needs no
/// I/O driver can become ready here: values other threads post (their senders' wake-ups find
/// no sleeper to wake, so they cost no kernel hand-over).
fn look_until<F: Future + Unpin>(wait: &mut F, deadline: Instant) -> Option<F::Output> {
    loop {
        if let Some(ready) = (&mut *wait).now_or_never() {
            return Some(ready);
        }
        if Instant::now() >= deadline {
            return None;
        }
        std::hint::spin_loop();
    }
}

/// Work that used up tokio's cooperative budget is woken only when the thread next parks, and
/// `block_on` forgets those wake-ups if it returns first: that work (a source's task with data
/// still to read, say) would never run again. A yield makes the runtime park once and wake it.
async fn deliver_deferred_wakes() {
    if !tokio::task::coop::has_budget_remaining() {
        tokio::task::yield_now().await;
    }
}

/// Delivers a finished op to its callback or promise.
fn complete(run: &Run, scope: &mut v8::PinScope, id: u32, result: OpResult) -> Result<(), Ended> {
    let Some(target) = state(scope).event_loop.take(id) else {
        return Ok(());
    };
    match target {
        OpTarget::Callback(callback, frame) => {
            let callback = v8::Local::new(scope, callback);
            let args: [v8::Local<v8::Value>; 2] = match result {
                Ok(value) => [v8::null(scope).into(), value.into_js(scope)],
                Err(error) => [error.to_js(scope), v8::undefined(scope).into()],
            };
            run.call_function(scope, callback, frame.as_ref(), &args)?;
        }
        OpTarget::Promise(resolver) => {
            let resolver = v8::Local::new(scope, resolver);
            match result {
                Ok(value) => {
                    let value = value.into_js(scope);
                    resolver.resolve(scope, value);
                }
                Err(error) => {
                    let error = error.to_js(scope);
                    resolver.reject(scope, error);
                }
            }
        }
    }
    run.after_callback(scope)
}
