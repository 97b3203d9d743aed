'use strict';
// See _tls_common.
const tls = require('tls');
module.exports = { TLSSocket: tls.TLSSocket, Server: tls.Server, createServer: tls.createServer, connect: tls.connect };
