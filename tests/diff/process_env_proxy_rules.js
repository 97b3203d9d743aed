// process.env object rules: defineProperty limits, descriptors, symbols, prototype, empty/odd keys, coercion and JSON.
const env = process.env;
for (const k of Object.keys(env)) if (k.startsWith('PKE_')) delete env[k];
const E = (label, fn) => {
  try {
    const r = fn();
    console.log(label, 'ok', r === env ? '<process.env>' : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
E('define value', () => { Object.defineProperty(env, 'PKE_A', { value: 'v', writable: true, enumerable: true, configurable: true }); return env.PKE_A; });
E('define number value', () => { Object.defineProperty(env, 'PKE_N', { value: 12, writable: true, enumerable: true, configurable: true }); return [env.PKE_N, typeof env.PKE_N]; });
E('define getter', () => Object.defineProperty(env, 'PKE_G', { get() { return 'x'; }, configurable: true, enumerable: true }));
E('define non-configurable', () => Object.defineProperty(env, 'PKE_B', { value: 'v', writable: true, enumerable: true, configurable: false }));
E('define non-writable', () => Object.defineProperty(env, 'PKE_C', { value: 'v', writable: false, enumerable: true, configurable: true }));
E('define non-enumerable', () => Object.defineProperty(env, 'PKE_D', { value: 'v', writable: true, enumerable: false, configurable: true }));
E('define partial', () => Object.defineProperty(env, 'PKE_E', { value: 'v' }));
E('descriptor', () => JSON.stringify(Object.getOwnPropertyDescriptor(env, 'PKE_A')));
E('descriptor missing', () => Object.getOwnPropertyDescriptor(env, 'PKE_NOPE'));
E('symbol set', () => { env[Symbol('k')] = 'v'; });
E('symbol get', () => env[Symbol.iterator]);
E('symbol in', () => Symbol('x') in env);
E('symbol delete', () => delete env[Symbol('x')]);
E('symbol define', () => Object.defineProperty(env, Symbol('d'), { value: 1 }));
E('hasOwnProperty', () => [Object.prototype.hasOwnProperty.call(env, 'PKE_A'), Object.hasOwn(env, 'PKE_NOPE')]);
E('prototype', () => [Object.getPrototypeOf(env) === Object.prototype, typeof env.hasOwnProperty, typeof env.toString, 'toString' in env]);
E('toString', () => String(env));
E('set undefined', () => { env.PKE_U = undefined; return [env.PKE_U, typeof env.PKE_U]; });
E('set array', () => { env.PKE_ARR = [1, 2]; return env.PKE_ARR; });
E('set object', () => { env.PKE_O = {}; return env.PKE_O; });
E('set bigint', () => { env.PKE_BI = 10n; return env.PKE_BI; });
E('set symbol value', () => { env.PKE_SV = Symbol('v'); });
E('set throwing toString', () => { env.PKE_T = { toString() { throw new Error('nope'); } }; });
E('empty key', () => { env[''] = 'empty'; return [env[''], '' in env]; });
E('key with =', () => { env['PKE_X=Y'] = 'eq'; return env['PKE_X=Y']; });
E('number key', () => { env[42] = 'n'; const r = [env[42], env['42'], '42' in env]; delete env[42]; return r; });
E('case sensitive', () => { env.PKE_case = 'lower'; return [env.PKE_CASE, env.PKE_case]; });
E('delete missing', () => delete env.PKE_NEVER);
E('delete existing', () => [delete env.PKE_A, 'PKE_A' in env]);
E('keys', () => Object.keys(env).filter((k) => k.startsWith('PKE_')).sort());
E('json', () => { const j = JSON.parse(JSON.stringify(env)); return Object.keys(j).filter((k) => k.startsWith('PKE_')).sort(); });
E('spread', () => { const c = { ...env }; return [typeof c.PKE_N, Object.getPrototypeOf(c) === Object.prototype]; });
E('freeze', () => Object.freeze(env));
E('preventExtensions', () => Object.isExtensible(env));
E('setPrototypeOf', () => Object.setPrototypeOf(env, null) === env);
E('for-in', () => { const got = []; for (const k in env) if (k.startsWith('PKE_')) got.push(k); return got.sort(); });
E('after all', () => Object.entries(env).filter(([k]) => k.startsWith('PKE_')).sort());
