'use strict';
// Web-standard globals: DOMException, Event/EventTarget/CustomEvent, AbortController and
// AbortSignal, atob/btoa, performance, crypto.getRandomValues/randomUUID, navigator.

const { invalidArgType, invalidArgValue, codedError, validateAbortSignal, validateInteger, validateNumber, validateObject, invalidThis } = require('internal/errors');

// ---- DOMException -----------------------------------------------------------------------------

const legacyCodes = {
  IndexSizeError: 1,
  HierarchyRequestError: 3,
  WrongDocumentError: 4,
  InvalidCharacterError: 5,
  NoModificationAllowedError: 7,
  NotFoundError: 8,
  NotSupportedError: 9,
  InvalidStateError: 11,
  SyntaxError: 12,
  InvalidModificationError: 13,
  NamespaceError: 14,
  InvalidAccessError: 15,
  TypeMismatchError: 17,
  SecurityError: 18,
  NetworkError: 19,
  AbortError: 20,
  URLMismatchError: 21,
  QuotaExceededError: 22,
  TimeoutError: 23,
  InvalidNodeTypeError: 24,
  DataCloneError: 25,
};

class DOMException extends Error {
  #name;

  constructor(message = '', options = 'Error') {
    super(`${message}`);
    if (options !== null && typeof options === 'object') {
      this.#name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
      }
    } else {
      this.#name = `${options}`;
    }
  }

  get name() {
    return this.#name;
  }

  get code() {
    return legacyCodes[this.#name] || 0;
  }
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
for (const [name, code] of Object.entries(legacyCodes)) {
  const constant = name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase().replace(/_ERROR$/, '_ERR');
  Object.defineProperty(DOMException, constant, { value: code, enumerable: true });
  Object.defineProperty(DOMException.prototype, constant, { value: code, enumerable: true });
}

// ---- Event and EventTarget --------------------------------------------------------------------

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kType = Symbol('type');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');

/** `ERR_MISSING_ARGS`: `The "a" and "b" arguments must be specified`. */
function missingArgs(...names) {
  const list = names.map((name) => `"${name}"`).join(' and ');
  return codedError(TypeError, 'ERR_MISSING_ARGS', `The ${list} argument${names.length > 1 ? 's' : ''} must be specified`);
}

/** `Name { ...fields }`, the way Node's web classes show themselves, one level deeper. */
function inspectFields(name, fields, options, inspect) {
  const depth = Number.isInteger(options.depth) ? options.depth - 1 : options.depth;
  return `${name} ${inspect(fields, { ...options, depth })}`;
}

/** Makes a class's own prototype members enumerable, as Web IDL classes have them. */
const { enumerableMembers, defineTag } = require('internal/webidl');

let isEvent;
let isStopped;
let trustEvent;

class Event {
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #timeStamp;
  #propagationStopped = false;
  #stop = false;
  #trusted = false;

  static {
    isEvent = (value) => value !== null && typeof value === 'object' && #stop in value;
    isStopped = (event) => event.#stop;
    trustEvent = (event) => {
      event.#trusted = true;
      return event;
    };
  }

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs('type');
    if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
      throw invalidArgType('options', 'object', options);
    }
    this.#bubbles = Boolean(options && options.bubbles);
    this.#cancelable = Boolean(options && options.cancelable);
    this.#composed = Boolean(options && options.composed);
    this.#timeStamp = performance.now();
    this[kType] = `${type}`;
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    checkEvent(this);
    if (arguments.length === 0) throw missingArgs('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = Boolean(bubbles);
    this.#cancelable = Boolean(cancelable);
  }
  stopImmediatePropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
    this.#stop = true;
  }
  // Node 20 honours preventDefault() in passive listeners too.
  preventDefault() {
    checkEvent(this);
    this.#defaultPrevented = true;
  }
  get target() {
    checkEvent(this);
    return this[kTarget];
  }
  get currentTarget() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }
  get srcElement() {
    checkEvent(this);
    return this[kTarget];
  }
  get type() {
    checkEvent(this);
    return this[kType];
  }
  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }
  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }
  get timeStamp() {
    checkEvent(this);
    return this.#timeStamp;
  }
  composedPath() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }
  get returnValue() {
    checkEvent(this);
    return !this.defaultPrevented;
  }
  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }
  get composed() {
    checkEvent(this);
    return this.#composed;
  }
  // Without a tree there are no capturing or bubbling phases.
  get eventPhase() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }
  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }
  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }
  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }
  get isTrusted() {
    return isEvent(this) && this.#trusted;
  }

  [customInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const fields = {
      type: this[kType],
      defaultPrevented: this.defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    };
    return inspectFields(name, fields, options, inspect);
  }
}
enumerableMembers(Event);
Object.defineProperty(Event.prototype, 'isTrusted', { configurable: false });
defineTag(Event, 'Event');
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, enumerable: true });
}

