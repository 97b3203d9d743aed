// `export *` of CommonJS and built-in modules: names known only at run time, in order with the
// module's own, default left out.
import * as self from './esm_star_commonjs.mjs';

export * from 'node:path';
export * from 'node:os';
export const zzz = 'own last';
export const aaa = 'own first';
export default 'mine';

const keys = Object.keys(self);
console.log(keys.length > 10, keys.join(',') === [...keys].sort().join(','));
console.log(self.aaa, self.zzz, self.default, typeof self.join, typeof self.cpus, self.sep);
console.log(Object.isExtensible(self), Object.getOwnPropertyDescriptor(self, 'join').enumerable);
