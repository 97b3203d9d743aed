'use strict';
// The iterator helpers of readable streams. map, filter, flatMap, drop, take and asIndexedPairs
// give async generators that Readable.from turns into streams; forEach, toArray, some, every,
// find and reduce give promises. Every helper reads its source with `for await`, so leaving the
// loop early destroys the source.

const {
  codedError,
  invalidArgType,
  outOfRange,
  validateInteger,
  validateAbortSignal,
  validateObject,
  AbortError,
} = require('internal/errors');

// What a mapped call yields when the value is to be skipped (filter, forEach).
const kSkip = Symbol('kSkip');
// The end of the source, queued behind the pending calls.
const kEnd = Symbol('kEnd');

function validateFn(fn, name) {
  if (typeof fn !== 'function') throw invalidArgType(name, ['Function', 'AsyncFunction'], fn);
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function toCount(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw outOfRange('number', '>= 0', number);
  return number;
}

function map(fn, options) {
  validateFn(fn, 'fn');
  validateOptions(options);
  let concurrency = 1;
  if (options?.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  return mapValues(this, fn, options?.signal, concurrency, highWaterMark + concurrency);
}

/**
 * Runs `fn` on up to `concurrency` values at once and yields the results in source order. The
 * producer stops reading while `queued` results wait or `concurrency` calls run.
 */
async function* mapValues(source, fn, outerSignal, concurrency, queued) {
  const controller = new AbortController();
  const signal = controller.signal;
  const abort = () => controller.abort();
  if (outerSignal?.aborted) abort();
  outerSignal?.addEventListener('abort', abort, { once: true });
  const fnOptions = { signal };
  const queue = [];
  let running = 0;
  let done = false;
  let wakeConsumer = null;
  let wakeProducer = null;

  function resumeProducer() {
    if (wakeProducer && !done && running < concurrency && queue.length < queued) {
      const wake = wakeProducer;
      wakeProducer = null;
      wake();
    }
  }
  function resumeConsumer() {
    if (wakeConsumer) {
      const wake = wakeConsumer;
      wakeConsumer = null;
      wake();
    }
  }
  function settled() {
    running -= 1;
    resumeProducer();
  }
  function enqueue(result) {
    result.then(settled, abort);
    queue.push(result);
    resumeConsumer();
  }

  async function produce() {
    try {
      for await (const value of source) {
        if (done) return;
        if (signal.aborted) throw new AbortError();
        let result;
        try {
          result = fn(value, fnOptions);
          if (result === kSkip) continue;
          result = Promise.resolve(result);
        } catch (err) {
          result = Promise.reject(err);
        }
        running += 1;
        enqueue(result);
        if (!done && (queue.length >= queued || running >= concurrency)) {
          await new Promise((resolve) => {
            wakeProducer = resolve;
          });
        }
      }
      queue.push(kEnd);
    } catch (err) {
      enqueue(Promise.reject(err));
    } finally {
      done = true;
      resumeConsumer();
    }
  }

  produce();
  try {
    for (;;) {
      while (queue.length > 0) {
        const value = await queue[0];
        if (value === kEnd) return;
        if (signal.aborted) throw new AbortError();
        if (value !== kSkip) yield value;
        queue.shift();
        resumeProducer();
      }
      await new Promise((resolve) => {
        wakeConsumer = resolve;
      });
    }
  } finally {
    done = true;
    if (wakeProducer) {
      const wake = wakeProducer;
      wakeProducer = null;
      wake();
    }
    outerSignal?.removeEventListener('abort', abort);
  }
}

function filter(fn, options) {
  validateFn(fn, 'fn');
  async function keep(value, opts) {
    return (await fn(value, opts)) ? value : kSkip;
  }
  return map.call(this, keep, options);
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return (async function* flatten() {
    for await (const value of values) yield* value;
  })();
}

/**
 * The values of `source` from index `from` up to (not including) `to`. Reading stops at `to`
 * without asking the source for one more value; an aborted signal ends it with AbortError.
 */
async function* slice(source, from, to, signal) {
  const checkSignal = () => {
    if (signal?.aborted) throw new AbortError();
  };
  checkSignal();
  let index = 0;
  for await (const value of source) {
    checkSignal();
    if (index >= from && index < to) yield value;
    index++;
    if (index >= to) return;
  }
}

function drop(number, options = undefined) {
  validateOptions(options);
  return slice(this, toCount(number), Infinity, options?.signal);
}

function take(number, options = undefined) {
  validateOptions(options);
  // take(0) still reads one value before it stops, as Node's does (slice checks after a read).
  return slice(this, 0, toCount(number), options?.signal);
}

let warnedIndexedPairs = false;
function asIndexedPairs(options = undefined) {
  if (!warnedIndexedPairs) {
    warnedIndexedPairs = true;
    process.emitWarning('readable.asIndexedPairs will be removed in a future version.', 'DeprecationWarning');
  }
  validateOptions(options);
  const source = this;
  return (async function* pairs() {
    let index = 0;
    for await (const value of source) {
      if (options?.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
      yield [index++, value];
    }
  })();
}

function compose(stream, options) {
  validateOptions(options);
  const { isReadableNodeStream, isWritableNodeStream } = require('internal/streams/end_of_stream');
  if (isReadableNodeStream(stream) && !isWritableNodeStream(stream)) {
    const { invalidArgValue } = require('internal/errors');
    throw invalidArgValue('stream', stream, 'must be writable');
  }
  const composed = require('internal/streams/compose')(this, stream);
  if (options?.signal) require('internal/streams/add_abort_signal').addAbortSignal(options.signal, composed);
  return composed;
}

async function forEach(fn, options) {
  validateFn(fn, 'fn');
  async function each(value, opts) {
    await fn(value, opts);
    return kSkip;
  }
  // eslint-disable-next-line no-unused-vars
  for await (const unused of map.call(this, each, options));
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const value of this) {
    if (options?.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
    result.push(value);
  }
  return result;
}

/**
 * The first value `fn` accepts, as `{ found, value }`; `fn` runs as in filter (with its
 * concurrency), and leaving early destroys the source.
 */
async function firstAccepted(source, fn, options) {
  const accepted = filter.call(source, fn, options);
  const iterator = accepted[Symbol.asyncIterator]();
  const { value, done } = await iterator.next();
  if (!done) await iterator.return();
  return { found: !done, value };
}

async function some(fn, options = undefined) {
  return (await firstAccepted(this, fn, options)).found;
}

async function every(fn, options = undefined) {
  validateFn(fn, 'fn');
  const rejects = async (value, opts) => !(await fn(value, opts));
  return !(await firstAccepted(this, rejects, options)).found;
}

async function find(fn, options) {
  return (await firstAccepted(this, fn, options)).value;
}

/** The stream destroyed with an AbortError for an already-aborted signal; the error once the
 * stream has closed. */
async function abortedBeforeStart(stream, signal) {
  const err = new AbortError(undefined, { cause: signal.reason });
  stream.once('error', () => {});
  stream.destroy(err);
  try {
    await require('internal/streams/end_of_stream').finishedPromise(stream);
  } catch {
    // The stream reports the same error.
  }
  return err;
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  const outer = options?.signal;
  if (outer?.aborted) throw await abortedBeforeStart(this, outer);
  // The reducer gets a signal of its own that also ends when reduce() does.
  const inner = new AbortController();
  const forward = () => inner.abort();
  outer?.addEventListener('abort', forward, { once: true });
  const state = { empty: true, acc: initialValue, seeded: arguments.length > 1 };
  try {
    for await (const value of this) {
      if (outer?.aborted) throw new AbortError();
      state.empty = false;
      state.acc = state.seeded ? await reducer(state.acc, value, { signal: inner.signal }) : value;
      state.seeded = true;
    }
  } finally {
    inner.abort();
    outer?.removeEventListener('abort', forward);
  }
  if (state.empty && !state.seeded) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', 'Reduce of an empty stream requires an initial value');
  }
  return state.acc;
}

module.exports = {
  streamReturning: { asIndexedPairs, drop, filter, flatMap, map, take, compose },
  promiseReturning: { every, forEach, reduce, toArray, some, find },
};
