'use strict';
// The `cluster` module: a primary process forks workers (this program again) that share its
// servers. The object is the primary's until start-up makes it a worker's (a worker is told
// so by NODE_UNIQUE_ID).

const EventEmitter = require('events');

const cluster = new EventEmitter();
require('internal/cluster_primary').install(cluster);

module.exports = cluster;
