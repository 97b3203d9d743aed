'use strict';

// dns.resolve* and dns.Resolver: questions sent to the configured DNS servers (those of
// /etc/resolv.conf unless set), answered in Node's shapes, as callbacks or promises.

const { codedError, errnoInfo, invalidArgType, invalidArgValue, validateFunction, validateString } = require('internal/errors');
const { dnsException } = require('internal/dns_lookup');

const DNS_PORT = 53;

function isIP(input) {
  return require('net').isIP(input);
}

/** The system's servers, as `[family, address, port]`. */
let systemServers;
function defaultServers() {
  if (systemServers === undefined) {
    systemServers = [];
    let text = '';
    try {
      text = require('fs').readFileSync('/etc/resolv.conf', 'latin1');
    } catch {
      // No configuration: the local host, as c-ares assumes.
    }
    for (const line of text.split('\n')) {
      const [keyword, address] = line.trim().split(/\s+/);
      if (keyword === 'nameserver' && address) {
        const bare = address.split('%')[0];
        const family = isIP(bare);
        if (family) systemServers.push([family, bare, DNS_PORT]);
      }
    }
    if (systemServers.length === 0) systemServers.push([4, '127.0.0.1', DNS_PORT]);
  }
  return systemServers.map((s) => s.slice());
}

/** `servers` as `[family, address, port]`, checked as Node checks them. */
function parseServers(servers) {
  if (!Array.isArray(servers)) throw invalidArgType('servers', 'Array', servers);
  return servers.map((server, index) => {
    validateString(server, `servers[${index}]`);
    const family = isIP(server);
    if (family) return [family, server, DNS_PORT];
    const bracketed = /^\[([^[\]]*)\](?::(\d+))?$/.exec(server);
    if (bracketed && isIP(bracketed[1])) return [isIP(bracketed[1]), bracketed[1], Number.parseInt(bracketed[2], 10) || DNS_PORT];
    const split = /(^.+?)(?::(\d+))?$/.exec(server);
    if (split && isIP(split[1])) return [isIP(split[1]), split[1], Number.parseInt(split[2] || DNS_PORT, 10)];
    throw codedError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${server}`);
  });
}

function serverText([family, address, port]) {
  if (port === DNS_PORT) return address;
  return family === 6 ? `[${address}]:${port}` : `${address}:${port}`;
}

function socketText([family, address, port]) {
  return family === 6 ? `[${address}]:${port}` : `${address}:${port}`;
}

// How each kind of record reads in Node's answers, from `[type, ...fields, ttl]`.
const shapes = {
  A: ([, address, ttl]) => ({ address, ttl }),
  AAAA: ([, address, ttl]) => ({ address, ttl }),
  CNAME: ([, value]) => ({ value }),
  NS: ([, value]) => ({ value }),
  PTR: ([, value]) => ({ value }),
  MX: ([, priority, exchange]) => ({ exchange, priority }),
  TXT: ([, entries]) => ({ entries }),
  SRV: ([, name, port, priority, weight]) => ({ name, port, priority, weight }),
  SOA: ([, nsname, hostmaster, serial, refresh, retry, expire, minttl]) => ({ nsname, hostmaster, serial, refresh, retry, expire, minttl }),
  CAA: ([, critical, tag, value]) => ({ critical, [tag]: value }),
  NAPTR: ([, flags, service, regexp, replacement, order, preference]) => ({ flags, service, regexp, replacement, order, preference }),
};

const anyOrder = ['A', 'AAAA', 'CNAME', 'MX', 'NS', 'TXT', 'SRV', 'PTR', 'NAPTR', 'SOA', 'CAA'];

/** The answer of `resolve<type>` from the records. */
function present(type, records, ttl) {
  switch (type) {
    case 'A':
    case 'AAAA':
      return records.map((r) => (ttl ? shapes.A(r) : r[1]));
    case 'CNAME':
    case 'NS':
    case 'PTR':
      return records.map((r) => r[1]);
    case 'TXT':
      return records.map((r) => r[1]);
    case 'SOA':
      return shapes.SOA(records[0]);
    case 'ANY':
      // Grouped by kind in Node's order, each group in the answer's order.
      return anyOrder.flatMap((kind) => records.filter((r) => r[0] === kind)).map((r) => ({ ...shapes[r[0]](r), type: r[0] }));
    default:
      return records.map((r) => shapes[type](r));
  }
}

const syscalls = {
  A: 'queryA', AAAA: 'queryAaaa', ANY: 'queryAny', CAA: 'queryCaa', CNAME: 'queryCname', MX: 'queryMx',
  NAPTR: 'queryNaptr', NS: 'queryNs', PTR: 'queryPtr', SOA: 'querySoa', SRV: 'querySrv', TXT: 'queryTxt',
};

const kServers = Symbol('kServers');
const kPending = Symbol('kPending');
const kOptions = Symbol('kOptions');

function validateInt32Option(options, name, min) {
  const value = options?.[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw invalidArgType(`options.${name}`, 'number', value);
  if (!Number.isInteger(value) || value < min || value > 2147483647) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "options.${name}" is out of range. It must be >= ${min} && <= 2147483647. Received ${value}`);
  }
  return value;
}

