'use strict';
// The `dns/promises` module.

module.exports = require('dns').promises;
