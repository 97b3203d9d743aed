// net.BlockList and net.SocketAddress: rules listed newest first, addresses, ranges and
// subnets of both families, IPv4 rules matching IPv4-mapped IPv6 addresses, SocketAddress
// defaults and validation, and Node's errors.
const net = require('net');
const util = require('util');

const list = new net.BlockList();
list.addAddress('1.2.3.4');
list.addRange('10.0.0.1', '10.0.0.10');
list.addSubnet('192.168.0.0', 16);
list.addAddress('::1', 'ipv6');
list.addSubnet('2001:db8::', 32, 'ipv6');
list.addRange('fe80::1', 'fe80::5', 'ipv6');
list.addSubnet(new net.SocketAddress({ address: '172.16.0.0' }), 12);
console.log(list.rules);
const probes = [
  ['1.2.3.4'], ['10.0.0.5'], ['10.0.0.11'], ['192.168.5.5'], ['172.31.255.255'], ['172.32.0.0'],
  ['::1', 'ipv6'], ['::ffff:1.2.3.4', 'ipv6'], ['2001:db8:1::', 'ipv6'], ['2001:db9::', 'ipv6'],
  ['fe80::3', 'ipv6'], ['fe80::6', 'ipv6'], ['1.2.3.4', 'ipv6'], ['::ffff:10.0.0.3', 'ipv6'], ['x'], ['0:0:0:0:0:0:0:1', 'ipv6'],
];
console.log(probes.map(([a, f]) => `${a}=${list.check(a, f)}`).join(' '));
console.log(list.check(new net.SocketAddress({ address: '10.0.0.2' })), util.inspect(list).split('\n')[0]);

const a = new net.SocketAddress({ address: '::1', port: 80, family: 'ipv6', flowlabel: 5 });
console.log(a, a.address, a.port, a.family, a.flowlabel, net.SocketAddress.isSocketAddress(a), net.SocketAddress.isSocketAddress({}));
console.log(new net.SocketAddress(), new net.SocketAddress({ family: 'ipv6' }), JSON.stringify(new net.SocketAddress({ port: 8080 })));

for (const [label, f] of [
  ['bad address', () => list.addAddress('nope')],
  ['number address', () => list.addAddress(1)],
  ['reversed range', () => list.addRange('10.0.0.5', '10.0.0.1')],
  ['prefix', () => list.addSubnet('1.2.3.4', 33)],
  ['v6 prefix', () => list.addSubnet('::', 129, 'ipv6')],
  ['bad family', () => list.addAddress('1.2.3.4', 'ipv7')],
  ['socket address', () => new net.SocketAddress({ address: 'x' })],
  ['v4 in v6 family', () => new net.SocketAddress({ address: '1.2.3.4', family: 'ipv6' })],
  ['family', () => new net.SocketAddress({ family: 'ipv5' })],
  ['port', () => new net.SocketAddress({ port: 70000 })],
  ['options', () => new net.SocketAddress('1.2.3.4')],
]) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
