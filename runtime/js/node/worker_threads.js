'use strict';
// `node:worker_threads`: Worker, and in a worker its parentPort, workerData and threadId.

const workerState = require('internal/worker_state');
const { Worker, getParentPort } = require('internal/worker');
const { MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort } = require('internal/message_port');

const environmentData = new Map();

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
  markAsUntransferable() {},
  getEnvironmentData(key) {
    return environmentData.get(key);
  },
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
};

// Which thread this is becomes known at launch (this module may be in the startup snapshot).
require('internal/launch').atLaunch(() => {
  module.exports.isMainThread = workerState.isMainThread;
  module.exports.threadId = workerState.threadId;
  module.exports.workerData = workerState.isMainThread ? null : workerState.takeWorkerData();
  module.exports.parentPort = getParentPort();
});
