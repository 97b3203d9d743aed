'use strict';

// The cluster as a worker runs it: servers it listens on are the primary's, whose
// connections arrive over the IPC channel.

const { Worker } = require('internal/cluster_worker_class');

let cluster;

let seq = 0;
const replies = new Map();
const servers = new Map();
// Listens on the same address in one worker are told apart by a number (port 0 twice is two
// ports); a number is free again once every server of that address has closed.
const indexes = new Map();

function send(message, onReply) {
  const numbered = { cmd: 'NODE_CLUSTER', ...message, seq: ++seq };
  if (onReply) replies.set(numbered.seq, onReply);
  process.send(numbered);
}

/** Makes `target` a worker's cluster object and joins the cluster: once, at start-up. */
function setupWorker(target) {
  cluster = target;
  for (const name of ['workers', 'settings', 'setupPrimary', 'setupMaster', 'fork', 'disconnect', 'schedulingPolicy']) {
    delete cluster[name];
  }
  Object.assign(cluster, { isWorker: true, isMaster: false, isPrimary: false, Worker, worker: null, _getServer: getServer, _listening: listening, _serverClosed: serverClosed });
  const worker = new Worker({ id: Number(process.env.NODE_UNIQUE_ID) | 0, process, state: 'online' });
  cluster.worker = worker;
  // The channel goes once every server has closed (its connections included), so what their
  // 'close' listeners send still reaches the primary. A primary that asked for it knows.
  const disconnect = (primaryAsked) => {
    worker.exitedAfterDisconnect = true;
    let waiting = 1;
    const closed = () => {
      if (--waiting > 0) return;
      if (primaryAsked) process.disconnect();
      else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    };
    for (const { server } of [...servers.values()]) {
      waiting++;
      server.close(closed);
    }
    closed();
    return worker;
  };
  worker.disconnect = () => disconnect(false);
  worker.destroy = () => {
    worker.exitedAfterDisconnect = true;
    if (!process.connected) process.exit(0);
    else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
  };
  process.once('disconnect', () => {
    worker.emit('disconnect');
    // The primary is gone (or let go of this worker): nothing is left to do here.
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  process.on('internalMessage', (message, handle) => {
    if (message.cmd !== 'NODE_CLUSTER') return;
    if (message.ack !== undefined) {
      const onReply = replies.get(message.ack);
      replies.delete(message.ack);
      onReply?.(message, handle);
      return;
    }
    if (message.act === 'disconnect') {
      disconnect(true);
      return;
    }
    if (message.act === 'newconn') {
      const server = servers.get(message.key)?.server;
      if (server === undefined || handle === undefined) handle?.destroy();
      else server._acceptShared(handle);
    }
  });
  send({ act: 'online' });
}

/**
 * Asks the primary for a shared server; `done(errorCode, key, address, fd)`, where a UDP
 * socket comes as the descriptor the primary bound.
 */
function getServer(server, options, done) {
  const indexesKey = [options.address, options.port, options.addressType, options.path].join(':');
  let indexSet = indexes.get(indexesKey);
  if (indexSet === undefined) {
    indexSet = { next: 0, used: new Set() };
    indexes.set(indexesKey, indexSet);
  }
  const index = indexSet.next++;
  indexSet.used.add(index);
  const release = () => {
    indexSet.used.delete(index);
    if (indexSet.used.size === 0) indexes.delete(indexesKey);
  };
  send({ act: 'queryServer', ...options, index }, (reply, fd) => {
    if (reply.errno) {
      release();
      done(reply.errno);
      return;
    }
    servers.set(reply.key, { server, release });
    done(null, reply.key, reply.sockname, fd);
  });
}

function listening(info) {
  send({ act: 'listening', ...info });
}

function serverClosed(key) {
  servers.get(key)?.release();
  servers.delete(key);
  if (process.connected) send({ act: 'close', key });
}

module.exports = { setupWorker };
