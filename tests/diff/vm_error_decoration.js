// vm: an error thrown out of a script has "file:line", the source line and a caret put at
// the front of its stack (once, also when rethrown through a second script); thrown
// non-errors are untouched; timeouts leave the context usable; compileFunction's this/params.
const vm = require('vm');
const head = (e, n = 5) => JSON.stringify(String(e.stack).split('\n').slice(0, n));
try {
  vm.runInThisContext('\n\nthrow new Error("deep")', { filename: 'offset.js', lineOffset: 10, columnOffset: 3 });
} catch (e) { console.log(head(e)); }
try {
  new vm.Script('let a = 1;\nnull.x', { filename: 'named.vm' }).runInThisContext();
} catch (e) { console.log(head(e)); }
try {
  vm.runInNewContext('\tundefinedName + 1', {}, { filename: 'ctx.js' });
} catch (e) { console.log(head(e), e instanceof ReferenceError); }
const ctx = vm.createContext({ rethrow: (code) => vm.runInContext(code, ctx, 'inner.js') });
try {
  vm.runInContext('rethrow("throw new RangeError(\'inner\')")', ctx, { filename: 'outer.js' });
} catch (e) { console.log('nested', head(e, 6)); }
try { vm.runInThisContext('throw 5', { filename: 'num.js' }); } catch (e) { console.log('thrown number', e); }
try { vm.runInThisContext('throw { stack: "custom" }', { filename: 'obj.js' }); } catch (e) { console.log('thrown object', e.stack); }
const made = vm.runInThisContext('new Error("returned, not thrown")', { filename: 'ret.js' });
console.log('returned error', head(made, 2));
try {
  vm.runInThisContext('function f() { throw new TypeError("from f"); } f', { filename: 'fn.js' })();
} catch (e) { console.log('thrown later by a vm function', head(e, 2)); }
const e1 = (() => { try { vm.runInThisContext('throw new Error("twice")', { filename: 't.js' }); } catch (e) { return e; } })();
try { vm.runInThisContext('throw err', { filename: 'again.js' }); } catch (e) { console.log('same error', e === e1); }
globalThis.err = e1;
try { vm.runInThisContext('throw err', { filename: 'again.js' }); } catch (e) { console.log('rethrown once decorated', head(e, 5)); }
const tctx = vm.createContext({ n: 1 });
try { vm.runInContext('for (;;) {}', tctx, { timeout: 30, filename: 'spin.js' }); } catch (e) { console.log(e.code, e.message, head(e, 1)); }
console.log('context still usable', vm.runInContext('n + 2', tctx));
const f = vm.compileFunction('return [typeof a, typeof b, typeof ext, this && this.t]', ['a', 'b'], { contextExtensions: [{ ext: 1 }] });
console.log('compiled', f.call({ t: 'T' }, 1), f.length);
try { vm.compileFunction('1', [], { contextExtensions: [1] }); } catch (e) { console.log(e.code, e.message); }
try { vm.runInThisContext('1', { filename: 'x.js', lineOffset: 1.5 }); } catch (e) { console.log(e.code, e.message); }
