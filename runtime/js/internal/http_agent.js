'use strict';

// http.Agent: pools client connections per destination (`host:port:localAddress`). With
// keepAlive, a socket whose response is done waits (unreferenced) for the next request; past
// maxSockets, requests queue until a socket is free.

const EventEmitter = require('events');
const net = require('net');
const { validateNumber, validateString, invalidArgValue } = require('internal/errors');

// An idle socket is dropped this long before the server's advertised keep-alive timeout.
const SERVER_HINT_MARGIN = 1000;
const kRequestOptions = Symbol('kRequestOptions');

function freeSocketErrorListener() {
  this.destroy();
  this.emit('agentRemove');
}

class Agent extends EventEmitter {
  constructor(options) {
    super();
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.options = { __proto__: null, ...options };
    if (this.options.noDelay === undefined) this.options.noDelay = true;
    this.options.path = null;
    this.requests = { __proto__: null };
    this.sockets = { __proto__: null };
    this.freeSockets = { __proto__: null };
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.keepAlive = this.options.keepAlive || false;
    this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.scheduling = this.options.scheduling || 'lifo';
    this.maxTotalSockets = this.options.maxTotalSockets;
    this.totalSocketCount = 0;
    if (this.scheduling !== 'fifo' && this.scheduling !== 'lifo') {
      throw invalidArgValue('scheduling', this.scheduling, "must be one of: 'fifo', 'lifo'");
    }
    if (this.maxTotalSockets !== undefined) validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
    else this.maxTotalSockets = Infinity;
    this.on('free', (socket, opts) => this.#onFree(socket, opts));
  }

  #onFree(socket, options) {
    const name = this.getName(options);
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const queue = this.requests[name];
    if (queue && queue.length) {
      const req = queue.shift();
      if (queue.length === 0) delete this.requests[name];
      setRequestSocket(this, req, socket);
      return;
    }
    const req = socket._httpMessage;
    if (!req || !req.shouldKeepAlive || !this.keepAlive) {
      socket.destroy();
      return;
    }
    const free = this.freeSockets[name] || [];
    const count = free.length + (this.sockets[name] ? this.sockets[name].length : 0);
    if (this.totalSocketCount > this.maxTotalSockets || count > this.maxSockets ||
        free.length >= this.maxFreeSockets || !this.keepSocketAlive(socket)) {
      socket.destroy();
      return;
    }
    this.freeSockets[name] = free;
    socket._httpMessage = null;
    this.removeSocket(socket, options);
    socket.once('error', freeSocketErrorListener);
    free.push(socket);
  }

  createConnection(...args) {
    return net.createConnection(...args);
  }

  getName(options = {}) {
    let name = options.host || 'localhost';
    name += ':';
    if (options.port) name += options.port;
    name += ':';
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += `:${options.family}`;
    if (options.socketPath) name += `:${options.socketPath}`;
    return name;
  }

  addRequest(req, options, port, localAddress) {
    if (typeof options === 'string') options = { __proto__: null, host: options, port, localAddress };
    options = { __proto__: null, ...options, ...this.options };
    if (options.socketPath) options.path = options.socketPath;
    normalizeServerName(options, req);
    const name = this.getName(options);
    if (!this.sockets[name]) this.sockets[name] = [];
    const free = this.freeSockets[name];
    let socket;
    if (free) {
      while (free.length && free[0].destroyed) free.shift();
      socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
      if (!free.length) delete this.freeSockets[name];
    }
    const inUse = (free ? free.length : 0) + this.sockets[name].length;
    if (socket) {
      this.reuseSocket(socket, req);
      setRequestSocket(this, req, socket);
      this.sockets[name].push(socket);
    } else if (inUse < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
      this.createSocket(req, options, (err, s) => {
        if (err) req.onSocket(s, err);
        else setRequestSocket(this, req, s);
      });
    } else {
      if (!this.requests[name]) this.requests[name] = [];
      req[kRequestOptions] = options;
      this.requests[name].push(req);
    }
  }

