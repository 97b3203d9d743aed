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
};

require('internal/launch').atLaunch(() => {
  const self = ops.workerSelf();
  if (self === undefined) return;
  [state.threadId, state.name, state.entry, state.isEval, state.argv, state.workerData] = self;
  state.isMainThread = false;
});

module.exports = state;
