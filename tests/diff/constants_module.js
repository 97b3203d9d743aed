// node:constants and crypto.constants: every name and value, in Node's order, frozen as Node's.
const constants = require('constants');
const crypto = require('crypto');
console.log(JSON.stringify(constants));
console.log(Object.isFrozen(constants), Object.getPrototypeOf(constants) === Object.prototype);
console.log(JSON.stringify(crypto.constants), Object.getPrototypeOf(crypto.constants), Object.isFrozen(crypto.constants));
console.log(require('node:constants') === constants, constants.O_RDONLY, constants.SIGKILL, constants.RSA_PKCS1_OAEP_PADDING);
