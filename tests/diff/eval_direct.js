// Direct eval in bundled code: at a module's top level, in nested functions, arrows, methods,
// blocks with their own bindings, strict and sloppy code, nested evals, and the indirect forms.
// Functions built by packages with eval (depd, for one) are the usual case.
'use strict';

const top = 5;
console.log('top level', eval('top + 1'));

function make(n) {
  return eval(`(function (a) { return a + ${n}; })`);
}
console.log('made', make(1)(2), make(10)(2));

const arrow = (x) => eval('x * 3');
console.log('arrow', arrow(7));

class Box {
  constructor(v) { this.v = v; }
  get(k) { return eval('this.v + k'); }
  static twice(v) { return eval('v + v'); }
}
console.log('method', new Box(2).get(3), Box.twice('ab'));

{
  let scoped = 'block';
  const inner = () => eval('scoped.toUpperCase()');
  console.log('block', inner());
}

for (let i = 0; i < 3; i++) {
  console.log('loop', eval('i * i'));
}

function counter() {
  let count = 0;
  return () => eval('++count');
}
const next = counter();
next();
console.log('closure writes', next(), next());

function nested(a) {
  return eval('eval("a + 100")');
}
console.log('nested', nested(1));

function strictScope() {
  eval('var leaked = 1');
  return typeof leaked;
}
console.log('strict eval keeps its var', strictScope());

const sloppy = new Function('eval("var leaked = 2"); return typeof leaked + " " + leaked;');
console.log('sloppy eval', sloppy());

var globalName = 'global';
function shadow() {
  const globalName = 'local';
  return [eval('globalName'), (0, eval)('typeof globalName'), eval?.('typeof top')];
}
console.log('direct and indirect', shadow());

try {
  eval('let x = ;');
} catch (err) {
  console.log('syntax error', err.name, err.message);
}

function thrower() {
  return eval('throw new RangeError("from eval")');
}
try { thrower(); } catch (err) { console.log('thrown', err.name, err.message); }

setTimeout(() => console.log('later', make(3)(4), arrow(2)), 1);
Promise.resolve().then(() => console.log('microtask', eval('top * 2')));
