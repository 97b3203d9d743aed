'use strict';
// Timers and immediates, with Node's ordering. Timeouts of the same duration share a list
// (ordered by start time); the lists sit in a binary heap ordered by the expiry of their first
// timer (then by list id), and the runtime is told only the earliest deadline. Immediates are a
// FIFO run once per loop iteration. Times are loop times in milliseconds (`ops.loopNow()`).
// The link fields are laid out as Node's, since util.inspect shows them.

const { invalidArgType } = require('internal/errors');
const { runNextTicks } = require('internal/ticks');
const { newAsyncId, kTopLevelAsyncId } = require('internal/async_ids');

const loopInfo = ops.loopInfo;
const { IMMEDIATE_COUNT, IMMEDIATE_REF_COUNT, TIMER_REFED } = ops.loopSlots;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kAsyncId = Symbol('asyncId');
const kTriggerId = Symbol('triggerId');
const toPrimitive = Symbol.toPrimitive;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

let nextListId = Number.MIN_SAFE_INTEGER;
let timerRefCount = 0;
/** Timeouts turned into numbers (`+timeout`) can be cleared by that number. */
const timersById = new Map();

// ---- lists of timers with one duration --------------------------------------------------------

/**
 * A ring whose anchor is the list itself: the newest timer follows the list (`_idleNext`), the
 * oldest precedes it (`_idlePrev`). A timer out of every list has both links null.
 */
class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = nextListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = -1;
  }

  /** The oldest timer, or null. */
  first() {
    return this._idlePrev === this ? null : this._idlePrev;
  }

  isEmpty() {
    return this._idleNext === this;
  }

  append(timer) {
    timer._idleNext = this._idleNext;
    timer._idlePrev = this;
    this._idleNext._idlePrev = timer;
    this._idleNext = timer;
  }
}

function isLinked(timer) {
  return timer._idleNext !== null;
}

function removeLinks(timer) {
  timer._idlePrev._idleNext = timer._idleNext;
  timer._idleNext._idlePrev = timer._idlePrev;
  timer._idleNext = timer._idlePrev = null;
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
  list.priorityQueuePosition = i;
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
  const i = list.priorityQueuePosition;
  if (i < 0 || heap[i] !== list) return;
  list.priorityQueuePosition = -1;
  const last = heap.pop();
  if (i < heap.length) {
    place(last, i);
    siftDown(i);
    siftUp(last.priorityQueuePosition);
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
    list = new TimersList(start + msecs, msecs);
    lists.set(msecs, list);
    heap.push(list);
    siftUp(heap.length - 1);
  }
  list.append(timer);
  reschedule();
}

/**
 * Takes `timer` out of its list, and drops the list when it empties. The list is the one for
 * the timer's duration; one emptied otherwise is dropped when it comes due.
 */
function unlink(timer) {
  if (!isLinked(timer)) return;
  const list = lists.get(timer._idleTimeout);
  removeLinks(timer);
  if (list !== undefined && list.isEmpty()) {
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
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[kAsyncId] = newAsyncId();
    this[kTriggerId] = kTopLevelAsyncId;
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

  /** The number that stands for the timer, e.g. in clearTimeout(+timeout): its async id. */
  [toPrimitive]() {
    const id = this[kAsyncId];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      timersById.set(id, this);
    }
    return id;
  }

  // Only the timer's own fields: its neighbours and list are shown as names.
  [customInspect](depth, options) {
    return require('internal/inspect').inspect(this, { ...options, depth: 0, customInspect: false });
  }
}

function destroy(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kRefed]) addRef(-1);
  if (timer[kHasPrimitive]) timersById.delete(timer[kAsyncId]);
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
    unlink(timer);
    timer._idleTimeout = -1;
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
  while ((timer = list.first()) !== null) {
    if (now - timer._idleStart < msecs) {
      // The rest of this list is not due yet: it moves back in the heap.
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = nextListId++;
      siftDown(list.priorityQueuePosition);
      return;
    }
    if (ranOne) runNextTicks();
    else ranOne = true;
    removeLinks(timer);
    if (!timer._onTimeout) {
      destroy(timer);
      continue;
    }
    const start = timer._repeat !== null ? ops.loopNow() : undefined;
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
    } finally {
      if (timer._repeat !== null && timer._idleTimeout !== -1 && !isLinked(timer)) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!isLinked(timer)) {
        destroy(timer);
      }
      scheduledExpiry = -2;
    }
  }
  if (lists.get(msecs) === list) lists.delete(msecs);
  heapRemove(list);
}

// ---- Immediate --------------------------------------------------------------------------------

let immediateHead = null;
let immediateTail = null;
// The next immediate of the batch being run (still there if an exception interrupted it).
let outstanding = null;

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    this[kAsyncId] = newAsyncId();
    this[kTriggerId] = kTopLevelAsyncId;
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

/** Unlinks a pending immediate, from the queue or from the batch being run. */
function removeImmediate(immediate) {
  if (immediate === outstanding) outstanding = immediate._idleNext;
  if (immediate === immediateHead) immediateHead = immediate._idleNext;
  if (immediate === immediateTail) immediateTail = immediate._idlePrev;
  if (immediate._idleNext !== null) immediate._idleNext._idlePrev = immediate._idlePrev;
  if (immediate._idlePrev !== null) immediate._idlePrev._idleNext = immediate._idleNext;
  immediate._idleNext = immediate._idlePrev = null;
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || !(immediate instanceof Immediate)) return;
  finishImmediate(immediate);
  immediate._onImmediate = null;
  removeImmediate(immediate);
}

/**
 * Runs the immediates queued before this check phase; newer ones wait for the next. Those run
 * keep their links, as in Node.
 */
function processImmediates() {
  if (outstanding === null) {
    outstanding = immediateHead;
    immediateHead = immediateTail = null;
  }
  let ranOne = false;
  while (outstanding !== null) {
    // Ticks between immediates run first: if one throws, `outstanding` still holds this
    // immediate, and the loop resumes with it.
    if (ranOne) runNextTicks();
    else ranOne = true;
    // A tick may have cleared the rest of the batch.
    if (outstanding === null) break;
    const immediate = outstanding;
    outstanding = immediate._idleNext;
    finishImmediate(immediate);
    const callback = immediate._onImmediate;
    const args = immediate._argv;
    immediate._onImmediate = null;
    if (args === undefined) callback.call(immediate);
    else callback.apply(immediate, args);
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
