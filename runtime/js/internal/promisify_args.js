'use strict';
// The mark by which a callback-taking built-in tells util.promisify the names of its
// callback's results (fs.read gives `{ bytesRead, buffer }`): private to the runtime.

module.exports = { kCustomPromisifyArgs: Symbol('customPromisifyArgs') };
