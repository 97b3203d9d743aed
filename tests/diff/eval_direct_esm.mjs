// Direct eval in an ES module: module bindings, and functions that make functions.
import { join } from 'node:path';

const base = 'root';
export function joined(name) {
  return join(base, eval('name'));
}
console.log(joined('a.txt'));
const factory = (op) => eval(`(a, b) => a ${op} b`);
console.log(factory('+')(2, 3), factory('*')(2, 3));
console.log(await eval('Promise.resolve(base.length)'));
