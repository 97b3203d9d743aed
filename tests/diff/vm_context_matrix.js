// vm: scripts in new contexts see their sandbox and their own built-ins, not this realm's;
// results and errors cross back; runInThisContext sees globals; isContext; Script reuse.
const vm = require('vm');

const sandbox = { x: 2, list: [1, 2, 3], out: [] };
vm.createContext(sandbox);
console.log(vm.isContext(sandbox), vm.isContext({}));
console.log(vm.runInContext('x * 21', sandbox));
vm.runInContext('var y = x + 1; out.push(typeof require, typeof process, typeof console); z = 7;', sandbox);
console.log(sandbox.y, sandbox.z, sandbox.out);
console.log(vm.runInContext('list.map((n) => n * 2)', sandbox));
console.log(vm.runInContext('[] instanceof Array', sandbox), vm.runInContext('list instanceof Array', sandbox));
console.log(vm.runInContext('Object.getPrototypeOf([]) === Array.prototype', sandbox));

const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1; count');
const a = vm.createContext({});
const b = vm.createContext({ count: 10 });
console.log(script.runInContext(a), script.runInContext(a), script.runInContext(b), a.count, b.count);
console.log(vm.runInNewContext('typeof globalThis.setTimeout + "," + typeof Math.max', {}));
console.log(vm.runInNewContext('this.a + this.b', { a: 'A', b: 'B' }));

globalThis.shared = 'outer';
console.log(vm.runInThisContext('typeof shared + ":" + shared'));
console.log(vm.runInThisContext('var fromThisContext = 5; fromThisContext'), globalThis.fromThisContext);

for (const code of ['throw new TypeError("inner")', 'undefinedName', 'syntax error here', 'throw 42']) {
  try {
    vm.runInNewContext(code, {}, { filename: 'snippet.js' });
  } catch (e) {
    const name = e && e.constructor ? e.constructor.name : typeof e;
    console.log(JSON.stringify(code), name, e instanceof Error, String(e && e.message !== undefined ? e.message : e));
  }
}

try {
  vm.runInNewContext('while (true) {}', {}, { timeout: 50 });
} catch (e) {
  console.log(e.code, e.message);
}

const fn = vm.compileFunction('return a + b + c', ['a', 'b'], { contextExtensions: [{ c: 100 }] });
console.log(fn(1, 2), fn.length, typeof fn);
console.log(vm.runInNewContext('JSON.stringify({ k: [1, { d: new Date(0) }] })', {}));
