// structuredClone keeps types: typed arrays sharing a buffer, boxed values, errors, regexps.
const buf = new ArrayBuffer(8);
const a = new Uint8Array(buf, 0, 4);
const b = new Uint16Array(buf, 4, 2);
const copy = structuredClone({ a, b });
copy.a[0] = 9;
console.log(copy.a.buffer === copy.b.buffer, copy.a.byteOffset, copy.b.byteOffset, new Uint8Array(buf)[0]);
const boxed = structuredClone([new Number(3), new String('s'), new Boolean(false), Object(10n)]);
console.log(boxed.map((x) => typeof x), boxed.map((x) => x.valueOf()));
const errors = structuredClone([new TypeError('t'), new RangeError('r'), new SyntaxError('s'), new URIError('u'), new EvalError('e')]);
console.log(errors.map((e) => `${e.constructor.name}: ${e.message}`));
const re = structuredClone(/abc/gimsuy);
console.log(re.source, re.flags, re.lastIndex);
const date = structuredClone(new Date(Date.UTC(2000, 0, 1)));
console.log(date.toISOString(), date instanceof Date);
const nested = structuredClone(new Map([[new Set([1]), { deep: [new Map()] }]]));
console.log(nested);
