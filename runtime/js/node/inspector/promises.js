'use strict';
// node:inspector/promises: the same as node:inspector, with a Session whose post answers with a promise.

module.exports = require('internal/inspector_session').makeModule(true);
