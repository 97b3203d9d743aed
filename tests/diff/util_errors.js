// util helpers validate their arguments with Node's error codes and messages.
const util = require('util');
const attempts = {
  promisifyNumber: () => util.promisify(3),
  callbackifyString: () => util.callbackify('f'),
  inheritsNoCtor: () => util.inherits(null, function () {}),
  inheritsNoSuper: () => util.inherits(function () {}, null),
  inheritsNoProto: () => util.inherits(function () {}, Object.assign(() => {}, { prototype: undefined })),
  formatWithOptionsBad: () => util.formatWithOptions(null, 'x'),
  inspectOk: () => util.inspect(1, { depth: null }),
  isDeepStrictEqual: () => util.isDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }),
  toUSVString: () => util.toUSVString('a\ud800b'),
  stripVT: () => util.stripVTControlCharacters('\u001b[31mred\u001b[39m'),
  stripVTBad: () => util.stripVTControlCharacters(5),
};
for (const [name, f] of Object.entries(attempts)) {
  try {
    console.log(name, 'ok', JSON.stringify(f()));
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
const cbified = util.callbackify(async () => { throw null; });
cbified((err) => {
  console.log('callbackify null rejection', err.name, err.code, err.message, err.reason);
});
for (const opts of [[], () => {}, 'x', { colors: false }]) {
  try {
    console.log('formatWithOptions', util.formatWithOptions(opts, '%s', 'v'));
  } catch (e) {
    console.log('formatWithOptions', e.code, e.message);
  }
}
