'use strict';
// AssertionError and the way Node words failed comparisons, diffs included.

const { inspect } = require('internal/inspect');

const readableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values identical but not reference-equal:',
  sameStructure: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Short values are shown side by side: `1 !== 2`.
const kMaxShortLength = 12;

function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

/** Emits the identical lines seen just before a divergence (collapsing long runs). */
function flushIdentical(state, lines, i) {
  if (state.identical > 2) {
    if (state.identical > 3) {
      if (state.identical > 4) {
        if (state.identical === 5) {
          state.res += `\n  ${lines[i - 3]}`;
          state.printed++;
        } else {
          state.res += '\n...';
          state.skipped = true;
        }
      }
      state.res += `\n  ${lines[i - 2]}`;
      state.printed++;
    }
    state.res += `\n  ${lines[i - 1]}`;
    state.printed++;
  }
  state.identical = 0;
}

/**
 * The "+ actual - expected" diff of two inspected values; `header` replaces the operator's
 * wording (a message the caller gave).
 */
function diffMessage(actual, expected, operator, header) {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let i = 0;
  let indicator = '';
  if (
    operator === 'strictEqual' &&
    ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
      (typeof actual === 'function' && typeof expected === 'function'))
  ) {
    operator = 'strictEqualObject';
  }
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const inputLength = actualLines[0].length + expectedLines[0].length;
    if (inputLength <= kMaxShortLength) {
      if (
        (typeof actual !== 'object' || actual === null) &&
        (typeof expected !== 'object' || expected === null) &&
        (actual !== 0 || expected !== 0)
      ) {
        return `${header || readableOperator[operator]}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject' && inputLength < 80) {
      while (actualLines[0][i] === expectedLines[0][i]) i++;
      if (i > 2) {
        indicator = `\n  ${' '.repeat(i)}^`;
        i = 0;
      }
    }
  }

  // Identical trailing lines are dropped (a few are kept for context).
  let other = '';
  let end = '';
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) end = `\n  ${a}${end}`;
    else other = a;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = '...';
      lines.length = 47;
    }
    const base = operator === 'strictEqualObject' ? readableOperator.sameStructure : readableOperator.notIdentical;
    return `${header || base}\n\n${lines.join('\n')}\n`;
  }

  const state = { res: '', printed: 0, identical: 0, skipped: false };
  if (i >= 5) {
    end = `\n...${end}`;
    state.skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  header = `${header || readableOperator[operator]}\n+ actual - expected`;
  const skippedNote = ' ... Lines skipped';
  let lines = actualLines;
  let sign = '+';
  let shorter = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    sign = '-';
    shorter = actualLines.length;
  }

  for (i = 0; i < maxLines; i++) {
    if (shorter < i + 1) {
      // Only one side has lines left.
      flushIdentical(state, lines, i);
      if (lines === actualLines) state.res += `\n${sign} ${lines[i]}`;
      else other += `\n${sign} ${lines[i]}`;
      state.printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let diverging = actualLine !== expectedLine && (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        flushIdentical(state, actualLines, i);
        state.res += `\n+ ${actualLine}`;
        other += `\n- ${expectedLine}`;
        state.printed += 2;
      } else {
        state.res += other;
        other = '';
        state.identical++;
        if (state.identical <= 2) {
          state.res += `\n  ${actualLine}`;
          state.printed++;
        }
      }
    }
    if (state.printed > 50 && i < maxLines - 2) {
      return `${header}${skippedNote}\n${state.res}\n...${other}\n...`;
    }
  }
  return `${header}${state.skipped ? skippedNote : ''}\n${state.res}${other}${end}${indicator}`;
}

/** A copy of an error without its stack, so that diffs show `[Error: message]`. */
function copyError(source) {
  const target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, 'message', { value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let { cause } = source;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { value: cause });
  }
  return target;
}

function isErrorValue(value) {
  return value instanceof Error;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      const { invalidArgType } = require('internal/errors');
      throw invalidArgType('options', 'Object', options);
    }
    const { message, operator, stackStartFn, details, actual, expected } = options;
    const shownActual = isErrorValue(actual) ? copyError(actual) : actual;
    const shownExpected = isErrorValue(expected) ? copyError(expected) : expected;
    if (message != null && (operator === 'deepStrictEqual' || operator === 'strictEqual')) {
      // Node 20 keeps the comparison under a message the caller gave.
      super(diffMessage(shownActual, shownExpected, operator, String(message)));
    } else if (message != null) {
      super(String(message));
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      super(diffMessage(shownActual, shownExpected, operator));
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      let base = readableOperator[operator];
      const res = inspectValue(actual).split('\n');
      if (operator === 'notStrictEqual' && ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
        base = readableOperator.notStrictEqualObject;
      }
      if (res.length > 50) {
        res[46] = '...';
        res.length = 47;
      }
      super(res.length === 1 ? `${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}` : `${base}\n\n${res.join('\n')}\n`);
    } else {
      let res = inspectValue(actual);
      let other = inspectValue(expected);
      const knownOperator = readableOperator[operator];
      if (operator === 'notDeepEqual' && res === other) {
        res = `${knownOperator}\n\n${res}`;
        if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
        super(res);
      } else {
        if (res.length > 512) res = `${res.slice(0, 509)}...`;
        if (other.length > 512) other = `${other.slice(0, 509)}...`;
        if (operator === 'deepEqual') {
          res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
        } else {
          const newOp = readableOperator[`${operator}Unequal`];
          res = newOp ? `${newOp}\n\n${res}\n\nshould not loosely deep-equal\n\n` : `${res} ${operator} `;
        }
        super(`${res}${other}`);
      }
    }
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', { value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn);
    // The stack is read with the bracketed name; the error then answers to the plain one.
    void this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // Inspected, the error shows its actual and expected values only one level deep.
  [inspect.custom](recurseTimes, ctx) {
    return inspect(this, { ...ctx, customInspect: false, depth: 0 });
  }
}

module.exports = { AssertionError, inspectValue };
