// Buffer.copyBytesFrom(view[, offset[, length]]) (Node 19.8+/18.16+).
const show = (label, fn) => { try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
show('typeof', () => typeof Buffer.copyBytesFrom);
show('u16', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
show('f32', () => Buffer.copyBytesFrom(new Float32Array([1])));
show('offset only', () => Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 1));
show('offset past end', () => Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 5));
show('copy not view', () => { const u = new Uint8Array([1]); const b = Buffer.copyBytesFrom(u); u[0] = 9; return b; });
show('array', () => Buffer.copyBytesFrom([1, 2]));
show('negative offset', () => Buffer.copyBytesFrom(new Uint8Array(2), -1));
show('bad length', () => Buffer.copyBytesFrom(new Uint8Array(2), 0, 'x'));
