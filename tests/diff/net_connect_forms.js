// net: connect argument forms and their validation errors, localAddress/family/timeout
// options, a custom `lookup` function, ECONNREFUSED fields, and autoSelectFamily settings.
const net = require('net');

function tryIt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r instanceof net.Socket ? 'socket' : r);
    if (r instanceof net.Socket) { r.on('error', () => {}); r.destroy(); }
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
function until(emitter, name) {
  return new Promise((resolve) => emitter.once(name, (...a) => resolve(a)));
}

async function main() {
  tryIt('no args', () => net.connect());
  tryIt('empty options', () => net.connect({}));
  tryIt('port -1', () => net.connect(-1));
  tryIt('port 65536', () => net.connect({ port: 65536 }));
  tryIt('port object', () => net.connect({ port: {} }));
  tryIt('port bool', () => net.connect({ port: true }));
  tryIt('port NaN string', () => net.connect({ port: 'abc', host: '127.0.0.1' }));
  tryIt('family 5', () => net.connect({ port: 80, host: '127.0.0.1', family: 5 }));
  tryIt('localAddress bad', () => net.connect({ port: 80, host: '127.0.0.1', localAddress: 'nope' }));
  tryIt('localPort bad', () => net.connect({ port: 80, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: 'x' }));
  tryIt('host number', () => net.connect({ port: 80, host: 5 }));
  tryIt('lookup not fn', () => net.connect({ port: 80, host: 'localhost', lookup: 5 }));
  tryIt('timeout bad', () => new net.Socket().setTimeout('x'));
  tryIt('timeout negative', () => new net.Socket().setTimeout(-1));
  tryIt('timeout cb bad', () => new net.Socket().setTimeout(10, 'x'));

  console.log('autoSelectFamily', net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
  tryIt('set asf bad', () => net.setDefaultAutoSelectFamily(1));
  tryIt('set asf timeout 0', () => net.setDefaultAutoSelectFamilyAttemptTimeout(0));
  tryIt('set asf timeout str', () => net.setDefaultAutoSelectFamilyAttemptTimeout('5'));
  net.setDefaultAutoSelectFamilyAttemptTimeout(5);
  console.log('asf timeout raised to', net.getDefaultAutoSelectFamilyAttemptTimeout());
  net.setDefaultAutoSelectFamilyAttemptTimeout(250);
  net.setDefaultAutoSelectFamily(false);
  console.log('asf now', net.getDefaultAutoSelectFamily());
  net.setDefaultAutoSelectFamily(true);

  const seen = [];
  const server = net.createServer((s) => {
    seen.push(`${s.remoteAddress} ${s.remoteFamily}`);
    s.on('error', () => {});
    if (s.remotePort % 1 === 0) s.end('hi');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();

  // (port, host, cb), string port, options with localAddress and family 4.
  for (const [label, make] of [
    ['port host cb', (cb) => net.connect(port, '127.0.0.1', cb)],
    ['string port', (cb) => net.createConnection(String(port), '127.0.0.1', cb)],
    ['options local', (cb) => net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1', family: 4 }, cb)],
  ]) {
    let connected = false;
    const c = make(() => { connected = true; });
    let data = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { data += d; });
    await until(c, 'end');
    console.log(label, connected, data, c.localAddress, c.remoteFamily, c.remotePort === port, c.bytesRead);
    await until(c, 'close');
    console.log(label, 'closed', c.bytesRead, c.bytesWritten, c.readyState);
  }

  // A custom lookup: called with the host and options, its address is used.
  const calls = [];
  const c = net.connect({
    port,
    host: 'my.example',
    family: 4,
    lookup(host, opts, cb) {
      calls.push(`${host} family=${opts.family}`);
      cb(null, '127.0.0.1', 4);
    },
  });
  c.on('lookup', (err, address, family, host) => console.log('lookup event', err, address, family, host));
  await until(c, 'connect');
  console.log('custom lookup', calls, c.remoteAddress);
  c.destroy();
  await until(c, 'close');

  // A lookup that fails: its error is the socket's.
  const f = net.connect({ port, host: 'bad.example', lookup: (h, o, cb) => cb(Object.assign(new Error('nope'), { code: 'ENOTFOUND' })) });
  f.on('lookup', (err) => console.log('failed lookup event', err.message, err.code));
  const [ferr] = await until(f, 'error');
  console.log('lookup error', ferr.message, ferr.code, f.destroyed);

  // A timeout option: 'timeout' fires on an idle connected socket, which stays open.
  const idle = net.createServer((s) => s.on('error', () => {}));
  await new Promise((r) => idle.listen(0, '127.0.0.1', r));
  const t = net.connect({ port: idle.address().port, host: '127.0.0.1', timeout: 50 });
  t.on('data', () => {});
  await until(t, 'timeout');
  console.log('timeout option', t.timeout, t.destroyed);
  t.destroy();
  await until(t, 'close');
  await new Promise((r) => idle.close(r));

  await new Promise((r) => server.close(r));
  // ECONNREFUSED on the now closed port.
  const r = net.connect(port, '127.0.0.1');
  const [err] = await until(r, 'error');
  console.log('refused', err.code, err.errno, err.syscall, err.address, err.port === port, err.message.replace(String(port), 'PORT'));
  const [hadError] = await until(r, 'close');
  console.log('refused close', hadError, r.destroyed, r.readyState);
  console.log('server saw', seen.sort());
}
main();
