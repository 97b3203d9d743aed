'use strict';
// The console: log/info/debug/dir/table to standard output, warn/error/trace/assert to standard
// error, with groups, counters and timers. Colours only when the stream is a terminal.

// Loaded on first need: printing plain strings (hello world) does not need the inspector.
let inspector;
const formatWithOptions = (...args) => (inspector ??= require('internal/inspect')).formatWithOptions(...args);
const inspect = (...args) => (inspector ??= require('internal/inspect')).inspect(...args);
/** The text of one console call; a lone string is printed as it is, as format() would. */
const formatArgs = (options, args) => (args.length === 1 && typeof args[0] === 'string' ? args[0] : formatWithOptions(options, ...args));
const { invalidArgType } = require('internal/errors');

const kWrite = Symbol('write');
const kIndent = Symbol('groupIndent');
const kCounts = Symbol('counts');
const kTimers = Symbol('timers');
const kColors = Symbol('colors');

class Console {
  constructor(stdout, stderr, ignoreErrors) {
    let options = stdout;
    if (!options || typeof options.write === 'function') {
      options = { stdout, stderr, ignoreErrors };
    }
    if (!options.stdout || typeof options.stdout.write !== 'function') {
      throw invalidArgType('stdout', 'object', options.stdout);
    }
    this._stdout = options.stdout;
    this._stderr = options.stderr || options.stdout;
    this[kIndent] = '';
    this[kCounts] = new Map();
    this[kTimers] = new Map();
    this[kColors] = options.colorMode === undefined ? 'auto' : options.colorMode;
    this.groupIndentation = options.groupIndentation === undefined ? 2 : options.groupIndentation;
    // Methods work detached (`const { log } = console`), as in Node.
    for (const name of Object.getOwnPropertyNames(Console.prototype)) {
      if (name !== 'constructor' && typeof this[name] === 'function') {
        this[name] = this[name].bind(this);
      }
    }
  }

  [kWrite](stream, text) {
    if (this[kIndent] !== '') {
      text = text.replaceAll('\n', `\n${this[kIndent]}`);
      text = this[kIndent] + text;
    }
    stream.write(`${text}\n`);
  }

  /** Inspect options for a stream: colours when it is a terminal (and colours are allowed). */
  _inspectOptions(stream) {
    const mode = this[kColors];
    const colors = mode === 'auto' ? Boolean(stream.isTTY) && useColor() : Boolean(mode);
    return colors ? { colors: true } : {};
  }

  log(...args) {
    this[kWrite](this._stdout, formatArgs(this._inspectOptions(this._stdout), args));
  }

  warn(...args) {
    this[kWrite](this._stderr, formatArgs(this._inspectOptions(this._stderr), args));
  }

  dir(object, options) {
    this[kWrite](
      this._stdout,
      inspect(object, { customInspect: false, ...this._inspectOptions(this._stdout), ...options }),
    );
  }

  trace(...args) {
    const err = { name: 'Trace', message: formatWithOptions(this._inspectOptions(this._stderr), ...args) };
    Error.captureStackTrace(err, this.trace);
    this.error(err.stack);
  }

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      this.warn(...args);
    }
  }

  count(label = 'default') {
    label = `${label}`;
    const n = (this[kCounts].get(label) || 0) + 1;
    this[kCounts].set(label, n);
    this.log(`${label}: ${n}`);
  }

  countReset(label = 'default') {
    label = `${label}`;
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(label);
  }

  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kIndent] += ' '.repeat(this.groupIndentation);
  }

  groupEnd() {
    this[kIndent] = this[kIndent].slice(0, Math.max(0, this[kIndent].length - this.groupIndentation));
  }

  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, ops.hrtime());
  }

  timeEnd(label = 'default') {
    label = `${label}`;
    if (this._timeLog('timeEnd', label, [])) this[kTimers].delete(label);
  }

  timeLog(label = 'default', ...data) {
    this._timeLog('timeLog', `${label}`, data);
  }

  _timeLog(name, label, data) {
    const start = this[kTimers].get(label);
    if (start === undefined) {
      process.emitWarning(`No such label '${label}' for console.${name}()`);
      return false;
    }
    const ms = (ops.hrtime() - start) / 1e6;
    this.log(`${label}: ${formatTime(ms)}`, ...data);
    return true;
  }

  table(data, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw invalidArgType('properties', 'Array', properties);
    }
    if (data === null || typeof data !== 'object') {
      this.log(data);
      return;
    }
    this.log(renderTable(data, properties));
  }
}

