'use strict';
// The `dns` module: names through the system's resolver (lookup, lookupService) and questions
// to DNS servers (resolve*, reverse, Resolver).

const lookups = require('internal/dns_lookup');
const { Resolver, PromiseResolver, defaultFunctions } = require('internal/dns_resolver');

const defaults = defaultFunctions();

// Error codes of the resolver functions, as Node names them.
const codes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

const promises = {
  ...defaults.promises,
  Resolver: PromiseResolver,
  lookup: lookups.lookupPromise,
  lookupService: lookups.lookupServicePromise,
  getDefaultResultOrder: lookups.getDefaultResultOrder,
  setDefaultResultOrder: lookups.setDefaultResultOrder,
  ...codes,
};

module.exports = {
  ...defaults.callbacks,
  Resolver,
  lookup: lookups.lookup,
  lookupService: lookups.lookupService,
  getDefaultResultOrder: lookups.getDefaultResultOrder,
  setDefaultResultOrder: lookups.setDefaultResultOrder,
  ADDRCONFIG: lookups.ADDRCONFIG,
  ALL: lookups.ALL,
  V4MAPPED: lookups.V4MAPPED,
  ...codes,
  promises,
};
