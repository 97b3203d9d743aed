'use strict';
// node:inspector: see internal/inspector_session.

module.exports = require('internal/inspector_session');
