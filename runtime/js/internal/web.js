'use strict';
// Web-standard globals: DOMException, Event/EventTarget/CustomEvent, AbortController and
// AbortSignal, atob/btoa, performance, crypto.getRandomValues/randomUUID, navigator.

const { invalidArgType, codedError } = require('internal/errors');

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

const kStop = Symbol('stop');
const kTarget = Symbol('target');
const kIsBeingDispatched = Symbol('dispatching');

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #timeStamp;
  #propagationStopped = false;
  #inPassive = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw invalidArgType('type', 'string', undefined);
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw invalidArgType('options', 'object', options);
    }
    this.#type = `${type}`;
    this.#bubbles = Boolean(options && options.bubbles);
    this.#cancelable = Boolean(options && options.cancelable);
    this.#composed = Boolean(options && options.composed);
    this.#timeStamp = performance.now();
    this[kTarget] = null;
    this[kStop] = false;
    this[kIsBeingDispatched] = false;
  }

  get type() {
    return this.#type;
  }
  get bubbles() {
    return this.#bubbles;
  }
  get cancelable() {
    return this.#cancelable;
  }
  get composed() {
    return this.#composed;
  }
  get defaultPrevented() {
    return this.#cancelable && this.#defaultPrevented;
  }
  get returnValue() {
    return !this.defaultPrevented;
  }
  get timeStamp() {
    return this.#timeStamp;
  }
  get isTrusted() {
    return false;
  }
  get target() {
    return this[kTarget];
  }
  get currentTarget() {
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }
  get srcElement() {
    return this[kTarget];
  }
  // Node 20 reports NONE even while dispatching; kept for compatibility.
  get eventPhase() {
    return Event.NONE;
  }
  get cancelBubble() {
    return this.#propagationStopped;
  }
  set cancelBubble(value) {
    if (value) this.#propagationStopped = true;
  }
  composedPath() {
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }
  preventDefault() {
    if (!this.#inPassive) this.#defaultPrevented = true;
  }
  stopPropagation() {
    this.#propagationStopped = true;
  }
  stopImmediatePropagation() {
    this.#propagationStopped = true;
    this[kStop] = true;
  }
  _setPassive(passive) {
    this.#inPassive = passive;
  }
  get [Symbol.toStringTag]() {
    return 'Event';
  }
}
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, enumerable: true });
  Object.defineProperty(Event.prototype, name, { value, enumerable: true });
}
Object.defineProperty(Event.prototype, '_setPassive', { enumerable: false });

class CustomEvent extends Event {
  #detail;
  constructor(type, options = undefined) {
    super(type, options);
    this.#detail = options && options.detail !== undefined ? options.detail : null;
  }
  get detail() {
    return this.#detail;
  }
  get [Symbol.toStringTag]() {
    return 'CustomEvent';
  }
}

const kListeners = Symbol('listeners');

function flattenOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null || typeof options !== 'object') return { capture: false };
  return {
    capture: Boolean(options.capture),
    once: Boolean(options.once),
    passive: Boolean(options.passive),
    signal: options.signal,
  };
}

class EventTarget {
  constructor() {
    this[kListeners] = new Map();
  }

  addEventListener(type, listener, options = undefined) {
    if (arguments.length < 2) throw invalidArgType('listener', 'EventListener', listener);
    if (listener === null || listener === undefined) return;
    const { capture, once, passive, signal } = flattenOptions(options);
    if (signal !== undefined && signal.aborted) return;
    type = `${type}`;
    if (!this[kListeners]) this[kListeners] = new Map();
    let list = this[kListeners].get(type);
    if (!list) {
      list = [];
      this[kListeners].set(type, list);
    }
    if (list.some((l) => l.listener === listener && l.capture === capture)) return;
    const record = { listener, capture, once, passive, removed: false };
    list.push(record);
    if (signal !== undefined) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, { capture }), { once: true });
    }
  }

  removeEventListener(type, listener, options = undefined) {
    const { capture } = flattenOptions(options);
    const list = this[kListeners] && this[kListeners].get(`${type}`);
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i !== -1) {
      list[i].removed = true;
      list.splice(i, 1);
    }
  }

  dispatchEvent(event) {
    if (!(event instanceof Event)) throw invalidArgType('event', 'Event', event);
    if (event[kIsBeingDispatched]) {
      throw codedError(Error, 'ERR_EVENT_RECURSION', `The event "${event.type}" is already being dispatched`);
    }
    event[kTarget] = this;
    event[kIsBeingDispatched] = true;
    const list = this[kListeners] && this[kListeners].get(event.type);
    if (list) {
      for (const record of list.slice()) {
        if (record.removed) continue;
        if (record.once) this.removeEventListener(event.type, record.listener, { capture: record.capture });
        event._setPassive(record.passive);
        try {
          const { listener } = record;
          if (typeof listener === 'function') listener.call(this, event);
          else if (listener && typeof listener.handleEvent === 'function') listener.handleEvent(event);
        } catch (err) {
          // A throwing listener does not stop the others; the error is reported as uncaught.
          process.nextTick(() => {
            throw err;
          });
        }
        event._setPassive(false);
        if (event[kStop]) break;
      }
    }
    event[kIsBeingDispatched] = false;
    return !event.defaultPrevented;
  }

  get [Symbol.toStringTag]() {
    return 'EventTarget';
  }
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

