'use strict';
// node:readline: lines from a readable stream, questions and prompts on a writable one, and the
// terminal helpers (cursor movement, clearing, keypress events).
//
// Input is read as lines in every mode. With `terminal` on, the interface also keeps a history
// and a cursor, but leaves line editing to the terminal's own line discipline.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  codedError,
  invalidArgType,
  invalidArgValue,
  validateAbortSignal,
  validateInteger,
  validateNumber,
  validateString,
  AbortError,
} = require('internal/errors');

const lineEnding = /\r?\n|\r(?!\n)/;
const lineEndings = /\r?\n|\r(?!\n)/g;
const kQuestionCallback = Symbol('kQuestionCallback');
const kOldPrompt = Symbol('kOldPrompt');
const kSawReturnAt = Symbol('kSawReturnAt');
const kDecoder = Symbol('kDecoder');
const kDetach = Symbol('kDetach');

function useAfterClose() {
  return codedError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
}

/**
 * `new Interface(options)` or `Interface(input, output, completer, terminal)`, with or without
 * `new`.
 */
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  let history;
  let historySize = 30;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  let tabSize = 8;
  let escapeCodeTimeout = 500;
  if (input && input.input) {
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    if (options.historySize !== undefined) historySize = options.historySize;
    removeHistoryDuplicates = !!options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    crlfDelay = options.crlfDelay;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateInteger(options.tabSize, 'tabSize', 1, 4294967295);
      tabSize = options.tabSize;
    }
    if (options.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(options.escapeCodeTimeout)) throw invalidArgValue('input.escapeCodeTimeout', escapeCodeTimeout);
      escapeCodeTimeout = options.escapeCodeTimeout;
    }
    input = options.input;
  }
  // Node keeps a history (given or new) whether or not the interface is a terminal.
  if (history === undefined) history = [];
  else if (!Array.isArray(history)) throw invalidArgType('history', 'Array', history);
  if (completer !== undefined && typeof completer !== 'function') throw invalidArgValue('completer', completer);
  validateNumber(historySize, 'historySize', 0);
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (terminal === undefined && output !== null && output !== undefined) terminal = !!output.isTTY;

  this.input = input;
  this.output = output;
  this.completer = completer;
  this.terminal = !!terminal;
  this.line = '';
  this.closed = false;
  this.paused = false;
  this.crlfDelay = crlfDelay ? Math.max(100, crlfDelay) : 100;
  this.history = history;
  this.historySize = historySize;
  this.tabSize = tabSize;
  this.escapeCodeTimeout = escapeCodeTimeout;
  this.removeHistoryDuplicates = removeHistoryDuplicates;
  if (this.terminal) this.cursor = 0;
  this._prompt = prompt;
  this._line_buffer = null;
  this[kQuestionCallback] = null;
  this[kOldPrompt] = '';
  this[kSawReturnAt] = 0;
  this[kDecoder] = new StringDecoder('utf8');

  const ondata = (data) => this._normalWrite(data);
  const onend = () => {
    if (typeof this._line_buffer === 'string' && this._line_buffer.length > 0) this.emit('line', this._line_buffer);
    this.close();
  };
  const onerror = (err) => this.emit('error', err);
  input.on('error', onerror);
  input.on('data', ondata);
  input.on('end', onend);
  this[kDetach] = () => {
    input.removeListener('error', onerror);
    input.removeListener('data', ondata);
    input.removeListener('end', onend);
  };
  if (signal !== undefined) {
    const onAbort = () => this.close();
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true,
  enumerable: true,
  get() {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  },
});

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this._prompt = prompt;
};

Interface.prototype.getPrompt = function getPrompt() {
  return this._prompt;
};

Interface.prototype.prompt = function prompt() {
  if (this.paused) this.resume();
  if (this.closed) return;
  this._writeToOutput(this._prompt);
};

Interface.prototype._writeToOutput = function _writeToOutput(text) {
  validateString(text, 'stringToWrite');
  if (this.output !== null && this.output !== undefined) this.output.write(text);
};

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  options = typeof options === 'object' && options !== null ? options : {};
  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    options.signal.addEventListener('abort', () => this._cancelQuestion(), { once: true });
  }
  if (typeof cb === 'function') this._question(query, cb);
};

