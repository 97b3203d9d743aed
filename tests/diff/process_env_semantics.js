// process.env: string coercion, deletion, enumeration, `in`, and symbol keys.
const env = process.env;
env.PACK_A = 1;
env.PACK_B = null;
env.PACK_C = undefined;
env.PACK_D = { toString: () => 'obj' };
console.log(env.PACK_A, env.PACK_B, env.PACK_C, env.PACK_D, typeof env.PACK_A);
console.log('PACK_A' in env, delete env.PACK_A, 'PACK_A' in env, env.PACK_A);
console.log(Object.keys(env).filter((k) => k.startsWith('PACK_')).sort());
Object.defineProperty(env, 'PACK_E', { value: 'defined', configurable: true, writable: true, enumerable: true });
console.log(env.PACK_E);
try {
  env[Symbol('s')] = 1;
} catch (e) {
  console.log(e.name, e.message);
}
console.log(JSON.stringify(Object.entries(env).filter(([k]) => k.startsWith('PACK_')).sort()));
