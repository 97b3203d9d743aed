'use strict';
// See _http_agent.
module.exports = { IncomingMessage: require('http').IncomingMessage };
