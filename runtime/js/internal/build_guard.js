'use strict';
// While a build preinitialises modules (`--preinit`), whatever belongs to a launch is refused:
// the native functions that reach the environment (the runtime refuses those itself), the
// language's clock and randomness, process facts and work scheduled for later. A module may keep
// a replacement installed here (`const now = Date.now`): outside a build it calls the original.

const ObjectDefineProperty = Object.defineProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;

/** The code that marks a refusal (the runtime's native refusals carry it too). */
const REFUSAL = 'ERR_PACK_PREINIT_ENVIRONMENT';

/** Facts `process` is given at launch: a preinitialised module may not read them. */
const LAUNCH_FACTS = [
  'argv', 'argv0', 'execArgv', 'execPath', 'env', 'pid', 'ppid', 'platform', 'arch', 'title',
  'version', 'versions', 'release',
];

let active = false;
/** The first refusal while the guard is up: a module that catches it still fails the build. */
let firstRefusal;
const restores = [];

function refusal(what) {
  const err = new Error(`${what} belongs to the launch`);
  err.code = REFUSAL;
  if (active && firstRefusal === undefined) firstRefusal = err;
  return err;
}

/** Puts `object[key]` back as `descriptor` had it, unless the module replaced our guard. */
function restoreLater(object, key, descriptor, guard) {
  restores.push(() => {
    const now = ObjectGetOwnPropertyDescriptor(object, key);
    if (now === undefined || now.value !== guard) return;
    if (descriptor) ObjectDefineProperty(object, key, descriptor);
    else delete object[key];
  });
}

/** Replaces `object[key]` by a function that refuses during the build and calls the original after. */
function guardFunction(object, key, what) {
  const descriptor = ObjectGetOwnPropertyDescriptor(object, key);
  const original = object[key];
  if (typeof original !== 'function') return;
  const guarded = {
    [key](...args) {
      if (active) throw refusal(what);
      return ReflectApply(original, this, args);
    },
  }[key];
  ObjectDefineProperty(guarded, 'length', { value: original.length });
  ObjectDefineProperty(object, key, { value: guarded, writable: true, configurable: true, enumerable: descriptor.enumerable });
  restoreLater(object, key, descriptor, guarded);
}

/** Replaces constructor `object[key]` by one that refuses `new` during the build. */
function guardConstructor(object, key, what) {
  const descriptor = ObjectGetOwnPropertyDescriptor(object, key);
  const Original = object[key];
  if (typeof Original !== 'function') return;
  const Guarded = new Proxy(Original, {
    construct(target, args, newTarget) {
      if (active) throw refusal(what);
      return ReflectConstruct(target, args, newTarget === Guarded ? target : newTarget);
    },
    apply(target, thisArg, args) {
      if (active) throw refusal(what);
      return ReflectApply(target, thisArg, args);
    },
  });
  ObjectDefineProperty(object, key, { ...descriptor, value: Guarded });
  restoreLater(object, key, descriptor, Guarded);
}

/**
 * ICU-backed Intl objects and WebAssembly code hold native state that a snapshot cannot keep.
 */
function guardNativeState() {
  for (const key of ObjectGetOwnPropertyNames(Intl)) {
    if (typeof Intl[key] === 'function' && /^[A-Z]/.test(key)) guardConstructor(Intl, key, `Intl.${key} (native state)`);
  }
  if (typeof WebAssembly === 'object') {
    for (const key of ['Module', 'Instance', 'Memory', 'Table', 'Global']) guardConstructor(WebAssembly, key, `WebAssembly.${key} (native state)`);
    for (const key of ['compile', 'instantiate', 'compileStreaming', 'instantiateStreaming']) {
      guardFunction(WebAssembly, key, `WebAssembly.${key}() (native state)`);
    }
  }
}

/** `Date` whose clock readings (`new Date()`, `Date()`) are refused during the build. */
function guardDate() {
  const OriginalDate = globalThis.Date;
  const GuardedDate = new Proxy(OriginalDate, {
    construct(target, args, newTarget) {
      if (active && args.length === 0) throw refusal('the time (new Date())');
      return ReflectConstruct(target, args, newTarget === GuardedDate ? target : newTarget);
    },
    apply(target, thisArg, args) {
      if (active) throw refusal('the time (Date())');
      return ReflectApply(target, thisArg, args);
    },
  });
  const descriptor = ObjectGetOwnPropertyDescriptor(globalThis, 'Date');
  ObjectDefineProperty(globalThis, 'Date', { ...descriptor, value: GuardedDate });
  restoreLater(globalThis, 'Date', descriptor, GuardedDate);
  // `new (new Date(0).constructor)()` reaches the clock too.
  const prototypeDescriptor = ObjectGetOwnPropertyDescriptor(OriginalDate.prototype, 'constructor');
  ObjectDefineProperty(OriginalDate.prototype, 'constructor', { ...prototypeDescriptor, value: GuardedDate });
  restoreLater(OriginalDate.prototype, 'constructor', prototypeDescriptor, GuardedDate);
  guardFunction(OriginalDate, 'now', 'the time (Date.now())');
}

function guardProcessFacts() {
  for (const key of LAUNCH_FACTS) {
    const descriptor = ObjectGetOwnPropertyDescriptor(process, key);
    ObjectDefineProperty(process, key, {
      get() {
        throw refusal(`process.${key}`);
      },
      configurable: true,
      enumerable: descriptor ? descriptor.enumerable : true,
    });
    restores.push(() => {
      const now = ObjectGetOwnPropertyDescriptor(process, key);
      if (now === undefined || now.value !== undefined) return;
      if (descriptor) ObjectDefineProperty(process, key, descriptor);
      else delete process[key];
    });
  }
}

/** Runs `fn` (and the promise jobs it queues) with everything of the launch refused. */
function duringBuild(fn) {
  guardDate();
  guardFunction(Math, 'random', 'randomness (Math.random())');
  const timers = require('timers');
  for (const holder of [globalThis, timers]) {
    guardFunction(holder, 'setTimeout', 'a timer (setTimeout())');
    guardFunction(holder, 'setInterval', 'a timer (setInterval())');
    guardFunction(holder, 'setImmediate', 'an immediate (setImmediate())');
  }
  guardFunction(process, 'nextTick', 'a tick callback (process.nextTick())');
  guardProcessFacts();
  guardNativeState();
  // What the loop would have to do for the module shows in its shared counters (timers,
  // immediates, ticks, however they were scheduled): they must come back as they were.
  const loopBefore = [...ops.loopInfo];
  active = true;
  firstRefusal = undefined;
  ops.buildGuard(true);
  let nativeRefusal;
  try {
    fn();
    ops.runMicrotasks();
  } finally {
    active = false;
    nativeRefusal = ops.buildGuard(false);
    while (restores.length > 0) {
      try {
        restores.pop()();
      } catch {
        // A module that froze what we guarded keeps our guard, which calls the original.
      }
    }
  }
  // Refused but caught (or refused in a promise job): the module still depends on the launch.
  if (firstRefusal !== undefined) throw firstRefusal;
  if (nativeRefusal !== undefined) throw refusal(`the native function '${nativeRefusal}'`);
  if (ops.loopInfo.some((value, slot) => value !== loopBefore[slot])) {
    throw refusal('work scheduled for later (a timer, an immediate or a tick)');
  }
}

module.exports = { duringBuild, refusal, REFUSAL, isActive: () => active };
