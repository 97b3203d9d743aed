// path functions reject non-string arguments with ERR_INVALID_ARG_TYPE, as Node does.
const path = require('path');
const calls = [
  ['join', ['a', 1]], ['resolve', [null]], ['basename', [{}]], ['basename', ['a.js', 3]],
  ['extname', [undefined]], ['dirname', [[]]], ['normalize', [true]], ['relative', ['a', 2]],
  ['isAbsolute', [5]], ['parse', [Symbol.iterator]], ['format', ['x']], ['format', [null]],
  ['toNamespacedPath', [7]],
];
for (const [fn, args] of calls) {
  for (const flavor of ['posix', 'win32']) {
    try {
      console.log(flavor, fn, JSON.stringify(path[flavor][fn](...args)));
    } catch (e) {
      console.log(flavor, fn, e.name, e.code, e.message);
    }
  }
}