function checkEvent(value) {
  if (!isEvent(value)) throw invalidThis('Event');
}

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!CustomEvent.#isCustomEvent(this)) throw invalidThis('CustomEvent');
    return this.#detail;
  }

  static #isCustomEvent(value) {
    return value !== null && typeof value === 'object' && #detail in value;
  }
}
enumerableMembers(CustomEvent);
defineTag(CustomEvent, 'CustomEvent');

const kEvents = Symbol('kEvents');
// Where an EventTarget keeps its listener limit; `events` exports them.
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = require('events');

/** addEventListener's options: a boolean is the capture flag, anything else must be an object. */
function listenerOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options === 'boolean') return { capture: options };
  if (typeof options !== 'object' && typeof options !== 'function') throw invalidArgType('options', 'object', options);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    signal: options.signal,
  };
}

/** Whether `listener` can be registered: functions and objects can, null and undefined are
 * ignored, anything else is an error. */
function isListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener === null || listener === undefined) return false;
  if (typeof listener === 'object') return true;
  throw invalidArgType('listener', 'EventListener', listener);
}

function warn(message, name, fields) {
  const warning = new Error(message);
  warning.name = name;
  Object.assign(warning, fields);
  process.emitWarning(warning);
}

/** Once a type has more listeners than the target's limit, one warning per target. */
function checkListenerCount(target, type, count) {
  const max = target[kMaxEventTargetListeners];
  if (!(max > 0) || count <= max || target[kMaxEventTargetListenersWarned]) return;
  target[kMaxEventTargetListenersWarned] = true;
  const { inspect } = require('internal/inspect');
  warn(
    `Possible EventTarget memory leak detected. ${count} ${type} listeners added to ` +
      `${inspect(target, { depth: -1 })}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`,
    'MaxListenersExceededWarning',
    { target, type, count },
  );
}

function reportListenerError(err) {
  // A failing listener does not stop the others; the error is reported as uncaught.
  process.nextTick(() => {
    throw err;
  });
}

// Node calls an object's handleEvent from an async function: what it throws becomes a rejection.
async function callHandleEvent(listener, event) {
  if (listener.handleEvent) return listener.handleEvent(event);
  return undefined;
}

function callListener(target, listener, event) {
  let result;
  try {
    result = typeof listener === 'function' ? listener.call(target, event) : callHandleEvent(listener, event);
  } catch (err) {
    reportListenerError(err);
    return;
  }
  if (result !== undefined && result !== null && typeof result.then === 'function') {
    result.then(undefined, reportListenerError);
  }
}

/** A type's listeners are a linked list, so that dispatch can follow listeners added or removed
 * while it runs: each step goes to the record that followed the current one before its call. */
function unlink(list, record) {
  record.removed = true;
  if (record.prev) record.prev.next = record.next;
  else list.first = record.next;
  if (record.next) record.next.prev = record.prev;
  else list.last = record.prev;
  list.size--;
}

function findRecord(list, listener, capture) {
  let record = list.first;
  while (record !== undefined && !(record.listener === listener && record.capture === capture)) record = record.next;
  return record;
}

let isEventTarget;

class EventTarget {
  static {
    isEventTarget = (value) => value !== null && typeof value === 'object' && #brand in value;
  }

  #brand = true;

  constructor() {
    this[kEvents] = new Map();
    this[kMaxEventTargetListeners] = require('events').defaultMaxListeners;
    this[kMaxEventTargetListenersWarned] = false;
  }