class AbortSignal extends EventTarget {
  constructor(key) {
    if (key !== kConstruct) throw new TypeError('Illegal constructor');
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
  }

  get aborted() {
    return this[kAborted];
  }

  get reason() {
    return this[kReason];
  }

  throwIfAborted() {
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kConstruct);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    if (typeof delay !== 'number') throw invalidArgType('delay', 'number', delay);
    const signal = new AbortSignal(kConstruct);
    // The timer does not keep the process alive, as in Node.
    setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay).unref();
    return signal;
  }

  static any(signals) {
    const result = new AbortSignal(kConstruct);
    for (const signal of signals) {
      if (!(signal instanceof AbortSignal)) throw invalidArgType('signals', 'AbortSignal[]', signal);
      if (signal.aborted) {
        abortSignal(result, signal.reason);
        return result;
      }
    }
    for (const signal of signals) {
      signal.addEventListener('abort', () => abortSignal(result, signal.reason), { once: true });
    }
    return result;
  }

  get [Symbol.toStringTag]() {
    return 'AbortSignal';
  }
}
defineEventHandler(AbortSignal, 'abort');

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort'));
}

class AbortController {
  #signal = new AbortSignal(kConstruct);

  get signal() {
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }

  get [Symbol.toStringTag]() {
    return 'AbortController';
  }
}

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
  if (input.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(input)) {
    throw new DOMException('Invalid character', 'InvalidCharacterError');
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

class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
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
  constructor(name, options = {}) {
    const startTime = options.startTime !== undefined ? options.startTime : performance.now();
    super(`${name}`, 'mark', startTime, 0, options.detail === undefined ? null : structuredClone(options.detail));
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

const performance = {
  get timeOrigin() {
    if (timeOrigin === undefined) timeOrigin = ops.timeOrigin();
    return timeOrigin;
  },
  now() {
    return ops.hrtime() / 1e6;
  },
  mark(name, options) {
    const mark = new PerformanceMark(name, options);
    entries.push(mark);
    return mark;
  },
  measure(name, startOrOptions, endMark) {
    let start;
    let end;
    let detail;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      start = markTime(startOrOptions.start);
      end = markTime(startOrOptions.end);
      if (start === undefined && startOrOptions.duration !== undefined && end !== undefined) start = end - startOrOptions.duration;
      if (end === undefined && startOrOptions.duration !== undefined && start !== undefined) end = start + startOrOptions.duration;
      detail = startOrOptions.detail;
    } else {
      start = markTime(startOrOptions);
      end = markTime(endMark);
    }
    if (start === undefined) start = 0;
    if (end === undefined) end = performance.now();
    const measure = new PerformanceMeasure(`${name}`, 'measure', start, end - start, detail === undefined ? null : detail);
    entries.push(measure);
    return measure;
  },
  getEntries() {
    return entries.slice();
  },
  getEntriesByName(name, type) {
    return entries.filter((e) => e.name === name && (type === undefined || e.entryType === type));
  },
  getEntriesByType(type) {
    return entries.filter((e) => e.entryType === type);
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
      `The ArrayBufferView's byte length (${array.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`,
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

const crypto = {
  getRandomValues,
  randomUUID,
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
  let transfer;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw invalidArgType('options', 'object', options);
    if (options.transfer !== undefined) transfer = [...options.transfer];
  }
  try {
    return ops.structuredClone(value, transfer);
  } catch (err) {
    if (err !== null && typeof err === 'object' && 'dataCloneError' in err) {
      throw new DOMException(err.dataCloneError, 'DataCloneError');
    }
    throw err;
  }
}

/** The listeners an EventTarget holds for `type`, in order (events.getEventListeners);
 * undefined when `target` is not an EventTarget. */
function eventTargetListeners(target, type) {
  if (!(target instanceof EventTarget)) return undefined;
  const list = target[kListeners] && target[kListeners].get(`${type}`);
  return list ? list.map((l) => l.listener) : [];
}

module.exports = {
  eventTargetListeners,
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
  crypto,
  navigator,
  structuredClone,
};
