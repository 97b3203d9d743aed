// Host parsing/serialization: IPv6 compression, IPv4-mapped, IPv4 number forms, percent-decoding in
// hosts, forbidden code points, opaque hosts for non-special schemes, IDNA mapping.
const hosts = ['[::]', '[0:0:0:0:0:0:0:1]', '[1:0:0:2:0:0:0:3]', '[1:0:0:0:2:0:0:3]', '[::ffff:1.2.3.4]', '[::1.2.3.4]', '[1::2:3:4:5:6:7]', '[FFFF::]', '[1:2:3:4:5:6:7:8:9]',
  '[::1::]', '[1:2:3:4:5:6:1.2.3.4]', '[::256.0.0.1]', '0', '0x0', '0xffffffff', '0x100000000', '1.0x10.010', '09', '1.2.3.09', '0.0.0.0.', '1.2.3.4.', '1..2', '%31.2.3.4', '%2e',
  'a%2Eb', '%41%42', '%zz', 'a b', 'a<b', 'a^b', 'a|b', 'a%00b', 'a\u00adb', 'ß', 'ＡＢＣ', 'xn--', 'xn--a', 'a.xn--b', '\u0130', 'a\u200db', '\u2024', 'ex\u3002ample', '-x-', 'x_y', '*', '@'];
for (const h of hosts) {
  const out = [];
  for (const scheme of ['http', 'foo', 'file']) {
    try { const u = new URL(`${scheme}://${h}/p`); out.push(`${scheme}:${JSON.stringify(u.host)}`); } catch (e) { out.push(`${scheme}:ERR`); }
  }
  console.log(JSON.stringify(h), out.join(' '));
}
const setHost = (href, v) => { const u = new URL(href); u.hostname = v; return u.href; };
for (const v of ['[::1]', '1.2.3.4', 'bad host', '', 'ok.com:99', 'x%20y', '0x7f.1']) {
  console.log('set hostname', JSON.stringify(v), setHost('http://orig/', v), setHost('foo://orig/', v));
}
