'use strict';

// The cluster as its primary runs it: workers are this program forked again; a server a
// worker listens on is listened on here once, and its connections are handed to the
// workers in turn (round robin, as Node does by default on Linux).

const net = require('net');
const { Worker } = require('internal/cluster_worker_class');
const { SharedDescriptor } = require('internal/ipc');

const SCHED_NONE = 1;
const SCHED_RR = 2;

// The module's object; the same one whichever side this process is (see node/cluster).
let cluster;

let ids = 0;
const handles = new Map();

/** A server the primary holds for the workers that listen on it; it goes with the last. */
class ServerHandle {
  constructor(key) {
    this.key = key;
    this.workers = [];
  }

  remove(worker) {
    this.workers = this.workers.filter((w) => w !== worker);
    if (this.workers.length > 0) return false;
    this.close();
    handles.delete(this.key);
    return true;
  }
}

/** One shared server: listened on here, its connections dealt out to the workers in turn. */
class RoundRobinHandle extends ServerHandle {
  constructor(key, message) {
    super(key);
    this.next = 0;
    this.pending = [];
    this.error = null;
    this.server = net.createServer({ pauseOnConnect: true });
    this.server.on('connection', (socket) => this.distribute(socket));
    this.server.once('error', (err) => {
      this.error = err;
      for (const [, reply] of this.pending) reply(err, null);
      this.pending = [];
    });
    const options = message.address === null || message.address === undefined
      ? { port: message.port }
      : { port: message.port, host: message.address };
    if (message.path !== undefined) this.server.listen(message.path);
    else this.server.listen(options);
    this.server.once('listening', () => {
      for (const [, reply] of this.pending) reply(null, this.server.address());
      this.pending = [];
    });
  }

  add(worker, reply) {
    this.workers.push(worker);
    if (this.error) reply(this.error, null);
    else if (this.server.listening) reply(null, this.server.address());
    else this.pending.push([worker, reply]);
  }

  close() {
    this.server.close();
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

/**
 * One shared socket, bound here once and sent to every worker that asks for it: a UDP socket
 * they all read (datagrams have no connections to deal out), or, without round robin
 * (SCHED_NONE), a TCP socket each worker listens and accepts on itself.
 */
class SharedHandle extends ServerHandle {
  constructor(key, message) {
    super(key);
    const udp = message.addressType === 'udp4' || message.addressType === 'udp6';
    if (message.fd >= 0) this.fd = ops.dupFd(message.fd);
    else if (udp) {
      this.fd = ops.udpBindFd({
        ipv6: message.addressType === 'udp6',
        address: message.address,
        port: message.port,
        reuseAddr: message.reuseAddr,
        reusePort: message.reusePort,
        ipv6Only: message.ipv6Only,
        recvBufferSize: message.recvBufferSize,
        sendBufferSize: message.sendBufferSize,
      });
    } else {
      this.fd = ops.netBindFd({ address: message.address, port: message.port, ipv6: message.addressType === 6, path: message.path });
    }
  }

  add(worker, reply) {
    if (typeof this.fd === 'string') {
      reply(Object.assign(new Error(this.fd), { code: this.fd, syscall: 'bind' }), null);
      return;
    }
    this.workers.push(worker);
    reply(null, null, new SharedDescriptor(this.fd));
  }

  close() {
    if (typeof this.fd === 'number') ops.closeFd(this.fd);
    this.fd = 'EBADF';
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

function reply(worker, message, answer, handle) {
  worker.process.send({ cmd: 'NODE_CLUSTER', ack: message.seq, ...answer }, handle);
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
        // Datagrams are not dealt out: every worker reads the one socket.
        const udp = message.addressType === 'udp4' || message.addressType === 'udp6';
        handle = udp || cluster.schedulingPolicy === SCHED_NONE ? new SharedHandle(key, message) : new RoundRobinHandle(key, message);
        handles.set(key, handle);
      }
      handle.add(worker, (err, address, descriptor) => {
        if (err) {
          handles.delete(key);
          reply(worker, message, { errno: err.code, syscall: err.syscall, key });
        } else {
          reply(worker, message, { key, sockname: address }, descriptor);
        }
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

// Told when the last worker is gone (cluster.disconnect's callback waits for it).
const lastWorkerGone = new (require('events'))();

function removeHandlesForWorker(worker) {
  for (const handle of [...handles.values()]) handle.remove(worker);
}

/** Forgets a worker that is leaving; with the last one, every shared server closes. */
function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) {
    for (const handle of handles.values()) handle.close();
    handles.clear();
    lastWorkerGone.emit('disconnect');
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
  // A worker stays in cluster.workers until it has both exited and let go of its channel.
  child.once('exit', (code, signal) => {
    if (!worker.isConnected()) {
      removeHandlesForWorker(worker);
      removeWorker(worker);
    }
    worker.state = 'dead';
    worker.exitedAfterDisconnect = Boolean(worker.exitedAfterDisconnect);
    worker.emit('exit', code, signal);
    cluster.emit('exit', worker, code, signal);
  });
  child.once('disconnect', () => {
    removeHandlesForWorker(worker);
    if (worker.isDead()) removeWorker(worker);
    worker.state = 'disconnected';
    worker.exitedAfterDisconnect = Boolean(worker.exitedAfterDisconnect);
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });
  worker.destroy = (signal = 'SIGTERM') => {
    child.kill(signal);
  };
  // The worker closes its servers and then the channel itself, so that nothing it still
  // sends meets a closed channel.
  worker.disconnect = () => {
    worker.exitedAfterDisconnect = true;
    if (child.connected) child.send({ cmd: 'NODE_CLUSTER', act: 'disconnect' });
    removeHandlesForWorker(worker);
    removeWorker(worker);
    return worker;
  };
  cluster.workers[id] = worker;
  process.nextTick(() => cluster.emit('fork', worker));
  return worker;
}

function disconnect(callback) {
  const workers = Object.values(cluster.workers);
  if (workers.length === 0) process.nextTick(() => lastWorkerGone.emit('disconnect'));
  else {
    for (const worker of workers) {
      if (worker.isConnected()) worker.disconnect();
    }
  }
  if (typeof callback === 'function') lastWorkerGone.once('disconnect', callback);
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
