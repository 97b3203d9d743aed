// Live bindings, hoisting, the namespace object, import.meta and `this` in an ES module that
// imports itself.
import * as self from './esm_bindings.mjs';
import { obj as sameObject, bump as bumpAgain } from './esm_bindings.mjs';

export let counter = 0;
export function bump() {
  counter += 1;
  return counter;
}
export function hoisted() {
  return 'hoisted function is callable before its declaration runs';
}
export class Later {}
export default function () {
  return 'anonymous default';
}
export const obj = { nested: { deep: [1, 2, 3] } };

console.log(hoisted());
console.log(counter, bump(), counter, self.counter, bumpAgain(), self.counter, sameObject === obj);
console.log(self, Object.keys(self));
console.log(Object.prototype.toString.call(self), Object.isExtensible(self), Reflect.ownKeys(self).length);
console.log(self.default.name, self.default(), typeof Later, Later.name);
console.log(this, typeof import.meta, Object.keys(import.meta));
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/esm_bindings.mjs'), import.meta.filename.endsWith('esm_bindings.mjs'));
console.log(import.meta.resolve('fs'), import.meta.resolve('./x.js').endsWith('/x.js'));
try {
  self.counter = 5;
} catch (err) {
  console.log(err.constructor.name);
}
try {
  sameObject = 1;
} catch (err) {
  console.log(err.constructor.name);
}
const desc = Object.getOwnPropertyDescriptor(self, 'counter');
console.log(desc.enumerable, typeof require, typeof module, typeof __filename);
