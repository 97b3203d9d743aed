'use strict';
// assert.CallTracker: wraps functions to count their calls and checks the counts on demand.

const { AssertionError } = require('internal/assertion_error');
const { invalidArgValue, validateInteger } = require('internal/errors');

const noop = () => {};
let warned = false;

class CallTracker {
  // Tracked wrapper -> its record: { name, expected, calls, stack }.
  #records = new WeakMap();
  // The records in the order their functions were made, for report() and verify().
  #all = new Set();

  constructor() {
    if (!warned) {
      warned = true;
      process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
    }
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateInteger(expected, 'expected', 1, 2 ** 32 - 1);
    const record = { name: fn.name || 'calls', expected, calls: [], stack: new Error() };
    // A proxy keeps the function's name, length and everything else it has.
    const tracked = new Proxy(fn, {
      apply(target, thisArg, args) {
        record.calls.push({ thisArg, arguments: args });
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#records.set(tracked, record);
    this.#all.add(record);
    return tracked;
  }

  #record(tracked) {
    const record = this.#records.get(tracked);
    if (record === undefined) throw invalidArgValue('tracked', tracked, 'is not a tracked function');
    return record;
  }

  getCalls(tracked) {
    return this.#record(tracked).calls.map((call) => ({ ...call }));
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const record of this.#all) record.calls = [];
      return;
    }
    this.#record(tracked).calls = [];
  }

  report() {
    const out = [];
    for (const record of this.#all) {
      const actual = record.calls.length;
      if (actual === record.expected) continue;
      out.push({
        message: `Expected the ${record.name} function to be executed ${record.expected} time(s) but was executed ${actual} time(s).`,
        actual,
        expected: record.expected,
        operator: record.name,
        stack: record.stack,
      });
    }
    return out;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = { CallTracker };
