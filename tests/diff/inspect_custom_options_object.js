// The options object handed to a util.inspect.custom function carries only the public options
// (plus stylize), not the inspector's internal state.
const util = require('util');
const probe = { [util.inspect.custom](depth, options) { return Object.keys(options).sort().join(','); } };
console.log(util.inspect(probe));
console.log(util.inspect({ nested: probe }, { colors: true, depth: 4 }));
const seen = { [util.inspect.custom](depth, options) { return JSON.stringify([options.depth, options.seen, options.indentationLvl, options.currentDepth, options.budget]); } };
console.log(util.inspect({ a: seen }));
