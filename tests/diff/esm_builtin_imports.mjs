// Built-in modules imported every way an ES module can: default, named, namespace, `node:`
// prefix, dynamic import; namespaces as Node builds them from the CommonJS exports.
import fs, { readFileSync, promises as fsp } from 'fs';
import * as path from 'node:path';
import { EventEmitter, once } from 'events';
import events from 'node:events';
import assert, { strictEqual } from 'assert';
import { promisify, inspect } from 'node:util';
import process2 from 'process';
import { Buffer } from 'buffer';
import { setTimeout as sleep } from 'timers/promises';
import { pipeline } from 'stream/promises';
import * as os from 'os';

console.log(typeof fs.readFileSync, fs.readFileSync === readFileSync, fsp === fs.promises);
console.log(path.join('a', 'b'), path.default.sep, Object.keys(path).includes('default'));
console.log(EventEmitter === events, typeof once, events.EventEmitter === EventEmitter);
strictEqual(1, 1);
console.log(typeof assert.deepStrictEqual, typeof promisify, process2 === process);
console.log(Buffer.from('esm').toString('hex'), typeof pipeline, typeof os.cpus);
console.log(inspect(path).startsWith('[Module: null prototype] {'));
await sleep(1);
const dynamic = await import('node:url');
console.log(typeof dynamic.fileURLToPath, dynamic.default.URL === URL);
const again = await import('fs');
console.log(again.default === fs, again.readFileSync === readFileSync);
try {
  await import('node:does-not-exist');
} catch (err) {
  console.log(err.code, err.message);
}
