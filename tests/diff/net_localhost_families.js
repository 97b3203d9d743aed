// net: 'localhost' and wildcard hosts: what listen(0, 'localhost'/'0.0.0.0'/'::'/none) binds,
// ipv6Only, connecting by name to a server on IPv4 only, the 'lookup' event, and the family
// option (ignored for address literals).
const net = require('net');

const until = (e, n) => new Promise((r) => e.once(n, (...a) => r(a)));

async function listen(args) {
  const s = net.createServer((c) => c.end('hi'));
  s.listen(...args);
  await until(s, 'listening');
  return s;
}

async function main() {
  for (const args of [[0, 'localhost'], [0, '0.0.0.0'], [0, '::'], [0], [{ port: 0, host: '::', ipv6Only: true }], [0, '::1']]) {
    const s = await listen(args);
    const { address, family } = s.address();
    console.log('listen', JSON.stringify(args), address, family);
    await new Promise((r) => s.close(r));
  }

  // A server on 127.0.0.1 only; clients ask for 'localhost'.
  const s4 = await listen([0, '127.0.0.1']);
  const port = s4.address().port;
  const lookups = [];
  const c = net.connect({ port, host: 'localhost' });
  c.on('lookup', (err, address, family, host) => lookups.push(`${err} ${address} ${family} ${host}`));
  await until(c, 'connect');
  // (Which addresses 'localhost' has depends on the hosts file: only the IPv4 one is shown.)
  console.log('connected to', c.remoteAddress, c.remoteFamily, 'lookups', lookups.filter((l) => l.includes('127.0.0.1')));
  c.resume();
  await until(c, 'close');

  const c4 = net.connect({ port, host: 'localhost', family: 4 });
  const l4 = [];
  c4.on('lookup', (err, address, family, host) => l4.push(`${err} ${address} ${family} ${host}`));
  await until(c4, 'connect');
  console.log('family 4', c4.remoteAddress, l4);
  c4.resume();
  await until(c4, 'close');

  // Family 6 to an IPv4 literal: the family is not used for addresses.
  const c6 = net.connect({ port, host: '127.0.0.1', family: 6 });
  c6.on('lookup', () => console.log('lookup for a literal?!'));
  await until(c6, 'connect');
  console.log('family 6 with a v4 literal', c6.remoteAddress, c6.remoteFamily);
  c6.resume();
  await until(c6, 'close');

  const noauto = net.connect({ port, host: 'localhost', autoSelectFamily: false });
  noauto.on('error', (e) => console.log('no autoselect error', e.code, e.address));
  noauto.on('connect', () => console.log('no autoselect connected', noauto.remoteAddress));
  noauto.resume();
  await until(noauto, 'close');
  s4.close(() => console.log('done'));
}
main();
