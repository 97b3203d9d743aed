// util.parseArgs: long and short options, values, groups, defaults, tokens and errors.
const { parseArgs } = require('util');
const options = {
  verbose: { type: 'boolean', short: 'v' },
  name: { type: 'string', short: 'n', default: 'anon' },
  tag: { type: 'string', multiple: true, short: 't' },
  force: { type: 'boolean', short: 'f' },
};
const cases = [
  ['--verbose', '--name', 'bob'],
  ['-vf', '-n', 'x', '-tone', '--tag=two'],
  ['--name=', 'pos'],
  ['-nabc'],
  ['--', '--verbose', 'rest'],
  [],
];
for (const args of cases) {
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true });
  console.log(JSON.stringify(args), JSON.stringify(values), positionals, Object.getPrototypeOf(values));
}
console.log(parseArgs({ args: ['-v', 'p', '--', 'x'], options, allowPositionals: true, tokens: true }).tokens);
console.log(parseArgs({ args: ['--unknown', 'p'], strict: false }));
for (const args of [['--nope'], ['--name'], ['--verbose=1'], ['positional'], ['-z']]) {
  try {
    parseArgs({ args, options });
  } catch (e) {
    console.log(e.code, e.message);
  }
}
try {
  parseArgs({ args: [], options: { bad: { type: 'number' } } });
} catch (e) {
  console.log(e.code, e.message);
}
