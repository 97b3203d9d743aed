'use strict';
// The tls pieces under the internal module names older packages reach for.
const tls = require('tls');
module.exports = { SecureContext: tls.SecureContext, createSecureContext: tls.createSecureContext };
