'use strict';
// Timers and immediates, with Node's ordering. Timeouts of the same duration share a list
// (ordered by start time); the lists sit in a binary heap ordered by the expiry of their first
// timer (then by list id), and the runtime is told only the earliest deadline. Immediates are a
// FIFO run once per loop iteration. Times are loop times in milliseconds (`ops.loopNow()`).

const { invalidArgType } = require('internal/errors');
const { runNextTicks } = require('internal/ticks');
const asyncContext = require('internal/async_context');

const loopInfo = ops.loopInfo;
const { IMMEDIATE_COUNT, IMMEDIATE_REF_COUNT, TIMER_REFED } = ops.loopSlots;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kId = Symbol('id');
const kList = Symbol('list');
// The async context frame current when the timer or immediate was made.
const kFrame = Symbol('frame');
const toPrimitive = Symbol.toPrimitive;

let nextId = 1;
let nextListId = Number.MIN_SAFE_INTEGER;
let timerRefCount = 0;
/** Timeouts turned into numbers (`+timeout`) can be cleared by that number. */
const timersById = new Map();

// ---- lists of timers with one duration --------------------------------------------------------

class TimerList {
  constructor(expiry, msecs) {
    this.expiry = expiry;
    this.msecs = msecs;
    this.id = nextListId++;
    this.heapIndex = -1;
    this.head = null;
    this.tail = null;
  }

  append(timer) {
    timer._idlePrev = this.tail;
    timer._idleNext = null;
    if (this.tail === null) this.head = timer;
    else this.tail._idleNext = timer;
    this.tail = timer;
    timer[kList] = this;
  }

  remove(timer) {
    if (timer._idlePrev !== null) timer._idlePrev._idleNext = timer._idleNext;
    else this.head = timer._idleNext;
    if (timer._idleNext !== null) timer._idleNext._idlePrev = timer._idlePrev;
    else this.tail = timer._idlePrev;
    timer._idleNext = timer._idlePrev = null;
    timer[kList] = null;
  }
}

/** Lists by duration. */
const lists = new Map();

// ---- the heap of lists ------------------------------------------------------------------------

const heap = [];

function before(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
}

function place(list, i) {
  heap[i] = list;
  list.heapIndex = i;
}

function siftUp(i) {
  const list = heap[i];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(list, heap[parent])) break;
    place(heap[parent], i);
    i = parent;
  }
  place(list, i);
}

function siftDown(i) {
  const list = heap[i];
  const n = heap.length;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && before(heap[child + 1], heap[child])) child++;
    if (!before(heap[child], list)) break;
    place(heap[child], i);
    i = child;
  }
  place(list, i);
}

function heapRemove(list) {
  const i = list.heapIndex;
  if (i < 0 || heap[i] !== list) return;
  list.heapIndex = -1;
  const last = heap.pop();
  if (i < heap.length) {
    place(last, i);
    siftDown(i);
    siftUp(last.heapIndex);
  }
}

// ---- telling the loop -------------------------------------------------------------------------

let scheduledExpiry = -1;

/** Tells the runtime when the earliest timer is due, if that changed. */
function reschedule() {
  const expiry = heap.length === 0 ? -1 : heap[0].expiry;
  if (expiry === scheduledExpiry) return;
  scheduledExpiry = expiry;
  ops.scheduleTimer(expiry < 0 ? -1 : Math.max(0, Math.ceil(expiry - ops.loopNow())));
}

function addRef(n) {
  timerRefCount += n;
  loopInfo[TIMER_REFED] = timerRefCount > 0 ? 1 : 0;
}

/** Puts `timer` at the end of the list for its duration, started at `start`. */
function insert(timer, msecs, start) {
  timer._idleStart = start;
  let list = lists.get(msecs);
  if (list === undefined) {
    list = new TimerList(start + msecs, msecs);
    lists.set(msecs, list);
    heap.push(list);
    siftUp(heap.length - 1);
  }
  list.append(timer);
  reschedule();
}

/** Takes `timer` out of its list (and drops the list when it empties). */
function unlink(timer) {
  const list = timer[kList];
  if (!list) return;
  list.remove(timer);
  if (list.head === null && lists.get(list.msecs) === list) {
    lists.delete(list.msecs);
    heapRemove(list);
  }
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
    this._idlePrev = null;
    this._idleNext = null;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this[kFrame] = asyncContext.capture();
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kList] = null;
    if (isRefed) addRef(1);
    insert(this, after, ops.loopNow());
  }

  refresh() {
    if (!this._destroyed && this._idleTimeout >= 0) {
      unlink(this);
      insert(this, this._idleTimeout, ops.loopNow());
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

function destroy(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kRefed]) addRef(-1);
  if (timer[kId] !== undefined) timersById.delete(timer[kId]);
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
    timer._onTimeout = null;
    timer._idleTimeout = -1;
    unlink(timer);
    destroy(timer);
    reschedule();
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const found = timersById.get(Number(timer));
    if (found !== undefined) clearTimeout(found);
  }
}

/**
 * Runs the timers due at loop time `now`: list by list in expiry order, each list in start
 * order, with the nextTick queue and microtasks between two timers (and between two lists).
 * Returns the next deadline, or 0 if no timer is left. An exception propagates with everything
 * consistent; the runtime calls again for the rest, as Node does.
 */
function processTimers(now) {
  let ranOneList = false;
  while (heap.length > 0) {
    const list = heap[0];
    if (list.expiry > now) {
      scheduledExpiry = list.expiry;
      return list.expiry;
    }
    if (ranOneList) runNextTicks();
    else ranOneList = true;
    runList(list, now);
  }
  scheduledExpiry = -1;
  return 0;
}

function runList(list, now) {
  const msecs = list.msecs;
  let ranOne = false;
  let timer;
  while ((timer = list.head) !== null) {
    if (now - timer._idleStart < msecs) {
      // The rest of this list is not due yet: it moves back in the heap.
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = nextListId++;
      siftDown(list.heapIndex);
      return;
    }
    if (ranOne) runNextTicks();
    else ranOne = true;
    list.remove(timer);
    if (!timer._onTimeout) {
      destroy(timer);
      continue;
    }
    const start = timer._repeat !== null ? ops.loopNow() : undefined;
    try {
      asyncContext.runScheduled(timer[kFrame], timer._onTimeout, timer, timer._timerArgs);
    } finally {
      if (timer._repeat !== null && timer._idleTimeout !== -1 && timer[kList] === null) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (timer[kList] === null) {
        destroy(timer);
      }
      scheduledExpiry = -2;
    }
  }
  if (lists.get(msecs) === list) {
    lists.delete(msecs);
    heapRemove(list);
  }
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
    this[kFrame] = asyncContext.capture();
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
    // Ticks between immediates run first: if one throws, `outstanding` still holds this
    // immediate, and the loop resumes with it.
    if (ranOne) runNextTicks();
    else ranOne = true;
    const immediate = current;
    current = immediate._idleNext;
    outstanding = current;
    if (immediate._destroyed) continue;
    finishImmediate(immediate);
    const callback = immediate._onImmediate;
    const args = immediate._argv;
    immediate._onImmediate = null;
    immediate._idleNext = immediate._idlePrev = null;
    asyncContext.runScheduled(immediate[kFrame], callback, immediate, args);
  }
  outstanding = null;
}

// util.promisify(setTimeout) and util.promisify(setImmediate) are the timers/promises forms.
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    enumerable: true,
    get() {
      return require('timers/promises')[name];
    },
  });
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