  addEventListener(type, listener, options = undefined) {
    checkEventTarget(this);
    if (arguments.length < 2) throw missingArgs('type', 'listener');
    const { once = false, capture = false, signal } = listenerOptions(options);
    validateAbortSignal(signal, 'options.signal');
    if (!isListener(listener)) {
      warn(`addEventListener called with ${listener} which has no effect.`, 'AddEventListenerArgumentTypeWarning', {
        target: this,
        type,
      });
      return;
    }
    if (typeof type === 'symbol') throw invalidArgValue('value', type);
    type = `${type}`;
    if (signal !== undefined) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
    }
    let list = this[kEvents].get(type);
    if (list === undefined) {
      list = { first: undefined, last: undefined, size: 0 };
      this[kEvents].set(type, list);
    } else if (findRecord(list, listener, capture) !== undefined) {
      return;
    }
    const record = { listener, capture, once, removed: false, prev: list.last, next: undefined };
    if (list.last) list.last.next = record;
    else list.first = record;
    list.last = record;
    list.size++;
    checkListenerCount(this, type, list.size);
  }

  removeEventListener(type, listener, options = undefined) {
    checkEventTarget(this);
    if (arguments.length < 2) throw missingArgs('type', 'listener');
    if (!isListener(listener)) return;
    // Node 20 reads only an object's `capture` here: a bare `true` removes the non-capture listener.
    const capture = options?.capture === true;
    const list = this[kEvents].get(`${type}`);
    if (list === undefined) return;
    const record = findRecord(list, listener, capture);
    if (record !== undefined) unlink(list, record);
  }

  dispatchEvent(event) {
    checkEventTarget(this);
    if (arguments.length === 0) throw missingArgs('event');
    if (!isEvent(event)) throw invalidArgType('event', 'Event', event);
    if (event[kIsBeingDispatched]) {
      throw codedError(Error, 'ERR_EVENT_RECURSION', `The event "${event.type}" is already being dispatched`);
    }
    event[kTarget] = this;
    event[kIsBeingDispatched] = true;
    const list = this[kEvents].get(event.type);
    let record = list && list.first;
    while (record !== undefined && !isStopped(event)) {
      const { next } = record;
      if (!record.removed) {
        if (record.once) unlink(list, record);
        callListener(this, record.listener, event);
        // As in Node 20, the event counts as dispatched once its first listener has run:
        // later listeners see no currentTarget and eventPhase NONE.
        event[kIsBeingDispatched] = false;
      }
      record = next;
    }
    event[kIsBeingDispatched] = false;
    return !event.defaultPrevented;
  }

  [customInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return inspectFields(name, {}, options, inspect);
  }
}
enumerableMembers(EventTarget);
defineTag(EventTarget, 'EventTarget');

function checkEventTarget(value) {
  if (!isEventTarget(value)) throw invalidThis('EventTarget');
}

/** Defines `on<type>` attribute handlers (`signal.onabort = fn`). */
function defineEventHandler(target, type) {
  const key = Symbol(`on${type}`);
  Object.defineProperty(target.prototype, `on${type}`, {
    get() {
      return this[key] ? this[key].handler : null;
    },
    set(handler) {
      if (this[key]) this.removeEventListener(type, this[key].wrapper);
      if (typeof handler === 'function') {
        const wrapper = (event) => handler.call(this, event);
        this[key] = { handler, wrapper };
        this.addEventListener(type, wrapper);
      } else {
        this[key] = undefined;
      }
    },
    configurable: true,
    enumerable: true,
  });
}

// ---- AbortController and AbortSignal ----------------------------------------------------------

const kAborted = Symbol('aborted');
const kReason = Symbol('reason');
const kConstruct = Symbol('construct');
// The signals made by AbortSignal.any() from this one. They are aborted after this signal's own
// listeners ran, and do not count as its listeners.
// The signals AbortSignal.any made from this one (weakly), and the sources of such a signal.
const kDependants = Symbol('dependants');
const kSources = Symbol('sources');

