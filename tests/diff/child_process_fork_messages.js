// fork(): a parent and three children (json, advanced, json) exchanging 10,000 messages
// with acknowledgements; advanced serialization carries BigInt, Date and Map.
const { fork } = require('child_process');
const role = process.argv[2];
if (role === 'child') {
  let sum = 0;
  process.on('message', (m) => {
    if (m.done) {
      process.send({ sum, id: process.argv[3] });
      return;
    }
    sum += m.value;
    process.send({ ack: m.value * 2, big: typeof m.big === 'bigint' ? m.big + 1n : null });
  });
} else {
  const per = 3334;
  const results = [];
  const run = (id, serialization) => new Promise((resolve) => {
    const child = fork(__filename, ['child', id], { serialization });
    let acks = 0;
    let ackSum = 0;
    let bigs = 0;
    child.on('message', (m) => {
      if ('sum' in m) {
        results.push(`${m.id} (${serialization}): sum ${m.sum}, acks ${acks}, ack sum ${ackSum}, bigints ${bigs}`);
        child.disconnect();
        return;
      }
      acks++;
      ackSum += m.ack;
      if (m.big !== null) bigs++;
    });
    child.on('exit', (code) => resolve(code));
    for (let i = 1; i <= per; i++) {
      child.send(serialization === 'advanced' ? { value: i, big: BigInt(i), when: new Date(0), m: new Map([[i, i]]) } : { value: i });
    }
    child.send({ done: true });
  });
  Promise.all([run('a', 'json'), run('b', 'advanced'), run('c', 'json')]).then((codes) => {
    console.log(codes, results.sort().join('\n'));
  });
}
