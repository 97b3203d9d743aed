'use strict';
// See _stream_readable.
module.exports = require('stream').Writable;
