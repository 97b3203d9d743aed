'use strict';
// The lines of a readable stream, as FileHandle.readLines gives them: a readline-like
// interface that emits 'line' and 'close' and iterates its lines asynchronously. Lines end at
// "\n", "\r\n" or "\r" (a "\r" ending one chunk waits for the next, as with crlfDelay: Infinity).

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');

class LineReader extends EventEmitter {
  #rest = '';
  #lines;

  constructor(input) {
    super();
    this.input = input;
    this.closed = false;
    const decoder = new StringDecoder('utf8');
    input.on('data', (chunk) => this.#take(typeof chunk === 'string' ? chunk : decoder.write(chunk)));
    input.on('end', () => {
      const last = this.#rest + decoder.end();
      this.#rest = '';
      if (last.length > 0) this.emit('line', last.endsWith('\r') ? last.slice(0, -1) : last);
      this.close();
    });
    input.on('error', (err) => this.emit('error', err));
  }

  #take(text) {
    const parts = (this.#rest + text).split(/\r\n|\n|\r(?!$)/);
    this.#rest = parts.pop();
    for (const line of parts) {
      if (this.closed) return;
      this.emit('line', line);
    }
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.input.pause();
    this.emit('close');
  }

  [Symbol.asyncIterator]() {
    if (this.#lines === undefined) {
      const events = EventEmitter.on(this, 'line', { close: ['close'] });
      this.#lines = (async function* lines() {
        for await (const [line] of events) yield line;
      }());
    }
    return this.#lines;
  }
}

module.exports = { LineReader };
