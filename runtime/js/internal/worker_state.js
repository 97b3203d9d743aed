'use strict';
// What this thread is: the main thread, or a worker (its id, name, entry and data), learnt at
// launch.

const state = {
  isMainThread: true,
  threadId: 0,
  name: '',
  // The module path a worker runs, or its code when `isEval`.
  entry: undefined,
  isEval: false,
  argv: [],
  workerData: null,
  // setEnvironmentData's values: a worker starts with a copy of its parent's.
  environmentData: new Map(),
};

require('internal/launch').atLaunch(() => {
  const self = ops.workerSelf();
  if (self === undefined) return;
  [state.threadId, state.name, state.entry, state.isEval, state.argv] = self;
  state.isMainThread = false;
});

/** A worker's workerData, copied in on first use (it may hold Blobs and MessagePorts, whose
 * kinds must be known first), with the environment data that came with it. */
let dataTaken = false;
state.takeWorkerData = () => {
  if (!dataTaken && !state.isMainThread) {
    dataTaken = true;
    require('internal/clone_kinds').ready();
    const [data, environment] = ops.workerData();
    state.workerData = data;
    state.environmentData = environment;
  }
  return state.workerData;
};

module.exports = state;
