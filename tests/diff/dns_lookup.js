// dns.lookup through the system's resolver: localhost, literals, options, errors, promises.
// One lookup at a time: concurrent lookups finish in any order, under node too.
const dns = require('dns');
const { promisify } = require('util');

function step(label, fn) {
  return new Promise((resolve) => fn((err, ...rest) => {
    console.log(label, err ? `${err.code} ${err.errno} ${err.syscall} ${err.hostname} ${err.message}` : JSON.stringify(rest));
    resolve();
  }));
}

for (const bad of [() => dns.lookup(5, () => {}), () => dns.lookup('x', { family: 5 }, () => {}), () => dns.lookup('x'), () => dns.lookup('x', { hints: 9999 }, () => {}), () => dns.setDefaultResultOrder('x'), () => dns.lookupService('x', 80, () => {}), () => dns.lookupService('127.0.0.1', 70000, () => {}), () => dns.lookupService('127.0.0.1')]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(dns.getDefaultResultOrder(), dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.NOTFOUND, dns.promises.TIMEOUT);

(async () => {
  await step('literal4', (cb) => dns.lookup('127.0.0.1', cb));
  await step('literal6 all', (cb) => dns.lookup('::1', { all: true }, cb));
  await step('empty', (cb) => dns.lookup('', cb));
  await step('empty6 all', (cb) => dns.lookup('', { family: 6, all: true }, cb));
  await step('localhost4', (cb) => dns.lookup('localhost', { family: 4 }, cb));
  await step('localhost4 all', (cb) => dns.lookup('localhost', { family: 'IPv4', all: true }, cb));
  await step('missing', (cb) => dns.lookup('nosuch.invalid', cb));
  await step('service', (cb) => dns.lookupService('127.0.0.1', 22, cb));
  console.log('promisified', await promisify(dns.lookup)('127.0.0.1'));
  console.log('promise', await dns.promises.lookup('127.0.0.1'));
  console.log('promise all', await dns.promises.lookup('localhost', { all: true, family: 4 }));
  console.log('promise service', await dns.promises.lookupService('127.0.0.1', 80));
  await dns.promises.lookup('nosuch.invalid').catch((e) => console.log('promise error', e.code, e.message));
  console.log('require', require('dns/promises') === dns.promises);
})();