Console.prototype.info = Console.prototype.log;
Console.prototype.debug = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

function useColor() {
  const env = process.env || {};
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR === '0') return false;
  return env.TERM !== 'dumb';
}

/** Node's `timeEnd` format: milliseconds, seconds, or m:ss.mmm / h:mm:ss.mmm. */
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms -= hours * 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms -= minutes * 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const parts = [hours, minutes];
    const pad = (n) => `${n}`.padStart(2, '0');
    const [s, frac] = seconds.toFixed(3).split('.');
    const tail = `${pad(s)}.${frac}`;
    return hours !== 0
      ? `${parts[0]}:${pad(parts[1])}:${tail} (h:mm:ss.mmm)`
      : `${parts[1]}:${tail} (m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

// ---- console.table ----------------------------------------------------------------------------

function tableCell(value) {
  const depth =
    value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 2
      ? -1
      : 0;
  return inspect(value, { depth, maxArrayLength: 3, breakLength: Infinity, colors: false });
}

function renderTable(data, properties) {
  const indexHeader = data instanceof Map || data instanceof Set ? '(iteration index)' : '(index)';
  const rows = [];
  let hasKey = false;
  // Map and Set entries are shown whole; other rows spread their properties into columns.
  const spread = !(data instanceof Map || data instanceof Set);
  if (data instanceof Map) {
    hasKey = true;
    let i = 0;
    for (const [key, value] of data) rows.push({ index: `${i++}`, key: tableCell(key), value });
  } else if (data instanceof Set) {
    let i = 0;
    for (const value of data) rows.push({ index: `${i++}`, value });
  } else {
    for (const key of Object.keys(data)) rows.push({ index: key, value: data[key] });
  }

  const columns = properties ? properties.map(String) : [];
  const seen = new Set(columns);
  let hasValues = false;
  for (const row of rows) {
    const { value } = row;
    const isObject = value !== null && typeof value === 'object' && spread;
    if (isObject && !properties) {
      for (const key of Object.keys(value)) {
        if (!seen.has(key)) {
          seen.add(key);
          columns.push(key);
        }
      }
    } else if (!isObject) {
      hasValues = true;
    }
  }

  const header = [indexHeader];
  if (hasKey) header.push('Key');
  header.push(...columns);
  if (hasValues) header.push('Values');

  const body = rows.map((row) => {
    const cells = [row.index];
    if (hasKey) cells.push(row.key);
    const isObject = row.value !== null && typeof row.value === 'object' && spread;
    for (const column of columns) {
      cells.push(isObject && Object.prototype.hasOwnProperty.call(row.value, column) ? tableCell(row.value[column]) : '');
    }
    if (hasValues) cells.push(isObject ? '' : tableCell(row.value));
    return cells;
  });

  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)) + 2);
  const line = (left, middle, right) => left + widths.map((w) => '─'.repeat(w)).join(middle) + right;
  const render = (cells) => `│${cells.map((c, i) => ` ${c}${' '.repeat(widths[i] - c.length - 1)}`).join('│')}│`;
  return [
    line('┌', '┬', '┐'),
    render(header),
    line('├', '┼', '┤'),
    ...body.map(render),
    line('└', '┴', '┘'),
  ].join('\n');
}

// The global console writes through process.stdout and process.stderr, so that replacing
// their write() (as test tools do) catches console output too.
// The global console writes through process.stdout and process.stderr once the program has
// touched them (replacing their write(), as test tools do, then catches console output too);
// until then it writes to the descriptors directly, which spares hello world the streams.
function stdio(fd, name) {
  return {
    write(text) {
      if (process._stdioStreamMade(fd)) return process[name].write(text);
      ops.write(fd, text);
      return true;
    },
    get isTTY() {
      return process._stdioStreamMade(fd) ? process[name].isTTY : ops.isatty(fd);
    },
  };
}

const console = new Console({ stdout: stdio(1, 'stdout'), stderr: stdio(2, 'stderr') });
console.Console = Console;

module.exports = console;
