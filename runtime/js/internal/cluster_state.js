'use strict';
// Whether this process is a cluster worker, decided at start-up from NODE_UNIQUE_ID (which is
// then removed, so that this process's own children are not taken for workers).

module.exports = { isWorker: false };
