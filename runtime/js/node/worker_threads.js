'use strict';
// `node:worker_threads`: Worker, and in a worker its parentPort, workerData and threadId.

const workerState = require('internal/worker_state');
const { Worker, getParentPort } = require('internal/worker');
const { MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort, markAsUntransferable } = require('internal/message_port');

module.exports = {
  Worker,
  MessageChannel,
  MessagePort,
  BroadcastChannel,
  receiveMessageOnPort,
  isMainThread: true,
  parentPort: null,
  workerData: null,
  threadId: 0,
  resourceLimits: {},
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  markAsUntransferable,
  getEnvironmentData(key) {
    workerState.takeWorkerData();
    return workerState.environmentData.get(key);
  },
  setEnvironmentData(key, value) {
    workerState.takeWorkerData();
    if (value === undefined) workerState.environmentData.delete(key);
    else workerState.environmentData.set(key, value);
  },
};

// Which thread this is becomes known at launch (this module may be in the startup snapshot).
require('internal/launch').atLaunch(() => {
  module.exports.isMainThread = workerState.isMainThread;
  module.exports.threadId = workerState.threadId;
  module.exports.workerData = workerState.isMainThread ? null : workerState.takeWorkerData();
  module.exports.parentPort = getParentPort();
});
