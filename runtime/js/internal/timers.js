'use strict';
// Timers and immediates. Timeouts live in a binary heap ordered by expiry (then creation), and
// the runtime is told only the earliest deadline; immediates are a FIFO run once per loop
// iteration. Times are loop times in milliseconds (`ops.loopNow()`), as libuv's `uv_now`.

const { invalidArgType } = require('internal/errors');
const { runNextTicks } = require('internal/ticks');

const loopInfo = ops.loopInfo;
const { IMMEDIATE_COUNT, IMMEDIATE_REF_COUNT, TIMER_REFED } = ops.loopSlots;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHeapIndex = Symbol('heapIndex');
const kExpiry = Symbol('expiry');
const kSeq = Symbol('seq');
const toPrimitive = Symbol.toPrimitive;

let nextSeq = 0;
let nextId = 1;
let timerRefCount = 0;
/** Timeouts turned into numbers (`+timeout`) can be cleared by that number. */
const timersById = new Map();

// ---- the heap ---------------------------------------------------------------------------------

const heap = [];

function before(a, b) {
  return a[kExpiry] < b[kExpiry] || (a[kExpiry] === b[kExpiry] && a[kSeq] < b[kSeq]);
}

function place(timer, i) {
  heap[i] = timer;
  timer[kHeapIndex] = i;
}

function siftUp(i) {
  const timer = heap[i];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(timer, heap[parent])) break;
    place(heap[parent], i);
    i = parent;
  }
  place(timer, i);
}

function siftDown(i) {
  const timer = heap[i];
  const n = heap.length;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && before(heap[child + 1], heap[child])) child++;
    if (!before(heap[child], timer)) break;
    place(heap[child], i);
    i = child;
  }
  place(timer, i);
}

function heapInsert(timer) {
  heap.push(timer);
  siftUp(heap.length - 1);
}

function heapRemove(timer) {
  const i = timer[kHeapIndex];
  if (i === undefined || heap[i] !== timer) return;
  timer[kHeapIndex] = undefined;
  const last = heap.pop();
  if (i < heap.length) {
    place(last, i);
    siftDown(i);
    siftUp(last[kHeapIndex]);
  }
}

// ---- telling the loop -------------------------------------------------------------------------

let scheduledExpiry = -1;

/** Tells the runtime when the earliest timer is due, if that changed. */
function reschedule() {
  const expiry = heap.length === 0 ? -1 : heap[0][kExpiry];
  if (expiry === scheduledExpiry) return;
  scheduledExpiry = expiry;
  ops.scheduleTimer(expiry < 0 ? -1 : Math.max(0, Math.ceil(expiry - ops.loopNow())));
}

function addRef(n) {
  timerRefCount += n;
  loopInfo[TIMER_REFED] = timerRefCount > 0 ? 1 : 0;
}

// ---- Timeout ----------------------------------------------------------------------------------

function coerceDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(
        `${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
        'TimeoutOverflowWarning',
      );
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceDelay(after);
    this._idleTimeout = after;
    this._idleStart = ops.loopNow();
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kSeq] = nextSeq++;
    this[kExpiry] = this._idleStart + after;
    this[kHeapIndex] = undefined;
    if (isRefed) addRef(1);
    heapInsert(this);
    reschedule();
  }

  refresh() {
    if (!this._destroyed) {
      heapRemove(this);
      this._idleStart = ops.loopNow();
      this[kSeq] = nextSeq++;
      this[kExpiry] = this._idleStart + this._idleTimeout;
      heapInsert(this);
      reschedule();
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) addRef(-1);
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) addRef(1);
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [toPrimitive]() {
    let id = this[kId];
    if (id === undefined) {
      id = nextId++;
      this[kId] = id;
      timersById.set(id, this);
    }
    return id;
  }
}
const kId = Symbol('id');

function destroy(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kRefed]) addRef(-1);
  if (timer[kId] !== undefined) timersById.delete(timer[kId]);
  heapRemove(timer);
}

function validateCallback(callback) {
  if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
}

function restArgs(args, from) {
  return args.length > from ? Array.prototype.slice.call(args, from) : undefined;
}

function setTimeout(callback, after) {
  validateCallback(callback);
  return new Timeout(callback, after, restArgs(arguments, 2), false, true);
}

function setInterval(callback, repeat) {
  validateCallback(callback);
  return new Timeout(callback, repeat, restArgs(arguments, 2), true, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    destroy(timer);
    reschedule();
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const found = timersById.get(Number(timer));
    if (found !== undefined) {
      destroy(found);
      reschedule();
    }
  }
}

/**
 * Runs every timer due at loop time `now`, with the nextTick queue and microtasks between
 * them. Returns the next deadline, or 0 if no timer is left. An exception leaves the heap
 * consistent and propagates; the runtime calls again for the rest.
 */
function processTimers(now) {
  let ranOne = false;
  while (heap.length > 0) {
    const timer = heap[0];
    if (timer[kExpiry] > now) {
      scheduledExpiry = timer[kExpiry];
      return timer[kExpiry];
    }
    if (ranOne) runNextTicks();
    else ranOne = true;
    heapRemove(timer);
    if (timer._destroyed) continue;
    const repeat = timer._repeat !== null;
    if (!repeat) destroy(timer);
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
    } finally {
      if (repeat && !timer._destroyed && timer[kHeapIndex] === undefined) {
        timer._idleStart = now;
        timer[kSeq] = nextSeq++;
        timer[kExpiry] = now + timer._repeat;
        heapInsert(timer);
      }
      scheduledExpiry = -2;
    }
  }
  scheduledExpiry = -1;
  return 0;
}

// ---- Immediate --------------------------------------------------------------------------------

let immediateHead = null;
let immediateTail = null;
// Immediates of the batch being run when an exception interrupted it.
let outstanding = null;

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    loopInfo[IMMEDIATE_COUNT]++;
    loopInfo[IMMEDIATE_REF_COUNT]++;
    if (immediateTail === null) {
      immediateHead = immediateTail = this;
    } else {
      this._idlePrev = immediateTail;
      immediateTail._idleNext = this;
      immediateTail = this;
    }
  }

  ref() {
    if (!this[kRefed] && !this._destroyed) {
      this[kRefed] = true;
      loopInfo[IMMEDIATE_REF_COUNT]++;
    }
    return this;
  }

  unref() {
    if (this[kRefed] && !this._destroyed) {
      this[kRefed] = false;
      loopInfo[IMMEDIATE_REF_COUNT]--;
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

function finishImmediate(immediate) {
  if (immediate._destroyed) return;
  immediate._destroyed = true;
  loopInfo[IMMEDIATE_COUNT]--;
  if (immediate[kRefed]) loopInfo[IMMEDIATE_REF_COUNT]--;
  immediate[kRefed] = null;
}

function setImmediate(callback) {
  validateCallback(callback);
  return new Immediate(callback, restArgs(arguments, 1));
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || !(immediate instanceof Immediate)) return;
  // It stays linked (a running batch may be walking the list) and is skipped when reached.
  finishImmediate(immediate);
  immediate._onImmediate = null;
}

/** Runs the immediates queued before this check phase; newer ones wait for the next. */
function processImmediates() {
  let current;
  if (outstanding !== null) {
    current = outstanding;
  } else {
    current = immediateHead;
    immediateHead = immediateTail = null;
  }
  let ranOne = false;
  while (current !== null) {
    const immediate = current;
    current = immediate._idleNext;
    outstanding = current;
    if (immediate._destroyed) continue;
    if (ranOne) runNextTicks();
    else ranOne = true;
    finishImmediate(immediate);
    const callback = immediate._onImmediate;
    const args = immediate._argv;
    immediate._onImmediate = null;
    immediate._idleNext = immediate._idlePrev = null;
    if (args === undefined) callback.call(immediate);
    else callback.apply(immediate, args);
  }
  outstanding = null;
}

module.exports = {
  Timeout,
  Immediate,
  setTimeout,
  setInterval,
  clearTimeout,
  clearInterval: clearTimeout,
  setImmediate,
  clearImmediate,
  processTimers,
  processImmediates,
};
