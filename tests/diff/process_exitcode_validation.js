// process.exitCode setter and process.exit() argument validation; the last valid exitCode decides the exit status.
const show = (v) => (typeof v === 'string' ? JSON.stringify(v) : typeof v === 'bigint' ? `${v}n` : String(v));
for (const v of [3, '5', '0x10', ' 6 ', '', '1.0', '1.5', 1.5, -1, 256, 2 ** 31, -(2 ** 31) - 1, NaN, Infinity, true, null, undefined, 1n, {}, [], '07', '-2', 'abc', Symbol('s')]) {
  try {
    process.exitCode = v;
    console.log('set', typeof v === 'symbol' ? 'symbol' : show(v), '->', show(process.exitCode));
  } catch (e) {
    console.log('set', typeof v === 'symbol' ? 'symbol' : show(v), e.name, e.code, e.message, '| still', show(process.exitCode));
  }
}
for (const v of ['x', 1.5, {}, true, 2n]) {
  try {
    process.exit(v);
  } catch (e) {
    console.log('exit', show(v), e.name, e.code, e.message);
  }
}
const desc = Object.getOwnPropertyDescriptor(process, 'exitCode');
console.log('descriptor', typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
process.exitCode = '9';
process.on('exit', (code) => {
  console.log('exit event', code, show(process.exitCode));
  try {
    process.exitCode = 'bad';
  } catch (e) {
    console.log('in exit handler', e.code);
  }
  process.exitCode = 0x2a;
});