class AbortSignal extends EventTarget {
  constructor(key) {
    if (key !== kConstruct) throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kDependants] = new Set();
  }

  get aborted() {
    checkAbortSignal(this);
    return this[kAborted];
  }

  get reason() {
    checkAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kConstruct);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    validateInteger(delay, 'delay', 0, 2 ** 32 - 1);
    const signal = new AbortSignal(kConstruct);
    // The timer does not keep the process alive, as in Node.
    setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay).unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw invalidArgType('signals', 'Array', signals);
    for (let i = 0; i < signals.length; i++) {
      if (!(signals[i] instanceof AbortSignal)) throw invalidArgType(`signals[${i}]`, 'AbortSignal', signals[i]);
    }
    const result = new AbortSignal(kConstruct);
    for (const signal of signals) {
      if (signal.aborted) {
        abortSignal(result, signal.reason);
        return result;
      }
    }
    // The sources hold the combined signal weakly: a long-lived source must not keep every
    // signal ever combined with it.
    const ref = new WeakRef(result);
    for (const signal of signals) signal[kDependants].add(ref);
    result[kSources] = { sources: [...signals], ref };
    dependantsCleanup.register(result, result[kSources], result);
    return result;
  }

  [customInspect](depth, options, inspect) {
    if (!isAbortSignal(this) || depth < 0) return this;
    return inspectFields(this.constructor.name, { aborted: this.aborted }, options, inspect);
  }
}
defineEventHandler(AbortSignal, 'abort');
// As in Node, of its members only these two are enumerable.
Object.defineProperty(AbortSignal.prototype, 'aborted', { enumerable: true });
defineTag(AbortSignal, 'AbortSignal');

function isAbortSignal(value) {
  return value !== null && typeof value === 'object' && kAborted in value;
}

function checkAbortSignal(value) {
  if (!isAbortSignal(value)) throw invalidThis('AbortSignal');
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  // Aborted, a combined signal needs its sources no more.
  const combined = signal[kSources];
  if (combined !== undefined) {
    forgetSources(combined);
    dependantsCleanup.unregister(signal);
    signal[kSources] = undefined;
  }
  signal.dispatchEvent(trustEvent(new Event('abort')));
  for (const ref of [...signal[kDependants]]) {
    const dependant = ref.deref();
    if (dependant !== undefined) abortSignal(dependant, reason);
  }
  signal[kDependants].clear();
}

function forgetSources({ sources, ref }) {
  for (const source of sources) source[kDependants].delete(ref);
}

// A combined signal collected before it aborted leaves its sources' sets.
const dependantsCleanup = new FinalizationRegistry(forgetSources);

class AbortController {
  #signal = new AbortSignal(kConstruct);

  get signal() {
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }

  static #isController(value) {
    return value !== null && typeof value === 'object' && #signal in value;
  }

  [customInspect](depth, options, inspect) {
    if (!AbortController.#isController(this) || depth < 0) return this;
    return inspectFields(this.constructor.name, { signal: this.signal }, options, inspect);
  }
}
enumerableMembers(AbortController);
defineTag(AbortController, 'AbortController');

// ---- atob / btoa ------------------------------------------------------------------------------

const base64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64Index = new Map([...base64Chars].map((c, i) => [c, i]));

function btoa(input) {
  if (arguments.length === 0) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "input" argument must be specified');
  input = `${input}`;
  let out = '';
  for (let i = 0; i < input.length; i += 3) {
    const codes = [input.charCodeAt(i), input.charCodeAt(i + 1), input.charCodeAt(i + 2)];
    for (const c of codes) {
      if (c > 255) throw new DOMException('Invalid character', 'InvalidCharacterError');
    }
    const [a, b, c] = codes;
    out += base64Chars[a >> 2];
    out += base64Chars[((a & 3) << 4) | (Number.isNaN(b) ? 0 : b >> 4)];
    out += Number.isNaN(b) ? '=' : base64Chars[((b & 15) << 2) | (Number.isNaN(c) ? 0 : c >> 6)];
    out += Number.isNaN(c) ? '=' : base64Chars[c & 63];
  }
  return out;
}

