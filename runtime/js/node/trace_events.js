'use strict';
// node:trace_events. Tracing objects and the enabled categories behave as in Node; the runtime
// has no trace writer, so enabling records nothing (Node writes node_trace.*.log).

const { codedError, invalidArgType, validateObject } = require('internal/errors');

// As in Node, tracing belongs to the process's main thread.
if (!require('worker_threads').isMainThread) {
  throw codedError(Error, 'ERR_TRACE_EVENTS_UNAVAILABLE', 'Trace events are unavailable');
}

// Node warns past this many enabled Tracing objects.
const MAX_ENABLED = 10;
const enabledTracings = new Set();
// The categories a tracing enables, for getEnabledCategories (no method of Node's shows them).
let namesOf;

class Tracing {
  #categories;
  #names;

  static {
    namesOf = (tracing) => tracing.#names;
  }

  /**
   * `categories` stays the caller's own array, as in Node: later changes to it show in
   * `.categories`, but what is enabled was fixed when the tracing was made.
   */
  constructor(categories) {
    this.#categories = categories;
    this.#names = [...categories];
  }

  enable() {
    if (this.enabled) return;
    enabledTracings.add(this);
    if (enabledTracings.size > MAX_ENABLED) {
      process.emitWarning(
        `Possible trace_events memory leak detected. There are more than ${MAX_ENABLED} enabled Tracing objects.`,
      );
    }
  }

  disable() {
    enabledTracings.delete(this);
  }

  get enabled() {
    return enabledTracings.has(this);
  }

  get categories() {
    return this.#categories.join(',');
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const shown = inspect({ enabled: this.enabled, categories: this.categories }, { ...options, depth: options.depth === null ? null : options.depth - 1 });
    return `Tracing ${shown}`;
  }
}

function createTracing(options) {
  validateObject(options, 'options');
  const { categories } = options;
  if (!Array.isArray(categories)) throw invalidArgType('options.categories', 'Array', categories);
  for (let i = 0; i < categories.length; i++) {
    if (typeof categories[i] !== 'string') {
      throw invalidArgType(`options.categories[${i}]`, 'string', categories[i]);
    }
  }
  if (categories.length === 0) {
    throw codedError(TypeError, 'ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'At least one category is required');
  }
  return new Tracing(categories);
}

/** The categories of all enabled tracings, each once and sorted, as Node's agent keeps them. */
function getEnabledCategories() {
  const names = new Set();
  for (const tracing of enabledTracings) {
    for (const name of namesOf(tracing)) if (name !== '') names.add(name);
  }
  return names.size === 0 ? undefined : [...names].sort().join(',');
}

module.exports = { createTracing, getEnabledCategories };
