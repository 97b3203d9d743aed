'use strict';
// node:constants (deprecated in Node, still loaded by older packages): os.constants' dlopen,
// errno, priority and signals tables, fs.constants and crypto.constants in one object.

const os = require('os');
const fs = require('fs');

// crypto.constants' numbers; its default cipher list is crypto's own.
const cryptoConstants = { ...require('internal/crypto_constants') };
delete cryptoConstants.defaultCipherList;

module.exports = Object.freeze({
  ...os.constants.dlopen,
  ...os.constants.errno,
  ...os.constants.priority,
  ...os.constants.signals,
  ...fs.constants,
  ...cryptoConstants,
});
