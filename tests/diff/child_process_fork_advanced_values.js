// fork with serialization 'advanced': values JSON cannot carry (Map, Set, BigInt, Date,
// typed arrays, undefined, circular objects, errors) go to the child and back intact.
const { fork } = require('child_process');
const util = require('util');

if (process.argv[2] === 'child') {
  process.on('message', (value) => {
    process.send({ echoed: value, types: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Object.prototype.toString.call(v)])) });
  });
} else {
  const child = fork(__filename, ['child'], { serialization: 'advanced' });
  const circular = { name: 'loop' };
  circular.self = circular;
  const value = {
    map: new Map([[1, 'one'], ['two', { n: 2 }]]),
    set: new Set([1, 'x']),
    big: 12345678901234567890n,
    date: new Date(86400000),
    bytes: new Uint8Array([1, 2, 3]),
    floats: new Float64Array([0.5, -1]),
    nothing: undefined,
    circular,
    error: new RangeError('carried'),
    regexp: /ab+c/gi,
  };
  child.on('message', (reply) => {
    const e = reply.echoed;
    console.log(reply.types);
    console.log(util.isDeepStrictEqual(e.map, value.map), util.isDeepStrictEqual(e.set, value.set), e.big === value.big, e.date.getTime(), [...e.bytes], [...e.floats]);
    console.log('nothing' in e, e.nothing, e.circular.self === e.circular, e.error instanceof RangeError, e.error.message, String(e.regexp));
    child.disconnect();
  });
  child.on('exit', (code) => console.log('child exit', code));
  child.send(value);
}
