// BroadcastChannel: messages reach every other channel of the same name (never the sender), in
// order within one channel, across workers too; close() stops both ways; name, onmessage,
// addEventListener, unclonable messages, posting after close, ref/unref and argument errors.
const { Worker, BroadcastChannel, isMainThread, workerData } = require('worker_threads');

if (!isMainThread) {
  const ch = new BroadcastChannel(workerData.name);
  ch.onmessage = ({ data }) => {
    if (data === 'report') {
      ch.postMessage(`worker ${workerData.id} ready`);
    } else if (data === 'burst') {
      for (let i = 0; i < 5; i++) ch.postMessage(`w${workerData.id}-${i}`);
    } else if (data === 'close') {
      ch.close();
    }
  };
  return;
}

const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

(async () => {
  const a = new BroadcastChannel('local');
  const b = new BroadcastChannel('local');
  const c = new BroadcastChannel('other');
  console.log(a.name, typeof a.onmessage, a.onmessage, String(a));
  const got = { a: [], b: [], c: [] };
  a.onmessage = (e) => got.a.push(e.data);
  b.addEventListener('message', (e) => got.b.push([e.data, e.constructor.name, e.target === b]));
  c.onmessage = (e) => got.c.push(e.data);
  a.postMessage({ n: 1 });
  a.postMessage(new Map([['k', 2]]));
  b.postMessage('from b');
  await tick();
  console.log('same thread', got);
  try { a.postMessage(() => {}); } catch (e) { console.log('unclonable', e.name, e.message); }
  try { a.postMessage(); } catch (e) { console.log('no value', e.name, e.code, e.message); }
  b.close();
  b.close();
  a.postMessage('after b closed');
  try { b.postMessage('from closed'); console.log('post after close returned'); } catch (e) { console.log('post after close', e.name, e.code, e.message); }
  await tick();
  console.log('after close', got.a.length, got.b.length);

  // Three workers on one channel: each one's messages arrive in the order it sent them.
  const workers = [1, 2, 3].map((id) => new Worker(__filename, { workerData: { name: 'shared', id } }));
  const main = new BroadcastChannel('shared');
  const seen = [];
  main.onmessage = (e) => seen.push(e.data);
  // Workers announce themselves once their channel exists (asked again until all three did).
  while (new Set(seen).size < 3) {
    main.postMessage('report');
    await tick(40);
  }
  console.log('ready', [...new Set(seen)].sort());
  main.postMessage('burst');
  const bursts = () => seen.filter((m) => /^w\d-/.test(m));
  while (bursts().length < 15) await tick();
  for (const id of [1, 2, 3]) console.log(`from worker ${id}`, bursts().filter((m) => m.startsWith(`w${id}-`)).join(' '));
  main.postMessage('close');
  await Promise.all(workers.map((w) => new Promise((r) => w.on('exit', r))));
  console.log('workers exited after closing their channels');

  const held = new BroadcastChannel('unref');
  held.unref();
  console.log('ref/unref return', held.ref() === held, held.unref() === held);
  for (const bad of [() => new BroadcastChannel(), () => BroadcastChannel('x')]) {
    try { bad(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  const five = new BroadcastChannel(5);
  const obj = new BroadcastChannel({});
  console.log(typeof five.name, five.name, obj.name);
  for (const ch of [a, c, main, five, obj]) ch.close();
  process.on('exit', () => console.log('exit with an unref\'ed channel open'));
})();
