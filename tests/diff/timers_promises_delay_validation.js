// timers/promises validate delay as a number (setTimeout, setInterval, scheduler.wait).
const tp = require('timers/promises');
(async () => {
  for (const d of ['abc', '10', null, {}, 1n, undefined, true]) {
    let r;
    try { r = 'resolved ' + (await tp.setTimeout(d, 'v')); } catch (e) { r = `${e.name} ${e.code} ${e.message}`; }
    console.log('setTimeout', String(d), r);
  }
  try { const it = tp.setInterval('5', 'v'); console.log('setInterval', await it.next()); await it.return(); } catch (e) { console.log('setInterval', e.name, e.code, e.message); }
  try { console.log(await tp.scheduler.wait('x')); } catch (e) { console.log('wait', e.name, e.code, e.message); }
})();
