// An object literal's `__proto__: value` sets the prototype; a computed ['__proto__'] key and
// shorthand do not.
const o = { __proto__: { inherited: 1 }, own: 2 };
console.log(Object.keys(o), o.inherited, Object.getOwnPropertyNames(o));
const p = { '__proto__': null };
console.log(Object.getPrototypeOf(p), Object.keys(p));
const q = { ['__proto__']: 5 };
console.log(Object.keys(q), Object.getPrototypeOf(q) === Object.prototype);
const __proto__ = { shorthand: true };
const r = { __proto__ };
console.log(Object.keys(r), Object.getPrototypeOf(r) === Object.prototype);
for (const k in { __proto__: { a: 1 }, b: 2 }) console.log('for-in', k);
