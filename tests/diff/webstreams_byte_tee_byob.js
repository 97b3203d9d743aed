// Web streams: tee() of a byte stream read through BYOB readers on its branches, as the
// standard's byte-stream tee does: a branch's BYOB read reads the source into that branch's
// own view (how much it gets is the view's size, not the source's chunk), the other branch
// gets a copy; default reads on a branch, errors reaching both, and a source that itself
// answers BYOB requests. The branches are read one after the other.
function source(chunks, { byob = false } = {}) {
  let i = 0;
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (i === chunks.length) {
        controller.close();
        const request = controller.byobRequest;
        if (request) request.respond(0);
        return;
      }
      const chunk = chunks[i++];
      const request = byob ? controller.byobRequest : null;
      if (request) {
        const n = Math.min(request.view.byteLength, chunk.length);
        request.view.set(chunk.subarray(0, n));
        if (n < chunk.length) chunks.splice(i, 0, chunk.subarray(n));
        request.respond(n);
      } else {
        controller.enqueue(chunk);
      }
    },
  });
}

const bytes = (...values) => new Uint8Array(values);

async function readAllBYOB(stream, size) {
  const reader = stream.getReader({ mode: 'byob' });
  const out = [];
  for (;;) {
    const { value, done } = await reader.read(new Uint8Array(size));
    if (done) {
      out.push(`done(${value ? value.byteLength : 'undefined'})`);
      return out.join(' ');
    }
    out.push(Array.from(value).join(','));
  }
}

async function readAllDefault(stream) {
  const reader = stream.getReader();
  const out = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return out.join(' ') + ' done';
    out.push(`${value.constructor.name}[${Array.from(value).join(',')}]`);
  }
}

(async () => {
  for (const byob of [false, true]) {
    const label = byob ? 'byob source' : 'enqueue source';
    const [a, b] = source([bytes(1, 2, 3, 4, 5), bytes(6, 7), bytes(8, 9, 10)], { byob }).tee();
    const ra = await readAllBYOB(a, 2);
    const rb = await readAllDefault(b);
    console.log(label, 'branch1 byob(2):', ra);
    console.log(label, 'branch2 default:', rb);

    const [c, d] = source([bytes(1, 2, 3), bytes(4, 5, 6, 7)], { byob }).tee();
    const rc = await readAllBYOB(c, 3);
    const rd = await readAllBYOB(d, 5);
    console.log(label, 'both byob (3 and 5):', rc, '|', rd);
  }

  // An error in the source reaches both branches.
  let controller;
  const failing = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const [g, h] = failing.tee();
  const pendingG = g.getReader({ mode: 'byob' }).read(new Uint8Array(4)).catch((err) => `rejected ${err.message}`);
  const pendingH = h.getReader().read().catch((err) => `rejected ${err.message}`);
  controller.error(new Error('boom'));
  console.log('errors', await pendingG, '|', await pendingH);
})();
