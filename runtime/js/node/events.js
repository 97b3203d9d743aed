'use strict';
// EventEmitter with Node's semantics: listener order, once wrappers, the 'error' event,
// 'newListener'/'removeListener', and the max-listeners warning.

const { invalidArgType, codedError, validateNumber, validateAbortSignal, AbortError, kEnhanceStack } = require('internal/errors');

const kCapture = Symbol('kCapture');
// Set when `_events` came from elsewhere (a prototype, a subclass): its keys are then kept and
// emptied instead of deleted.
const kShapeMode = Symbol('shapeMode');
let defaultMaxListeners = 10;

function checkListener(listener) {
  if (typeof listener !== 'function') throw invalidArgType('listener', 'function', listener);
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(n) {
    validateNumber(n, 'defaultMaxListeners', 0);
    defaultMaxListeners = n;
  },
});

EventEmitter.errorMonitor = Symbol('events.errorMonitor');
EventEmitter.captureRejectionSymbol = Symbol.for('nodejs.rejection');

EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  // As in Node, a falsy option (false included) leaves the global default in force.
  const capture = opts?.captureRejections;
  if (capture && typeof capture !== 'boolean') throw invalidArgType('options.captureRejections', 'boolean', capture);
  this[kCapture] = capture ? true : EventEmitter.captureRejections;
};

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return this._maxListeners === undefined ? defaultMaxListeners : this._maxListeners;
};

/** The stack of an unhandled 'error' followed by where it was emitted. The outer frames both
 * stacks end with are said once, as a marker line. */
function emittedAtStack(emitter, err, emitted) {
  let on = '';
  try {
    const { name } = emitter.constructor;
    if (name !== 'EventEmitter') on = ` on ${name} instance`;
  } catch {
    // No usable constructor: no name.
  }
  const errFrames = `${err.stack}`.split('\n').slice(1);
  const emitFrames = `${emitted.stack}`.split('\n').slice(1);
  let shared = 0;
  while (
    shared < errFrames.length &&
    shared < emitFrames.length - 1 &&
    errFrames[errFrames.length - 1 - shared] === emitFrames[emitFrames.length - 1 - shared]
  ) {
    shared++;
  }
  // Only a long shared tail is worth the marker; the last shared frame stays visible.
  if (shared > 3) emitFrames.splice(emitFrames.length - shared, shared - 1, '    [... lines matching original stack trace ...]');
  return `${err.stack}\nEmitted 'error' event${on} at:\n${emitFrames.join('\n')}`;
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error') {
    if (events !== undefined && events[EventEmitter.errorMonitor] !== undefined) {
      this.emit(EventEmitter.errorMonitor, ...args);
    }
    if (events === undefined || events.error === undefined) {
      const er = args[0];
      if (er instanceof Error) {
        // If nothing catches it, the report also says where 'error' was emitted.
        const emitted = {};
        Error.captureStackTrace(emitted, EventEmitter.prototype.emit);
        try {
          Object.defineProperty(er, kEnhanceStack, {
            value: () => emittedAtStack(this, er, emitted),
            configurable: true,
          });
        } catch {
          // A frozen error is reported as it is.
        }
        throw er;
      }
      const { inspect } = require('internal/inspect');
      const err = codedError(
        Error,
        'ERR_UNHANDLED_ERROR',
        `Unhandled error. (${inspect(er)})`,
      );
      err.context = er;
      throw err;
    }
  }
  if (events === undefined) return false;
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    callListener(this, handler, args, type);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; i++) callListener(this, listeners[i], args, type);
  }
  return true;
};

function callListener(emitter, listener, args, type) {
  const result = listener.apply(emitter, args);
  if (emitter[kCapture] && result !== undefined && result !== null && typeof result.then === 'function') {
    result.then(undefined, (err) => {
      process.nextTick(() => {
        if (typeof emitter[EventEmitter.captureRejectionSymbol] === 'function') {
          emitter[EventEmitter.captureRejectionSymbol](err, type, ...args);
          return;
        }
        // A rejection from an 'error' listener itself is not captured again, or it would loop.
        const capture = emitter[kCapture];
        emitter[kCapture] = false;
        try {
          emitter.emit('error', err);
        } finally {
          emitter[kCapture] = capture;
        }
      });
    });
  }
}

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = target._events;
  }
  let existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    const m = target.getMaxListeners();
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      const name = target.constructor && target.constructor.name ? target.constructor.name : 'EventEmitter';
      const w = new Error(
        `Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} listeners ` +
          `added to [${name}]. MaxListeners is ${m}. Use emitter.setMaxListeners() to increase limit`,
      );
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = existing.length;
      process.emitWarning(w);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener_(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return this.listener.apply(this.target, args);
  }
  return undefined;
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

