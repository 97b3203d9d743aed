// util.parseArgs: tokens, defaults, multiple, short groups, negative numbers, strict errors, positionals.
const { parseArgs } = require('util');
const run = (label, config) => {
  try {
    const r = parseArgs(config);
    console.log(label, JSON.stringify({ values: r.values, positionals: r.positionals, tokens: r.tokens }), Object.getPrototypeOf(r.values));
  } catch (e) {
    console.log(label, 'ERR', e.name, e.code, e.message);
  }
};
const opts = { flag: { type: 'boolean', short: 'f' }, name: { type: 'string', short: 'n' }, many: { type: 'string', multiple: true, short: 'm' }, verbose: { type: 'boolean', multiple: true, short: 'v' } };
run('basic', { args: ['-f', '--name', 'x', 'pos'], options: opts, allowPositionals: true });
run('eq', { args: ['--name=a=b', '--many=1', '-m2', '-m', '3'], options: opts });
run('group string last', { args: ['-fnval'], options: opts });
run('tokens', { args: ['-f', '--name', 'x', '--', '--not-an-option', '-f'], options: opts, tokens: true, allowPositionals: true });
run('tokens inline', { args: ['--name=v', '-nv2', '-fv'], options: opts, tokens: true });
run('defaults', { args: [], options: { a: { type: 'string', default: 'd' }, b: { type: 'boolean', default: true }, c: { type: 'string', multiple: true, default: ['x', 'y'] } } });
run('default overridden', { args: ['--a', 'given'], options: { a: { type: 'string', default: 'd' } } });
run('negative number positional', { args: ['-5'], options: opts, allowPositionals: true });
run('unknown strict', { args: ['--nope'], options: opts });
run('unknown short strict', { args: ['-z'], options: opts });
run('unknown in group', { args: ['-fz'], options: opts });
run('unknown non-strict', { args: ['--nope', '-z', '--k=v', 'p'], options: opts, strict: false });
run('non-strict tokens', { args: ['--nope=1', '-ab'], strict: false, tokens: true });
run('missing value', { args: ['--name'], options: opts });
run('missing short value', { args: ['-n'], options: opts });
run('bool with value', { args: ['--flag=yes'], options: opts });
run('positional not allowed', { args: ['p'], options: opts });
run('positional after --', { args: ['--', 'p'], options: opts });
run('dash alone', { args: ['-'], options: opts, allowPositionals: true });
run('dash alone strict', { args: ['-'], options: opts });
run('repeated non-multiple', { args: ['--name', 'a', '--name', 'b'], options: opts });
run('empty string value', { args: ['--name', ''], options: opts });
run('eq empty', { args: ['--name='], options: opts });
run('bad type', { options: { a: { type: 'number' } }, args: [] });
run('bad short', { options: { a: { type: 'string', short: 'ab' } }, args: [] });
run('bad options', { options: 'x', args: [] });
run('bad args', { args: 'x' });
run('no type', { options: { a: {} }, args: [] });
run('allowNegative off', { args: ['--no-flag'], options: { flag: { type: 'boolean' } } });
run('toString key', { args: ['--toString'], strict: false });
run('no config', undefined);
run('unicode', { args: ['--名前', 'v'], options: { '名前': { type: 'string' } } });
run('long short', { args: ['--f'], options: opts });
run('option terminator tokens', { args: ['a', '--', '-f'], tokens: true, allowPositionals: true, options: opts });
