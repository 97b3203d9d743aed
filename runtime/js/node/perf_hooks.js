'use strict';
// node:perf_hooks: the performance timeline (the global `performance`) and observers of its
// marks and measures (and timerified functions); histograms (internal/histogram).

const web = require('internal/web');
const { codedError, invalidArgType, invalidArgValue, validateFunction } = require('internal/errors');

const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);

class PerformanceObserverEntryList {
  #entries;

  constructor(entries) {
    this.#entries = entries.slice().sort((a, b) => a.startTime - b.startTime);
  }

  getEntries() {
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    return this.#entries.filter((e) => e.entryType === `${type}`);
  }

  getEntriesByName(name, type) {
    return this.#entries.filter((e) => e.name === `${name}` && (type === undefined || e.entryType === `${type}`));
  }
}

class PerformanceObserver {
  #callback;
  #types = new Set();
  /** 'single' (observed by `type`, which adds up) or 'multiple' (by `entryTypes`), until disconnected. */
  #mode;
  #buffer = [];
  #scheduled = false;
  #listener = (entry) => this.#take(entry);

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  observe(options = {}) {
    if (options === null || typeof options !== 'object') throw invalidArgType('options', 'Object', options);
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "options.entryTypes" and "options.type" arguments must be specified');
    }
    if (entryTypes != null && type != null) {
      throw invalidArgValue('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    const mode = entryTypes !== undefined ? 'multiple' : 'single';
    if (this.#mode !== undefined && this.#mode !== mode) {
      throw new DOMException(`PerformanceObserver can not change to ${mode} observation${mode === 'multiple' ? 's' : ''}`, 'InvalidModificationError');
    }
    this.#mode = mode;
    if (mode === 'multiple') {
      if (!Array.isArray(entryTypes)) throw invalidArgType('options.entryTypes', 'string[]', entryTypes);
      this.#types.clear();
      for (const t of entryTypes) {
        if (supportedEntryTypes.includes(t)) this.#types.add(t);
      }
    } else {
      // Each observe({ type }) adds a type to those observed.
      if (!supportedEntryTypes.includes(type)) return;
      this.#types.add(type);
      if (buffered) {
        for (const entry of web.performance.getEntriesByType(type)) this.#take(entry);
      }
    }
    if (this.#types.size > 0) web.entryListeners.add(this.#listener);
    else this.disconnect();
  }

  disconnect() {
    web.entryListeners.delete(this.#listener);
    this.#buffer = [];
    this.#types.clear();
    this.#mode = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  #take(entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#buffer.push(entry);
    if (this.#scheduled) return;
    this.#scheduled = true;
    // Delivered together, once the current work is done, as Node delivers them.
    setImmediate(() => {
      this.#scheduled = false;
      const list = this.takeRecords();
      if (list.length > 0) this.#callback(new PerformanceObserverEntryList(list), this);
    });
  }
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

const histogram = require('internal/histogram');

module.exports = {
  createHistogram: histogram.createHistogram,
  monitorEventLoopDelay: histogram.monitorEventLoopDelay,
  PerformanceEntry: web.PerformanceEntry,
  PerformanceMark: web.PerformanceMark,
  PerformanceMeasure: web.PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  constants,
  performance: web.performance,
};