/** Forgets the last listener of `type`. */
function dropEvent(emitter, events, type) {
  if (--emitter._eventsCount === 0) emitter._events = Object.create(null);
  else if (emitter[kShapeMode]) events[type] = undefined;
  else delete events[type];
}

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    dropEvent(this, events, type);
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    // Unlike above, the listener as given: a once() wrapper removing itself reports itself.
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      dropEvent(this, events, type);
    }
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const listener = events[type];
  if (listener === undefined) return [];
  if (typeof listener === 'function') return unwrap ? [listener.listener || listener] : [listener];
  return unwrap ? listener.map((l) => l.listener || l) : listener.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};
EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};
EventEmitter.prototype.listenerCount = function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined || events[type] === undefined) return 0;
  const list = events[type];
  if (listener != null) {
    const all = typeof list === 'function' ? [list] : list;
    return all.filter((l) => l === listener || l.listener === listener).length;
  }
  return typeof list === 'function' ? 1 : list.length;
};
EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);
EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

function validateSignal(signal) {
  validateAbortSignal(signal, 'options.signal');
}

/** Listens on an EventEmitter or an EventTarget. */
function listen(target, name, listener, once) {
  if (typeof target.on === 'function') {
    if (once) target.once(name, listener);
    else target.on(name, listener);
    return () => target.removeListener(name, listener);
  }
  if (typeof target.addEventListener === 'function') {
    target.addEventListener(name, listener, { once });
    return () => target.removeEventListener(name, listener);
  }
  throw invalidArgType('emitter', 'EventEmitter', target);
}

EventEmitter.once = function once(emitter, name, options = {}) {
  const signal = options ? options.signal : undefined;
  validateSignal(signal);
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let removeError = () => {};
    let removeAbort = () => {};
    const removeEvent = listen(emitter, name, (...args) => {
      removeError();
      removeAbort();
      resolve(args);
    }, true);
    if (name !== 'error' && typeof emitter.on === 'function') {
      removeError = listen(emitter, 'error', (err) => {
        removeEvent();
        removeAbort();
        reject(err);
      }, true);
    }
    if (signal) {
      const onAbort = () => {
        removeEvent();
        removeError();
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      removeAbort = () => signal.removeEventListener('abort', onAbort);
    }
  });
};

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