  createSocket(req, options, callback) {
    options = { __proto__: null, ...options, ...this.options };
    if (options.socketPath) options.path = options.socketPath;
    normalizeServerName(options, req);
    const name = this.getName(options);
    options._agentKey = name;
    options.encoding = null;
    let called = false;
    const onCreate = (err, s) => {
      if (called) return;
      called = true;
      if (err) {
        callback(err);
        return;
      }
      if (!this.sockets[name]) this.sockets[name] = [];
      this.sockets[name].push(s);
      this.totalSocketCount++;
      installListeners(this, s, options);
      callback(null, s);
    };
    if (this.keepAlive) {
      options.keepAlive = this.keepAlive;
      options.keepAliveInitialDelay = this.keepAliveMsecs;
    }
    const socket = this.createConnection(options, onCreate);
    if (socket) onCreate(null, socket);
  }

  removeSocket(socket, options) {
    const name = this.getName(options);
    const sets = [this.sockets];
    if (!socket.writable) sets.push(this.freeSockets);
    for (const sockets of sets) {
      const list = sockets[name];
      if (!list) continue;
      const index = list.indexOf(socket);
      if (index !== -1) {
        list.splice(index, 1);
        if (list.length === 0) delete sockets[name];
      }
    }
    // A queued request may now get a socket of its own.
    let req;
    if (this.requests[name] && this.requests[name].length) {
      req = this.requests[name][0];
    } else {
      for (const key of Object.keys(this.requests)) {
        if (this.sockets[key] && this.sockets[key].length) break;
        req = this.requests[key][0];
        options = req[kRequestOptions];
        break;
      }
    }
    if (req && options) {
      req[kRequestOptions] = undefined;
      this.createSocket(req, options, (err, s) => {
        if (err) req.onSocket(s, err);
        else s.emit('free');
      });
    }
  }

  keepSocketAlive(socket) {
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    let timeout = this.options.timeout || 0;
    let keep = true;
    const hint = socket._httpMessage?.res?.headers['keep-alive'];
    const seconds = hint ? /^timeout=(\d+)/.exec(hint)?.[1] : undefined;
    if (seconds) {
      const serverTimeout = Math.max(0, Number.parseInt(seconds, 10) * 1000 - SERVER_HINT_MARGIN);
      if (serverTimeout === 0) keep = false;
      else if (serverTimeout < timeout) timeout = serverTimeout;
    }
    if (socket.timeout !== timeout) socket.setTimeout(timeout);
    return keep;
  }

  reuseSocket(socket, req) {
    socket.removeListener('error', freeSocketErrorListener);
    req.reusedSocket = true;
    socket.ref();
  }

  destroy() {
    for (const set of [this.freeSockets, this.sockets]) {
      for (const key of Object.keys(set)) {
        for (const socket of set[key]) socket.destroy();
      }
    }
  }
}
Agent.defaultMaxSockets = Infinity;

function normalizeServerName(options, req) {
  if (!options.servername && options.servername !== '') options.servername = serverName(options, req);
}

function serverName(options, req) {
  let name = options.host;
  const hostHeader = req.getHeader('host');
  if (hostHeader) {
    validateString(hostHeader, 'options.headers.host');
    if (hostHeader[0] === '[') {
      const end = hostHeader.indexOf(']');
      name = end === -1 ? hostHeader : hostHeader.substring(1, end);
    } else {
      name = hostHeader.split(':', 1)[0];
    }
  }
  return net.isIP(name) ? '' : name;
}

function installListeners(agent, socket, options) {
  const onFree = () => agent.emit('free', socket, options);
  const onClose = () => {
    agent.totalSocketCount--;
    agent.removeSocket(socket, options);
  };
  // An idle pooled socket that times out is closed.
  const onTimeout = () => {
    const free = agent.freeSockets;
    if (Object.keys(free).some((name) => free[name].includes(socket))) socket.destroy();
  };
  const onRemove = () => {
    agent.totalSocketCount--;
    agent.removeSocket(socket, options);
    socket.removeListener('close', onClose);
    socket.removeListener('free', onFree);
    socket.removeListener('timeout', onTimeout);
    socket.removeListener('agentRemove', onRemove);
  };
  socket.on('free', onFree);
  socket.on('close', onClose);
  socket.on('timeout', onTimeout);
  socket.on('agentRemove', onRemove);
}

function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
  const agentTimeout = agent.options.timeout || 0;
  if (req.timeout === undefined || req.timeout === agentTimeout) return;
  socket.setTimeout(req.timeout);
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = { Agent, globalAgent };
