'use strict';
// The stream classes under their pre-v1 module names, which older packages still require.
module.exports = require('stream').Readable;
