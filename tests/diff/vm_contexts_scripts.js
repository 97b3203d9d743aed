// vm: scripts in this context and in contexts made for objects; compileFunction; timeouts.
const vm = require('vm');
const show = (e) => `${e.name} ${e.code} ${e.message.split('\n')[0]}`;

globalThis.shared = 5;
console.log(vm.runInThisContext('shared * 2 + (typeof require)'.replace('(typeof require)', '1')));
const context = vm.createContext({ a: 1, list: [1, 2], text: 'hi' });
console.log(vm.isContext(context), vm.isContext({}));
console.log(vm.runInContext('a += 1; var declared = "v"; implicit = a * 10; typeof console', context));
console.log(context.a, context.declared, context.implicit, Object.keys(context));
console.log(vm.runInContext('list.map((n) => n * 2).join() + text.toUpperCase()', context));
console.log(vm.runInContext('[typeof Array, typeof JSON, typeof process, typeof shared]', context));
console.log(vm.runInNewContext('x + y', { x: 2, y: 3 }));
const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1', { filename: 'counter.js' });
const c1 = vm.createContext({});
const c2 = vm.createContext({ count: 10 });
script.runInContext(c1);
script.runInContext(c1);
script.runInContext(c2);
console.log(c1.count, c2.count);
c1.count = 50;
console.log(vm.runInContext('count', c1));
context.late = 'added later';
console.log(vm.runInContext('late', context));
vm.runInContext('function f() { return a; } this.g = f;', context);
console.log(typeof context.g, context.g());
console.log(vm.runInContext('Object.getOwnPropertyDescriptor(this, "a").value', context));
console.log(vm.runInContext('"a" in this && !("nothing" in this)', context));
const errorValue = vm.runInContext('new Error("inner")', context);
console.log(errorValue instanceof Error, errorValue.message);
const arr = vm.runInNewContext('[1, 2]');
console.log(Array.isArray(arr), arr instanceof Array);

const fn = vm.compileFunction('return a + b + (c || 0)', ['a', 'b'], { contextExtensions: [{ c: 100 }] });
console.log(fn(1, 2), fn.length);
const inContext = vm.compileFunction('return a', [], { parsingContext: context });
console.log(inContext());

try { vm.runInThisContext('while (true) {}', { timeout: 30 }); } catch (e) { console.log(show(e)); }
try { vm.runInNewContext('for (;;) {}', {}, { timeout: 20 }); } catch (e) { console.log(show(e)); }
console.log('still running', vm.runInThisContext('1 + 1'));

try { new vm.Script('var = 1', 'bad.js'); } catch (e) { console.log(show(e)); }
try { vm.runInThisContext('throw new TypeError("thrown inside")'); } catch (e) { console.log(show(e), e instanceof TypeError); }
for (const attempt of [
  () => vm.createContext(1),
  () => vm.runInContext('1', {}),
  () => vm.runInThisContext('1', { timeout: -1 }),
  () => vm.runInThisContext('1', { timeout: 'x' }),
  () => vm.compileFunction('a', 'x'),
  () => vm.compileFunction('a', [1]),
  () => new vm.Script('1', { filename: 1 }),
]) {
  try {
    attempt();
    console.log('no error');
  } catch (e) {
    console.log(show(e));
  }
}
console.log(Object.keys(vm).sort().join(' '));
