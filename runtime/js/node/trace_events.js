'use strict';
// node:trace_events. Tracing objects and the enabled categories behave as in Node; the runtime
// has no trace writer, so enabling records nothing (Node writes node_trace.*.log).

const { codedError, invalidArgType, validateObject } = require('internal/errors');

const enabledTracings = new Set();

class Tracing {
  #categories;
  #enabled = false;

  constructor(categories) {
    this.#categories = categories;
  }

  enable() {
    this.#enabled = true;
    enabledTracings.add(this);
  }

  disable() {
    this.#enabled = false;
    enabledTracings.delete(this);
  }

  get enabled() {
    return this.#enabled;
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
  return new Tracing([...categories]);
}

function getEnabledCategories() {
  const names = new Set();
  for (const tracing of enabledTracings) for (const name of tracing.categories.split(',')) names.add(name);
  return names.size === 0 ? undefined : [...names].join(',');
}

module.exports = { createTracing, getEnabledCategories };
