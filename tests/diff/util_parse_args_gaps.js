// util.parseArgs behaviours of Node 20.20: a short group ending in a string option takes the
// next argument, defaults are type-checked, values starting with '-' are ambiguous in strict
// mode, allowNegative, and options are looked up as own properties.
const { parseArgs } = require('util');
const run = (label, config) => {
  try {
    const r = parseArgs(config);
    console.log(label, JSON.stringify({ values: r.values, positionals: r.positionals }));
  } catch (e) {
    console.log(label, 'ERR', e.code, JSON.stringify(e.message));
  }
};
const opts = { flag: { type: 'boolean', short: 'f' }, name: { type: 'string', short: 'n' }, verbose: { type: 'boolean', multiple: true, short: 'v' } };
run('group then value', { args: ['-fvv', '-vn', 'val'], options: opts });
run('group then value tokens', { args: ['-fn', 'val'], options: opts });
run('bad default type', { args: [], options: { a: { type: 'string', default: 1 } } });
run('bad default multiple', { args: [], options: { a: { type: 'string', multiple: true, default: 'x' } } });
run('bad default multiple item', { args: [], options: { a: { type: 'string', multiple: true, default: ['x', 1] } } });
run('bad default bool', { args: [], options: { a: { type: 'boolean', default: 'true' } } });
run('negative number value', { args: ['--name', '-5'], options: opts });
run('value looks like option', { args: ['--name', '--flag'], options: opts });
run('short value looks like option', { args: ['-n', '-f'], options: opts });
run('non-strict dash value', { args: ['--name', '-5'], options: opts, strict: false });
run('allowNegative', { args: ['--no-flag', '--flag', '--no-color'], options: { flag: { type: 'boolean' }, color: { type: 'boolean' } }, allowNegative: true });
run('allowNegative string', { args: ['--no-name'], options: { name: { type: 'string' } }, allowNegative: true });
run('allowNegative bad', { args: [], allowNegative: 'yes' });
run('inherited option', { args: ['--__proto__', 'x'], options: { __proto__: { type: 'string' } } });
run('inherited option 2', { args: ['--inh'], options: Object.create({ inh: { type: 'boolean' } }) });
