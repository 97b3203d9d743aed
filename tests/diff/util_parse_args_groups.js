// util.parseArgs: short-option groups with a string option inside or at the end, tokens of those, negation and defaults.
const { parseArgs } = require('util');
const options = { all: { type: 'boolean', short: 'a' }, out: { type: 'string', short: 'o' }, quiet: { type: 'boolean', short: 'q' }, level: { type: 'string', default: 'info' } };
const run = (label, config) => {
  try {
    const r = parseArgs({ options, ...config });
    console.log(label, JSON.stringify(r.values), JSON.stringify(r.positionals), r.tokens ? JSON.stringify(r.tokens) : '');
  } catch (e) {
    console.log(label, 'ERR', e.code, JSON.stringify(e.message));
  }
};
run('inline in group', { args: ['-aofile', '-q'], tokens: true });
run('value after group', { args: ['-qao', 'file.txt'], tokens: true });
run('group missing value', { args: ['-qo'] });
run('group dash value', { args: ['-qo', '-x'] });
run('group dash value loose', { args: ['-qo', '-x'], strict: false });
run('long dash value', { args: ['--out', '--all'] });
run('long inline dash', { args: ['--out=-x'] });
run('short inline dash', { args: ['-o-x'] });
run('negate', { args: ['--no-all', '--no-quiet', '--quiet'], allowNegative: true, tokens: true });
run('negate unknown', { args: ['--no-such'], allowNegative: true });
run('negate off', { args: ['--no-all'] });
run('default kept', { args: ['-a'] });
run('default replaced', { args: ['--level', 'debug'] });
run('positionals', { args: ['-a', 'x', '--', '-q'], allowPositionals: true });
