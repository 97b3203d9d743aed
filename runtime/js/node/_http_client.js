'use strict';
// See _http_agent.
module.exports = { ClientRequest: require('http').ClientRequest };
