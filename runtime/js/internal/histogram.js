'use strict';
// perf_hooks histograms (HdrHistogram, runtime/src/ops/histogram.rs): createHistogram,
// monitorEventLoopDelay's interval histogram, and timerify's records.

const { codedError, invalidArgType, outOfRange, validateInteger, validateObject } = require('internal/errors');

const kId = Symbol('kId');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const histograms = new FinalizationRegistry((id) => ops.histogramDrop(id));

/** Node lists percentiles in a map of its own class, and shows it under that name. */
class SafeMap extends Map {}

const kStats = ['min', 'max', 'mean', 'stddev', 'count', 'exceeds'];

/** The statistics as named values, read in one call. */
function stats(histogram) {
  const values = ops.histogramStats(histogram[kId]);
  return Object.fromEntries(kStats.map((name, i) => [name, values[i]]));
}

function stat(histogram, index) {
  return ops.histogramStats(histogram[kId])[index];
}

class Histogram {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get min() {
    return stat(this, 0);
  }

  get max() {
    return stat(this, 1);
  }

  get mean() {
    return stat(this, 2);
  }

  get stddev() {
    return stat(this, 3);
  }

  get count() {
    return stat(this, 4);
  }

  get exceeds() {
    return stat(this, 5);
  }

  get minBigInt() {
    // An empty histogram's min is 2^63 - 1, which a double cannot hold exactly.
    return this.count === 0 ? 9223372036854775807n : BigInt(this.min);
  }

  get maxBigInt() {
    return BigInt(this.max);
  }

  get countBigInt() {
    return BigInt(this.count);
  }

  get exceedsBigInt() {
    return BigInt(this.exceeds);
  }

  percentile(percentile) {
    if (typeof percentile !== 'number') throw invalidArgType('percentile', 'number', percentile);
    if (!(percentile > 0 && percentile <= 100)) throw outOfRange('percentile', '> 0 && <= 100', percentile);
    return ops.histogramPercentile(this[kId], percentile);
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  get percentiles() {
    const flat = ops.histogramPercentiles(this[kId]);
    const map = new SafeMap();
    for (let i = 0; i < flat.length; i += 2) map.set(flat[i], flat[i + 1]);
    return map;
  }

  get percentilesBigInt() {
    const map = new SafeMap();
    for (const [key, value] of this.percentiles) map.set(key, BigInt(value));
    return map;
  }

  reset() {
    ops.histogramReset(this[kId]);
  }

  toJSON() {
    const { count, min, max, mean, exceeds, stddev } = stats(this);
    return { count, min, max, mean, exceeds, stddev, percentiles: Object.fromEntries(this.percentiles) };
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const { min, max, mean, exceeds, stddev, count } = stats(this);
    const shown = { min, max, mean, exceeds, stddev, count, percentiles: this.percentiles };
    return `Histogram ${inspect(shown, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}

function makeHistogram(Class, lowest, highest, figures) {
  const histogram = Object.create(Class.prototype);
  histogram[kId] = ops.histogramNew(lowest, highest, figures);
  histograms.register(histogram, histogram[kId]);
  return histogram;
}

const kPrevious = Symbol('kPrevious');

class RecordableHistogram extends Histogram {
  record(value) {
    if (typeof value === 'bigint') value = Number(value);
    else validateInteger(value, 'val', 1);
    if (value < 1) throw outOfRange('val', `>= 1 && <= ${Number.MAX_SAFE_INTEGER}`, value);
    ops.histogramRecord(this[kId], value);
  }

  /** The time since the previous call, in nanoseconds (the first call only starts the clock). */
  recordDelta() {
    const now = process.hrtime.bigint();
    if (this[kPrevious] !== undefined) ops.histogramRecord(this[kId], Number(now - this[kPrevious]));
    this[kPrevious] = now;
  }

  add(other) {
    if (!(other instanceof RecordableHistogram)) throw invalidArgType('other', 'RecordableHistogram', other);
    ops.histogramAdd(this[kId], other[kId]);
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  let { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest === 'bigint') lowest = Number(lowest);
  else validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest === 'bigint') highest = Number(highest);
  else validateInteger(highest, 'options.highest', 2 * lowest, Number.MAX_SAFE_INTEGER);
  validateInteger(figures, 'options.figures', 1, 5);
  return makeHistogram(RecordableHistogram, lowest, highest, figures);
}

/** monitorEventLoopDelay's histogram: while enabled, the loop's delay is sampled in ns. */
class IntervalHistogram extends Histogram {
  enable() {
    return this[kEnable]();
  }

  disable() {
    return this[kDisable]();
  }
}
const kEnable = Symbol('kEnable');
const kDisable = Symbol('kDisable');

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  const histogram = makeHistogram(IntervalHistogram, 1, Number.MAX_SAFE_INTEGER, 3);
  let timer = null;
  let previous;
  // Each sample is the time between two timer callbacks meant to be `resolution` apart: the
  // longer the loop was busy, the larger it is.
  const sample = () => {
    const now = process.hrtime.bigint();
    ops.histogramRecord(histogram[kId], Number(now - previous));
    previous = now;
  };
  histogram[kEnable] = () => {
    if (timer !== null) return false;
    previous = process.hrtime.bigint();
    timer = setInterval(sample, resolution);
    timer.unref();
    return true;
  };
  histogram[kDisable] = () => {
    if (timer === null) return false;
    clearInterval(timer);
    timer = null;
    return true;
  };
  return histogram;
}

/**
 * timerify(fn, options): `fn` measured at each call: a 'function' performance entry for
 * observers and, with `options.histogram`, the duration in nanoseconds recorded there.
 */
function timerify(fn, options = {}) {
  if (typeof fn !== 'function') throw invalidArgType('fn', 'function', fn);
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !(histogram instanceof RecordableHistogram)) {
    throw invalidArgType('options.histogram', 'RecordableHistogram', histogram);
  }
  const web = require('internal/web');
  function timerified(...args) {
    const start = web.performance.now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const finish = () => {
      const duration = web.performance.now() - start;
      if (histogram !== undefined) ops.histogramRecord(histogram[kId], Math.max(1, Math.round(duration * 1e6)));
      web.recordFunctionEntry(fn.name, start, duration, args);
    };
    if (!new.target && result !== null && typeof result?.finally === 'function') return result.finally(finish);
    finish();
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

module.exports = { Histogram, RecordableHistogram, IntervalHistogram, createHistogram, monitorEventLoopDelay, timerify };
