'use strict';
// SocketAddress and BlockList for `node:net`: addresses as numbers (IPv4 in 32 bits, IPv6 in
// 128 as BigInts), rules kept newest first as Node lists them, IPv4 rules matching IPv4-mapped
// IPv6 addresses.

const { codedError, invalidArgType, invalidArgValue, outOfRange, validateObject } = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

function invalidAddress() {
  return codedError(Error, 'ERR_INVALID_ADDRESS', 'Invalid socket address');
}

/** An IPv4 address as a number, or undefined. */
function parseIPv4(text) {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^(?:0|[1-9][0-9]{0,2})$/.test(part) || Number(part) > 255) return undefined;
    value = value * 256 + Number(part);
  }
  return value;
}

/** An IPv6 address (a zone after '%' ignored) as a BigInt, or undefined. */
function parseIPv6(text) {
  const bare = text.split('%')[0];
  const halves = bare.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  // An IPv4 address may stand for the last two groups.
  const words = [];
  const all = [...head, ...(halves.length === 2 ? ['::'] : []), ...tail];
  for (let i = 0; i < all.length; i++) {
    const group = all[i];
    if (group === '::') {
      words.push(null);
    } else if (i === all.length - 1 && group.includes('.')) {
      const v4 = parseIPv4(group);
      if (v4 === undefined) return undefined;
      words.push(Math.floor(v4 / 65536), v4 % 65536);
    } else if (/^[0-9a-fA-F]{1,4}$/.test(group)) {
      words.push(parseInt(group, 16));
    } else {
      return undefined;
    }
  }
  const gap = words.indexOf(null);
  if (gap === -1 && words.length !== 8) return undefined;
  if (gap !== -1) {
    const missing = 8 - (words.length - 1);
    if (missing < 1) return undefined;
    words.splice(gap, 1, ...new Array(missing).fill(0));
  }
  return words.reduce((acc, word) => (acc << 16n) | BigInt(word), 0n);
}

// What a SocketAddress holds, for BlockList's checks.
let stateOf;

class SocketAddress {
  #state;

  static {
    stateOf = (address) => address.#state;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    const { family = 'ipv4', port = 0, flowlabel = 0 } = options;
    if (typeof family !== 'string' || !['ipv4', 'ipv6'].includes(family.toLowerCase())) {
      throw invalidArgValue('options.family', family, 'is invalid');
    }
    const lower = family.toLowerCase();
    const address = options.address ?? (lower === 'ipv4' ? '127.0.0.1' : '::');
    if (typeof address !== 'string') throw invalidArgType('options.address', 'string', address);
    const numericPort = typeof port === 'number' || (typeof port === 'string' && port.trim() !== '') ? Number(port) : NaN;
    if (!(numericPort >= 0 && numericPort < 65536 && Number.isInteger(numericPort))) {
      const received = require('internal/errors').describeReceived(port);
      throw codedError(RangeError, 'ERR_SOCKET_BAD_PORT', `options.port should be >= 0 and < 65536.${received}.`);
    }
    if (!Number.isInteger(flowlabel) || flowlabel < 0 || flowlabel > 2 ** 32 - 1) {
      throw outOfRange('options.flowlabel', '>= 0 && <= 4294967295', flowlabel);
    }
    const value = lower === 'ipv4' ? parseIPv4(address) : parseIPv6(address);
    if (value === undefined) throw invalidAddress();
    this.#state = { address, port: numericPort, family: lower, flowlabel, value };
  }

  get address() {
    return this.#state.address;
  }

  get port() {
    return this.#state.port;
  }

  get family() {
    return this.#state.family;
  }

  get flowlabel() {
    return this.#state.flowlabel;
  }

  static isSocketAddress(value) {
    return value instanceof SocketAddress;
  }

  toJSON() {
    const { address, port, family, flowlabel } = this.#state;
    return { address, port, family, flowlabel };
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), options)}`;
  }
}

/** An address given as a string (with its family) or a SocketAddress. */
function socketAddress(address, family, name) {
  if (address instanceof SocketAddress) return address;
  if (typeof address !== 'string') throw invalidArgType(name, 'string', address);
  return new SocketAddress({ address, family });
}

/** Whether `address` (family and number) falls in [start, end] of a rule's family. */
function inRange(address, family, start, end) {
  const { value } = stateOf(address);
  if (address.family === family) return value >= start && value <= end;
  // An IPv4 rule matches the IPv4-mapped form of its addresses.
  if (family === 'ipv4' && address.family === 'ipv6' && value >> 32n === 0xffffn) {
    const v4 = Number(value & 0xffffffffn);
    return v4 >= start && v4 <= end;
  }
  return false;
}

class BlockList {
  #rules = [];

  static isBlockList(value) {
    return value instanceof BlockList;
  }

  addAddress(address, family = 'ipv4') {
    const a = socketAddress(address, family, 'address');
    const { value } = stateOf(a);
    this.#rules.unshift({ family: a.family, start: value, end: value, text: `Address: ${label(a.family)} ${a.address}` });
  }

  addRange(start, end, family = 'ipv4') {
    const from = socketAddress(start, family, 'start');
    const to = socketAddress(end, family, 'end');
    if (stateOf(from).value > stateOf(to).value) {
      throw invalidArgValue('start', from, 'must come before end');
    }
    this.#rules.unshift({
      family: from.family,
      start: stateOf(from).value,
      end: stateOf(to).value,
      text: `Range: ${label(from.family)} ${from.address}-${to.address}`,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const base = socketAddress(network, family, 'network');
    const bits = base.family === 'ipv4' ? 32 : 128;
    if (typeof prefix !== 'number') throw invalidArgType('prefix', 'number', prefix);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) throw outOfRange('prefix', `>= 0 && <= ${bits}`, prefix);
    const { value } = stateOf(base);
    let start;
    let end;
    if (bits === 32) {
      const size = 2 ** (32 - prefix);
      start = Math.floor(value / size) * size;
      end = start + size - 1;
    } else {
      const size = 1n << BigInt(128 - prefix);
      start = (value / size) * size;
      end = start + size - 1n;
    }
    this.#rules.unshift({ family: base.family, start, end, text: `Subnet: ${label(base.family)} ${base.address}/${prefix}` });
  }

  check(address, family = 'ipv4') {
    let a;
    try {
      a = socketAddress(address, family, 'address');
    } catch {
      return false;
    }
    return this.#rules.some((rule) => inRange(a, rule.family, rule.start, rule.end));
  }

  get rules() {
    return this.#rules.map((rule) => rule.text);
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, options)}`;
  }
}

function label(family) {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

module.exports = { BlockList, SocketAddress, parseIPv6 };