Interface.prototype.question[Symbol.for('nodejs.util.promisify.custom')] = function question(query, options) {
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (options?.signal) {
      if (options.signal.aborted) return reject(new AbortError(undefined, { cause: options.signal.reason }));
      const onAbort = () => reject(new AbortError(undefined, { cause: options.signal.reason }));
      options.signal.addEventListener('abort', onAbort, { once: true });
      cb = (answer) => {
        options.signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

Interface.prototype._question = function _question(query, cb) {
  if (this.closed) throw useAfterClose();
  if (this[kQuestionCallback]) {
    this.prompt();
    return;
  }
  this[kOldPrompt] = this._prompt;
  this.setPrompt(query);
  this[kQuestionCallback] = cb;
  this.prompt();
};

/** A question whose signal aborted: its prompt goes, its callback is never called, and the
 * output moves past the unanswered line, as Node's does. */
Interface.prototype._cancelQuestion = function _cancelQuestion() {
  if (this[kQuestionCallback] === null) return;
  this[kQuestionCallback] = null;
  this.setPrompt(this[kOldPrompt]);
  this._writeToOutput('\r\n');
  this.line = '';
  this.cursor = 0;
};

Interface.prototype._onLine = function _onLine(line) {
  const cb = this[kQuestionCallback];
  if (cb) {
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

/** A line typed on a terminal joins the history (newest first), which is reported. */
Interface.prototype._addHistory = function _addHistory(line) {
  if (line.length === 0 || this.historySize === 0) return line;
  if (this.history.length === 0 || this.history[0] !== line) {
    if (this.removeHistoryDuplicates) {
      const at = this.history.indexOf(line);
      if (at !== -1) this.history.splice(at, 1);
    }
    this.history.unshift(line);
    if (this.history.length > this.historySize) this.history.pop();
  }
  this.emit('history', this.history.slice());
  return line;
};

Interface.prototype._normalWrite = function _normalWrite(data) {
  if (data === undefined) return;
  let text = typeof data === 'string' ? data : this[kDecoder].write(data);
  // A "\r\n" split across two chunks is one line ending, if the "\n" comes soon enough.
  if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
    if (text.codePointAt(0) === 10) text = text.slice(1);
    this[kSawReturnAt] = 0;
  }
  const hasEnding = lineEnding.test(text);
  if (this._line_buffer) {
    text = this._line_buffer + text;
    this._line_buffer = null;
  }
  if (!hasEnding) {
    if (text) this._line_buffer = text;
    this._syncTerminalLine();
    return;
  }
  this[kSawReturnAt] = text.endsWith('\r') ? Date.now() : 0;
  const lines = text.split(lineEndings);
  this._line_buffer = lines.pop();
  for (const line of lines) {
    // Node's terminal stops reading keys at close; otherwise the rest of the chunk's lines
    // are still emitted.
    if (this.closed && this.terminal) return;
    if (this.terminal) this._addHistory(line);
    this._onLine(line);
  }
  this._syncTerminalLine();
};

/** On a terminal, `line` and `cursor` show what has been typed of the next line. */
Interface.prototype._syncTerminalLine = function _syncTerminalLine() {
  if (!this.terminal) return;
  this.line = this._line_buffer || '';
  this.cursor = this.line.length;
};

Interface.prototype.write = function write(data) {
  if (this.paused) this.resume();
  this._normalWrite(data);
};

Interface.prototype.pause = function pause() {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  this.closed = true;
  this[kDetach]();
  this.emit('close');
};

Interface.prototype.getCursorPos = function getCursorPos() {
  const text = this._prompt + (this.terminal ? this.line.slice(0, this.cursor) : '');
  const columns = this.columns;
  if (columns === Infinity) return { cols: text.length, rows: 0 };
  return { cols: text.length % columns, rows: Math.floor(text.length / columns) };
};

Interface.prototype[Symbol.asyncIterator] = function asyncIterator() {
  const events = EventEmitter.on(this, 'line', { close: ['close'] });
  const rl = this;
  // Lines as strings; leaving the loop early closes the interface, as Node documents.
  return Object.setPrototypeOf({
    async next() {
      const { value, done } = await events.next();
      return done ? { value: undefined, done } : { value: value[0], done };
    },
    async return() {
      rl.close();
      return events.return();
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// ---- terminal helpers -----------------------------------------------------------------------

const { cursorToText, moveText, clearLineText, CLEAR_SCREEN_DOWN } = require('internal/tty_escapes');

function writeEscape(stream, text, callback) {
  if (callback !== undefined && typeof callback !== 'function') throw invalidArgType('callback', 'Function', callback);
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(text, callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (stream === null || stream === undefined || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return writeEscape(stream, cursorToText(x, y), callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (stream === null || stream === undefined || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return writeEscape(stream, moveText(dx, dy), callback);
}

function clearLine(stream, dir, callback) {
  return writeEscape(stream, clearLineText(dir), callback);
}

function clearScreenDown(stream, callback) {
  return writeEscape(stream, CLEAR_SCREEN_DOWN, callback);
}

// ---- keypress events ------------------------------------------------------------------------

const kKeypressDecoder = Symbol('kKeypressDecoder');
const ESC = '\x1b';

/** Key names by the code of an escape sequence: what follows ESC, without its modifier. */
const keyCodes = {
  OP: 'f1', OQ: 'f2', OR: 'f3', OS: 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  OA: 'up', OB: 'down', OC: 'right', OD: 'left', OE: 'clear', OF: 'end', OH: 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
};
/** Codes that stand for a key with shift or ctrl held (rxvt), and shift+tab. */
const shiftCodes = {
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end', '[Z': 'tab',
};
const ctrlCodes = {
  Oa: 'up', Ob: 'down', Oc: 'right', Od: 'left', Oe: 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
};

const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';

/**
 * The escape sequence at the front of `chars` (code points; chars[0] is ESC, or ESC ESC, then
 * 'O' or '[' at `at`): its length and key, or null if `chars` ends inside it. The shapes are
 * those of Node's decoder: ESC O [mod] letter, ESC [ [[] [num[num]] [; mod] char.
 */
function readEscapeSequence(chars, at, key) {
  let i = at + 1;
  let code = chars[at];
  let modifier = 0;
  if (code === 'O') {
    if (i >= chars.length) return null;
    if (isDigit(chars[i])) {
      modifier = chars[i] - 1;
      i++;
      if (i >= chars.length) return null;
    }
    code += chars[i++];
  } else {
    if (i >= chars.length) return null;
    if (chars[i] === '[') {
      code += '[';
      i++;
      if (i >= chars.length) return null;
    }
    const cmdStart = i;
    // Up to two digits, then ';' and a modifier digit, then the final character: as many
    // characters as such a sequence can take, whatever they turn out to be.
    if (isDigit(chars[i])) {
      i++;
      if (i >= chars.length) return null;
      if (isDigit(chars[i])) {
        i++;
        if (i >= chars.length) return null;
      }
    }
    if (chars[i] === ';') {
      i++;
      if (i >= chars.length) return null;
      if (isDigit(chars[i])) {
        i++;
        if (i >= chars.length) return null;
      }
    }
    i++;
    const cmd = chars.slice(cmdStart, i).join('');
    let match;
    if ((match = /^(\d\d?)(;(\d))?([~^$])$/.exec(cmd))) {
      code += match[1] + match[4];
      modifier = (match[3] || 1) - 1;
    } else if ((match = /^((\d;)?(\d))?([A-Za-z])$/.exec(cmd))) {
      code += match[4];
      modifier = (match[3] || 1) - 1;
    } else {
      code += cmd;
    }
  }
  key.ctrl = !!(modifier & 4);
  key.meta = !!(modifier & 10);
  key.shift = !!(modifier & 1);
  key.code = code;
  if (keyCodes[code] !== undefined) key.name = keyCodes[code];
  else if (shiftCodes[code] !== undefined) {
    key.name = shiftCodes[code];
    key.shift = true;
  } else if (ctrlCodes[code] !== undefined) {
    key.name = ctrlCodes[code];
    key.ctrl = true;
  } else key.name = 'undefined';
  return i;
}

/**
 * Reads one key from the front of `chars` (code points): [length, str, key], or null if
 * `chars` ends inside an escape sequence.
 */
function readKey(chars) {
  const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };
  let i = 0;
  let ch = chars[i++];
  let escaped = false;
  if (ch === ESC) {
    escaped = true;
    if (i >= chars.length) return null;
    ch = chars[i++];
    if (ch === ESC) {
      if (i >= chars.length) return null;
      ch = chars[i++];
    }
  }
  if (escaped && (ch === 'O' || ch === '[')) {
    i = readEscapeSequence(chars, i - 1, key);
    if (i === null) return null;
  } else if (ch === '\r') key.name = 'return';
  else if (ch === '\n') key.name = 'enter';
  else if (ch === '\t') key.name = 'tab';
  else if (ch === '\b' || ch === '\x7f' || ch === ESC || ch === ' ') {
    key.name = ch === ESC ? 'escape' : ch === ' ' ? 'space' : 'backspace';
    key.meta = escaped;
  } else if (!escaped && ch <= '\x1a') {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
    key.ctrl = true;
  } else if (/^[0-9A-Za-z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = ch >= 'A' && ch <= 'Z';
    key.meta = escaped;
  } else if (escaped) {
    key.meta = true;
  }
  key.sequence = chars.slice(0, i).join('');
  // An escaped key has no character; an unescaped one is its own, named or not ('.', '€').
  return [i, escaped ? undefined : key.sequence, key];
}

/** Makes `stream` emit 'keypress' (character, key) for what it reads. */
function emitKeypressEvents(stream) {
  if (stream[kKeypressDecoder]) return;
  const decoder = new StringDecoder('utf8');
  stream[kKeypressDecoder] = decoder;
  // Code points read but not yet a whole key: an escape sequence may span chunks.
  let pending = [];
  const onData = (data) => {
    if (stream.listenerCount('keypress') === 0) return;
    const text = typeof data === 'string' ? data : decoder.write(data);
    pending = pending.concat([...text]);
    while (pending.length > 0) {
      const read = readKey(pending);
      if (read === null) break;
      const [length, str, key] = read;
      pending = pending.slice(length);
      try {
        stream.emit('keypress', str, key);
      } catch (err) {
        // A throwing listener leaves the decoder empty, as Node restarts its own.
        pending = [];
        throw err;
      }
    }
  };
  const onNewListener = (event) => {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  };
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    return require('readline/promises');
  },
});
