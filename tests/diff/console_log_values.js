// console.log of values at top level: strings raw, everything else inspected, multiple args.
console.log('string', 42, 4.2e-7, -0, 0n, true, null, undefined, NaN, -Infinity);
console.log(['a', 'b'], 'between', { k: 'v' });
console.log(Symbol('desc'), Symbol(), Symbol.for('registered'), Symbol.iterator);
console.log(new Date(Date.UTC(2020, 1, 29, 12, 0, 0)), new Date('invalid'));
console.log(/a\/b/g, new RegExp('x', 'dgimsuy'), String(Symbol('to-string')));
console.log(function () {}, () => {}, async () => {}, function* g() {}, Math.max, class {});
console.log(new Boolean(true), new Number(-0), new String(''), Object(Symbol('boxed')));
console.log(new Uint8Array(0), new Float32Array([0.5, 1.25]), new DataView(new ArrayBuffer(2)), new SharedArrayBuffer(2));
console.log(globalThis === global, typeof globalThis.console, Math, JSON, Reflect === globalThis.Reflect);
console.log('%s', 'only format'), console.log('trailing %', 1), console.log('%'), console.log('%%');
