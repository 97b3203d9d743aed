// fs/promises and fs export surfaces: function names, identity between access paths, class exports, promisify forms.
const fs = require('fs');
const fsp = require('fs/promises');
console.log(fsp === fs.promises, fsp === require('node:fs/promises'), require('node:fs') === fs);
// statfs, openAsBlob and readv/writev are left out here.
const skip = new Set(['statfs', 'statfsSync', 'openAsBlob', 'readv', 'writev']);
console.log('fsp keys', Object.keys(fsp).filter((k) => !skip.has(k)).sort().join(' '));
const fnNames = Object.keys(fs).filter((k) => typeof fs[k] === 'function' && !skip.has(k) && !k.startsWith('_')).sort();
console.log('fs functions', fnNames.length);
console.log(fnNames.join(' '));
console.log('fs non-functions', Object.keys(fs).filter((k) => typeof fs[k] !== 'function').sort().join(' '));
console.log('names', fs.readFileSync.name, fs.promises.readFile.name, fs.realpathSync.native.name, fs.realpath.native.name, typeof fs.realpathSync.native);
console.log('classes', ['Stats', 'Dirent', 'Dir', 'ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream'].map((n) => `${n}:${typeof fs[n]}`).join(' '));
const util = require('util');
console.log('custom promisify', typeof fs.exists[util.promisify.custom], typeof fs.read[util.promisify.custom], typeof fs.write[util.promisify.custom]);
(async () => {
  const fd = fs.openSync(process.execPath, 'r');
  const r = await util.promisify(fs.read)(fd, Buffer.alloc(3), 0, 3, 0);
  console.log('promisified read', Object.keys(r), r.bytesRead, r.buffer.toString());
  fs.closeSync(fd);
  const st = await util.promisify(fs.stat)(process.execPath);
  console.log('promisified stat', st.isFile());
})();