function atob(input) {
  if (arguments.length === 0) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "input" argument must be specified');
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/==?$/, '');
  if (/[^A-Za-z0-9+/]/.test(input)) throw new DOMException('Invalid character', 'InvalidCharacterError');
  if (input.length % 4 === 1) {
    throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const ch of input) {
    buffer = (buffer << 6) | base64Index.get(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return out;
}

// ---- performance ------------------------------------------------------------------------------

let timeOrigin;
const entries = [];
/** Called with each new mark and measure (perf_hooks' observers). */
const entryListeners = new Set();

function recordEntry(entry) {
  entries.push(entry);
  for (const listener of entryListeners) listener(entry);
}

/** A timerified function's call: for observers only, not kept on the timeline. */
function recordFunctionEntry(name, startTime, duration, args) {
  const entry = new PerformanceEntry(kConstructEntry, name, 'function', startTime, duration, args);
  for (const listener of entryListeners) listener(entry);
}

// Entries are made by the timeline only: user code gets ERR_ILLEGAL_CONSTRUCTOR, as in Node.
const kConstructEntry = Symbol('kConstructEntry');

class PerformanceEntry {
  constructor(key, name, entryType, startTime, duration, detail) {
    if (key !== kConstructEntry) throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    if (detail !== undefined) this.detail = detail;
  }
  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}
class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw missingArgs('name');
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? performance.now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw codedError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${startTime} is not a valid timestamp`);
    const detail = options?.detail;
    super(kConstructEntry, `${name}`, 'mark', startTime, 0, detail == null ? null : structuredClone(detail));
  }
}
class PerformanceMeasure extends PerformanceEntry {}

function markTime(nameOrTime) {
  if (nameOrTime === undefined) return undefined;
  if (typeof nameOrTime === 'number') return nameOrTime;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === nameOrTime) return entries[i].startTime;
  }
  throw new DOMException(`The "${nameOrTime}" performance mark has not been set`, 'SyntaxError');
}

function invalidMeasureOptions(message) {
  return codedError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', message);
}

/**
 * Where a measure starts and ends: from a start mark and an end mark, or from options (two of
 * start, end and duration, each a mark name or a time); the end defaults to now, the start to
 * the time origin.
 */
function measureSpan(startOrOptions = 0, endMark = undefined) {
  let start;
  let end;
  let duration;
  let fromOptions = false;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    ({ start, end, duration } = startOrOptions);
    fromOptions = start !== undefined || end !== undefined;
  }
  if (fromOptions) {
    if (endMark !== undefined) throw invalidMeasureOptions('endMark must not be specified');
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw invalidMeasureOptions('Must not have options.start, options.end, and options.duration specified');
    }
  }
  let endTime;
  if (endMark !== undefined) endTime = markTime(endMark);
  else if (fromOptions && end !== undefined) endTime = markTime(end);
  else if (fromOptions && start !== undefined && duration !== undefined) endTime = markTime(start) + markTime(duration);
  else endTime = performance.now();
  let startTime;
  if (typeof startOrOptions === 'string') startTime = markTime(startOrOptions);
  else if (fromOptions && start !== undefined) startTime = markTime(start);
  else if (fromOptions && duration !== undefined) startTime = endTime - markTime(duration);
  else startTime = 0;
  return { start: startTime, end: endTime };
}

/**
 * performance.eventLoopUtilization([util1[, util2]]): the loop's idle and active time since it
 * started (or between two earlier readings), and the active share.
 */
function eventLoopUtilization(util1, util2) {
  const times = ops.loopTimes();
  if (times === undefined) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const [loopStart, idleTime] = times;
  const active = performance.now() - loopStart - idleTime;
  if (!util1) return { idle: idleTime, active, utilization: active / (idleTime + active) };
  const idle = idleTime - util1.idle;
  const activeDelta = active - util1.active;
  return { idle, active: activeDelta, utilization: activeDelta / (idle + activeDelta) };
}

const performance = {
  eventLoopUtilization,
  get timeOrigin() {
    if (timeOrigin === undefined) timeOrigin = ops.timeOrigin();
    return timeOrigin;
  },
  now() {
    return ops.hrtime() / 1e6;
  },
  timerify(fn, options) {
    return require('internal/histogram').timerify(fn, options);
  },
  mark(name, options) {
    if (arguments.length === 0) throw missingArgs('name');
    const mark = new PerformanceMark(name, options);
    recordEntry(mark);
    return mark;
  },
  measure(name, startOrOptions, endMark) {
    const { start, end } = measureSpan(startOrOptions, endMark);
    const detail = startOrOptions?.detail;
    const measure = new PerformanceMeasure(kConstructEntry, `${name}`, 'measure', start, end - start, detail == null ? null : structuredClone(detail));
    recordEntry(measure);
    return measure;
  },
  getEntries() {
    return byStartTime(entries);
  },
  getEntriesByName(name, type) {
    return byStartTime(entries.filter((e) => e.name === name && (type === undefined || e.entryType === type)));
  },
  getEntriesByType(type) {
    return byStartTime(entries.filter((e) => e.entryType === type));
  },
  clearMarks(name) {
    removeEntries('mark', name);
  },
  clearMeasures(name) {
    removeEntries('measure', name);
  },
  toJSON() {
    return { timeOrigin: performance.timeOrigin, nodeTiming: {}, eventLoopUtilization: {} };
  },
};

/**
 * Entries in order of start time. Node keeps marks and measures in buffers of their own and
 * sorts their concatenation stably: at equal times marks come first, each in order of making.
 */
function byStartTime(list) {
  const rank = (e) => (e.entryType === 'mark' ? 0 : 1);
  return list.slice().sort((a, b) => a.startTime - b.startTime || rank(a) - rank(b));
}

function removeEntries(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
  }
}

// ---- crypto (the web part) --------------------------------------------------------------------

const integerArrays = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array];

function getRandomValues(array) {
  if (!integerArrays.some((T) => array instanceof T)) {
    throw new DOMException(
      "The data argument must be an integer-type TypedArray",
      'TypeMismatchError',
    );
  }
  if (array.byteLength > 65536) {
    throw new DOMException(
      'The requested length exceeds 65,536 bytes',
      'QuotaExceededError',
    );
  }
  ops.randomFill(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return array;
}

function randomUUID() {
  const b = new Uint8Array(16);
  ops.randomFill(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// As methods of the Crypto object they need it as `this` (node:crypto's own forms do not).
const crypto = {
  getRandomValues(array) {
    if (this !== crypto) throw invalidThis('Crypto');
    if (arguments.length < 1) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS', "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
    }
    return getRandomValues(array);
  },
  randomUUID() {
    if (this !== crypto) throw invalidThis('Crypto');
    return randomUUID();
  },
  get subtle() {
    return require('internal/webcrypto').subtle;
  },
  get CryptoKey() {
    return require('internal/webcrypto').CryptoKey;
  },
  get [Symbol.toStringTag]() {
    return 'Crypto';
  },
};

// Read when asked: the process facts are filled in at launch.
const navigator = {
  get hardwareConcurrency() {
    return ops.hardwareConcurrency();
  },
  get language() {
    return 'en-US';
  },
  get languages() {
    return ['en-US'];
  },
  get platform() {
    return process.platform;
  },
  get userAgent() {
    return `Node.js/${process.versions.node.split('.')[0]}`;
  },
  get [Symbol.toStringTag]() {
    return 'Navigator';
  },
};

// ---- structuredClone --------------------------------------------------------------------------

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "value" argument must be specified');
  }
  require('internal/clone_kinds');
  let buffers = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
    }
    // options.transfer is read as postMessage reads its second argument.
    buffers = require('internal/message_port').prepareTransfer(options.transfer);
  }
  return require('internal/message_port').cloning(() => ops.structuredClone(value, buffers));
}

/** The listeners an EventTarget holds for `type`, in order (events.getEventListeners);
 * undefined when `target` is not an EventTarget. */
function eventTargetListeners(target, type) {
  if (!isEventTarget(target)) return undefined;
  const listeners = [];
  const list = target[kEvents].get(`${type}`);
  for (let record = list && list.first; record !== undefined; record = record.next) listeners.push(record.listener);
  return listeners;
}

/** A target's listener limit (events.getMaxListeners); undefined when it is not an EventTarget. */
function eventTargetMaxListeners(target) {
  return isEventTarget(target) ? target[kMaxEventTargetListeners] : undefined;
}

/** Sets a target's listener limit (events.setMaxListeners); false when it is not an EventTarget. */
function setEventTargetMaxListeners(target, n) {
  if (!isEventTarget(target)) return false;
  target[kMaxEventTargetListeners] = n;
  target[kMaxEventTargetListenersWarned] = false;
  return true;
}

module.exports = {
  eventTargetListeners,
  eventTargetMaxListeners,
  setEventTargetMaxListeners,
  DOMException,
  Event,
  EventTarget,
  CustomEvent,
  AbortController,
  AbortSignal,
  atob,
  btoa,
  performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  entryListeners,
  recordFunctionEntry,
  crypto,
  navigator,
  structuredClone,
};
