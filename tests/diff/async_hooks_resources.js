// async_hooks: AsyncResource binding and ids, the module's functions, argument errors, and
// AsyncLocalStorage inside async iteration and after a rejected promise.
const ah = require('async_hooks');
const { AsyncLocalStorage, AsyncResource } = ah;
console.log(Object.keys(ah).sort().join(','));
const als = new AsyncLocalStorage();
const r = als.run(7, () => new AsyncResource('job'));
console.log(typeof r.asyncId(), typeof r.triggerAsyncId(), r.asyncId() !== new AsyncResource('x').asyncId());
const f = r.bind(function (a) { return [als.getStore(), a, this === undefined || this === globalThis]; });
console.log(f(1), f.length, f.asyncResource === r);
const g = AsyncResource.bind(() => als.getStore());
console.log(g(), als.run(3, () => g()), als.run(3, () => AsyncResource.bind(() => als.getStore()))());
console.log(typeof ah.executionAsyncId(), typeof ah.triggerAsyncId(), typeof ah.executionAsyncResource());
const hook = ah.createHook({ init() {} });
console.log(hook.enable() === hook, hook.disable() === hook);
try { ah.createHook({ init: 5 }); } catch (e) { console.log(e.code, e.message); }
try { new AsyncResource(); } catch (e) { console.log(e.code, e.message); }
try { AsyncLocalStorage.bind(5); } catch (e) { console.log(e.code, e.message); }
console.log(als.getStore(), als.run('x', () => als.getStore()), als.getStore());
(async () => {
  await als.run('gen', async () => {
    async function* gen() { yield als.getStore(); await null; yield als.getStore(); }
    for await (const v of gen()) console.log('yielded', v);
  });
  await als.run('rejected', () => Promise.reject(new Error('no'))).catch(() => console.log('catch sees', als.getStore()));
  als.run('thrown', () => { try { throw new Error('x'); } catch { console.log('in catch', als.getStore()); } });
  console.log('end', als.getStore());
})();
