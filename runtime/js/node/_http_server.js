'use strict';
// See _http_agent.
const http = require('http');
module.exports = {
  STATUS_CODES: http.STATUS_CODES,
  Server: http.Server,
  ServerResponse: http.ServerResponse,
  _connectionListener: http._connectionListener,
};
