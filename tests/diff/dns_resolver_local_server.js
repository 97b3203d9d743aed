// dns.resolve* and Resolver against a small DNS server on loopback (UDP, this program's own):
// every record kind, TTLs, ANY, reverse lookups, answer codes, timeouts, cancel and servers.
const dgram = require('dgram');
const dns = require('dns');

const TYPES = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, CAA: 257, ANY: 255 };

function name(text) {
  const parts = text.split('.').filter(Boolean).map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label)]));
  return Buffer.concat([...parts, Buffer.from([0])]);
}
const u16 = (n) => Buffer.from([n >> 8, n & 255]);
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
const str = (s) => Buffer.concat([Buffer.from([Buffer.byteLength(s)]), Buffer.from(s)]);

const zone = {
  'example.test': [
    ['A', 300, Buffer.from([10, 0, 0, 1])],
    ['A', 300, Buffer.from([10, 0, 0, 2])],
    ['AAAA', 60, Buffer.from('20010db8000000000000000000000001', 'hex')],
    ['MX', 300, Buffer.concat([u16(10), name('mail.example.test')])],
    ['MX', 300, Buffer.concat([u16(20), name('backup.example.test')])],
    ['TXT', 300, Buffer.concat([str('v=spf1'), str('-all')])],
    ['NS', 300, name('ns1.example.test')],
    ['SOA', 300, Buffer.concat([name('ns1.example.test'), name('hostmaster.example.test'), u32(2024010101), u32(3600), u32(600), u32(86400), u32(60)])],
    ['CAA', 300, Buffer.concat([Buffer.from([0, 5]), Buffer.from('issue'), Buffer.from('letsencrypt.org')])],
  ],
  '_sip._tcp.example.test': [['SRV', 300, Buffer.concat([u16(10), u16(60), u16(5060), name('sip.example.test')])]],
  'alias.example.test': [['CNAME', 300, name('example.test')]],
  'naptr.example.test': [['NAPTR', 300, Buffer.concat([u16(100), u16(10), str('S'), str('SIP+D2U'), str(''), name('_sip._udp.example.test')])]],
  '1.0.0.10.in-addr.arpa': [['PTR', 300, name('host.example.test')]],
  '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa': [['PTR', 300, name('six.example.test')]],
  'empty.example.test': [],
};
const rcodes = { 'fail.example.test': 2, 'refuse.example.test': 5 };

function answer(query) {
  const id = query.readUInt16BE(0);
  let offset = 12;
  const labels = [];
  while (query[offset] !== 0) {
    labels.push(query.toString('latin1', offset + 1, offset + 1 + query[offset]));
    offset += query[offset] + 1;
  }
  const qtype = query.readUInt16BE(offset + 1);
  const question = query.subarray(12, offset + 5);
  const qname = labels.join('.').toLowerCase();
  if (qname === 'silent.example.test') return null;
  const records = zone[qname];
  const rcode = rcodes[qname] ?? (records ? 0 : 3);
  const matching = (records || []).filter(([type]) => qtype === 255 || TYPES[type] === qtype);
  const parts = [u16(id), u16(0x8180 | rcode), u16(1), u16(matching.length), u16(0), u16(0), question];
  for (const [type, ttl, data] of matching) parts.push(u16(0xc00c), u16(TYPES[type]), u16(1), u32(ttl), u16(data.length), data);
  return Buffer.concat(parts);
}

const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  const reply = answer(msg);
  if (reply) server.send(reply, rinfo.port, rinfo.address);
});

function show(label, promise) {
  return promise.then(
    (value) => console.log(label, JSON.stringify(value)),
    (err) => console.log(label, 'error', err.code, err.syscall, err.hostname, err.message, 'errno' in err, err.errno),
  );
}

server.bind(0, '127.0.0.1', async () => {
  const address = `127.0.0.1:${server.address().port}`;
  const r = new dns.promises.Resolver({ timeout: 200, tries: 1 });
  r.setServers([address]);
  console.log('servers', r.getServers().length, r.getServers()[0] === address);
  await show('resolve4', r.resolve4('example.test'));
  await show('resolve4 ttl', r.resolve4('example.test', { ttl: true }));
  await show('resolve6', r.resolve6('example.test', { ttl: true }));
  await show('resolve', r.resolve('example.test'));
  await show('resolve MX', r.resolve('example.test', 'MX'));
  await show('resolveMx', r.resolveMx('example.test'));
  await show('resolveTxt', r.resolveTxt('example.test'));
  await show('resolveNs', r.resolveNs('example.test'));
  await show('resolveSoa', r.resolveSoa('example.test'));
  await show('resolveCaa', r.resolveCaa('example.test'));
  await show('resolveSrv', r.resolveSrv('_sip._tcp.example.test'));
  await show('resolveCname', r.resolveCname('alias.example.test'));
  await show('resolveNaptr', r.resolveNaptr('naptr.example.test'));
  await show('resolvePtr', r.resolvePtr('1.0.0.10.in-addr.arpa'));
  await show('resolveAny', r.resolveAny('example.test'));
  await show('reverse4', r.reverse('10.0.0.1'));
  await show('reverse6', r.reverse('2001:db8::1'));
  await show('nxdomain', r.resolve4('missing.example.test'));
  await show('nodata', r.resolve4('empty.example.test'));
  await show('servfail', r.resolveMx('fail.example.test'));
  await show('refused', r.resolveTxt('refuse.example.test'));
  await show('timeout', r.resolve4('silent.example.test'));
  try {
    r.resolve('example.test', 'BOGUS');
  } catch (e) {
    console.log('bad type', e.code, e.message);
  }
  for (const bad of [['1.2.3.4.5'], ['[::1]:53', 5], 'x']) {
    try {
      r.setServers(bad);
      console.log('set', JSON.stringify(r.getServers()));
    } catch (e) {
      console.log('bad servers', e.name, e.code, e.message);
    }
  }
  r.setServers(['127.0.0.1', '::1', '127.0.0.1:5353', '[::1]:5353', '[::2]']);
  console.log('servers shown', JSON.stringify(r.getServers()));

  // The callback API, and cancel.
  const cb = new dns.Resolver();
  cb.setServers([address]);
  await new Promise((resolve) => cb.resolveMx('example.test', (err, records) => {
    console.log('callback mx', err, JSON.stringify(records));
    resolve();
  }));
  await new Promise((resolve) => {
    cb.resolve4('silent.example.test', (err) => {
      console.log('cancelled', err.code, err.message);
      resolve();
    });
    cb.cancel();
  });
  // The module's own functions share their servers.
  dns.setServers([address]);
  console.log('module servers', dns.getServers()[0] === address, dns.promises.getServers()[0] === address);
  await new Promise((resolve) => dns.resolveSrv('_sip._tcp.example.test', (err, records) => {
    console.log('module srv', err, JSON.stringify(records));
    resolve();
  }));
  await show('module promise', dns.promises.resolveCname('alias.example.test'));
  server.close();
});
