// readline: historySize validation.
const readline = require('readline');
const { PassThrough } = require('stream');
for (const v of [NaN, 'x', Infinity]) {
  try { readline.createInterface({ input: new PassThrough(), historySize: v }).close(); console.log('ok', v); } catch (e) { console.log(e.code, e.message); }
}
