// util.callbackify around a function that returns a non-promise: the .then call throws.
const util = require('util');
process.on('uncaughtException', (e) => console.log('uncaught:', e.name, e.message));
try {
  util.callbackify(() => 'not a promise')((e, v) => console.log('callback', e, v));
} catch (e) {
  console.log('sync:', e.name, e.message);
}
util.callbackify(() => ({ then(res) { res('thenable'); } }))((e, v) => console.log('thenable callback', e, v));
