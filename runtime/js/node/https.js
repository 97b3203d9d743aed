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
    // TLS sessions by connection name, to resume the next connection to the same place.
    this._sessionCache = { map: {}, list: [] };
  }

  _getSession(key) {
    return this._sessionCache.map[key];
  }

  _cacheSession(key, session) {
    if (this.maxCachedSessions === 0) return;
    const cache = this._sessionCache;
    if (cache.map[key]) {
      cache.map[key] = session;
      return;
    }
    if (cache.list.length >= this.maxCachedSessions) {
      const oldest = cache.list.shift();
      delete cache.map[oldest];
    }
    cache.list.push(key);
    cache.map[key] = session;
  }

  _evictSession(key) {
    const cache = this._sessionCache;
    const at = cache.list.indexOf(key);
    if (at === -1) return;
    cache.list.splice(at, 1);
    delete cache.map[key];
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
    const key = options._agentKey;
    if (key && options.session === undefined) {
      const session = this._getSession(key);
      if (session) options = { ...options, session };
    }
    const socket = tls.connect(options);
    if (key) {
      socket.on('session', (session) => this._cacheSession(key, session));
      // A session that led to an error is not offered again.
      socket.once('close', (hadError) => {
        if (hadError) this._evictSession(key);
      });
    }
    return socket;
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
