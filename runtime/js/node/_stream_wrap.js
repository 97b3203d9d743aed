'use strict';
// `_stream_wrap` (deprecated, DEP0125): JSStreamSocket, a net.Socket whose bytes go to and come
// from any duplex stream instead of a descriptor.
process.emitWarning('The _stream_wrap module is deprecated.', 'DeprecationWarning', 'DEP0125');
module.exports = require('internal/js_stream_socket');