/** The resolver both APIs share: questions, with their answers as `done(err, answer)`. */
class ResolverBase {
  /** `servers` is the module's shared list (`{ list }`) for its default resolvers. */
  constructor(options = undefined, servers = undefined) {
    const timeout = validateInt32Option(options, 'timeout', -1);
    const tries = validateInt32Option(options, 'tries', 1);
    this[kOptions] = { timeout: timeout === undefined || timeout < 0 ? 5000 : timeout, tries: tries ?? 4 };
    this[kServers] = servers ?? { list: defaultServers() };
    this[kPending] = new Set();
  }

  getServers() {
    return this[kServers].list.map(serverText);
  }

  setServers(servers) {
    this[kServers].list = parseServers(servers);
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    // The addresses are checked as c-ares' binding does: one of each family at most.
    const invalid = (message) => codedError(TypeError, 'ERR_INVALID_ARG_VALUE', message);
    const first = isIP(ipv4);
    if (first === 0) throw invalid('Invalid IP address.');
    if (typeof ipv6 === 'string') {
      const second = isIP(ipv6);
      if (second === 0) throw invalid('Invalid IP address.');
      if (second === first) throw invalid(`Cannot specify two IPv${first} addresses.`);
    }
  }

  /** Ends every question in flight with ECANCELLED. */
  cancel() {
    const pending = [...this[kPending]];
    this[kPending].clear();
    for (const question of pending) question.cancel();
  }

  _ask(type, name, syscall, ttl, done) {
    const question = {
      cancel: () => done(dnsException('ECANCELLED', undefined, syscall, name)),
    };
    this[kPending].add(question);
    const servers = this[kServers].list.map(socketText);
    const { timeout, tries } = this[kOptions];
    ops.dnsQuery(servers, name, type === 'PTR-reverse' ? 'PTR' : type, timeout, tries, (err, result) => {
      if (!this[kPending].delete(question)) return;
      if (err) done(err);
      else if (typeof result === 'string') done(dnsException(result, undefined, syscall, name));
      else done(null, present(type === 'PTR-reverse' ? 'PTR' : type, result[0], ttl));
    });
  }
}

/** The name a reverse lookup asks for: `4.3.2.1.in-addr.arpa`. */
function reverseName(ip) {
  const family = isIP(ip);
  if (family === 4) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  if (family === 6) {
    const value = require('internal/net_addresses').parseIPv6(ip);
    return `${value.toString(16).padStart(32, '0').split('').reverse().join('.')}.ip6.arpa`;
  }
  return null;
}

