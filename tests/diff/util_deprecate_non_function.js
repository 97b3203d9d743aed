// util.deprecate in Node 20 does not validate fn: a non-function fails inside (setPrototypeOf).
const util = require('util');
for (const v of ['x', undefined, 5]) {
  try { const r = util.deprecate(v, 'msg'); console.log(typeof r); } catch (e) { console.log(e.name, e.code, e.message); }
}
