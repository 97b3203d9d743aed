// Imported bindings are constants, and a module has no `arguments`, as in Node.
import { readFileSync } from 'node:fs';
import * as self from './esm_constants.mjs';

export let counter = 1;
let computed = 0;
try {
  readFileSync = (computed = 5);
} catch (err) {
  console.log(err.constructor.name, err.message, computed);
}
try {
  readFileSync++;
} catch (err) {
  console.log(err.constructor.name, err.message);
}
console.log(typeof arguments, (() => typeof arguments)());
try {
  arguments;
} catch (err) {
  console.log(err.constructor.name, err.message);
}
function count() {
  return arguments.length;
}
class Counter {
  static total() {
    return arguments.length;
  }
}
console.log(count(1, 2), Counter.total(1, 2, 3), typeof readFileSync, self.counter);
