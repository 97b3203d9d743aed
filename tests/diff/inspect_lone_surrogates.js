// util.inspect escapes lone surrogates in strings ('\uD800' style) but keeps valid pairs.
const util = require('util');
console.log(util.inspect(['uni\ud800', '\udc00x', 'ok\ud83d\ude00', '\ud83d']));
console.log(util.inspect({ ['k\ud800']: 1 }));
console.log(JSON.stringify(util.inspect('\ud800')));
