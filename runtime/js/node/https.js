'use strict';
// The `https` module: HTTP over TLS. Servers are tls.Servers that speak HTTP on each secure
// connection; clients use an Agent whose connections are TLS sockets.

const tls = require('tls');
const http = require('http');
const { Server: HttpServer, connectionListener, serverArgs, storeHTTPOptions } = require('internal/http_server');
const { ClientRequest } = require('internal/http_client');

class Server extends tls.Server {
  constructor(options, requestListener) {
    [options, requestListener] = serverArgs(options, requestListener);
    // HTTP/1.1 is what this server speaks, and says so to clients that ask (ALPN).
    super({ noDelay: true, ALPNProtocols: ['http/1.1'], ...options, allowHalfOpen: true });
    storeHTTPOptions(this, options);
    if (requestListener) this.on('request', requestListener);
    this.on('secureConnection', connectionListener);
  }
}
for (const name of ['close', 'closeAllConnections', 'closeIdleConnections', 'setTimeout']) {
  Server.prototype[name] = HttpServer.prototype[name];
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// Options that make two TLS connections different, in the order they join a pooled socket's
// name; flags count when set at all, the rest when truthy.
const tlsNameKeys = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized', 'servername', 'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve', 'dhparam', 'secureOptions', 'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine'];
const tlsNameFlags = new Set(['rejectUnauthorized', 'honorCipherOrder', 'secureOptions']);

class Agent extends http.Agent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
  }

  createConnection(port, host, options) {
    if (port !== null && typeof port === 'object') {
      options = port;
    } else if (host !== null && typeof host === 'object') {
      options = { ...host, port };
    } else if (options === null || typeof options !== 'object') {
      options = { port, host };
    } else {
      options = { ...options, port, host };
    }
    return tls.connect(options);
  }

  getName(options = {}) {
    let name = super.getName(options);
    name += ':';
    for (const key of tlsNameKeys) {
      const value = options[key];
      const counts = tlsNameFlags.has(key) ? value !== undefined : key === 'servername' ? value && value !== options.host : Boolean(value);
      if (counts) name += key === 'sigalgs' ? JSON.stringify(value) : value;
      name += ':';
    }
    return name.slice(0, -1);
  }
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function request(...args) {
  let options = {};
  if (typeof args[0] === 'string') {
    const url = new URL(args.shift());
    options = require('url').urlToHttpOptions(url);
  } else if (args[0] instanceof URL) {
    options = require('url').urlToHttpOptions(args.shift());
  }
  if (args[0] && typeof args[0] !== 'function') Object.assign(options, args.shift());
  options._defaultAgent = module.exports.globalAgent;
  args.unshift(options);
  return new ClientRequest(...args);
}

function get(...args) {
  const req = request(...args);
  req.end();
  return req;
}

module.exports = { Agent, Server, createServer, get, globalAgent, request };
