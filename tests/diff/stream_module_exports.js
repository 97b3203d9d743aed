// The stream module's export list in Node 20 (operators and compose excluded).
const stream = require('stream');
console.log(Object.keys(stream).filter((k) => !/^(map|filter|forEach|toArray|some|every|find|reduce|take|drop|flatMap|compose)$/.test(k)).sort().join(','));
console.log(typeof stream.duplexPair, typeof stream.isDestroyed, typeof stream._isArrayBufferView);
console.log(Object.keys(require('stream/promises')).sort().join(','));
