'use strict';
// See _http_agent: the header checks and expressions the http modules share.
const { METHODS, checkIsHttpToken, checkInvalidHeaderChar } = require('internal/http_common');
module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  methods: METHODS.slice(),
};
