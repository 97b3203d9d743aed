'use strict';
// While a build preinitialises modules (`--preinit`), whatever belongs to a launch is refused:
// the native functions that reach the environment (the runtime refuses those itself), the
// language's clock and randomness, process facts and work scheduled for later. A module may keep
// a replacement installed here (`const now = Date.now`): outside a build it calls the original.

const ObjectDefineProperty = Object.defineProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;

/** The code that marks a refusal (the runtime's native refusals carry it too). */
const REFUSAL = 'ERR_PACK_PREINIT_ENVIRONMENT';

/** Facts `process` is given at launch: a preinitialised module may not read them. */
const LAUNCH_FACTS = [
  'argv', 'argv0', 'execArgv', 'execPath', 'env', 'pid', 'ppid', 'platform', 'arch', 'title',
  'version', 'versions', 'release',
];

let active = false;
const restores = [];

function refusal(what) {
  const err = new Error(`${what} belongs to the launch`);
  err.code = REFUSAL;
  return err;
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
  restores.push(() => ObjectDefineProperty(object, key, descriptor));
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
  restores.push(() => ObjectDefineProperty(globalThis, 'Date', descriptor));
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
      if (descriptor) ObjectDefineProperty(process, key, descriptor);
      else delete process[key];
    });
  }
}

/** Runs `fn` (and the promise jobs it queues) with everything of the launch refused. */
function duringBuild(fn) {
  guardDate();
  guardFunction(Math, 'random', 'randomness (Math.random())');
  guardFunction(globalThis, 'setTimeout', 'a timer (setTimeout())');
  guardFunction(globalThis, 'setInterval', 'a timer (setInterval())');
  guardFunction(globalThis, 'setImmediate', 'an immediate (setImmediate())');
  guardFunction(process, 'nextTick', 'a tick callback (process.nextTick())');
  guardProcessFacts();
  active = true;
  ops.buildGuard(true);
  try {
    fn();
    ops.runMicrotasks();
  } finally {
    active = false;
    ops.buildGuard(false);
    while (restores.length > 0) restores.pop()();
  }
}

module.exports = { duringBuild, refusal, REFUSAL, isActive: () => active };
