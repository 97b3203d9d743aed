// vm contexts and their sandbox objects: getters/setters, symbols, defineProperty and delete
// from inside, non-writable properties, function declarations, let/const not leaking,
// globalThis identity, inherited properties and values made in the context's realm.
// (Not checked: Node 20 quirks of its interceptors, e.g. Object.keys(globalThis) listing the
// sandbox's inherited properties, `delete` of a var returning false.)
const vm = require('vm');
let reads = 0;
const sandbox = {
  get counter() { reads++; return reads; },
  set sink(v) { this.received = v; },
  [Symbol.for('tag')]: 'symbol value',
};
Object.defineProperty(sandbox, 'fixed', { value: 1, writable: false, enumerable: true });
const ctx = vm.createContext(sandbox);
const run = (code) => {
  try { return vm.runInContext(code, ctx); } catch (e) { return `${e.name}: ${e.message}`; }
};
console.log(run('counter + counter'), reads);
console.log(run('sink = 42; received'), sandbox.received);
console.log(run('globalThis[Symbol.for("tag")]'));
console.log(run('fixed = 2; fixed'), sandbox.fixed);
const protoCtx = vm.createContext(Object.create({ inherited: 'from proto' }));
console.log(vm.runInContext('typeof inherited + " " + inherited', protoCtx));
console.log(run('Object.defineProperty(globalThis, "defined", { value: 7, enumerable: false }); defined'), Object.getOwnPropertyDescriptor(sandbox, 'defined'));
console.log(run('function declared() { return "fn"; } typeof declared'), typeof sandbox.declared);
console.log(run('let scoped = 1; const also = 2; var hoisted = 3; typeof scoped'), sandbox.scoped, sandbox.also, sandbox.hoisted);
console.log(run('typeof scoped + " " + scoped'), 'lexical bindings persist across scripts');
sandbox.gone = 1;
console.log(run('delete gone; typeof gone'), 'gone' in sandbox);
console.log(run('globalThis === this'), run('this') === sandbox, run('globalThis') === sandbox);
const made = run('({ arr: [1, 2], obj: {}, fn: () => 1 })');
console.log(made.arr instanceof Array, Array.isArray(made.arr), made.obj instanceof Object, made.fn instanceof Function);
console.log(Object.getPrototypeOf(made.obj) === Object.prototype, run('Object.getPrototypeOf(arr0 = []) === Array.prototype'));
console.log(run('Object.keys(globalThis).sort().join()'));
console.log(Object.keys(sandbox).sort().join());
const frozen = vm.createContext(Object.freeze({ a: 1 }));
console.log(vm.runInContext('a = 2; var b = 3; typeof b + " " + a', frozen));
const counterCtx = vm.createContext({ n: 0 });
const inc = new vm.Script('n += 1');
for (let i = 0; i < 3; i++) inc.runInContext(counterCtx);
console.log('script reused', counterCtx.n);
console.log(vm.runInNewContext('var x = 1; this.x + (typeof require)', {}));
console.log(vm.runInNewContext('typeof console + typeof setTimeout + typeof queueMicrotask + typeof structuredClone'));