const resolveTypes = ['A', 'AAAA', 'ANY', 'CAA', 'CNAME', 'MX', 'NAPTR', 'NS', 'PTR', 'SOA', 'SRV', 'TXT'];
const methodNames = {
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname', MX: 'resolveMx',
  NAPTR: 'resolveNaptr', NS: 'resolveNs', PTR: 'resolvePtr', SOA: 'resolveSoa', SRV: 'resolveSrv', TXT: 'resolveTxt',
};

class Resolver extends ResolverBase {
  resolve(hostname, rrtype, callback) {
    if (typeof rrtype === 'function') {
      callback = rrtype;
      rrtype = 'A';
    } else if (typeof rrtype !== 'string') {
      throw invalidArgType('rrtype', 'string', rrtype);
    }
    if (!resolveTypes.includes(rrtype)) throw invalidArgValue('rrtype', rrtype);
    return this[methodNames[rrtype]](hostname, callback);
  }

  reverse(ip, callback) {
    validateString(ip, 'name');
    validateFunction(callback, 'callback');
    const name = reverseName(ip);
    // Not an address: Node's binding fails at once, and that throws.
    if (name === null) throw dnsException('EINVAL', errnoInfo('EINVAL').errno, 'getHostByAddr', ip);
    this._ask('PTR-reverse', name, 'getHostByAddr', false, (err, answer) => {
      if (err) {
        err.message = err.message.replace(name, ip);
        err.hostname = ip;
      }
      callback(err, answer);
    });
    return {};
  }
}

class PromiseResolver extends ResolverBase {
  resolve(hostname, rrtype = 'A') {
    if (typeof rrtype !== 'string') throw invalidArgType('rrtype', 'string', rrtype);
    if (!resolveTypes.includes(rrtype)) throw invalidArgValue('rrtype', rrtype);
    return this[methodNames[rrtype]](hostname);
  }

  reverse(ip) {
    validateString(ip, 'name');
    const name = reverseName(ip);
    if (name === null) return Promise.reject(dnsException('EINVAL', errnoInfo('EINVAL').errno, 'getHostByAddr', ip));
    return new Promise((resolve, reject) => {
      this._ask('PTR-reverse', name, 'getHostByAddr', false, (err, answer) => {
        if (err) {
          err.message = err.message.replace(name, ip);
          err.hostname = ip;
          reject(err);
        } else {
          resolve(answer);
        }
      });
    });
  }
}

for (const type of resolveTypes) {
  const method = methodNames[type];
  const syscall = syscalls[type];
  Resolver.prototype[method] = function (name, options, callback) {
    validateString(name, 'name');
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validateFunction(callback, 'callback');
    this._ask(type, name, syscall, Boolean(options?.ttl), callback);
    return {};
  };
  PromiseResolver.prototype[method] = function (name, options) {
    validateString(name, 'name');
    return new Promise((resolve, reject) => {
      this._ask(type, name, syscall, Boolean(options?.ttl), (err, answer) => (err ? reject(err) : resolve(answer)));
    });
  };
}

/**
 * The module's own functions (`dns.resolve4`, `dns.promises.resolve4`...): default resolvers
 * of both kinds, bound, sharing one list of servers.
 */
function defaultFunctions() {
  const servers = { list: null };
  const bind = (resolver) => {
    const out = {};
    for (const name of ['getServers', 'setServers', 'resolve', 'reverse', ...Object.values(methodNames)]) {
      out[name] = resolver[name].bind(resolver);
    }
    return out;
  };
  // The system's list is read on first use.
  Object.defineProperty(servers, 'list', {
    get() {
      const list = defaultServers();
      Object.defineProperty(servers, 'list', { value: list, writable: true });
      return list;
    },
    set(value) {
      Object.defineProperty(servers, 'list', { value, writable: true });
    },
    configurable: true,
  });
  return { callbacks: bind(new Resolver(undefined, servers)), promises: bind(new PromiseResolver(undefined, servers)) };
}

module.exports = { Resolver, PromiseResolver, defaultFunctions };
