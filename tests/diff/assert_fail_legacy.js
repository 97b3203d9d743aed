// assert.fail(actual, expected[, message[, operator]]) works but warns DEP0094 once.
const assert = require('assert');
process.on('warning', (w) => console.log('warning event:', w.name, w.code));
for (const args of [[1, 2, undefined, '>'], [1, 2, 'legacy message'], [1, 2], ['a', 'b', undefined, undefined]]) {
  try { assert.fail(...args); } catch (e) { console.log(JSON.stringify(args), e.code, e.operator, e.generatedMessage, JSON.stringify(e.message), e.actual, e.expected); }
}
setTimeout(() => {}, 5);