EventEmitter.on = function on(emitter, event, options = {}) {
  const signal = options ? options.signal : undefined;
  validateSignal(signal);
  if (signal && signal.aborted) throw abortError(signal);
  const queue = [];
  const waiting = [];
  let error = null;
  let finished = false;
  const removers = [];
  // Ends the iteration: what is queued is still delivered, then every next() is done.
  const finish = () => {
    finished = true;
    for (const remove of removers.splice(0)) remove();
    for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
  };
  const fail = (err) => {
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    finish();
  };
  removers.push(listen(emitter, event, (...args) => {
    if (waiting.length > 0) waiting.shift().resolve({ value: args, done: false });
    else queue.push(args);
  }, false));
  if (event !== 'error' && typeof emitter.on === 'function') {
    removers.push(listen(emitter, 'error', fail, false));
  }
  for (const name of (options && options.close) || []) {
    removers.push(listen(emitter, name, finish, false));
  }
  if (signal) {
    const onAbort = () => fail(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    removers.push(() => signal.removeEventListener('abort', onAbort));
  }
  return Object.setPrototypeOf({
    next() {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
      if (error !== null) {
        const err = error;
        error = null;
        return Promise.reject(err);
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    // Fails the iteration with `err`, seen by the pending or the next next().
    throw(err) {
      if (!(err instanceof Error)) throw invalidArgType('EventEmitter.AsyncIterator', 'Error', err);
      fail(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);
};

EventEmitter.getEventListeners = function getEventListeners(target, type) {
  if (typeof target.listeners === 'function') return target.listeners(type);
  const list = require('internal/web').eventTargetListeners(target, type);
  if (list === undefined) throw invalidArgType('emitter', ['EventEmitter', 'EventTarget'], target);
  return list;
};

EventEmitter.getMaxListeners = function getMaxListeners(target) {
  if (typeof target?.getMaxListeners === 'function') return target.getMaxListeners();
  // Node 20 also turns away an EventTarget whose limit is 0.
  const max = require('internal/web').eventTargetMaxListeners(target);
  if (max) return max;
  throw invalidArgType('emitter', ['EventEmitter', 'EventTarget'], target);
};

EventEmitter.setMaxListeners = function setMaxListeners(n = defaultMaxListeners, ...targets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (targets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  const { setEventTargetMaxListeners } = require('internal/web');
  for (const target of targets) {
    if (setEventTargetMaxListeners(target, n)) continue;
    if (typeof target.setMaxListeners !== 'function') {
      throw invalidArgType('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
    target.setMaxListeners(n);
  }
};

EventEmitter.addAbortListener = function addAbortListener(signal, listener) {
  if (signal === undefined) throw invalidArgType('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  if (typeof listener !== 'function') throw invalidArgType('listener', 'function', listener);
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
  }
  return {
    [Symbol.dispose || Symbol.for('nodejs.dispose')]() {
      signal.removeEventListener('abort', listener);
    },
  };
};

let captureRejectionsDefault = false;
Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get() {
    return captureRejectionsDefault;
  },
  set(value) {
    if (typeof value !== 'boolean') throw invalidArgType('EventEmitter.captureRejections', 'boolean', value);
    captureRejectionsDefault = value;
  },
});

// ---- EventEmitterAsyncResource ----------------------------------------------------------------

const kAsyncResource = Symbol('kAsyncResource');
const kEventEmitter = Symbol('kEventEmitter');
// The emitter's resource is async_hooks' own AsyncResource (loaded with the first such
// emitter), so that listeners run in the async context the emitter was made in, as in Node.
let EventEmitterReferencingAsyncResource;

function referencingResource(emitter, name, options) {
  if (EventEmitterReferencingAsyncResource === undefined) {
    const { AsyncResource } = require('async_hooks');
    EventEmitterReferencingAsyncResource = class EventEmitterReferencingAsyncResource extends AsyncResource {
      constructor(ee, type, opts) {
        super(type, opts);
        this[kEventEmitter] = ee;
      }

      get eventEmitter() {
        return this[kEventEmitter];
      }
    };
  }
  return new EventEmitterReferencingAsyncResource(emitter, name, options);
}

function asyncResourceOf(emitter) {
  const resource = emitter?.[kAsyncResource];
  if (resource === undefined) {
    throw codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type EventEmitterAsyncResource');
  }
  return resource;
}

class EventEmitterAsyncResource extends EventEmitter {
  constructor(options = undefined) {
    // A string names the resource; otherwise only the base class insists on `options.name`.
    let name;
    if (typeof options === 'string') {
      name = options;
      options = undefined;
    } else {
      if (new.target === EventEmitterAsyncResource && typeof options?.name !== 'string') {
        throw invalidArgType('options.name', 'string', options?.name);
      }
      name = options?.name || new.target.name;
    }
    super(options);
    this[kAsyncResource] = referencingResource(this, name, options);
  }

  emit(event, ...args) {
    return asyncResourceOf(this).runInAsyncScope(EventEmitter.prototype.emit, this, event, ...args);
  }

  emitDestroy() {
    asyncResourceOf(this).emitDestroy();
  }

  get asyncId() {
    return asyncResourceOf(this).asyncId();
  }

  get triggerAsyncId() {
    return asyncResourceOf(this).triggerAsyncId();
  }

  get asyncResource() {
    return asyncResourceOf(this);
  }
}

Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  configurable: true,
  get() {
    return EventEmitterAsyncResource;
  },
});

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
for (const [key, description] of [
  ['kMaxEventTargetListeners', 'events.maxEventTargetListeners'],
  ['kMaxEventTargetListenersWarned', 'events.maxEventTargetListenersWarned'],
]) {
  Object.defineProperty(EventEmitter, key, { value: Symbol(description), writable: false, enumerable: false, configurable: false });
}

module.exports = EventEmitter;
