'use strict';
// The http pieces under the internal module names older packages reach for.
const http = require('http');
module.exports = {
  Agent: http.Agent,
  get globalAgent() {
    return http.globalAgent;
  },
};
