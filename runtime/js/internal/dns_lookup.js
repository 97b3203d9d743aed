'use strict';

// dns.lookup and dns.lookupService: the system's resolver (getaddrinfo, getnameinfo), as
// callbacks and as promises.

const { codedError, invalidArgType, invalidArgValue, validateFunction, validatePort, validateString } = require('internal/errors');

const ADDRCONFIG = 32;
const V4MAPPED = 8;
const ALL = 16;

let defaultOrder = 'verbatim';

function isIP(input) {
  return require('net').isIP(input);
}

/** A resolver failure as Node reports it: `getaddrinfo ENOTFOUND host`. */
function dnsException(code, errno, syscall, hostname) {
  // No data and no name are both "not found" to the user.
  const shown = code === 'EAI_NODATA' || code === 'EAI_NONAME' ? 'ENOTFOUND' : code;
  const err = new Error(`${syscall} ${shown}${hostname ? ` ${hostname}` : ''}`);
  err.errno = errno;
  err.code = shown;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
}

function familyOption(family, name = 'options.family') {
  switch (family) {
    case undefined:
    case null:
    case 0:
      return 0;
    case 4:
    case 'IPv4':
      return 4;
    case 6:
    case 'IPv6':
      return 6;
    default:
      throw invalidArgValue(name, family, 'must be one of: 0, 4, 6');
  }
}

function validateOrder(order, name) {
  if (order !== 'verbatim' && order !== 'ipv4first' && order !== 'ipv6first') {
    throw invalidArgValue(name, order, "must be one of: 'verbatim', 'ipv4first', 'ipv6first'");
  }
}

/** The lookup's options as `{ family, all, hints, order }`. */
function lookupOptions(options) {
  let family = 0;
  let all = false;
  let hints = 0;
  let order = defaultOrder;
  if (typeof options === 'number' || options === null || options === undefined) {
    family = familyOption(options ?? 0, 'family');
  } else if (typeof options !== 'object') {
    throw invalidArgType('options', ['integer', 'object'], options);
  } else {
    if (options.hints !== undefined && options.hints !== null) {
      hints = options.hints >>> 0;
      if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) throw invalidArgValue('hints', options.hints);
    }
    family = familyOption(options.family);
    if (options.all !== undefined && typeof options.all !== 'boolean') throw invalidArgType('options.all', 'boolean', options.all);
    all = options.all === true;
    if (options.verbatim !== undefined) {
      if (typeof options.verbatim !== 'boolean') throw invalidArgType('options.verbatim', 'boolean', options.verbatim);
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order !== undefined) {
      validateOrder(options.order, 'options.order');
      order = options.order;
    }
  }
  if (hints & V4MAPPED && family !== 6) hints &= ~V4MAPPED;
  return { family, all, hints, order };
}

function sortAddresses(addresses, order) {
  if (order === 'ipv4first') return addresses.sort((a, b) => a.family - b.family);
  if (order === 'ipv6first') return addresses.sort((a, b) => b.family - a.family);
  return addresses;
}

let warnedInvalidHostname = false;
function warnInvalidHostname(hostname) {
  if (warnedInvalidHostname) return;
  warnedInvalidHostname = true;
  process.emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`, 'DeprecationWarning', 'DEP0118');
}

/** Resolves `hostname`; `done(err, addresses)` with `[{ address, family }]`. */
function resolveName(hostname, options, done) {
  if (hostname && typeof hostname !== 'string') throw invalidArgType('hostname', 'string', hostname);
  const { family, all, hints, order } = lookupOptions(options);
  if (!hostname) {
    warnInvalidHostname(hostname);
    process.nextTick(done, null, [], all, family === 6 ? 6 : 4);
    return;
  }
  const literal = isIP(hostname);
  if (literal) {
    process.nextTick(done, null, [{ address: hostname, family: literal }], all);
    return;
  }
  ops.dnsLookup(hostname, family, hints, (err, result) => {
    if (err) {
      done(err);
    } else if (typeof result[0] === 'string') {
      done(dnsException(result[0], result[1], 'getaddrinfo', hostname));
    } else {
      const addresses = result[0].map(([address, fam]) => ({ address, family: fam }));
      done(null, sortAddresses(addresses, order), all);
    }
  });
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  resolveName(hostname, options, (err, addresses, all, emptyFamily) => {
    if (err) callback(err);
    else if (all) callback(null, addresses);
    else if (addresses.length === 0) callback(null, null, emptyFamily);
    else callback(null, addresses[0].address, addresses[0].family);
  });
  return {};
}

function lookupPromise(hostname, options) {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Bad arguments throw here, as in Node: only the answer comes through the promise.
  resolveName(hostname, options, (err, addresses, all, emptyFamily) => {
    if (err) reject(err);
    else if (all) resolve(addresses);
    else if (addresses.length === 0) resolve({ address: null, family: emptyFamily });
    else resolve(addresses[0]);
  });
  return promise;
}

function checkService(address, port) {
  if (address === undefined || port === undefined) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "address" and "port" arguments must be specified');
  }
  validateString(address, 'address');
  if (isIP(address) === 0) throw invalidArgValue('address', address);
  return validatePort(port);
}

function resolveService(address, port, done) {
  const checked = checkService(address, port);
  ops.dnsLookupService(address, checked, (err, result) => {
    if (err) done(err);
    else if (typeof result[0] === 'string') done(dnsException(result[0], result[1], 'getnameinfo', address));
    else done(null, result[0][0], result[0][1]);
  });
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "address", "port", and "callback" arguments must be specified');
  }
  validateFunction(callback, 'callback');
  resolveService(address, port, callback);
}

function lookupServicePromise(address, port) {
  if (arguments.length !== 2) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "address" and "port" arguments must be specified');
  }
  return new Promise((resolve, reject) => {
    resolveService(address, port, (err, hostname, service) => (err ? reject(err) : resolve({ hostname, service })));
  });
}

// util.promisify(lookup) resolves to `{ address, family }`, as in Node.
const { kCustomPromisifyArgs } = require('internal/promisify_args');
Object.defineProperty(lookup, kCustomPromisifyArgs, { value: ['address', 'family'] });
Object.defineProperty(lookupService, kCustomPromisifyArgs, { value: ['hostname', 'service'] });

function setDefaultResultOrder(order) {
  validateOrder(order, 'dnsOrder');
  defaultOrder = order;
}

function getDefaultResultOrder() {
  return defaultOrder;
}

module.exports = {
  ADDRCONFIG,
  V4MAPPED,
  ALL,
  dnsException,
  lookup,
  lookupPromise,
  lookupService,
  lookupServicePromise,
  setDefaultResultOrder,
  getDefaultResultOrder,
};
