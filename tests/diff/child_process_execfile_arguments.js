// execFile's optional arguments: which position a wrong value is reported for.
const { execFile } = require('child_process');
for (const args of [[5], ['x'], [[], 5], [[], {}, 5], [[], 'x'], [null, 5], [{}, 'y'], [[], {}, () => {}, 5]]) {
  try { const c = execFile('true', ...args); console.log('ok', args.length); c.kill(); } catch (e) { console.log(e.code, e.message); }
}
