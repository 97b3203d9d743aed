'use strict';

// The cluster as its primary runs it: workers are this program forked again; a server a
// worker listens on is listened on here once, and its connections are handed to the
// workers in turn (round robin, as Node does by default on Linux).

const net = require('net');
const { Worker } = require('internal/cluster_worker_class');

const SCHED_NONE = 1;
const SCHED_RR = 2;

// The module's object; the same one whichever side this process is (see node/cluster).
let cluster;

let ids = 0;
const handles = new Map();

/** One shared server: listened on here, its connections dealt out to the workers in turn. */
class RoundRobinHandle {
  constructor(key, message) {
    this.key = key;
    this.workers = [];
    this.next = 0;
    this.pending = [];
    this.error = null;
    this.server = net.createServer({ pauseOnConnect: true });
    this.server.on('connection', (socket) => this.distribute(socket));
    this.server.once('error', (err) => {
      this.error = err;
      for (const [worker, reply] of this.pending) reply(err, null, worker);
      this.pending = [];
    });
    const options = message.address === null || message.address === undefined
      ? { port: message.port }
      : { port: message.port, host: message.address };
    if (message.path !== undefined) this.server.listen(message.path);
    else this.server.listen(options);
    this.server.once('listening', () => {
      for (const [worker, reply] of this.pending) reply(null, this.server.address(), worker);
      this.pending = [];
    });
  }

  add(worker, reply) {
    this.workers.push(worker);
    if (this.error) reply(this.error, null, worker);
    else if (this.server.listening) reply(null, this.server.address(), worker);
    else this.pending.push([worker, reply]);
  }

  remove(worker) {
    this.workers = this.workers.filter((w) => w !== worker);
    if (this.workers.length > 0) return false;
    this.server.close();
    handles.delete(this.key);
    return true;
  }

  distribute(socket) {
    const live = this.workers.filter((w) => w.isConnected());
    if (live.length === 0) {
      socket.destroy();
      return;
    }
    const worker = live[this.next++ % live.length];
    worker.process.send({ cmd: 'NODE_CLUSTER', act: 'newconn', key: this.key }, socket, (err) => {
      if (err) socket.destroy();
    });
  }
}

function setupPrimary(options = {}) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  process.nextTick(() => cluster.emit('setup', settings));
}

function reply(worker, message, answer) {
  worker.process.send({ cmd: 'NODE_CLUSTER', ack: message.seq, ...answer });
}

function onInternalMessage(worker, message) {
  if (message.cmd !== 'NODE_CLUSTER') return;
  switch (message.act) {
    case 'online':
      worker.state = 'online';
      worker.emit('online');
      cluster.emit('online', worker);
      break;
    case 'queryServer': {
      const key = `${message.address}:${message.port}:${message.addressType}:${message.path ?? ''}:${message.index}`;
      let handle = handles.get(key);
      if (handle === undefined) {
        handle = new RoundRobinHandle(key, message);
        handles.set(key, handle);
      }
      handle.add(worker, (err, address) => {
        if (err) reply(worker, message, { errno: err.code, syscall: err.syscall, key });
        else reply(worker, message, { key, sockname: address });
      });
      break;
    }
    case 'listening': {
      const info = { addressType: message.addressType, address: message.address, port: message.port, fd: undefined };
      worker.state = 'listening';
      worker.emit('listening', info);
      cluster.emit('listening', worker, info);
      break;
    }
    case 'close':
      handles.get(message.key)?.remove(worker);
      break;
    case 'exitedAfterDisconnect':
      worker.exitedAfterDisconnect = true;
      reply(worker, message, {});
      break;
    default:
      break;
  }
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  for (const handle of [...handles.values()]) handle.remove(worker);
  if (Object.keys(cluster.workers).length === 0) {
    for (const handle of handles.values()) handle.server.close();
    handles.clear();
  }
}

function fork(env) {
  setupPrimary();
  const settings = cluster.settings;
  const id = ++ids;
  const { fork: forkProcess } = require('child_process');
  const child = forkProcess(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` },
    execArgv: settings.execArgv,
    silent: settings.silent,
    stdio: settings.stdio,
    serialization: settings.serialization,
    uid: settings.uid,
    gid: settings.gid,
  });
  const worker = new Worker({ id, process: child });
  worker.on('message', (message, handle) => cluster.emit('message', worker, message, handle));
  child.on('internalMessage', (message) => onInternalMessage(worker, message));
  child.once('exit', (code, signal) => {
    worker.state = 'dead';
    worker.exitedAfterDisconnect = Boolean(worker.exitedAfterDisconnect);
    removeWorker(worker);
    worker.emit('exit', code, signal);
    cluster.emit('exit', worker, code, signal);
  });
  child.once('disconnect', () => {
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });
  worker.destroy = (signal = 'SIGTERM') => {
    child.kill(signal);
  };
  worker.disconnect = () => {
    worker.exitedAfterDisconnect = true;
    for (const handle of [...handles.values()]) handle.remove(worker);
    if (child.connected) child.disconnect();
    return worker;
  };
  cluster.workers[id] = worker;
  process.nextTick(() => cluster.emit('fork', worker));
  return worker;
}

function disconnect(callback) {
  const workers = Object.values(cluster.workers);
  if (typeof callback === 'function') {
    if (workers.length === 0) process.nextTick(callback);
    else {
      let left = workers.length;
      for (const worker of workers) worker.once('exit', () => --left === 0 && callback());
    }
  }
  for (const worker of workers) worker.disconnect();
  for (const handle of handles.values()) handle.server.close();
  handles.clear();
}

/** Makes `target` the primary's cluster object. */
function install(target) {
  cluster = target;
  let policy;
  Object.assign(cluster, {
    isWorker: false,
    isMaster: true,
    isPrimary: true,
    Worker,
    workers: {},
    settings: {},
    SCHED_NONE,
    SCHED_RR,
    setupPrimary,
    setupMaster: setupPrimary,
    fork,
    disconnect,
  });
  // Read from the environment when first asked (at launch, not when the module loads).
  Object.defineProperty(cluster, 'schedulingPolicy', {
    get() {
      policy ??= process.env.NODE_CLUSTER_SCHED_POLICY === 'none' ? SCHED_NONE : SCHED_RR;
      return policy;
    },
    set(value) {
      policy = value;
    },
    enumerable: true,
    configurable: true,
  });
}

module.exports = { install };
