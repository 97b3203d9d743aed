'use strict';
// The `http` module: HTTP/1.1 servers and clients over `net`.

const { METHODS, STATUS_CODES, MAX_HEADER_SIZE, validateHeaderName, validateHeaderValue } = require('internal/http_common');
const { IncomingMessage } = require('internal/http_incoming');
const { OutgoingMessage } = require('internal/http_outgoing');
const { Server, ServerResponse, connectionListener } = require('internal/http_server');
const { ClientRequest, request, get } = require('internal/http_client');
const agents = require('internal/http_agent');

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

module.exports = {
  _connectionListener: connectionListener,
  METHODS: METHODS.slice(),
  STATUS_CODES: { ...STATUS_CODES },
  Agent: agents.Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    require('internal/errors').validateInteger(max, 'max', 1);
  },
  maxHeaderSize: MAX_HEADER_SIZE,
};

Object.defineProperty(module.exports, 'globalAgent', {
  enumerable: true,
  configurable: true,
  get() {
    return agents.globalAgent;
  },
  set(value) {
    agents.globalAgent = value;
  },
});
