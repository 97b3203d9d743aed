'use strict';
// `sys`: the old name of `util`, deprecated since Node 1.
process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
module.exports = require('util');
