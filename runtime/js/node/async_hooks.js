'use strict';
// node:async_hooks: AsyncLocalStorage and AsyncResource over the async context frame (see
// internal/async_context). The low-level hooks (createHook) are accepted but never called:
// this runtime has no per-resource async ids to report.

const { codedError, validateFunction, validateObject, validateString } = require('internal/errors');
const context = require('internal/async_context');

/** A frame with `storage` set to `store` (or removed), the others kept. */
function withStore(storage, store, remove = false) {
  const frame = new Map(context.current() ?? undefined);
  if (remove) frame.delete(storage);
  else frame.set(storage, store);
  return frame;
}

class AsyncLocalStorage {
  #enabled = false;

  // As in Node, both go through AsyncResource.bind: the bound function keeps its caller's
  // `this` and is named 'bound'.
  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    return AsyncLocalStorage.bind((fn, ...args) => fn(...args));
  }

  disable() {
    if (!this.#enabled) return;
    this.#enabled = false;
    const frame = context.current();
    if (frame instanceof Map && frame.has(this)) context.enter(withStore(this, undefined, true));
  }

  getStore() {
    if (!this.#enabled) return undefined;
    const frame = context.current();
    return frame instanceof Map ? frame.get(this) : undefined;
  }

  enterWith(store) {
    this.#enabled = true;
    context.enter(withStore(this, store));
  }

  run(store, callback, ...args) {
    this.#enabled = true;
    return context.runInFrame(withStore(this, store), callback, undefined, args);
  }

  exit(callback, ...args) {
    if (!this.#enabled) return Reflect.apply(callback, undefined, args);
    return context.runInFrame(withStore(this, undefined, true), callback, undefined, args);
  }
}

let nextAsyncId = 1;
let warnedAsyncResourceProperty = false;

function warnAsyncResourceProperty() {
  if (warnedAsyncResourceProperty) return;
  warnedAsyncResourceProperty = true;
  process.emitWarning('The asyncResource property on bound functions is deprecated', 'DeprecationWarning', 'DEP0172');
}

class AsyncResource {
  #frame;
  #asyncId;
  #triggerAsyncId;

  constructor(type, options = {}) {
    validateString(type, 'type');
    let triggerAsyncId = typeof options === 'number' ? options : options?.triggerAsyncId;
    triggerAsyncId ??= executionAsyncId();
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw codedError(RangeError, 'ERR_INVALID_ASYNC_ID', `Invalid triggerAsyncId value: ${triggerAsyncId}`);
    }
    this.#frame = context.current();
    this.#asyncId = ++nextAsyncId;
    this.#triggerAsyncId = triggerAsyncId;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return context.runInFrame(this.#frame, fn, thisArg, args);
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this.#asyncId;
  }

  triggerAsyncId() {
    return this.#triggerAsyncId;
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    const bound = thisArg === undefined
      ? function bound(...args) { return resource.runInAsyncScope(fn, this, ...args); }
      : (...args) => resource.runInAsyncScope(fn, thisArg, ...args);
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get() {
          warnAsyncResourceProperty();
          return resource;
        },
        set(value) {
          Object.defineProperty(bound, 'asyncResource', { value, writable: true, enumerable: true, configurable: true });
        },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

function executionAsyncId() {
  return 1;
}

function triggerAsyncId() {
  return 0;
}

function executionAsyncResource() {
  return {};
}

/** Hooks are kept but never called (see the top of this file). */
function createHook(callbacks) {
  validateObject(callbacks, 'callbacks');
  for (const name of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
    if (callbacks[name] !== undefined && typeof callbacks[name] !== 'function') {
      throw codedError(TypeError, 'ERR_ASYNC_CALLBACK', `hook.${name} must be a function`);
    }
  }
  return {
    enable() {
      return this;
    },
    disable() {
      return this;
    },
  };
}

const asyncWrapProviders = Object.freeze({ __proto__: null, NONE: 0 });

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
