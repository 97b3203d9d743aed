// dns: lookup option forms (family as number/string, all, verbatim, order, hints), the
// 'localhost' and literal answers, argument errors of lookup/resolve/reverse/Resolver/setServers/
// setLocalAddress, error-code constants, and the promises API's matching behaviour.
const dns = require('dns');
const dnsp = require('dns/promises');

function tryIt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : JSON.stringify(r));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const lookup = (host, opts) => new Promise((r) => dns.lookup(host, opts, (err, address, family) => r(err ? `error ${err.code}` : JSON.stringify([address, family]))));

async function main() {
  const codes = ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME', 'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION', 'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS', 'CANCELLED'];
  console.log(codes.map((c) => `${c}=${dns[c]}`).join(' '));
  console.log('promises codes', codes.every((c) => dnsp[c] === dns[c]), typeof dnsp.Resolver, dnsp.Resolver === dns.Resolver);

  tryIt('lookup no cb', () => dns.lookup('localhost', {}));
  tryIt('lookup bad options', () => dns.lookup('localhost', 'x', () => {}));
  tryIt('lookup family 3', () => dns.lookup('localhost', 3, () => {}));
  tryIt('lookup family str', () => dns.lookup('localhost', { family: 'IPv5' }, () => {}));
  tryIt('lookup all str', () => dns.lookup('localhost', { all: 'yes' }, () => {}));
  tryIt('lookup verbatim str', () => dns.lookup('localhost', { verbatim: 1 }, () => {}));
  tryIt('lookup order bad', () => dns.lookup('localhost', { order: 'random' }, () => {}));
  tryIt('lookup hints bad', () => dns.lookup('localhost', { hints: 1 << 20 }, () => {}));
  tryIt('lookup host object', () => dns.lookup({}, () => {}));
  tryIt('promises lookup host number', () => dnsp.lookup(1));
  tryIt('resolve4 number', () => dns.resolve4(1, () => {}));
  tryIt('resolve no cb', () => dns.resolve4('localhost'));
  tryIt('resolve bad rrtype', () => dns.resolve('localhost', 'XYZ', () => {}));
  tryIt('resolve rrtype number', () => dns.resolve('localhost', 1, () => {}));
  tryIt('reverse number', () => dns.reverse(1, () => {}));
  tryIt('reverse bad ip', () => dns.reverse('not-an-ip', () => {}));
  tryIt('lookupService bad port', () => dns.lookupService('127.0.0.1', 'x', () => {}));
  tryIt('Resolver timeout', () => new dns.Resolver({ timeout: 'x' }));
  tryIt('Resolver timeout -2', () => new dns.Resolver({ timeout: -2 }));
  tryIt('Resolver tries 0', () => new dns.Resolver({ tries: 0 }));
  tryIt('Resolver ok', () => new dns.Resolver({ timeout: -1, tries: 2 }).getServers().length >= 0);
  const r = new dns.Resolver();
  tryIt('setServers not array', () => r.setServers('127.0.0.1'));
  tryIt('setServers number', () => r.setServers([1]));
  tryIt('setServers bad ip', () => r.setServers(['300.1.1.1']));
  tryIt('setServers bad port', () => r.setServers(['127.0.0.1:99999']));
  tryIt('setServers v6 port', () => { r.setServers(['[::1]:53', '127.0.0.1:5300', '::2']); return r.getServers(); });
  tryIt('setServers empty', () => { r.setServers([]); return r.getServers(); });
  tryIt('setLocalAddress bad', () => r.setLocalAddress('nope'));
  tryIt('setLocalAddress two v4', () => r.setLocalAddress('127.0.0.1', '127.0.0.2'));
  tryIt('setLocalAddress number', () => r.setLocalAddress(5));
  tryIt('setLocalAddress ok', () => r.setLocalAddress('127.0.0.1', '::1'));
  tryIt('cancel idle', () => r.cancel());
  tryIt('setDefaultResultOrder', () => dns.setDefaultResultOrder('ipv4first'));
  console.log('order now', dns.getDefaultResultOrder());
  dns.setDefaultResultOrder('verbatim');
  tryIt('promises setDefaultResultOrder bad', () => dnsp.setDefaultResultOrder(5));

  for (const [host, opts] of [
    ['127.0.0.1', 6], ['::1', 4], ['::1', { family: 'IPv6' }], ['localhost', 4], ['localhost', { family: 4, all: true }],
    ['127.0.0.1', { all: true, verbatim: false }], ['localhost', { family: 6, hints: dns.ADDRCONFIG | dns.V4MAPPED }],
    ['1.2.3', undefined], ['localhost', { family: 4, order: 'ipv6first' }],
  ]) {
    console.log('lookup', JSON.stringify(host), JSON.stringify(opts), await lookup(host, opts));
  }
  console.log('promises all', JSON.stringify(await dnsp.lookup('127.0.0.1', { all: true })));
  console.log('promises family', JSON.stringify(await dnsp.lookup('localhost', 4)));
  await dnsp.lookup('x.invalid', { family: 4 }).catch((e) => console.log('promises error', e.code, e.syscall, e.hostname, e.errno, e.message));
  console.log('reverse localhost', await dnsp.reverse('127.0.0.1').then(() => 'ok', (e) => e.code) !== undefined);
}
main();
