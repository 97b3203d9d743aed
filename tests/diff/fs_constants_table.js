// fs.constants: every name and value, fs.promises.constants identity, legacy top-level aliases, frozen-ness.
const fs = require('fs');
const c = fs.constants;
const keys = Object.keys(c);
console.log('count', keys.length);
for (const k of keys) console.log(k, c[k]);
console.log('promises same', fs.promises.constants === c, require('fs/promises').constants === c);
console.log('aliases', fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, 'O_RDONLY' in fs, fs.O_RDONLY);
console.log('frozen', Object.isFrozen(c), Object.isExtensible(c), Object.getPrototypeOf(c) === null);
const d = Object.getOwnPropertyDescriptor(c, 'O_RDONLY');
console.log('descriptor', d.writable, d.enumerable, d.configurable);
const fsDesc = Object.getOwnPropertyDescriptor(fs, 'constants');
console.log('fs.constants descriptor', typeof fsDesc.get, fsDesc.enumerable, fsDesc.configurable, fsDesc.writable);
'use strict';
try { c.O_RDONLY = 5; console.log('assign ignored', c.O_RDONLY); } catch (e) { console.log(e.name, e.message); }
console.log('os vs fs', require('os').constants.UV_UDP_REUSEADDR, c.UV_FS_COPYFILE_EXCL === c.COPYFILE_EXCL);
