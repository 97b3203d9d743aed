// Built-ins that carry util.promisify.custom: setTimeout, setImmediate, fs.exists.
const util = require('util');
(async () => {
  console.log(typeof setTimeout[util.promisify.custom], typeof setImmediate[util.promisify.custom], typeof setInterval[util.promisify.custom]);
  console.log(await util.promisify(setTimeout)(1, 'tv'));
  console.log(await util.promisify(setImmediate)('iv'));
  console.log(util.promisify(setTimeout) === require('timers/promises').setTimeout, util.promisify(setImmediate) === require('timers/promises').setImmediate);
  const fs = require('fs');
  console.log(typeof fs.exists[util.promisify.custom], await util.promisify(fs.exists)(process.execPath), await util.promisify(fs.exists)('/nonexistent/x'));
})();
